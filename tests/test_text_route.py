"""Shout is a text service (issue 25.8): its card and its service page say "Text 85258", the
number its own FAQ page gives (the researched record's source); the import takes a number to
text only when the researched record states it."""

from __future__ import annotations

import re

from directory.sources.research_listing import text_number


def _card(html: str, service_id: str) -> str:
    """The text of one result card."""
    start = html.index(f'href="/service/{service_id}"')
    end = html.find('app-result__title"', start + 1)
    return re.sub(r"<[^>]+>", " ", html[start : end if end > 0 else None])


def test_shouts_card_and_page_say_text_85258(bundled_client):
    html = bundled_client.get("/search?q=text+someone+now").get_data(as_text=True)
    assert "Text 85258" in " ".join(_card(html, "shout-85258").split())
    page = bundled_client.get("/service/shout-85258").get_data(as_text=True)
    assert "Text 85258" in " ".join(re.sub(r"<[^>]+>", " ", page).split())


def test_shouts_number_to_text_keeps_its_source_for_maintainers(bundled):
    shout = next(s for s in bundled if s.id == "shout-85258")
    assert shout.contact.text == "85258"
    assert any("85258" in v and "giveusashout.org" in v for v in shout.verify)


def test_a_number_to_text_the_research_does_not_state_is_left_out():
    raw = {"source_url": "https://example.org/faq", "phone_notes": "Text SHOUT to 85258."}
    problems: list[str] = []
    verify: list[str] = []
    assert text_number(raw, {"text": "85258"}, problems, verify) == "85258"
    assert not problems and verify
    assert text_number(raw, {"text": "60000"}, problems, verify) == ""
    assert problems and "60000" in problems[0]
    assert text_number(raw, {}, [], []) == ""
