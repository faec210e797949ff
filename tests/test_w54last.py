"""(w54last, check58 findings 4 and 5) "im deaf and im not safe" lost the warning that "im not
safe" has, and with it the Deaf line; "a man had sex with me when i was drunk" had the Men's
Advice Line (for men) as its first card."""

from __future__ import annotations

from tests.helpers import cards_and_words, danger_first, searched, texts_of


def test_not_safe_said_after_who_they_are_still_warns_with_the_deaf_line(bundled_client):
    soup = searched(bundled_client, "i am deaf and i am not safe", "Leeds")
    assert "Call 999" in danger_first(soup)
    assert texts_of(soup, ".app-deaf-999"), "no way for a Deaf person to call 999"


def test_a_man_who_had_sex_with_her_does_not_bring_a_mens_service_first(bundled_client):
    soup = searched(bundled_client, "a man slept with me when i was passed out", "Leeds")
    first = cards_and_words(soup)[0][1]
    assert "Boys and men" not in first and "Men's" not in first, first
