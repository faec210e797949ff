"""(forty-seventh walk-through F7) Sentences on the side of what they are about.

A child in danger now with nothing near: the 999 box, "Talk to someone now", then "We could not
find a service near you for this. You can talk to someone now:", whose colon pointed at the
services available everywhere, not at the box above it. And a child none of whose local cards
she can ring read "You cannot ring or text this service yourself…" before the card it was about.
Checked through the order of the parsed page's elements; other words and towns than the report's.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, words_of

TALK_NEXT = {False: "You can talk to someone now:", True: "Gallwch chi siarad â rhywun nawr:"}


def _order(soup):
    """Each element's place in the page, by identity."""
    return {id(node): n for n, node in enumerate(soup.find_all(True))}


def _talk_box(soup):
    title = soup.find(id="talk-now-title")
    assert title is not None, "no talk box"
    return title.find_parent(["aside", "section", "div"])


def _sentences_ending_talk_next(soup, welsh: bool):
    return [p for p in soup.select("main p") if words_of(p).endswith(TALK_NEXT[welsh])]


@pytest.mark.parametrize(
    ("words", "place", "welsh"),
    [
        ("my brother is hurting me right now and wont stop im 11", "Cleethorpes", False),
        ("my bro is in my room right now and wont get off me im 12", "Brigg", False),
        ("my stepdad is in my bedroom now and wont leave me alone im 11", "Hornsea", False),
        ("mae fy llystad yn fy stafell i nawr ac mae e'n brifo fi dwi'n 12", "Withernsea", True),
    ],
)
def test_in_danger_with_nothing_near_no_colon_points_past_the_box_above(
    bundled_client, words, place, welsh
):
    soup = searched(bundled_client, words, place, welsh=welsh)
    assert soup.select_one(".app-danger-now") is not None  # the 999 box comes first
    order = _order(soup)
    box = order[id(_talk_box(soup))]
    # every "You can talk to someone now:" stands just before the box, never below it
    for sentence in _sentences_ending_talk_next(soup, welsh):
        assert order[id(sentence)] < box, words_of(sentence)
    # what is true is still said: nothing near is sure to help her
    near = soup.select_one('section[aria-labelledby="local-title"]')
    said = words_of(near)
    nothing = (
        ("Does dim gwasanaeth lleol", "Doedden ni ddim")
        if welsh
        else ("No service near", "We could not find")
    )
    assert any(n in said for n in nothing), said


@pytest.mark.parametrize(
    ("words", "place", "welsh"),
    [
        # guard (passes on main too): with no warning the sentence leads to the box below it
        ("my cousin touches me im 12", "Cleethorpes", False),
        ("mae fy nghefnder yn cyffwrdd â fi dwi'n 12", "Hornsea", True),
    ],
)
def test_with_no_warning_the_sentence_still_leads_to_the_box(bundled_client, words, place, welsh):
    soup = searched(bundled_client, words, place, welsh=welsh)
    order = _order(soup)
    box = order[id(_talk_box(soup))]
    sentences = _sentences_ending_talk_next(soup, welsh)
    assert sentences
    assert all(order[id(s)] < box for s in sentences)


@pytest.mark.parametrize(
    ("words", "place", "welsh"),
    [
        ("my step brother makes me do stuff i dont want im 12", "Carlisle", False),
        ("my dads friend touches me when he stays over im 10", "Wakefield", False),
        ("my uncle keeps touching me when he babysits im 9", "Dewsbury", False),
        ("mae fy ewythr yn cyffwrdd â fi pan mae'n gwarchod dwi'n 11", "Keswick", True),
    ],
)
def test_the_note_that_a_child_cannot_ring_a_service_comes_after_its_card(
    bundled_client, words, place, welsh
):
    soup = searched(bundled_client, words, place, welsh=welsh)
    note = soup.select_one(".app-none-alone")
    assert note is not None
    near = soup.select_one('section[aria-labelledby="local-title"]')
    cards = near.select("li.app-result")
    assert cards
    order = _order(soup)
    # the talk box, then the card(s) it is about, then the note; all before the services
    # available everywhere
    assert order[id(_talk_box(soup))] < order[id(cards[0])]
    assert order[id(cards[-1])] < order[id(note)]
    everywhere = soup.find(id="national-title")
    assert everywhere is not None
    assert order[id(note)] < order[id(everywhere)]
