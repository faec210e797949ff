"""Issue 25, the eleventh probe of who is asking (ninth session): a professional who searches
without a place got no "Talk to someone now" box, though the same words with a place did and
every other kind of person got it first (the NSPCC's line answers professionals). Other words
than the probe's; parsed pages, English and Welsh."""

from __future__ import annotations

import pytest

from tests.helpers import page, texts_of


@pytest.mark.parametrize(
    ("path", "q", "first"),
    [
        (
            "/search",
            "DSL at a primary school, a year 3 girl disclosed abuse by her grandad, how do I refer",
            "NSPCC Helpline",
        ),
        (
            "/search",
            "GP - teenage patient says her stepbrother sexually abuses her, referral options",
            "NSPCC Helpline",
        ),
        (
            "/cy/search",
            "gweithiwr cymdeithasol ydw i, plentyn 9 oed wedi datgelu cam-drin gan ei llystad",
            "Llinell Gymorth y NSPCC",
        ),
    ],
)
def test_a_professional_with_no_place_gets_the_lines_to_call_before_the_national_list(
    bundled_client, path, q, first
):
    soup = page(bundled_client.get(path, query_string={"q": q, "location": ""}))
    talk = [name.split(":")[0].strip() for name in texts_of(soup, "aside.app-talk-now li")]
    assert talk and talk[0] == first, talk
    box = soup.select_one("aside.app-talk-now")
    national = soup.select_one("section[aria-labelledby=national-title]")
    # the box comes before the first national card, on the first screen
    assert box.sourceline < national.sourceline
