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
    # the second review (R7): after "ger", which does not mutate, rather than "o’r lle hwn:"
    assert sentence.startswith("Gwasanaethau ger %(place)s,")
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
        # sixth review: the formal past impersonal, and "nid yw" inside a sentence
        "effeithiwyd",
        "gasglwyd",
        "ychwanegwyd",
        "defnyddiwyd",
        "gofynnwyd",
    ],
)
def test_the_register_is_the_spoken_one(welsh, literary):
    found = [msgid for msgid, s in _strings(welsh) if literary.casefold() in s.casefold()]
    assert found == []


def test_history_steps_name_the_english_title_too(welsh):
    steps = [s for msgid, s in _strings(welsh) if "called “Find support”" in msgid]
    assert steps
    assert all("Find support" in s for s in steps)


def test_the_exit_announcement_reads_as_a_sentence(welsh):
    found = dict(_strings(welsh))
    assert found["Exit this page expired."] == "Mae’r amser i adael y dudalen wedi dod i ben."


# The second, cold review (docs/welsh-review-2026-12.md): one neutral spoken register, neither
# northern (gynnon, efo, rŵan) nor southern (the pronoun "e"), and no literary or formal
# impersonal forms; docs/welsh.md has the rule.
@pytest.mark.parametrize(
    ("pattern", "why"),
    [
        (r"\bgynnon\b", "northern; gennym ni"),
        (r"\befo\b", "northern; gyda / â"),
        (r"\brŵan\b", "northern; nawr"),
        (r"\w+sant\b", "literary -sant ending"),
        (r"\bRydym\b", "formal; Rydyn ni"),
        (r"\bydym\b", "literary; dydyn ni / rydyn ni"),
        (r"\bgennym\b(?! ni)", "bare literary gennym; gennym ni"),
        (r"a deipiwyd gennych", "formal impersonal passive"),
        (r"\bar led\b", "an idiom for 'abroad', not 'at the width of'"),
        (r"\by gellir\b|\bna ellir\b", "formal impersonal -ir; mae modd"),
        (r"\bNi chafodd\b|\bNi chawsant\b", "literary negative; Dydy… ddim"),
        (r"\bdim (eu|ei|eich|fy|ein)\b", "dim cannot take a possessive"),
        (r"\bgwefan ei hun\b", "ei hun needs a possessive before the noun"),
        (r"\bhyd at %\(radius\)d milltir\b(?! i ffwrdd)", "up to N miles from nowhere; o fewn"),
        (r"'", "a straight apostrophe; the catalogue uses ’"),
        # (twelfth review F1) the southern pronoun after a preposition: "ag e", "ato e"
        (
            r"\b(?:ag|â|ato|iddo|amdano|ganddo|ohono) e\b",
            "southern pronoun e; fe / ef / o, or name it",
        ),
    ],
)
def test_one_neutral_spoken_register(welsh, pattern, why):
    bad = [(msgid, s) for msgid, s in _strings(welsh) if re.search(pattern, s)]
    assert bad == [], why


@pytest.mark.parametrize(
    ("msgid", "welsh_text"),
    [
        # F1: "pob un" is a cofnod (masculine), so "a’i ddyddiad"
        (
            "Listings come from services' own websites and other public pages, gathered by our "
            "researchers, each with its source and date:",
            "a’i ddyddiad:",
        ),
        ("These details may be out of date.", "wedi dyddio"),  # V2: not "yn hen" (old)
        ("Showing services near %(place)s.", "Yn dangos gwasanaethau ger %(place)s."),
        ("Ages %(low)d to %(high)d", "%(low)d i %(high)d oed"),  # as the age filter writes it
        ("Ages %(low)d and over", "%(low)d oed a hŷn"),
        # P3: "cyfrifon" are accounts
        (
            "If you tell us a listing is wrong, we keep which listing, what you chose, what you "
            "wrote (with anything that looks like an email address, a phone number or a full "
            "postcode removed) and the day. We keep nothing about you: not your address on the "
            "internet, your browser or the time. To stop one person sending very many reports, "
            "the server counts reports for a day in its memory using a scrambled code that "
            "cannot be turned back into your address, and forgets the counts every day.",
            "dechrau cyfrif o’r newydd bob dydd",
        ),
        # SS3: pages read in English are titled "Find support"
        (
            "Every page has the same plain title, “Find support”. A full postcode is never "
            "shown, only its first half.",
            "“Find support” ar y tudalennau Saesneg",
        ),
    ],
)
def test_the_second_reviews_corrections(welsh, msgid, welsh_text):
    found = dict(_strings(welsh))
    assert welsh_text in found[msgid]


@pytest.mark.parametrize("wrong", ["yn hen", "anghofio’r cyfrifon", "taflen glir", "Cyfatebiaeth"])
def test_no_wrong_word_the_second_review_found(welsh, wrong):
    assert [msgid for msgid, s in _strings(welsh) if wrong in s] == []


@pytest.mark.parametrize(
    ("wrong", "why"),
    [
        (r"\bneu rh", "neu softens what follows: neu rowch, not neu rhowch"),
        (
            r"\btudalen canlyniadau\b",
            "a feminine noun softens its noun adjunct: tudalen ganlyniadau",
        ),
        (r"\ba H\b", "H is read aets: ac H, as ac Y"),
        (r"\bgweler\b", "formal impersonal: the glossary's spoken register"),
        (r"\bsydd gyda ni\b", "the glossary says gennym ni"),
        (r"\btua %\(", "tua mutates what follows, which a placeholder cannot"),
    ],
)
def test_the_third_review_s_mutations_and_register(welsh, wrong, why):
    assert [msgid for msgid, s in _strings(welsh) if re.search(wrong, s)] == [], why
