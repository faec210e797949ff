"""(w33parent) A parent's own support, and cards a parent can reach, first (the twenty-seventh
independent phone walk-through, person 2 and F4; tested here in other words and other towns than
its own).

- A parent telling of abuse done to their child, named by age or as "my boy" ("my 12yo", "our 7
  yr old"), who also asks for help for parents or carers: Stop It Now, a line for people
  worried about someone's behaviour, is not in the first two lines of "Talk to someone now".
- A parent asking for support for themselves ("I need someone to talk to", "for us as
  parents", Welsh "cymorth i fi") sees, on each card whose listing's own audiences say it
  supports parents and carers (or family and friends), a line saying so; no card whose listing
  says neither has it, and a parent asking only for the child sees none.
- A parent (or an adult) asking for counselling for themselves: a local counselling service
  comes before a sexual assault referral centre that offers counselling beside its forensic
  care.
- A national card showing no contact details we could confirm comes after a card for the same
  people that can be called.
"""

from __future__ import annotations

import pytest

from tests.helpers import bundled_records, cards_and_words, page, texts_of

STOP_IT_NOW = ("Stop It Now", "Lucy Faithfull Foundation Wales")
SUPPORTS_EN = (
    "Its listing says it supports parents and carers",
    "Its listing says it supports family members and friends",
)
SUPPORTS_CY = (
    "Yn ôl y cofnod, mae’n cefnogi rhieni a gofalwyr",
    "Yn ôl y cofnod, mae’n cefnogi teulu a ffrindiau",
)


def _audiences() -> dict[str, set[str]]:
    return {sid: set(r.get("audiences", [])) for sid, r in bundled_records().items()}


def _search(client, q: str, location: str, welsh: bool = False):
    path = "/cy/search" if welsh else "/search"
    return page(client.get(path, query_string={"q": q, "location": location}))


def _talk(soup) -> list[str]:
    return [line.split(":")[0].strip() for line in texts_of(soup, "aside.app-talk-now li")]


@pytest.mark.parametrize(
    ("q", "location"),
    [
        (
            "found out my husbands brother abused my 9 year old, is there support for parents",
            "Alnwick",
        ),
        ("my stepdad molested my 12yo, is there help for mums", "Hexham"),
        ("our 7 yr old was touched by my uncle, advice for parents please", "Morpeth"),
        ("my boy was abused by his step dad, support for carers", "Ludlow"),
    ],
)
def test_a_parent_telling_of_abuse_done_and_asking_help_for_parents_is_not_sent_to_stop_it_now(
    bundled_client, q, location
):
    talk = _talk(_search(bundled_client, q, location))
    assert talk and talk[0].startswith("NSPCC"), talk
    assert not any(line.startswith(STOP_IT_NOW) for line in talk[:2]), talk


@pytest.mark.parametrize(
    ("q", "location", "welsh"),
    [
        (
            "my son (8) was abused by his uncle, he needs help and I need someone to talk to",
            "Hexham",
            False,
        ),
        (
            "our girl was abused by her grandad, is there any support for us as parents",
            "Ludlow",
            False,
        ),
        ("cafodd fy merch ei cham-drin gan ei llystad, dwi angen cymorth i fi", "Caernarfon", True),
    ],
)
def test_a_parent_asking_for_themselves_is_told_which_cards_support_parents(
    bundled_client, q, location, welsh
):
    audiences = _audiences()
    lines = SUPPORTS_CY if welsh else SUPPORTS_EN
    cards = cards_and_words(_search(bundled_client, q, location, welsh))
    marked = [sid for sid, text in cards if any(line in text for line in lines)]
    assert marked, [sid for sid, _ in cards]
    for sid, text in cards:
        says = audiences[sid] & {"parents-carers", "family-friends"}
        assert any(line in text for line in lines) == bool(says), (sid, audiences[sid])
        if lines[0] in text:
            assert "parents-carers" in audiences[sid], sid


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("my son (8) was abused by his uncle, what help is there for him", "Hexham"),
        ("i am 13 and my uncle touches me", "Ludlow"),
    ],
)
def test_no_card_says_it_supports_parents_when_nobody_asks_for_themselves(
    bundled_client, q, location
):
    text = _search(bundled_client, q, location).get_text(" ")
    assert not any(line in " ".join(text.split()) for line in SUPPORTS_EN)


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("my daughter was abused by my brother, im looking for counselling for myself", "Nantwich"),
        ("i need therapy for me, my son was sexually abused by his grandad", "Northwich"),
        (
            "my boy (9) was abused by his uncle and i want counselling for me, i feel so guilty",
            "Crewe",
        ),
        ("abused by my uncle as a boy, now 50, looking for counselling", "Crewe"),
    ],
)
def test_counselling_asked_for_oneself_comes_before_a_referral_centre(bundled_client, q, location):
    soup = _search(bundled_client, q, location)
    section = soup.select_one("section[aria-labelledby='local-title']")
    assert section is not None, "no local section"
    titles = [" ".join(h.get_text().split()) for h in section.select("h3.app-result__title")]
    # (a counselling service covers each place: it, not the centre, is the first card)
    assert titles and "Sexual Assault Referral Centre" not in titles[0], titles


def _unconfirmed_contact() -> set[str]:
    """The listings whose card says we could not confirm how to reach them: not confirmed, or
    a line with no confirmed phone number or text number."""
    found = set()
    for r in bundled_records().values():
        contact = r.get("contact", {})
        line = "helpline" in r.get("support_types", []) or "phone" in r.get("delivery_modes", [])
        phoned = contact.get("phone") and contact.get("phone_verified", True)
        if r.get("status") == "unconfirmed" or (
            line and not (phoned or contact.get("text") or contact.get("finder"))
        ):
            found.add(r["id"])
    return found


@pytest.mark.parametrize(
    ("q", "location", "welsh"),
    [
        ("is there a group for non-offending parents", "Basingstoke", False),
        ("cefnogaeth i rieni", "Rhyl", True),
    ],
)
def test_a_parents_card_without_confirmed_contact_follows_the_parents_line_that_can_be_called(
    bundled_client, q, location, welsh
):
    national = _search(bundled_client, q, location, welsh).select_one("section.app-national")
    assert national is not None
    ids = [sid for sid, _ in cards_and_words(national)]
    assert "nspcc-helpline" in ids, ids
    audiences, unsure = _audiences(), _unconfirmed_contact()
    before = ids[: ids.index("nspcc-helpline")]
    # (the NSPCC's line is for parents and can be called: no card for parents alone whose
    # contact we could not confirm comes before it)
    assert not [s for s in before if s in unsure and "parents-carers" in audiences[s]], ids
