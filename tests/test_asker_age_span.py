"""(eighth walk-through) A span of childhood ages ("from age 8 to 14", "aged 6-11") tells when
the abuse happened: a grown man who writes one is read as an adult (his own age when he says
it), never as a child of the span's first age, so his talk box and first cards are adults'."""

from __future__ import annotations

import pytest

from directory.search.understand import understand


@pytest.mark.parametrize(
    ("words", "age"),
    [
        ("my grandfather abused me from age 5 to 9, i am 61 and never told anyone", 61),
        ("abused by an older cousin ages 10-13. im 39 now and need therapy", 39),
        ("female 55 sexually abused by my stepdad from the age of 7 till 15", 55),
        ("i was molested by my uncle between 6 and 10, now 47 and falling apart", 47),
        ("touched by my brother aged 9 to 12 and it still haunts me", None),
    ],
)
def test_a_span_of_childhood_ages_is_not_the_askers_age(words: str, age: int | None) -> None:
    asker = understand(words).asker
    assert asker.persona == "adult", words
    assert asker.age == age, words
    assert not asker.is_child, words


@pytest.mark.parametrize(
    ("words", "persona", "age"),
    [
        # a child's own age still wins over the span
        ("my stepdad abused me from age 9 to 12, im 15 now", "child", 15),
        # a span with no words of abuse before it is a request's ages, read as before
        ("groups for kids aged 8 to 12 who were abused", "", None),
        # a parent stays a parent
        ("my daughter was abused by her grandad from age 4 to 6", "parent", None),
    ],
)
def test_other_spans_keep_their_reading(words: str, persona: str, age: int | None) -> None:
    asker = understand(words).asker
    assert (asker.persona, asker.age) == (persona, age), words


def test_an_adult_with_a_span_gets_adult_lines_first(bundled_client) -> None:
    page = bundled_client.get(
        "/search",
        query_string={
            "q": "man of 50, abused by my step-grandad from age 6 to 11, want counselling",
            "location": "Norwich",
        },
    ).get_data(as_text=True)
    talk = page[page.index("Talk to someone now") :][:1500]
    assert "Childline" not in talk
    assert "24/7 Rape" in talk or "NAPAC" in talk or "Survivors" in talk


@pytest.mark.parametrize(
    "words",
    [
        "my youngest lad told me his step grandad does things to him",
        "our little lass came home and said her uncle touched her",
        "my two little boys said their grandad hurt them",
    ],
)
def test_a_parent_naming_their_lad_or_lass_is_a_parent(words: str) -> None:
    assert understand(words).asker.persona == "parent", words


@pytest.mark.parametrize(
    "words",
    [
        "been talking to a 14 yo girl on discord in a dirty way, i want to stop",
        "i keep creeping into my stepdaughters bedroom at night, i know its wrong",
        "mae gen i feddyliau rhywiol am fy nai ac rwy'n poeni",
    ],
)
def test_own_behaviour_in_other_words(words: str) -> None:
    asker = understand(words).asker
    assert asker.persona == "own-behaviour", words
    assert asker.age is None, words


@pytest.mark.parametrize(
    "words",
    [
        "my stepdad keeps coming into my bedroom at night and i know its wrong",
        "a man online keeps talking to my 12 year old son in a sexual way",
        "someone was chatting to me in a sexual way online, im 13",
    ],
)
def test_what_is_done_to_a_child_is_not_own_behaviour(words: str) -> None:
    assert understand(words).asker.persona != "own-behaviour", words


def test_a_welsh_parent_naming_the_childs_age_is_telling_of_abuse_done() -> None:
    from directory.search.told import tells_of_abuse_done
    from directory.search.understand import clean_text

    words = "cafodd fy mab bach 6 oed ei gam-drin yn rhywiol gan ei ewythr, be ddylwn i neud"
    understood = understand(words)
    assert understood.asker.persona == "parent"
    assert tells_of_abuse_done(understood.asker, understood.concepts, clean_text(words))
    # spoken Welsh ("neud", "ddylwn") is neither searched for nor "corrected"
    assert not set(understood.words) & {"neud", "ddylwn", "rhywiol"}


def test_a_welsh_parent_gets_the_parents_line_before_stop_it_now(bundled_client) -> None:
    page = bundled_client.get(
        "/cy/search",
        query_string={
            "q": "cafodd fy merch 9 oed ei cham-drin yn rhywiol gan ei llystad, be dw i fod i neud",
            "location": "Aberystwyth",
        },
    ).get_data(as_text=True)
    national = page[page.index('id="national-title"') :]
    assert national.index("NSPCC") < national.index("Stop It Now")
    assert "camsillafu" not in page


def test_a_long_message_is_read_to_its_end_for_who_is_asking() -> None:
    """(eighth walk-through F5) the age and self-harm a long message ends with are read."""
    story = (
        "i have never told anyone this and i dont really know where to start but for a long "
        "time now my mums partner has been coming into the bathroom when i am in there and "
        "touching me and saying it is normal and that mum would be angry with me if she knew, "
        "i feel dirty and i cant concentrate at school and i dont want to go home. "
    )
    assert len(story) > 200
    asker = understand(story + "i cut myself last night. i am 14").asker
    assert asker.age == 14 and asker.persona == "child"
    assert asker.suicidal
    assert not understand(story + "i am 14").asker.suicidal


@pytest.mark.parametrize(
    "words",
    [
        "my son told me his grandad has been doing rude things to him",
        "our girl said her step dad did sexual stuff to her when i was at work",
    ],
)
def test_a_parent_telling_of_sexual_things_done_is_telling_of_abuse_done(words: str) -> None:
    from directory.search.told import tells_of_abuse_done
    from directory.search.understand import clean_text

    understood = understand(words)
    assert understood.asker.persona == "parent", words
    assert tells_of_abuse_done(understood.asker, understood.concepts, clean_text(words)), words


def test_everyday_welsh_is_not_called_misspelt(bundled_client) -> None:
    page = bundled_client.get(
        "/cy/search",
        query_string={"q": "dwi'n gwybod bod o'n anghywir, dwi'n poeni am fy meddyliau am fy nai"},
    ).get_data(as_text=True)
    assert "camsillafu" not in page


def test_welsh_thinking_sexually_about_children_is_own_behaviour() -> None:
    assert understand("alla i ddim stopio meddwl yn rhywiol am blant").asker.persona == (
        "own-behaviour"
    )
    assert understand("dwi'n meddwl am blant fy chwaer").asker.persona != "own-behaviour"
