"""(w34parent) A parent told of harm already done to a child gets the lines for parents and for
the people harmed before the line for people worried about someone's behaviour (the
twenty-seventh and twenty-eighth independent phone walk-throughs, person 2; tested here in other
words and other towns than theirs).

- Parents in general "whose child was abused" (mums, dads, carers, grandparents; Welsh "i
  rieni"), as well as a parent naming their own child: Stop It Now is not among the first two
  lines of "Talk to someone now" (the lines for parents and for the people harmed fill it), and
  the NSPCC's line for parents comes before it among the cards available wherever you live
  when it fits and matches the words as well (a Welsh page's Stop It Now, which fits a Welsh
  speaker better, keeps its place there).
- Parents in general worried about someone's behaviour, or asking with nothing done said, keep
  Stop It Now where it was.
"""

from __future__ import annotations

import pytest

from tests.helpers import page, texts_of

STOP_IT_NOW = ("Stop It Now", "Lucy Faithfull Foundation Wales")
NSPCC = ("NSPCC", "Llinell Gymorth y NSPCC")


def _search(client, q: str, location: str, welsh: bool = False):
    path = "/cy/search" if welsh else "/search"
    return page(client.get(path, query_string={"q": q, "location": location}))


def _talk(soup) -> list[str]:
    return [line.split(":")[0].strip() for line in texts_of(soup, "aside.app-talk-now li")]


def _national(soup) -> list[str]:
    """The ids of the result cards on the page, in order (local first, then national)."""
    found = []
    for card in soup.select("li.app-result h3 a[href]"):
        if "/service/" in card["href"]:
            found.append(card["href"].rsplit("/", 1)[1])
    return found


TOLD = [
    ("is there help for fathers whose children were molested by a grandparent", "Bude", False),
    ("support for mothers of kids abused by their step dad", "Skegness", False),
    (
        "advice for grandparents whose grandson was sexually abused by an older cousin",
        "Ripon",
        False,
    ),
    ("help for mums whose daughter was raped by her uncle", "Whitby", False),
    ("cymorth i rieni plentyn a gafodd ei gam-drin gan ei ewythr", "Aberaeron", True),
    ("help i rieni, mae ein plentyn wedi cael ei gam-drin gan ei daid", "Bala", True),
]


@pytest.mark.parametrize(("q", "location", "welsh"), TOLD)
def test_parents_whose_child_was_abused_have_their_lines_before_stop_it_now(
    bundled_client, q, location, welsh
):
    talk = _talk(_search(bundled_client, q, location, welsh))
    assert talk and talk[0].startswith(NSPCC), talk
    # (the lines for parents and for the people harmed fill the box)
    assert len(talk) == 3 and not any(line.startswith(STOP_IT_NOW) for line in talk), talk


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("is there help for fathers whose children were molested by a grandparent", "Bude"),
        ("advice for grandparents whose grandson was sexually abused by an older cousin", "Ripon"),
        ("support for mums whose kids were sexually abused by their dad", "Ludlow"),
    ],
)
def test_the_parents_line_card_comes_before_stop_it_now(bundled_client, q, location):
    cards = _national(_search(bundled_client, q, location))
    assert "nspcc-helpline" in cards and "stop-it-now" in cards, cards
    assert cards.index("nspcc-helpline") < cards.index("stop-it-now"), cards


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("help for parents worried their teenage son is looking at images of children", "Bude"),
        ("advice for mums worried about how a relative behaves around their kids", "Ripon"),
    ],
)
def test_parents_worried_about_someones_behaviour_keep_stop_it_now(bundled_client, q, location):
    talk = _talk(_search(bundled_client, q, location))
    assert any(line.startswith(STOP_IT_NOW) for line in talk[:2]), talk


STRUGGLING = ("Samaritans", "Samariaid", "Shout")


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("my nephew abused my son, hes 7, i keep crying all the time, who can help", "Settle"),
        (
            "a family friend raped my girl shes 13, i keep crying all the time, where do i start",
            "Thirsk",
        ),
        (
            "my brother in law abused our boy hes four, cant stop crying, what do i do first",
            "Sedbergh",
        ),
    ],
)
def test_a_parents_distress_does_not_put_a_crisis_line_before_the_lines_for_what_happened(
    bundled_client, q, location
):
    """Crying without end after a child's abuse is told (words the crisis rules read as
    distress): the lines for parents and for the people harmed (which take calls from family)
    fill the box; a line for anyone struggling comes after them."""
    talk = _talk(_search(bundled_client, q, location))
    assert talk and talk[0].startswith(NSPCC), talk
    assert not any(line.startswith(STRUGGLING) for line in talk), talk


def test_a_parent_speaking_of_suicide_still_gets_a_crisis_line(bundled_client):
    talk = _talk(
        _search(bundled_client, "my stepson abused my daughter and i want to end it all", "Settle")
    )
    assert any("Samaritans" in line or "HOPELINE" in line or "Shout" in line for line in talk), talk
