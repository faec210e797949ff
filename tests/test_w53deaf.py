"""(w53deaf, check56 rows 347 and 348) A Deaf person told to call 999 is told how without
hearing: the 999 BSL video relay (its app or 999bsl.co.uk) or a text to 999 from a phone
registered for emergencySMS. "Press 55 when asked" needs the caller to hear the question."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from tests.helpers import searched, text_of, texts_of

DEAF_LINE = ".app-deaf-999"


def _deaf_line_after_warning(soup: BeautifulSoup) -> str:
    line = soup.select_one(DEAF_LINE)
    assert line is not None, "no way for a Deaf person to call 999"
    link = line.select_one("a[href]")
    assert link is not None and link["href"] == "https://www.999bsl.co.uk/"
    html = str(soup)
    assert html.index("govuk-warning-text") < html.index("app-deaf-999")
    assert html.index("app-deaf-999") < html.index('id="talk-now-title"')
    return text_of(soup, DEAF_LINE)


@pytest.mark.parametrize(
    ("words", "place", "welsh"),
    [
        ("i am deaf and my stepdad is coming to hurt me tonight", "Luton", False),
        ("deaf bsl user, i have taken an overdose", "Exeter", False),
        ("dw i'n fyddar ac mae fy llystad yn fy mrifo i rŵan", "Caerdydd", True),
    ],
)
def test_a_deaf_person_warned_to_call_999_is_told_how_without_hearing(
    bundled_client, words, place, welsh
):
    line = _deaf_line_after_warning(searched(bundled_client, words, place, welsh=welsh))
    assert ("neges destun i 999" if welsh else "text 999") in line, line
    assert "emergencySMS" in line


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my son is deaf and my ex is hurting him right now", "Luton"),  # the parent can phone
        ("i am deaf and was abused as a child", "Exeter"),  # no 999 warning on the page
        ("my stepdad is coming to hurt me tonight", "Luton"),  # not said to be Deaf
    ],
)
def test_no_such_line_where_no_deaf_person_is_told_to_call_999(bundled_client, words, place):
    """A guard: these pass on main too."""
    assert not texts_of(searched(bundled_client, words, place), DEAF_LINE), words


@pytest.mark.parametrize(("prefix", "text"), [("", "text 999"), ("/cy", "neges destun i 999")])
def test_get_help_now_says_how_a_deaf_person_calls_999(bundled_client, prefix, text):
    soup = BeautifulSoup(bundled_client.get(f"{prefix}/get-help-now").data, "html.parser")
    assert text in text_of(soup, DEAF_LINE)
