"""Issue 25 after the seventh walk-through (branch w9rank): an adult's own age said in passing
("struggling at 47", "at 52 i still", a number said last after a request) is read as the
asker's, and numbers that something else owns are not; a child's "can't stop crying/thinking"
is not a worry about their own behaviour. Worded differently from the walk-through's own
searches."""

from __future__ import annotations

import pytest

from directory.search.understand import understand


@pytest.mark.parametrize(
    ("q", "age"),
    [
        ("still haunted at 63 by what my cousin did", 63),
        ("touched by a neighbour as a lad and still struggling with it at 41", 41),
        ("at 52 i still cant sleep because of what he did", 52),
        ("at 70 and still thinking about what happened at school", 70),
        ("was molested as a kid and living alone at 39", 39),
        ("need counselling, 45", 45),
        ("childhood abuse by my stepfather, want a support group, 36", 36),
        ("sexual abuse as a child, need someone to listen, 29", 29),
    ],
)
def test_an_adults_age_said_in_passing_is_read_as_theirs(q, age):
    asker = understand(q).asker
    assert (asker.persona, asker.age) == ("adult", age)


@pytest.mark.parametrize(
    "q",
    [
        # someone else's age, or a number that is not an age
        "my 12 yr old niece was touched by her uncle",
        "i was sexting a 14 year old and im scared",
        "is there a service within 50 miles of me",
        "it happened in the 70s and nobody believed me",
        "it happened 2 years ago and i still think about it",
        # the age when it happened, not now
        "abused at 12 by my uncle",
        "at 18 i left home to get away from him",
        "he did it to me at 15 and im still struggling",
        # a child's number said last stays a child's
        "my uncle touches me 13",
    ],
)
def test_a_number_something_else_owns_is_not_an_adults_age(q):
    age = understand(q).asker.age
    assert age is None or age < 18, age


@pytest.mark.parametrize(
    ("q", "child_age"),
    [
        ("my uncle touches me 13", 13),
        ("im 14 and i keep remembering what my uncle did", 14),
    ],
)
def test_a_childs_own_age_is_still_read(q, child_age):
    asker = understand(q).asker
    assert (asker.persona, asker.age) == ("child", child_age)


@pytest.mark.parametrize(
    "q", ["need counselling, 45", "looking for therapy after what happened, 38"]
)
def test_an_adults_age_said_last_leaves_out_a_line_for_children(bundled_index, gazetteer, q):
    from directory.finder import FindRequest, find

    results = find(bundled_index, gazetteer, FindRequest(q=q))
    national = [i.service.id for i in results.national]
    # Childline is for under 19s (its listing states 18 at most)
    assert bundled_index.services["childline"].maximum_age == 18
    assert "childline" not in national, national


# --- a feeling that will not stop is not a wish to stop doing something ----------------------


@pytest.mark.parametrize(
    "q",
    [
        "im 12 and i cant stop shaking since my stepdad came in my room",
        "i cannot stop remembering what my brother did, im 15",
        "my cousin hurt me and i can't stop worrying about it",
        "im 10 and i cant stop crying because of what my uncle does",
    ],
)
def test_a_childs_feeling_that_will_not_stop_does_not_bring_up_the_line_for_own_behaviour(
    bundled_index, gazetteer, q
):
    from directory.finder import FindRequest, find

    understood = understand(q)
    assert understood.asker.persona != "own-behaviour"
    assert "stop" not in understood.words and "stop" not in understood.all_words
    national = [i.service.id for i in find(bundled_index, gazetteer, FindRequest(q=q)).national]
    assert "stop-it-now" not in national[:5], national[:6]


@pytest.mark.parametrize(
    "q",
    [
        "i cant stop looking at indecent pictures of children",
        "i want to stop watching videos of young teens",
        "cant stop thinking about young girls in a sexual way",
    ],
)
def test_someone_who_cannot_stop_what_they_do_still_gets_the_line_for_it(
    bundled_index, gazetteer, q
):
    from directory.finder import FindRequest, find

    national = [i.service.id for i in find(bundled_index, gazetteer, FindRequest(q=q)).national]
    assert "stop-it-now" in national[:2], national[:4]


@pytest.mark.parametrize(
    ("q", "gender"),
    [
        ("sexually abused as a little girl, need counselling", "female"),
        ("my coach did things to me when i was a small boy, where can i get help", "male"),
    ],
)
def test_as_a_little_girl_or_a_small_boy_is_an_adult_telling_of_their_childhood(
    bundled_index, gazetteer, q, gender
):
    from directory.finder import FindRequest, find

    asker = understand(q).asker
    assert (asker.persona, asker.gender) == ("adult", gender)
    national = [i.service.id for i in find(bundled_index, gazetteer, FindRequest(q=q)).national]
    assert "childline" not in national[:5], national[:6]
