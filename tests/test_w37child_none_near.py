"""(w37child) A child asking, with no local service near that matches, reads one plain line that
leads to the talk box, not a grown-up's grey box asking her to check which areas the services
further down cover (the thirty-first independent phone walk-through, person 1, F2: a frightened
12-year-old near Doncaster). Tested in other words and other places than the report's.

- A child, in English or Welsh, in text-speak, an age in digits or words: the line, just
  before the talk box; no "check they cover your area" anywhere above the first card.
- A parent, or anyone with the professional switch on, keeps the box with where to look next.
"""

from __future__ import annotations

import pytest

from tests.helpers import posted_results, talk_box, text_of

CHILD_LINE = {
    "en": "We could not find a service near you for this.",
    "cy": "Doedden ni ddim yn gallu dod o hyd i wasanaeth yn agos atoch chi ar gyfer hyn.",
}


def _above_the_talk_box(soup) -> str:
    """The words of the local section's paragraphs before its talk box: what a child reads
    first, after the page's heading and search tools."""
    section = soup.select_one('section[aria-labelledby="local-title"]')
    title = soup.find(id="talk-now-title")
    assert section is not None and title is not None
    before = [p for p in title.find_all_previous("p") if section in p.parents]
    return " ".join(" ".join(p.get_text(" ").split()) for p in reversed(before))


CHILDREN = [
    ("my mums boyfriend comes in my bed at nite im 11", "Rotherham", "en"),
    ("i am 10 my step dad does things to me", "Doncaster", "en"),
    ("im thirteen and my big cousin makes me touch him", "Rotherham", "en"),
    ("dwi'n 12 ac mae fy ewythr yn cyffwrdd â fi", "Rotherham", "cy"),
]


@pytest.mark.parametrize(("q", "location", "lang"), CHILDREN)
def test_a_child_with_nothing_near_reads_one_plain_line_then_the_talk_box(
    bundled_client, q, location, lang
):
    soup = posted_results(bundled_client, q, location, lang)
    first = _above_the_talk_box(soup)
    assert CHILD_LINE[lang] in first, first
    assert "check they cover" not in first and "gwiriwch" not in first.casefold(), first
    assert not soup.select('section[aria-labelledby="local-title"] .govuk-inset-text')
    assert talk_box(soup)  # the lines to talk to now follow it
    line = soup.select_one(".app-none-near-child")
    assert line is not None and line.find_next(["h2", "p"]).get("id") == "talk-now-title"


GROWN_UPS = [
    ("my daughter is 9 and her uncle touched her", "Rotherham", False),
    ("year 5 pupil, 10, disclosed abuse by her stepfather, need local support", "Doncaster", True),
]


@pytest.mark.parametrize(("q", "location", "pro"), GROWN_UPS)
def test_guard_a_parent_or_a_professional_keeps_where_to_look_next(
    bundled_client, q, location, pro
):
    """Guard (passes on main too): the grown-up's box, with where to look next, stays."""
    client = bundled_client.application.test_client() if pro else bundled_client
    soup = posted_results(client, q, location, professional=pro)
    box = text_of(soup, 'section[aria-labelledby="local-title"] .govuk-inset-text')
    assert "We found no local services" in box, box
    assert not soup.select(".app-none-near-child")
