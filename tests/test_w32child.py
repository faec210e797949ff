"""(twenty-sixth walk-through F3; branch w32child) A child's first local card is one they can
use, and their words are not "corrected".

1. A word with a digit in it (an age with its unit, "12yo", "14yrs", a school year "yr9", a
   postcode, a phone number) is never offered a spelling correction.
2. For a child asking, a local service whose status says it may be closing (or takes nobody
   new now) is not a first local card: it follows the national answers, under a heading
   saying why, and the sentence above the talk box points there. (w59fit, check60 finding 10)
   So too for an adult or a parent when an open national answer fits as well
   (``weights.CLOSING_LOCAL_SHARE``; the judged set rose with it).

Tested in other words and other towns than the report's, English and Welsh. Every test marked
"old:" fails on 8a88b11.
"""

from __future__ import annotations

import pytest

from .helpers import page


def _search(client, path: str, q: str, location: str = ""):
    query = {"q": q, "location": location} if location else {"q": q}
    return page(client.get(path, query_string=query, follow_redirects=True))


def _suggestion(soup) -> str:
    found = soup.select_one(".app-suggestion")
    return " ".join(found.get_text(" ").split()) if found else ""


# --- 1. (F3) words with digits are never "misspelt" ------------------------------------------


@pytest.mark.parametrize(
    ("path", "q", "location"),
    [
        ("/search", "frightened. my uncle touches me when mum is out. 10yrs", "Ledbury"),
        ("/search", "my step brother comes in my room at night 10yrs", "Settle"),
        ("/search", "abused by my grandad as a boy, 18yrs ago, want counselling", "Bungay"),
        ("/search", "any help for u18s? my cousin hurts me", ""),
        ("/cy/search", "mae ewythr fi yn cyffwrdd fi, 10yrs", "Tywyn"),
    ],
)
def test_a_word_with_digits_is_never_offered_a_correction(bundled_client, path, q, location):
    """old: "…13yrs" at the end of a child's words was "corrected" to "13s" (the listings'
    "13s"); "10yrs" to "10s", "18yrs" and "u18s" to "18s"."""
    soup = _search(bundled_client, path, q, location)
    line = _suggestion(soup)
    typed = {w.strip(".,?!") for w in q.split()}
    offered = {w.strip("“”\"'") for w in line.split()}
    assert not {w for w in offered if any(ch.isdigit() for ch in w)} - typed, line


# --- 2. (F3) a closing service is not a child's first local answer ---------------------------

CLOSING = "Services near you that match your words but may be closing or not taking new people"
CLOSING_CY = (
    "Gwasanaethau yn agos atoch chi sy’n cyfateb i’ch geiriau ond a all fod yn cau neu ddim yn "
    "derbyn pobl newydd"
)
LOCAL = 'section[aria-labelledby="local-title"]'


def _cards(soup, selector: str) -> list[str]:
    return [" ".join(h.get_text(" ").split()) for h in soup.select(f"{selector} .app-result h3")]


def _moved_heading(soup) -> str:
    found = soup.select_one("#moved-closing-title")
    return " ".join(found.get_text(" ").split()) if found else ""


@pytest.mark.parametrize(
    ("path", "q", "location", "heading"),
    [
        (
            "/search",
            "my mums boyfriend creeps into my room at night. im 12, too scared to say",
            "Clitheroe",
            CLOSING,
        ),
        ("/search", "im 14, my uncle makes me do stuff, i cant tell anyone", "Garstang", CLOSING),
        ("/search", "my big cousin touches me when he babysits. 11", "Ormskirk", CLOSING),
        ("/cy/search", "mae cefnder fi yn cyffwrdd fi, dwi'n 13", "Chorley", CLOSING_CY),
    ],
)
def test_a_closing_service_follows_the_national_answers_for_a_child(
    bundled_client, path, q, location, heading
):
    """old: Trust House Lancashire, "May be closing", was a 13-year-old's only local card, first
    under the talk box; CRASAC ("Waiting list closed") sat among a child's local cards."""
    soup = _search(bundled_client, path, q, location)
    near = _cards(soup, LOCAL)
    moved = _cards(soup, 'section[aria-labelledby="moved-closing-title"]')
    assert moved, near
    assert not set(moved) & set(near)
    assert _moved_heading(soup).startswith(heading)
    if not near:  # (w33child) the sentence above the talk box leads to it, not down there
        assert soup.select_one(f'{LOCAL} p:has(a[href="#moved-closing-title"])') is None


def test_beside_an_open_service_it_stays_near_after_it(bundled_client):
    """A child at Kenilworth: CRASAC ("Waiting list closed") stays among the local cards, after
    the open ones, as it was (w27child)."""
    soup = _search(
        bundled_client, "/search", "my big cousin touches me when he babysits. 11", "Kenilworth"
    )
    near = _cards(soup, LOCAL)
    assert "Coventry Rape and Sexual Abuse Centre (CRASAC)" in near[1:], near
    assert not _moved_heading(soup)


@pytest.mark.parametrize(
    "q",
    [
        "my daughter is 9 and was abused by her grandad, help for her",
        "abused by my uncle as a child, I'm 50 now, need counselling",
    ],
)
def test_an_adult_or_a_parent_sees_it_after_the_open_answers_that_fit_as_well(bundled_client, q):
    """(w59fit, check60 finding 10) The adult's and the parent's card was the first local one
    here (w32child kept it near for them); it now follows the open national answers that fit
    as well, under the heading saying why, as a child's does."""
    soup = _search(bundled_client, "/search", q, "Clitheroe")
    assert "Trust House Lancashire" not in _cards(soup, LOCAL)
    moved = _cards(soup, 'section[aria-labelledby="moved-closing-title"]')
    assert "Trust House Lancashire" in moved
    assert _moved_heading(soup).startswith(CLOSING)
