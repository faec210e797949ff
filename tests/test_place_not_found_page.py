"""(third walk-through F2, F7) A place that cannot be used is asked about calmly, not as "There
is a problem": the choice of places sits in an inset box, the lines to call now follow it, and
then the services available everywhere. Someone the words show is worried about their own
thoughts gets "Talk to someone now" without a place too. Other words and places than the
walk-through's own."""

from __future__ import annotations

import re

import pytest


def _html(client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200
    return response.get_data(as_text=True)


def _talk_lines(html: str) -> list[str]:
    box = re.search(r'<aside class="app-helplines app-talk-now".*?</aside>', html, re.S)
    assert box, "no Talk to someone now box"
    return re.findall(r'href="/(?:cy/)?service/([^"]+)"', box.group(0))


def _before(html: str, first: str, then: str) -> bool:
    return -1 < html.index(first) < html.index(then)


@pytest.mark.parametrize(
    "path",
    [
        "/search?q=my+brother+hurts+me+im+13&location=darbly",  # not found, names offered
        "/search?q=my+brother+hurts+me+im+13&location=Xqzvillex",  # not found, none offered
        "/search?q=my+brother+hurts+me+im+13&location=LS1+4A",  # a postcode we cannot read
        "/search?q=my+brother+hurts+me+im+13&location=Newport",  # which Newport?
    ],
)
def test_a_place_that_cannot_be_used_is_asked_about_calmly_above_the_lines_to_call(
    bundled_client, path
):
    html = _html(bundled_client, path)
    assert "There is a problem" not in html
    assert "govuk-error-summary" not in html and "govuk-error-message" not in html
    assert 'class="govuk-inset-text app-place-problem"' in html
    # the child's line to call comes after the question and before the national list
    assert _talk_lines(html)[0] == "childline"
    assert _before(html, "app-place-problem", "app-talk-now")
    assert _before(html, "app-talk-now", 'id="national-title"')


def test_close_names_are_offered_as_links_in_the_calm_box(bundled_client):
    html = _html(bundled_client, "/search?q=counselling&location=darbly")
    box = re.search(r'app-place-problem".*?</div>', html, re.S).group(0)
    assert "We could not find that place" in box
    assert "location=Derby" in box  # one of the names like it, one tap away


def test_a_form_that_cannot_be_searched_is_still_a_problem(bundled_client):
    response = bundled_client.get("/search?q=counselling&radius=7")
    assert response.status_code == 400
    assert "There is a problem" in response.get_data(as_text=True)


def test_the_welsh_page_asks_about_a_place_calmly_too(bundled_client):
    html = _html(bundled_client, "/cy/search?q=cwnsela&location=darbly")
    assert "Mae problem wedi codi" not in html and "govuk-error-summary" not in html
    assert 'class="govuk-inset-text app-place-problem"' in html
    assert _before(html, "app-place-problem", "app-talk-now")


@pytest.mark.parametrize(
    "words",
    ["im scared of my urges towards children", "worried about my sexual thoughts about kids"],
)
def test_someone_worried_about_their_own_thoughts_gets_lines_to_call_with_no_place(
    bundled_client, words
):
    html = _html(bundled_client, "/search?q=" + words.replace(" ", "+"))
    lines = _talk_lines(html)
    assert lines[0] == "stop-it-now"
    assert "childline" not in lines
    assert _before(html, "app-talk-now", 'id="national-title"')


def test_with_no_place_and_no_sign_of_who_asks_the_list_comes_first(bundled_client):
    html = _html(bundled_client, "/search?q=counselling")
    assert "app-talk-now" not in html.split('id="national-title"')[0]
