"""(w61pro, check61 §9) The police's disclosure schemes asked about by name.

"what is sarahs law" was offered "Search with the spelling corrected: 'sarsas'" (a Bristol
service's name) and no police line. Sarah's Law (child sex offender disclosure) and Clare's Law
(domestic violence disclosure) are asked of the police on 101; a law named after a person is a
name, never a misspelling. Other words and towns than the report's.
"""

from __future__ import annotations

import pytest

from tests.helpers import posted_results, text_of

POLICE = "call 101"


def _page(client, words: str, place: str, pro: bool = False):
    client = client.application.test_client()
    return posted_results(client, words, place, professional=pro)


@pytest.mark.parametrize(
    ("words", "place", "pro"),
    [
        ("how do i apply for sarah's law", "Exeter", False),
        ("clares law check on my new partner", "Norwich", False),
        ("can i ask about the child sex offender disclosure scheme", "Derby", False),
        ("health visitor, mum wants to use sarahs law about her new boyfriend", "Hull", True),
    ],
)
def test_a_disclosure_scheme_gets_the_police_101_line(bundled_client, words, place, pro):
    soup = _page(bundled_client, words, place, pro)
    assert POLICE in text_of(soup, ".app-police-line")


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("sarahs law", "Bath"),
        # guards (pass on main too): other laws named after a person, kept as they are
        ("what is claires law", "Bristol"),
        ("does helens law apply to my case", "Plymouth"),
    ],
)
def test_a_law_named_after_a_person_is_never_corrected(bundled_client, words, place):
    soup = _page(bundled_client, words, place)
    assert "spelling corrected" not in soup.get_text(), text_of(soup, "main")[:400]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): a misspelling is still offered its correction, and a
        # law that is not a police scheme gets no police line
        ("councilling for survivers", "Leeds"),
        ("family law advice after abuse", "York"),
    ],
)
def test_guards_misspelling_still_corrected_and_no_police_line(bundled_client, words, place):
    soup = _page(bundled_client, words, place)
    if words.startswith("councilling"):
        assert "spelling corrected" in soup.get_text()
    else:
        assert not soup.select(".app-police-line")
