"""(w54cychild, the twenty-second Welsh review F6) A child who says in Welsh that they trust no
adult ("dwi ddim yn trystio oedolion", "sdim oedolyn fi'n trysto") was read as an adult from
the word "oedolyn/oedolion", which names the people they cannot trust: "Siarad â rhywun nawr"
was Byw Heb Ofn, the 24/7 Rape & Sexual Abuse Support Line and Victim Support, with no Meic
and no Childline. It now gives them, as "dwi'm yn trystio neb" (I trust nobody) already did."""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box

MEIC = "0808 802 3456"
CHILDLINE = "0800 1111"


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("fedra i ddim ymddiried mewn unrhyw oedolyn", "Wrecsam"),
        ("sa i'n trysto'r un oedolyn", "Aberystwyth"),
        ("alla i ddim trystio'r oedolion yn yr ysgol", "Merthyr Tudful"),
        ("does gen i ddim oedolyn dw i'n ei drystio, mae o'n dod i fy stafell", "Llangefni"),
    ],
)
def test_a_child_who_trusts_no_adult_gets_meic_and_childline(bundled_client, words, town):
    box = talk_box(searched(bundled_client, words, town, welsh=True))
    assert any(MEIC in line for line in box), box
    assert any(CHILDLINE in line for line in box), box


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("oedolyn ydw i, ces i fy ngham-drin gan fy ewythr fel plentyn", "Caerfyrddin"),
        ("cymorth i oedolion a gafodd eu cam-drin yn blant", "Bangor"),
    ],
)
def test_an_adult_saying_so_keeps_the_adult_lines(bundled_client, words, town):
    """Guard (passes on main and here): "oedolyn" said of oneself, or of whom the help is for,
    is still an adult's words."""
    box = talk_box(searched(bundled_client, words, town, welsh=True))
    assert not any(CHILDLINE in line for line in box), box
