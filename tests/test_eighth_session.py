"""Issue 25, nineteenth walk-through F1 (eighth session): a parent who says the abuse vaguely,
"did something sexual to her", is telling of abuse done to their child, as "abused her" is:
the NSPCC first, no line for people worried about their own thoughts in the talk box or above
it. A parent worried about their own child's behaviour, and someone who did it, still get
Stop It Now. Other words and towns than the report's; parsed pages."""

from __future__ import annotations

import pytest

from tests.helpers import page, texts_of

STOP_IT_NOW = "Stop It Now helpline"


def _first_lines(client, q: str, location: str) -> tuple[list[str], list[str]]:
    """The talk box's names and the first three cards available wherever you live."""
    soup = page(client.get("/search", query_string={"q": q, "location": location}))
    talk = [name.split(":")[0].strip() for name in texts_of(soup, "aside.app-talk-now li")]
    national = texts_of(soup, "section[aria-labelledby=national-title] .app-result h3")
    return talk, national[:3]


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("my granddaughter is 7, her step grandad did something sexual to her", "Swindon"),
        ("my boy is 9 and his uncle did something inappropriate to him", "Kendal"),
        ("our daughter (5) - my brother did sexual things to her", "Ipswich"),
    ],
)
def test_a_parent_telling_vaguely_of_abuse_done_gets_the_nspcc_not_stop_it_now(
    bundled_client, q, location
):
    talk, national = _first_lines(bundled_client, q, location)
    assert talk[0] == "NSPCC Helpline", talk
    assert STOP_IT_NOW not in talk, talk
    assert national[0] != STOP_IT_NOW, national


@pytest.mark.parametrize(
    ("q", "location"),
    [
        # a worry about the parent's own child's behaviour, and the one who did it
        ("worried my 15 year old did something sexual to his younger cousin", "Swindon"),
        ("i did something sexual to my stepdaughter and need help to stop", "Kendal"),
        ("my daughter is 13 and did something sexual to her little brother", "Ipswich"),
    ],
)
def test_a_worry_about_who_did_it_still_gets_stop_it_now(bundled_client, q, location):
    talk, _national = _first_lines(bundled_client, q, location)
    assert STOP_IT_NOW in talk, talk
