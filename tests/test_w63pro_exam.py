"""(w63pro, the lead's check on 10f6c1ea) A child's forensic examination asked for: the centre
near that takes children comes first, whatever age policy its listing states.

"police: need paediatric forensic exam for 4 year old tonight" (Liverpool, the professional
switch on) had the NSPCC and the NHS finder first and SAFE Place Merseyside, the only centre
near ("anyone in Merseyside"), fourth, after the national answers, as "Adults; age policy not
stated". Other words and towns than the finding's.
"""

from __future__ import annotations

import pytest

from tests.helpers import card_ids, posted_results


def _first(client, words: str, place: str, pro: bool = False) -> str:
    if pro:
        client = client.application.test_client()
    soup = posted_results(client, words, place, professional=pro)
    cards = [c for c in soup.select("li.app-result") if c.select_one('h3 a[href*="/service/"]')]
    return card_ids(cards)[0]


@pytest.mark.parametrize(
    ("words", "place", "pro", "centre"),
    [
        (
            "social worker, 5 year old needs a forensic medical examination today",
            "Beverley",
            True,
            "casa-suite-humber-sarc",
        ),
        (
            "my son is 6 and needs a forensic examination",
            "Chester-le-Street",
            False,
            "meadows-durham-sarc",
        ),
        (
            "duty sergeant: child aged 3 needs a forensic exam this evening",
            "Birkenhead",
            True,
            "safe-place-merseyside",
        ),
    ],
)
def test_a_childs_examination_asked_for_puts_the_centre_near_first(
    bundled_client, words, place, pro, centre
):
    assert _first(bundled_client, words, place, pro) == centre


@pytest.mark.parametrize(
    ("words", "place", "first"),
    [
        # guards (pass on main too): a children's own centre near stays first; a professional's
        # recent rape disclosure keeps the centre first; counselling for a child keeps the
        # local counselling first
        (
            "paramedic here, 3 yr old needs a paediatric forensic exam tonight",
            "Gateshead",
            "newcastle-paediatric-sarc",
        ),
        (
            "police officer, 15 year old disclosed rape last night, needs forensic exam",
            "Leeds",
            "hazlehurst-centre-sarc",
        ),
        ("counselling for a 10 year old", "Bootle", "rasa-merseyside-sunflowers"),
    ],
)
def test_a_childrens_centre_a_recent_rape_or_counselling_keep_their_first_card(
    bundled_client, words, place, first
):
    assert _first(bundled_client, words, place, pro=True) == first
