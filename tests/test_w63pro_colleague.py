"""(w63pro, the lead's check on 10f6c1ea) A professional worried about a colleague's behaviour
towards the children they work with sees the NSPCC Helpline (for professionals, "report a
concern") first, not a forensic centre near them.

"sports coach worried about another coach messaging kids" (Reading) had Thames Valley's
forensic centre, a service for victims of crime and a rape crisis centre first, and Stop It
Now above the NSPCC. Other words and towns than the finding's.
"""

from __future__ import annotations

import pytest

from tests.helpers import card_ids, posted_results


def _first(client, words: str, place: str) -> list[str]:
    client = client.application.test_client()  # (the professional switch on: its own client)
    soup = posted_results(client, words, place, professional=True)
    cards = [c for c in soup.select("li.app-result") if c.select_one('h3 a[href*="/service/"]')]
    return card_ids(cards)[:3]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        (
            "swimming instructor, worried a fellow instructor keeps messaging the juniors"
            " on snapchat",
            "Oxford",
        ),
        ("youth worker worried another volunteer keeps texting the girls in the group", "Norwich"),
        ("teacher, concerned a member of staff is too friendly with pupils", "Bristol"),
    ],
)
def test_a_worry_about_a_colleague_puts_the_nspcc_first(bundled_client, words, place):
    assert _first(bundled_client, words, place)[0] == "nspcc-helpline"


@pytest.mark.parametrize(
    ("words", "place", "first"),
    [
        # guards (pass on main too): abuse told done, or a rape, keeps the services near first
        ("teacher, a colleague raped a pupil last night", "Leeds", "hazlehurst-centre-sarc"),
        (
            "football coach here, a 12 year old player told me another coach touched him",
            "Reading",
            "safe-support-thames-valley",
        ),
    ],
)
def test_abuse_told_done_keeps_the_services_near_first(bundled_client, words, place, first):
    assert _first(bundled_client, words, place)[0] == first


@pytest.mark.parametrize(
    "words",
    [
        # the new reader (on this branch only): not a colleague (a parent's own child, another
        # pupil), nor a parent
        "my sons coach keeps messaging him and im worried",
        "teacher here, worried another pupil keeps messaging a year 7 girl",
    ],
)
def test_not_a_colleague_is_not_read_as_one(words):
    from directory.search.asker import Asker
    from directory.search.colleague_worry import colleague_worry
    from directory.search.lexicon import clean_text

    # the reader's own words, as a professional's (it reads only professionals): before, the
    # check passed whatever the reader said, as a parent is never read as a colleague
    assert not colleague_worry(Asker(persona="professional"), clean_text(words))
