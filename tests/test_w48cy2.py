"""(lane w48cy2, nineteenth session) Welsh words for a life at risk (seventeenth Welsh review).

1. (F3) An overdose taken, told by a medicine named and how much of it: paracetamol as on the
   packet, mutated after "o" ("o baracetamol"), ibuprofen, a count in digits or in Welsh words
   with the singular Welsh uses after a numeral ("24 tabled"); in English, "too much" of a
   medicine named. The page says first to call 999 or go to A&E, and the talk box has the
   suicide lines.
"""

import pytest

from tests.helpers import searched, talk_box, texts_of

ACT_WARNING = ".app-act-taken"
PLAN_WARNING = ".app-life-at-risk"
#: the lines for thoughts of suicide, as the talk box names them
SUICIDE_LINES = ("Samaritans", "Samariaid", "HOPELINE247")


def _has_suicide_line(box: list[str]) -> bool:
    return any(line.startswith(SUICIDE_LINES) for line in box)


def _warned_first(soup, css: str) -> bool:
    html = str(soup)
    return bool(texts_of(soup, css)) and html.index(f"app-{css[5:]}") < html.index(
        'id="talk-now-title"'
    )


# --- 1. an overdose taken, by a medicine named and how much ----------------------------------

OVERDOSES_COUNTED = [
    ("dwi newydd lyncu deugain o dabledi ibuprofen", "Pwllheli", True),
    ("dw i di cymryd 24 tabled, ces i fy ngham-drin gan fy llystad", "Hwlffordd", True),
    ("nes i gymryd pecyn o baracetamol gyda fodca", "Y Rhyl", True),
    ("dw i wedi cymryd llwyth o ibuprofen", "Aberhonddu", True),
    ("ive just taken way too much ibuprofen", "Ipswich", False),
    ("i took twelve co-codamol after what my uncle did", "Carlisle", False),
]


@pytest.mark.parametrize(("words", "place", "welsh"), OVERDOSES_COUNTED)
def test_an_overdose_counted_or_named_says_first_to_call_999(bundled_client, words, place, welsh):
    soup = searched(bundled_client, words, place, welsh=welsh)
    assert _warned_first(soup, ACT_WARNING), texts_of(soup, ACT_WARNING)
    assert _has_suicide_line(talk_box(soup)), talk_box(soup)


#: a dose, one tablet, or an overdose long ago (guards: main gave no warning for these either)
NOT_AN_OVERDOSE_NOW = [
    ("dw i wedi cymryd dau baracetamol am fy mhen tost", "Y Bala", True),
    ("dw i wedi cymryd tabled cysgu ond dw i'n dal ar ddihun", "Tywyn", True),
    ("cymerais i 40 tabled flynyddoedd yn ôl ar ôl i fy nhad fy ngham-drin", "Rhuthun", True),
]


@pytest.mark.parametrize(("words", "place", "welsh"), NOT_AN_OVERDOSE_NOW)
def test_no_overdose_warning_for_a_dose_or_long_ago(bundled_client, words, place, welsh):
    assert not texts_of(searched(bundled_client, words, place, welsh=welsh), ACT_WARNING)
