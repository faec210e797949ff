"""An age stated in the words (issue 25.6): "my daughter is 9", "im 13", "for a 9 year old",
"aged 15" filter the search as the age filter does when no age filter is chosen, and the page
says so in one line with a way to undo it. The age of someone who did it ("a 40 year old man")
is never taken as the age of the person the help is for."""

from __future__ import annotations

import re
from html import unescape

import pytest

from directory.finder import FindRequest, find, stated_age
from directory.params import request_from_args
from directory.search.understand import understand
from tests.helpers import with_more_national


def _ids(html: str) -> list[str]:
    return re.findall(r'app-result__title"><a class="govuk-link" href="/service/([^"]+)"', html)


def _line(html: str) -> str:
    """The stated-age line's text, or "" when the page has none."""
    found = re.search(r'class="govuk-body app-stated-age"[^>]*>(.*?)</p>', html, re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", found.group(1)).split()) if found else ""


def _undo(html: str) -> str:
    found = re.search(r'app-stated-age"[^>]*>.*?<a class="govuk-link" href="([^"]+)"', html, re.S)
    assert found, "no way to undo"
    return unescape(found.group(1))


@pytest.mark.parametrize(
    ("words", "age"),
    [
        ("my daughter is 9", 9),
        ("my daughter is 9 and her uncle touched her", 9),
        ("my son (12) told me his coach abused him", 12),
        ("my 6 year old said something worrying", 6),
        ("im 13 and my stepdad comes in my room", 13),
        ("i am 16", 16),
        ("for a 9 year old", 9),
        ("therapy for a boy aged 15", 15),
        ("counselling for under 10s", 9),
        ("im 45 and was abused as a child", 45),
        ("im 40 and my daughter is 9", 9),  # a parent: the child's age, not theirs
    ],
)
def test_the_age_of_the_person_the_help_is_for(words, age):
    assert understand(words).asker.for_age == age


@pytest.mark.parametrize(
    "words",
    [
        "a 40 year old man abused me",
        "i was abused by a 40 year old man",
        "abused by a 15 year old when i was little",
        "my daughter was abused 3 years ago",
        "my daughter is 16 weeks pregnant after she was raped",
        "counselling",
        "my partner abused my son",
    ],
)
def test_no_age_is_taken_that_is_not_the_age_of_who_the_help_is_for(words):
    assert understand(words).asker.for_age is None


def test_an_abusers_age_is_not_the_askers_either():
    assert understand("a 40 year old man abused me").asker.age is None


def test_a_stated_age_filters_and_the_page_says_so_with_a_way_back(bundled_client):
    everyone = with_more_national(
        bundled_client,
        bundled_client.get(
            "/search?q=child+sexual+exploitation&location=Swansea&all_ages=1"
        ).get_data(as_text=True),
    )
    assert "barnardos-seraf-wales" in _ids(everyone)  # ages 10 to 18
    assert not _line(everyone)
    html = with_more_national(
        bundled_client,
        bundled_client.get(
            "/search?q=my+daughter+is+9+child+sexual+exploitation&location=Swansea"
        ).get_data(as_text=True),
    )
    assert "barnardos-seraf-wales" not in _ids(html)
    assert "nspcc-helpline" in _ids(html)  # states no ages: kept
    assert _line(html) == "Showing services for age 9. Show all ages"
    undone = with_more_national(
        bundled_client, bundled_client.get(_undo(html)).get_data(as_text=True)
    )
    assert "barnardos-seraf-wales" in _ids(undone)
    assert not _line(undone)
    # nobody chose an age filter: none is offered for removal
    assert "Remove filter:" not in html


def test_a_man_who_says_he_is_45_does_not_get_childline(bundled_client):
    html = with_more_national(
        bundled_client,
        bundled_client.get("/search?q=im+45+and+need+counselling").get_data(as_text=True),
    )
    assert "childline" not in _ids(html)
    assert _line(html) == "Showing services for age 45. Show all ages"
    plain = with_more_national(
        bundled_client, bundled_client.get("/search?q=counselling").get_data(as_text=True)
    )
    assert "childline" in _ids(plain)


def test_an_age_filter_chosen_wins_over_the_words(bundled_client):
    html = with_more_national(
        bundled_client,
        bundled_client.get(
            "/search?q=my+daughter+is+9+child+sexual+exploitation&location=Swansea&age=13-15"
        ).get_data(as_text=True),
    )
    assert not _line(html)
    assert "barnardos-seraf-wales" in _ids(html)


def test_an_abusers_age_does_not_filter(bundled_client):
    html = with_more_national(
        bundled_client,
        bundled_client.get("/search?q=a+40+year+old+man+abused+me").get_data(as_text=True),
    )
    assert not _line(html)
    assert "childline" in _ids(html)


def test_the_welsh_page_says_it_in_welsh(bundled_client):
    html = with_more_national(
        bundled_client,
        bundled_client.get(
            "/cy/search?q=my+daughter+is+9+child+sexual+exploitation&location=Swansea"
        ).get_data(as_text=True),
    )
    line = _line(html)
    assert line and "9" in line and "Showing" not in line and "Show all ages" not in line


def test_show_all_ages_is_a_parameter_with_a_clear_error(bundled_client):
    assert request_from_args({"q": ["im 13"], "all_ages": ["1"]}).all_ages
    assert stated_age(FindRequest(q="im 13", all_ages=True)) is None
    assert stated_age(FindRequest(q="im 13", filters={"age": ("13-15",)})) is None
    assert stated_age(FindRequest(q="im 13")) == 13
    assert bundled_client.get("/search?q=im+13&all_ages=yes").status_code == 400


def test_the_finder_says_which_age_it_applied(bundled_index, gazetteer):
    results = find(bundled_index, gazetteer, FindRequest(q="my son is 9 counselling Bradford"))
    assert results.stated_age == 9
    assert results.place_from_words  # the place in the words still moves into Where
    shown = {i.service.id: i.service for i in results.local.items + results.national}
    assert shown
    for service in shown.values():  # the age filter's group for 9: "5 to 9"
        assert "5-9" in service.age_terms, service.id
