"""The fluent Welsh review (December 2026) holds: no mutation is left to a placeholder, the
plural forms are the ones a fluent reader gave, a listing is a *cofnod*, and the register is the
spoken one a child reads (docs/welsh.md has the glossary)."""

from __future__ import annotations

import re
from gettext import c2py

import pytest
from babel.messages.pofile import read_po

from directory.config import PROJECT_ROOT

PO = PROJECT_ROOT / "translations" / "cy" / "LC_MESSAGES" / "messages.po"
# words that mutate what follows them; a placeholder after one of them would print an unmutated
# place name ("i Caernarfon" for "i Gaernarfon")
MUTATING = (
    "i",
    "o",
    "yng",
    "ym",
    "yn",
    "â",
    "a",
    "neu",
    "dros",
    "drwy",
    "trwy",
    "am",
    "at",
    "gan",
    "heb",
    "hyd",
    "wrth",
    "dan",
    "tan",
)
PLACE_LIKE = ("place", "name", "council", "county", "area", "region", "town")


@pytest.fixture(scope="module")
def welsh():
    with PO.open("rb") as f:
        return read_po(f)


def _strings(catalog):
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        msgid = message.id if isinstance(message.id, str) else message.id[0]
        for string in strings:
            yield msgid, string or ""


def test_no_place_placeholder_follows_a_word_that_would_mutate_it(welsh):
    pattern = re.compile(
        r"(?<![\w’'])(" + "|".join(MUTATING) + r")\s+%\((" + "|".join(PLACE_LIKE) + r")\w*\)s",
        re.IGNORECASE,
    )
    bad = [(msgid, s) for msgid, s in _strings(welsh) if pattern.search(s)]
    assert bad == []


def test_the_results_sentence_names_the_place_without_a_mutation(welsh):
    found = {msgid: s for msgid, s in _strings(welsh)}
    sentence = found["Services within %(radius)d miles of %(place)s."]
    assert sentence.endswith(": %(place)s.")
    assert " i %(place)s" not in sentence


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (0, "0 gwasanaeth"),
        (1, "1 gwasanaeth"),
        (2, "2 wasanaeth"),  # soft mutation after "dau"
        (3, "3 gwasanaeth"),
        (6, "6 gwasanaeth"),
        (11, "11 gwasanaeth"),
    ],
)
def test_service_counts_take_the_forms_a_fluent_reader_gave(welsh, n, expected):
    message = welsh.get(("%(num)d service", "%(num)d services"))
    assert message is not None
    form = message.string[_plural_index(welsh, n)] % {"num": n}
    assert form == expected


def _plural_index(catalog, n: int) -> int:
    # the catalogue's own Plural-Forms expression, as gettext evaluates it
    return c2py(catalog.plural_expr)(n)


def test_a_listing_is_a_cofnod_never_a_rhestr(welsh):
    bad = [
        (msgid, s)
        for msgid, s in _strings(welsh)
        if re.search(r"\blistings?\b", msgid, re.IGNORECASE)
        and not re.search(r"\blist\b|\bwaiting\b", msgid, re.IGNORECASE)
        and re.search(r"\brhestr|\brestr", s, re.IGNORECASE)
    ]
    assert bad == []


@pytest.mark.parametrize(
    "literary",
    [
        "Nid oeddem",
        "Nid yw",
        "Ni ddaethom",
        "arnynt",
        "amdanynt",
        "cael ei sylwi",
        "yn cael ei osod",
        "i lawr",
        "pan ofynnir",
    ],
)
def test_the_register_is_the_spoken_one(welsh, literary):
    assert [msgid for msgid, s in _strings(welsh) if literary in s] == []


def test_history_steps_name_the_english_title_too(welsh):
    steps = [s for msgid, s in _strings(welsh) if "called “Find support”" in msgid]
    assert steps
    assert all("Find support" in s for s in steps)


def test_the_exit_announcement_reads_as_a_sentence(welsh):
    found = dict(_strings(welsh))
    assert found["Exit this page expired."] == "Mae’r amser i adael y dudalen wedi dod i ben."
