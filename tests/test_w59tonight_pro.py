"""(check60 finding 10; w59tonight) A professional whose client has a plan to end their
life.

"counsellor, client disclosed plan to end life this weekend" brought no warning and no
Samaritans. Now a plan disclosed brings "Someone's life at risk now? Call 999." and Samaritans
in the talk box, with the professional switch on or off. (A client's wish to die with no plan,
"client says she wants to die", still has Samaritans cut from a professional's box: left.)
Guards: a client with no word of suicide keeps no Samaritans; a safety plan. Other words
and towns than the check's.
"""

from __future__ import annotations

import pytest

from tests.helpers import posted_results, talk_box, talk_names, warned

OTHERS_LIFE = "Someone's life at risk now? Call 999."


@pytest.mark.parametrize("professional", [True, False])
@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("psychotherapist: patient shared a plan to take her life tomorrow", "Sheffield"),
        ("social worker, service user disclosed a plan to kill himself at the weekend", "Derby"),
    ],
)
def test_a_clients_plan_brings_the_warning_and_samaritans(
    bundled_client, words, place, professional
):
    soup = posted_results(bundled_client, words, place, professional=professional)
    assert warned(soup, OTHERS_LIFE), words
    assert "Samaritans" in talk_names(talk_box(soup)), talk_box(soup)


@pytest.mark.parametrize(
    "words",
    [
        # guards (pass on main too): no word of suicide; a safety plan
        "counsellor, client disclosed historic abuse by her uncle, need referral routes",
        "support worker, client has a safety plan in place after disclosing abuse",
    ],
)
def test_guard_a_client_with_no_word_of_suicide_brings_no_samaritans(bundled_client, words):
    soup = posted_results(bundled_client, words, "Sheffield", professional=True)
    assert "Samaritans" not in talk_names(talk_box(soup)), talk_box(soup)
    assert not warned(soup, OTHERS_LIFE)
