"""(thirtieth walk-through F1, F9) A teenager or an adult who says they look at material with
children in it and want to stop, in the many ways people say stopping ("want to quit", "pack it
in", "give it up", Welsh "rhoi'r gorau iddi"), is offered Stop It Now first, in the talk box and
as the first national card (a young person with Childline beside it), not ways to report images;
a child who was sent images, shown them or made to watch stays a harmed child's search. Ages
written as words, misspelt or said after who the asker is ("am eleven yrs old", "fourty six",
"female survivor 52") are read as the asker's, never someone else's ("my cousin who is 17")."""

from __future__ import annotations

import pytest

from directory.search.understand import understand
from tests.helpers import card_ids, searched, talk_box


def _national(page) -> list[str]:
    return card_ids(page.select(".app-national .app-result"))


@pytest.mark.parametrize(
    ("words", "town", "welsh"),
    [
        (
            "15, keep looking at things with children in online, need to pack it in",
            "Saffron Walden",
            False,
        ),
        ("im 17, been viewing clips with little kids in them, trying to give it up", "", False),
        ("been watching films with young kids in them, how do i get off it. 14", "Halstead", False),
        (
            "14 and ive been checking out stuff with children in online, want to cut it out",
            "",
            False,
        ),
        (
            "dwi'n 15 a dwi di bod yn gwylio pethau efo plant ynddyn nhw ar-lein, isio rhoi'r "
            "gorau iddi",
            "Pwllheli",
            True,
        ),
    ],
)
def test_a_young_person_who_wants_to_stop_viewing_gets_stop_it_now_first(
    bundled_client, words, town, welsh
):
    page = searched(bundled_client, words, town, welsh=welsh)
    box = talk_box(page)
    assert box and box[0].startswith("Stop It Now"), box
    assert any(line.startswith("Childline") for line in box), box  # (a young person's line too)
    national = _national(page)
    assert national[:1] == ["stop-it-now"], national[:3]


@pytest.mark.parametrize(
    ("words", "town", "welsh"),
    [
        (
            "he made me watch stuff with kids in it and i want to quit going there, im 13",
            "Witham",
            False,
        ),
        (
            "im 12, a man keeps sending me pics with kids in them, i want it to stop",
            "Braintree",
            False,
        ),
        ("someone has pics of me, im 14, i want to get them off the internet", "", False),
        (
            "im 13, ive been watching stuff with kids in it on my stepdads phone, want him to stop",
            "",
            False,
        ),
        (
            "mae o'n gwneud i fi wylio fideos efo plant, dwi isio iddo stopio, dwi'n 12",
            "Nefyn",
            True,
        ),
    ],
)
def test_a_child_sent_or_shown_images_is_not_read_as_the_viewer(bundled_client, words, town, welsh):
    page = searched(bundled_client, words, town, welsh=welsh)
    box = talk_box(page)
    assert box and box[0].startswith("Llinell gymorth Meic" if welsh else "Childline"), box
    assert not any(line.startswith("Stop It Now") for line in box), box


@pytest.mark.parametrize(
    "words",
    [
        "i keep downloading films with kids in them for my son, need to stop spending",
        "been browsing sites with kids in foster care, want to stop being a nurse and foster",
    ],
)
def test_stopping_something_else_is_not_a_wish_to_stop_viewing(words):
    assert understand(words).asker.persona != "own-behaviour", words


# --- ages written in words, misspelt, or said after who the asker is (F9) ----------------------

AGE_USED = "Showing services for the age in your search"


def _stated_age(page) -> str:
    found = page.select_one(".app-stated-age")
    return " ".join(found.get_text().split()) if found else ""


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("am eleven yrs old and my nans boyfriend does stuff to me", "Bolsover"),
        (
            "fourty six year old woman, abused by my stepbrother as a girl, need counselling",
            "Malton",
        ),
        ("thirtey nine yr old man, abused as a kid by a neighbour, want to talk", "Wetherby"),
        ("female survivor 52 abused by an uncle when small, looking for therapy", "Tadcaster"),
        ("survivor 38, csa by my older brother, need someone to talk to", "Knaresborough"),
    ],
)
def test_the_askers_own_age_in_other_words_is_used(bundled_client, words, town):
    page = searched(bundled_client, words, town)
    assert _stated_age(page).startswith(AGE_USED), words


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("my uncle who is fourty five keeps touching me", "Bolsover"),
        ("he was fifty three when he abused me, i was small, need help", "Malton"),
        ("abused by a male survivor 45 years ago, now in therapy?", "Wetherby"),
    ],
)
def test_someone_elses_age_in_words_is_not_the_askers(bundled_client, words, town):
    page = searched(bundled_client, words, town)
    assert not _stated_age(page).startswith(AGE_USED), words
