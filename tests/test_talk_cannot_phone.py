"""(seventh walk-through F10b) Someone who cannot phone now (Deaf, hard of hearing, mute, or a
call is not safe) is offered lines they can use: in "Talk to someone now", each line's text
number and online chat before its number, lines with a way in that needs no voice first, a
service for Deaf people for a Deaf person, and still only lines that fit their age. Get help now
has an "If you cannot phone" section from the same listings, English and Welsh. Chat links go
to the listing's own website: no address is made up."""

from __future__ import annotations

import pytest

from directory.lines import chats_online, needs_no_voice
from directory.search.cannot_phone import cannot_phone

from .helpers import page

DEAF_SERVICE = "signhealth-deaf-domestic-abuse-service"


@pytest.mark.parametrize(
    "words",
    [
        "profoundly Deaf, my brother touched me",
        "I use British Sign Language",
        "im hard of hearing",
        "i cannot make phone calls",
        "unable to use the phone at the moment",
        "my dad checks all my calls",
        "scared mum might overhear me",
        "im mute since it happened",
        "selective mutism",
        "i can only type",
        "couldnt speak out loud at home",
        "alla i ddim ffonio",
        "dw i'n methu siarad",
        "mae e'n gwrando ar fy ngalwadau",
    ],
)
def test_words_saying_a_call_is_not_possible(words: str) -> None:
    assert cannot_phone(words)


@pytest.mark.parametrize(
    "words",
    [
        "i need to talk to someone",
        "i cant talk about it",
        "i cant speak to my mum about what happened",
        "phone number for rape crisis",
        "he calls me names",
        "nobody listens to me",
        "",
    ],
)
def test_words_that_say_nothing_of_phoning(words: str) -> None:
    assert not cannot_phone(words)


def _box(client, q: str, location: str = "", lang: str = ""):  # noqa: ANN202
    soup = page(
        client.get(f"{lang}/search", query_string={"q": q, "location": location}),
    )
    box = soup.select_one("aside.app-talk-now")
    assert box is not None, "no talk box"
    return box


def _lines(box) -> list[tuple[str, list[str]]]:  # noqa: ANN001
    """Each line of the box: its service id, and the kinds of its links after the name in order
    ("sms", "chat", "tel", "web")."""
    found = []
    for item in box.select("li"):
        links = item.select("a")
        sid = links[0]["href"].rsplit("/", 1)[-1]
        kinds = []
        for link in links[1:]:
            href = link["href"]
            kinds.append(
                "sms"
                if href.startswith("sms:")
                else "tel"
                if href.startswith("tel:")
                else "chat"
                if "chat" in link.get_text().casefold() or "sgwrsio" in link.get_text().casefold()
                else "web"
            )
        found.append((sid, kinds))
    return found


def test_a_deaf_child_gets_lines_to_text_or_chat_and_the_deaf_service(
    bundled_client, by_id
) -> None:
    words = "my stepbrother comes in my room at night, i am 12 and deaf"
    box = _box(bundled_client, words, "wigan")
    lines = _lines(box)
    ids = [sid for sid, _kinds in lines]
    assert ids[0] == "childline", lines
    assert DEAF_SERVICE in ids, lines
    for sid, kinds in lines:
        service = by_id[sid]
        # fits a 12-year-old: no line from 16, none for adults only
        assert service.minimum_age is None or service.minimum_age <= 12, sid
        assert "children-young-people" in service.audiences, sid
        if needs_no_voice(service):
            # its ways without a voice before its number
            assert kinds[0] in ("sms", "chat"), (sid, kinds)
            assert "tel" not in kinds or kinds.index("tel") == len(kinds) - 1, (sid, kinds)
    # Childline's chat goes to Childline's own website, as its listing gives it
    chat = box.select_one('li a[href="https://www.childline.org.uk/"]')
    assert chat is not None and "Chat online" in chat.get_text()


def test_someone_whose_calls_are_listened_to_gets_text_or_chat_first(bundled_client, by_id) -> None:
    lines = _lines(
        _box(bundled_client, "my boyfriend forced me, he goes through all my calls, im 24", "leeds")
    )
    ids = [sid for sid, _kinds in lines]
    assert needs_no_voice(by_id[ids[0]]), lines
    assert lines[0][1][0] in ("sms", "chat"), lines
    assert DEAF_SERVICE not in ids, lines  # (nothing said of being Deaf)
    assert "childline" not in ids, lines  # (an adult of 24)


def test_a_deaf_adult_gets_the_deaf_service_near_the_top(bundled_client) -> None:
    ids = [
        sid
        for sid, _kinds in _lines(
            _box(bundled_client, "BSL signer, abused by a neighbour as a boy, now 40", "sheffield")
        )
    ]
    assert DEAF_SERVICE in ids[:2], ids
    assert "childline" not in ids, ids


def test_someone_who_can_phone_keeps_numbers_only(bundled_client) -> None:
    box = _box(bundled_client, "my step dad touches me im 12", "wigan")
    assert "Chat online" not in box.get_text()
    assert all(kinds == ["tel"] for _sid, kinds in _lines(box)), _lines(box)


def test_the_welsh_box_leads_with_meic_by_text_in_welsh(bundled_client) -> None:
    box = _box(
        bundled_client,
        "dw i'n methu clywed, mae fy nghefnder yn fy ngham-drin, dw i'n 11",
        "wrecsam",
        lang="/cy",
    )
    lines = _lines(box)
    assert lines[0][0] == "meic", lines
    assert lines[0][1][0] == "sms", lines
    text = " ".join(box.get_text().split())
    assert "Tecstiwch 84001" in text and "sgwrsiwch ar-lein" in text.casefold()
    assert "Chat online" not in text and "or phone" not in text
    # an England-only service is not offered in Wales
    assert DEAF_SERVICE not in [sid for sid, _kinds in lines], lines


@pytest.mark.parametrize(
    ("lang", "heading", "chat"),
    [("", "If you cannot phone", "Chat online"), ("/cy", "Os na allwch chi ffonio", "Sgwrsiwch")],
)
def test_get_help_now_has_a_section_for_people_who_cannot_phone(
    bundled_client, by_id, lang: str, heading: str, chat: str
) -> None:
    soup = page(bundled_client.get(f"{lang}/get-help-now"))
    title = soup.select_one("#help-cannot-phone")
    assert title is not None and heading in title.get_text()
    assert soup.select_one('.app-help-groups a[href="#help-cannot-phone"]') is not None
    section = title.find_next("ul")
    ids = [a["href"].rsplit("/", 1)[-1] for a in section.select('li > a[href*="/service/"]')]
    assert ids[0] == DEAF_SERVICE, ids
    assert {"childline", "shout-85258", "meic"} <= set(ids), ids
    for item in section.select("li"):
        sid = item.select_one('a[href*="/service/"]')["href"].rsplit("/", 1)[-1]
        service = by_id[sid]
        hrefs = [a["href"] for a in item.select("a")[1:]]
        if service.contact.text:
            assert hrefs[0] == "sms:" + service.contact.text.replace(" ", ""), (sid, hrefs)
        if chats_online(service):
            # the chat link is the listing's own website, never an address made up
            assert str(service.contact.website) in hrefs, (sid, hrefs)
            assert chat.casefold() in item.get_text().casefold()
        if service.contact.callable_phone and needs_no_voice(service):
            assert hrefs[-1].startswith("tel:"), (sid, hrefs)


@pytest.mark.parametrize(
    ("words", "theirs"),
    [
        ("our daughter is profoundly deaf and told us her coach touched her", False),
        ("pupil is non verbal, disclosed to a TA", False),
        ("mae fy merch yn fyddar", False),
        ("i am deaf myself and my boy was abused", True),
        ("i use sign language, my daughter was assaulted", True),
        ("i cant ring anyone, he checks my calls, my child was hurt", True),
    ],
)
def test_a_parent_or_professional_cannot_phone_only_when_they_say_it_of_themselves(
    words: str, theirs: bool
) -> None:
    assert cannot_phone(words, someone_else=True) is theirs
    assert cannot_phone(words)  # said by the person themselves, it would count


def test_a_parent_of_a_deaf_child_keeps_numbers_and_gets_the_deaf_service(bundled_client) -> None:
    box = _box(bundled_client, "our boy is deaf and was sexually abused by a neighbour", "bury")
    lines = _lines(box)
    assert lines[0] == ("nspcc-helpline", ["tel"]), lines
    assert DEAF_SERVICE in [sid for sid, _kinds in lines], lines
    assert "Chat online" not in box.get_text()


@pytest.mark.parametrize("lang", ["", "/cy"])
def test_more_helplines_goes_to_the_section_for_people_who_cannot_phone(
    bundled_client, lang: str
) -> None:
    box = _box(bundled_client, "im 16, my mum's boyfriend hurts me, i can only text", "hull", lang)
    more = box.select_one('a[href*="get-help-now"]')
    assert more is not None and more["href"] == f"{lang}/get-help-now#help-cannot-phone"
