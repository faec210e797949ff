"""(lane w48crisis, nineteenth session) Someone in crisis, and the note that tells a child to
ask a grown-up.

1. (sixteenth Welsh review F1) An overdose taken, said in Welsh as the English is said ("newydd"
   for just, the article with "i gyd" or "yr holl" for all of them, English loan words in a
   Welsh sentence), gets the warning to call 999 or go to A&E, in Welsh, and Samariaid.
"""

import pytest

from tests.helpers import searched, talk_box, texts_of

ACT_WARNING = ".app-act-taken"
#: the lines for thoughts of suicide, as the talk box names them
SUICIDE_LINES = ("Samaritans", "Samariaid", "HOPELINE247")


def _has_suicide_line(box: list[str]) -> bool:
    return any(line.startswith(SUICIDE_LINES) for line in box)


# --- 1. an overdose taken, in Welsh ---------------------------------------------------------

WELSH_OVERDOSES = [
    ("dwi newydd lyncu llwyth o bils, mae fy llystad yn fy ngham-drin", "Caernarfon"),
    ("dw i wedi cymryd yr holl dabledi cysgu", "Aberystwyth"),
    ("dwi di cymryd fy painkillers i gyd heno", "Llanelli"),
    ("dw i newydd gymryd od", "Wrecsam"),
    ("dw i wedi llyncu'r tabledi i gyd ar ôl beth wnaeth fy ewythr", "Dinbych"),
]


@pytest.mark.parametrize(("words", "place"), WELSH_OVERDOSES)
def test_an_overdose_taken_in_welsh_says_first_to_call_999(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    warning = texts_of(soup, ACT_WARNING)
    assert warning and "ffoniwch 999 nawr" in warning[0], warning
    html = str(soup)
    assert html.index("app-act-taken") < html.index('id="talk-now-title"')
    assert _has_suicide_line(talk_box(soup)), talk_box(soup)


#: everyday tablets taken (a guard: passes on main too), and an overdose long ago, which main
#: warned of as taken now
WELSH_NOT_AN_OVERDOSE_NOW = [
    ("dw i wedi cymryd fy nhabledi bore ma ond dwi methu cysgu", "Bangor"),
    ("wnes i gymryd gorddos flynyddoedd yn ôl, cefais fy ngham-drin yn blentyn", "Conwy"),
]


@pytest.mark.parametrize(("words", "place"), WELSH_NOT_AN_OVERDOSE_NOW)
def test_no_overdose_warning_for_everyday_tablets_or_long_ago(bundled_client, words, place):
    assert not texts_of(searched(bundled_client, words, place, welsh=True), ACT_WARNING)
