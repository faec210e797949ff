"""A results address reopened later (from a shared phone's history, in another tab or browser)
must not tell whoever opens it how old the person who searched said they were (fifth
walk-through F8): the age read from the words still narrows the results, and the page says an
age was used, never which, nor the words."""

from __future__ import annotations

import re

import pytest

from tests.helpers import with_more_national


def _age_line(html: str) -> str:
    found = re.search(r'class="govuk-body app-stated-age"[^>]*>(.*?)</p>', html, re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", found.group(1)).split()) if found else ""


def _ids(html: str) -> list[str]:
    return re.findall(
        r'app-result__title"><a class="govuk-link" href="/(?:cy/)?service/([^"]+)"', html
    )


@pytest.mark.parametrize(
    ("prefix", "words", "place", "said"),
    [
        (
            "",
            "my grandpa keeps hurting me and i am 13",
            "Exeter",
            "Showing services for the age in your search.",
        ),
        (
            "/cy",
            "rwy'n 14 oed ac mae fy ewythr yn fy nghyffwrdd",
            "Abertawe",
            "Yn dangos gwasanaethau ar gyfer yr oed yn eich chwiliad.",
        ),
    ],
)
def test_a_reopened_results_address_keeps_the_narrowing_but_not_the_age_or_words(
    bundled_client, prefix, words, place, said
):
    posted = bundled_client.post(prefix + "/search", data={"q": words, "location": place})
    assert posted.status_code == 303
    address = posted.headers["Location"]
    assert "/results/" in address
    # another browser: no session storage, no cookie (the app sets none anyway)
    html = bundled_client.get(address).get_data(as_text=True)
    line = _age_line(html)
    assert line, "the narrowing by age is still said, with a way to undo it"
    if said:
        assert line.startswith(said)
    age = re.search(r"\d+", words).group(0)
    text = re.sub(r"<[^>]+>", " ", html)
    assert not re.search(rf"\b{age}\b", line)
    assert not re.search(rf"(?<![\d.:/-]){age} ?(oed|years?|yr)", text)
    for word in words.split():
        if len(word) > 4 and not word.isdigit():
            assert not re.search(rf"\b{re.escape(word)}\b", html), word
    for forbidden in ("child", "plentyn", "young person"):
        assert forbidden not in line.lower()


def test_the_same_search_as_a_lasting_address_still_shows_the_number(bundled_client):
    """A /search?q= address shows the words in its own address: the number hides nothing."""
    html = bundled_client.get("/search?q=i+am+13+and+scared&location=Exeter").get_data(as_text=True)
    assert _age_line(html).startswith("Showing services for age 13.")


def test_the_reopened_page_is_narrowed_like_the_first(bundled_client):
    words = {"q": "counselling for my son he is 8", "location": "Leeds"}
    address = bundled_client.post("/search", data=words).headers["Location"]
    # (w28more) with the page of more services available everywhere, one tap away
    reopened = _ids(
        with_more_national(bundled_client, bundled_client.get(address).get_data(as_text=True))
    )
    all_ages = bundled_client.post("/search", data={**words, "all_ages": "1"}).headers["Location"]
    everyone = _ids(
        with_more_national(bundled_client, bundled_client.get(all_ages).get_data(as_text=True))
    )
    assert set(reopened) < set(everyone) or reopened != everyone
