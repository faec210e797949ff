"""The sixth cold Welsh review (docs/welsh-review-2026-12-sixth.md): its four errors, and an
English listing name on the report form marked as English."""

from __future__ import annotations

from bs4 import BeautifulSoup


def test_also_follows_what_it_adds_to(bundled_client):
    """E4: "…; dynion a bechgyn yn unig; teulu a ffrindiau hefyd", never "hefyd teulu…"."""
    text = BeautifulSoup(
        bundled_client.get("/cy/service/mens-advice-line").get_data(as_text=True), "html.parser"
    ).get_text(" ")
    assert "hefyd teulu" not in text
    assert "dynion a bechgyn yn unig; teulu a ffrindiau" in text and "proffesiynol hefyd" in text


def test_the_report_form_marks_an_english_name_as_english(bundled_client):
    """O3: a Welsh voice read "NAPAC support line" in the form's hint."""
    soup = BeautifulSoup(
        bundled_client.get("/cy/service/napac/report").get_data(as_text=True), "html.parser"
    )
    hint = soup.select_one(".govuk-hint")
    assert hint.find(lang="en", string="NAPAC support line")
    assert "Beth sy’n anghywir?" in hint.get_text()
