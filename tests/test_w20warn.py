"""(fifteenth walk-through F2, F5, F7) The "last few days" warning for a Welsh child who tells
of the act vaguely ("neud petha drwg i fi", "nath e hi eto") as the English "did bad things to
me" already got it; a child who does not want a call getting chat and text first; and a school
named only as who was told or who acted not bringing in the line for abuse AT school. Every
case in other words and towns than the report's, both ways: the false reading each rule could
cause is tested too, in English and Welsh."""

from __future__ import annotations

import pytest

from directory.lines import needs_no_voice
from directory.search.aside import SETTING_NAMED, setting_named
from directory.search.cannot_phone import cannot_phone
from directory.search.recent import recent_assault
from directory.search.understand import clean_text, understand

from .helpers import national_ids, page

EDUCATION_LINE = "report-abuse-in-education"


def _warned(words: str) -> bool:
    return recent_assault(understand(words), clean_text(words))


# --- F2: the warning for a vague act, in Welsh ----------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "mae fy yncl wedi gwneud pethau cas i mi neithiwr, dwi'n 11",
        "nath fy llysfrawd neud petha rhyfedd i fi nos Wener, 12 oed",
        "wnaeth e hi eto bore 'ma, fy nghefnder, dwi'n 13",
        "mae fy nhad wedi gwneud rhywbeth i fi heddiw",
        "nath nain brifo fi wythnos dwetha, dwi'n 8",
        "nath yncl neud petha afiach i fi echdoe, dwin 9",
        # the English counterpart said another way
        "my stepmums brother did something to me last night, im 12",
        # the act said just before the time, a wish after it
        "my cousin did stuff to me last night, dont want my dad to know",
        "nath fy nghefnder neud petha cas i fi echdoe, dwi isio siarad efo rhywun",
    ],
)
def test_a_vague_act_with_a_recent_time_gets_the_warning(words: str) -> None:
    assert _warned(words)


@pytest.mark.parametrize(
    "words",
    [
        # long ago, in Welsh as a child says it
        "nath fy ewythr neud petha cas i fi pan oeddwn i'n ifanc, dwi'n 30 rwan",
        "nath taid neud pethau drwg i fi ers talwm",
        "a long time ago my cousin did bad things to me, i saw him yesterday",
        # the time is of telling, not of the act
        "ddoe nes i ddweud wrth mam bod fy ewythr wedi fy nghyffwrdd",
        "yesterday i told my nan that my stepdad touched me",
        # a beating, in Welsh mutated forms
        "nath dad fy nharo i ddoe ac mae'n brifo",
        # someone did something that is not abuse
        "nath e weiddi arna i neithiwr",
        # no time said
        "nath fy llystad neud petha drwg i fi",
        # a nightmare after the time, the act before it
        "my step dad did stuff to me, last night i had a nightmare about it",
        "nath fy ewythr neud petha drwg i fi, neithiwr ges i hunllef",
    ],
)
def test_no_warning_for_long_ago_telling_a_beating_or_no_time(words: str) -> None:
    assert not _warned(words)


def test_the_welsh_page_warns_a_child_who_says_it_vaguely(bundled_client) -> None:
    soup = page(
        bundled_client.get(
            "/cy/search",
            query_string={
                "q": "nath fy yncl neud petha cas i fi neithiwr, dwi'n 11",
                "location": "llangefni",
            },
        )
    )
    assert "dyddiau diwethaf" in soup.get_text(" ")


def test_the_welsh_page_does_not_warn_of_long_ago(bundled_client) -> None:
    soup = page(
        bundled_client.get(
            "/cy/search",
            query_string={
                "q": "nath fy yncl neud petha cas i fi pan oeddwn i'n fychan",
                "location": "llangefni",
            },
        )
    )
    assert "dyddiau diwethaf" not in soup.get_text(" ")


# --- F7: not wanting a call -----------------------------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "i dont wanna talk to anyone over the phone",
        "would rather not ring, can i type instead",
        "is there someone i can text",
        "im too embarrassed to phone",
        "i dont want a phone call",
        "dw i ddim eisiau ffonio neb",
        "well gen i decstio",
    ],
)
def test_words_saying_a_call_is_not_wanted(words: str) -> None:
    assert cannot_phone(words)


@pytest.mark.parametrize(
    "words",
    [
        "i dont want to phone my dad",
        "dont wanna ring the police",
        "can i talk to someone",
        "i dont want to talk about it",
        "dwi ddim isio ffonio'r heddlu",
        "dwi ddim isio siarad am y peth",
    ],
)
def test_words_about_someone_else_to_call_or_talking_say_nothing_of_calls(words: str) -> None:
    assert not cannot_phone(words)


@pytest.mark.parametrize(
    ("lang", "words", "place", "first"),
    [
        (
            "",
            "my stepdads friend touched me, im 13, i dont wanna call anyone",
            "bakewell",
            "childline",
        ),
        ("", "cousin made me do stuff, 12, would rather not phone", "ludlow", "childline"),
        (
            "/cy",
            "dwi'n 12, nath fy nghefnder gyffwrdd fi, dw i ddim eisiau ffonio",
            "dolgellau",
            "meic",
        ),
    ],
)
def test_a_child_who_does_not_want_a_call_gets_chat_or_text_first(
    bundled_client, by_id, lang: str, words: str, place: str, first: str
) -> None:
    soup = page(bundled_client.get(f"{lang}/search", query_string={"q": words, "location": place}))
    box = soup.select_one("aside.app-talk-now")
    assert box is not None
    items = box.select("li")
    ids = [li.select("a")[0]["href"].rsplit("/", 1)[-1] for li in items]
    assert ids[0] == first, ids
    assert needs_no_voice(by_id[ids[0]])
    links = [a["href"] for a in items[0].select("a")[1:]]
    assert not links[0].startswith("tel:"), links


# --- F5: a school named as who was told or who acted ----------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "the school phoned to say my son told them his stepfather abused him",
        "her teacher made a referral after she said her grandad touched her",
        "my 13 year old told her form tutor that her brother raped her",
        "dywedodd fy mab wrth ei athro bod ei ewythr wedi ei gam-drin",
        "mae'r ysgol wedi cysylltu â'r gwasanaethau cymdeithasol am fy merch",
        "im a teacher and a pupil told me her dad abuses her",
    ],
)
def test_a_setting_named_only_as_who_was_told_or_acted_is_not_named(words: str) -> None:
    assert not setting_named(clean_text(words), SETTING_NAMED["education"])


@pytest.mark.parametrize(
    "words",
    [
        "the pe teacher groped my daughter in the changing rooms",
        "a boy in my class at school keeps touching me, im 14",
        "mae athro yn yr ysgol wedi fy nghyffwrdd, dwi'n 14",
        "my daughter told me her tutor touched her",
        "i told the school that a lecturer assaulted my son",
    ],
)
def test_abuse_at_a_setting_or_by_its_staff_still_names_it(words: str) -> None:
    assert setting_named(clean_text(words), SETTING_NAMED["education"])


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("the school phoned to say my son told them his stepfather sexually abused him", "Kendal"),
        ("my 13 year old told her form tutor that her brother raped her last month", "Ripon"),
        ("dywedodd fy merch wrth ei hathrawes bod ei llystad wedi ei cham-drin", "Llandeilo"),
    ],
)
def test_abuse_at_home_told_at_school_does_not_get_the_school_line_first(
    directory, q: str, location: str
) -> None:
    ids = national_ids(directory, q, location)
    assert EDUCATION_LINE not in ids[:5], ids[:5]


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("my daughter told me her tutor touched her at college", "Kendal"),
        ("my form tutor at school keeps touching me, im 15", "Ripon"),
    ],
)
def test_abuse_at_school_still_gets_the_school_line(directory, q: str, location: str) -> None:
    assert EDUCATION_LINE in national_ids(directory, q, location)[:3]
