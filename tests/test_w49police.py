"""(w49police; thirty-seventh walk-through F4, check50 finding 4) Someone who says they want to
report to the police, or asks whether to, is told in the talk box how when it is not an
emergency: 101, a number to tap. Get help now says so too. Someone who says they do not want
the police is not told."""

from __future__ import annotations

import pytest

from tests.helpers import page, searched

LINE = {"en": "To report to the police when it is not an emergency, call 101.",
        "cy": "I roi gwybod i’r heddlu pan nad yw’n argyfwng, ffoniwch 101."}  # fmt: skip


def _police_line(soup) -> str:
    box = soup.find(id="talk-now-title").find_parent("aside")
    found = box.select_one(".app-police-line")
    if found is None:
        return ""
    assert found.select_one('a[href="tel:101"]') is not None
    return " ".join(found.get_text(" ", strip=True).replace(" .", ".").split())


@pytest.mark.parametrize(
    ("words", "place", "welsh"),
    [
        ("can i still report my brother to the police, it was 20 years ago", "Lincoln", False),
        ("how do i give a statement about my grandad abusing me", "Carlisle", False),
        ("dw i eisiau mynd at yr heddlu am beth wnaeth fy ewythr", "Aberystwyth", True),
    ],
)
def test_wanting_to_report_brings_101(bundled_client, words, place, welsh):
    soup = searched(bundled_client, words, place, welsh=welsh)
    assert _police_line(soup) == LINE["cy" if welsh else "en"]


def test_not_wanting_the_police_brings_no_101(bundled_client):
    soup = searched(bundled_client, "i do not want to tell the police, my uncle abused me", "Hull")
    assert _police_line(soup) == ""


def test_get_help_now_says_101(bundled_client):
    soup = page(bundled_client.get("/get-help-now"))
    assert soup.select_one('a[href="tel:101"]') is not None


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my uncle abused me when i was small, is it too late to report", "Barrow-in-Furness"),
        ("im 22 and i want to report what he did to me", "Kettering"),
    ],
)
def test_wanting_to_report_without_naming_the_police_brings_101(bundled_client, words, place):
    # (w49police2, check51 finding 6) reporting what happened, the police not named
    assert _police_line(searched(bundled_client, words, place)) == LINE["en"]


def test_a_police_officer_is_not_told_the_police_number(bundled_client):
    words = "im a police officer, a girl of 15 wants to report her stepdad to the police, isva?"
    assert _police_line(searched(bundled_client, words, "Ashford, Kent")) == ""
