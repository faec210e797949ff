"""(w61cy2, Welsh review 25 F6) The Stop It Now helpline on Welsh pages where the English twin
has none.

The lift for services in Welsh carried Stop It Now (a line for people worried about their own
sexual thoughts, which answers in Welsh) above the 24/7 line and Childline for a place alone,
someone wanting to talk, a friend's secret: the Welsh fallback read "Byw Heb Ofn, Meic, Stop It
Now". It is now lifted only for the people it is made for. Other words and towns than the
review's.
"""

from __future__ import annotations

import pytest

from tests.helpers import card_ids, searched, talk_box, talk_names

STOP_IT_NOW = "stop-it-now"


def _first_five(client, words: str, place: str) -> list[str]:
    soup = searched(client, words, place, welsh=True)
    return card_ids(soup.select("li.app-result")[:5])


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("cymorth", "Y Fenni"),  # a place alone
        ("isio siarad hefo rhywun plis", "Y Rhyl"),
        ("ma'n ffrind i'n cadw cyfrinach ofnadwy", "Llanelli"),
    ],
)
def test_welsh_fallback_has_no_line_for_the_worried(bundled_client, words, place):
    assert STOP_IT_NOW not in _first_five(bundled_client, words, place)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): people worried about their own thoughts keep it first
        ("dwi ofn bydda i'n cyffwrdd plentyn", "Bangor"),
        ("dwi'n poeni am fy meddyliau am blant", "Aberystwyth"),
    ],
)
def test_welsh_worried_about_own_thoughts_keep_stop_it_now_first(bundled_client, words, place):
    assert _first_five(bundled_client, words, place)[0] == STOP_IT_NOW


def test_welsh_parent_telling_of_an_uncles_harm_gets_its_english_twins_box(bundled_client):
    # (w65stop, check63 finding 3) a parent telling that an uncle hurts their daughter gets the
    # NSPCC first and no Stop It Now in the box, as the English twin "my daughter says her uncle
    # hurts her" always has; before, the Welsh page alone kept Stop It Now in the box
    soup = searched(
        bundled_client, "mae fy merch yn dweud bod ei hewythr yn ei brifo", "Wrecsam", welsh=True
    )
    names = talk_names(talk_box(soup))
    assert names[0] == "Llinell Gymorth y NSPCC"
    assert "Stop It Now helpline" not in names
