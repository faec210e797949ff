"""(twenty-eighth walk-through F1) A young person who says they have been looking at "stuff" or
"things" about children that they should not, and want to stop, is worried about their own
behaviour: the talk box opens with Stop It Now, with Childline beside it for someone under 18,
and not with ways to report abuse images as if it had been done to them. An age said first as
"15yo" is theirs. Words that say neither wrong nor a wish to stop ("looking at things for my
children"), and someone else's looking, are not read so. (Other words and towns than the
walk-through's.)"""

from __future__ import annotations

import pytest

from directory.search.understand import understand
from tests.helpers import page, talk_box

REPORTING = ("CEOP", "Internet Watch Foundation", "Report Remove")


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("15yo lad, keep watching things online with children in that i shouldnt, how to stop", ""),
        ("been viewing stuff about kids online i know its wrong, i am 17", "Brigg"),
        ("14 yo girl, ive been searching for stuff about younger kids, want to stop", "Louth"),
    ],
)
def test_a_young_person_looking_at_what_they_should_not_gets_stop_it_now_and_childline(
    bundled_client, q, location
):
    soup = page(bundled_client.get("/search", query_string={"q": q, "location": location}))
    lines = talk_box(soup)
    assert lines[0].startswith("Stop It Now"), lines
    assert any(line.startswith("Childline") for line in lines), lines
    cards = [h.get_text(" ", strip=True) for h in soup.select(".app-national h3")]
    assert not any(card.startswith(REPORTING) for card in cards[:3]), cards[:4]


@pytest.mark.parametrize(
    "q",
    [
        "i was looking at things for my children online",
        "my brother keeps looking at stuff about kids he shouldnt",
        "he made me look at stuff with kids in it and said not to tell",
    ],
)
def test_looking_said_of_someone_else_or_with_no_wrong_is_not_read_as_ones_own(q):
    assert understand(q).asker.persona != "own-behaviour"


def test_an_age_said_first_as_yo_is_the_young_persons_own():
    asker = understand("16yo boy, been looking at stuff online about kids i shouldnt").asker
    assert (asker.persona, asker.age) == ("own-behaviour", 16)
