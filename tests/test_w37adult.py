"""(w37adult, thirty-first walk-through F3) Lines for anyone struggling to cope (Samaritans,
Samariaid, Shout) come into "Talk to someone now" and the first national cards for words of
suicide, self-harm or ending one's life, not for words of distress alone: a man abused as a
boy who said he was falling apart read Samaritans as a suicide line he had given no reason
for, while the same man "struggling" did not get it. Other words and towns than the
report's; parsed pages."""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, texts_of

#: the lines for anyone struggling to cope, by the names a reader sees (English and Welsh)
STRUGGLING = ("Samaritans", "Samariaid", "Shout 85258")
FIRST_CARDS = 3


def _lines(soup) -> list[str]:
    return [line.split(":")[0].strip() for line in talk_box(soup)]


def _struggling(names: list[str]) -> list[str]:
    return [name for name in names if name.startswith(STRUGGLING)]


def _first_national(soup) -> list[str]:
    return texts_of(soup, "section.app-national li.app-result h3")[:FIRST_CARDS]


@pytest.mark.parametrize(
    ("q", "location", "welsh"),
    [
        ("male, 52, abused by a neighbour as a lad, cant cope any more", "Chelmsford", False),
        ("my stepdad abused me when i was a kid, im 50 now and breaking down", "Ipswich", False),
        ("uncle did things to me as a boy, 61 now and my life is a mess", "Leicester", False),
        ("grandad abused me growing up, im in pieces at 39", "", False),
        ("dyn 50 oed, ces i fy ngham-drin gan fy ewythr, dwi'n chwalu", "Bangor", True),
        ("ces i fy ngham-drin gan fy nhad yn blentyn, dwi'n methu ymdopi", "", True),
    ],
)
def test_words_of_distress_alone_bring_no_suicide_line(bundled_client, q, location, welsh):
    soup = searched(bundled_client, q, location, welsh)
    lines = _lines(soup)
    assert lines, "no talk box"
    assert not _struggling(lines), lines
    assert not _struggling(_first_national(soup)), _first_national(soup)


@pytest.mark.parametrize(
    ("q", "location", "welsh"),
    [
        ("abused by my brother as a kid, im 44 and i want to end it all", "Southend", False),
        ("my uncle abused me when i was small and i keep wanting to kill myself", "", False),
        ("abused as a boy, 57 now, i dont want to be here any more", "Basildon", False),
        ("ces i fy ngham-drin gan fy nhad yn blentyn a dwi isio lladd fy hun", "", True),
    ],
)
def test_words_of_suicide_still_bring_a_line_for_anyone_struggling(
    bundled_client, q, location, welsh
):
    lines = _lines(searched(bundled_client, q, location, welsh))
    assert _struggling(lines), lines
