"""(w57suicide, check59 finding 3) Suicide said in Panjabi written in Gurmukhi got nothing: no
warning, no Samaritans, the NSPCC, the rape line and Childline first. A wish to die or to kill
oneself now gets the English life-at-risk warning and Samaritans first (Samaritans and 999 can
arrange interpreters); the word for suicide alone, Samaritans first.

The guard (not wanting to die) passes on main too, and says so.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, warned, warned_then_first

OWN_LIFE = "If your life is at risk now"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("ਮੈਂ ਮਰਨਾ ਚਾਹੁੰਦੀ ਹਾਂ", "Wolverhampton"),  # I want to die (a woman)
        ("ਮੈਂ ਆਪਣੇ-ਆਪ ਨੂੰ ਮਾਰਨਾ ਚਾਹੁੰਦੀ ਹਾਂ", "Slough"),  # I want to kill myself
    ],
)
def test_a_wish_to_die_in_gurmukhi_warns_and_brings_samaritans(bundled_client, words, place):
    warned_then_first(searched(bundled_client, words, place), OWN_LIFE)


def test_the_gurmukhi_word_for_suicide_alone_brings_samaritans_first(bundled_client):
    soup = searched(bundled_client, "ਖ਼ੁਦਕੁਸ਼ੀ ਦੇ ਖਿਆਲ", "Gravesend")  # thoughts of suicide
    assert talk_names(talk_box(soup))[0] == "Samaritans", talk_box(soup)


def test_guard_not_wanting_to_die_in_gurmukhi_has_no_warning(bundled_client):
    """Guard: passes on main too."""
    soup = searched(bundled_client, "ਮੈਂ ਮਰਨਾ ਨਹੀਂ ਚਾਹੁੰਦਾ", "Gravesend")  # I do not want to die
    assert not warned(soup, OWN_LIFE)
