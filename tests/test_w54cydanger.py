"""(welsh22 F2, F4, F8; w54cydanger) Welsh said in shapes the page missed, beside English twins
that are read: danger now ("clatsio" for hitting and for banging on the door, "mewn peryg" or
"perig" with no time, a cry for help with "he's coming", someone breaking in); a Deaf person
saying "methu clywed" or "trwm fy nghlyw" (the Deaf line under the 999 warning); sex with no
consent at the weekend said plainly ("heb gytuno", "rhy feddw i ddeud na", "penwsos": the
recent-assault warning, Byw Heb Ofn first). Guards: the rain, a computer broken into, in danger
of losing a job, someone coming to school, the past, sex said with consent. Other words and
towns than the review's."""

from __future__ import annotations

import re

import pytest

from tests.helpers import danger_first, searched, talk_box, talk_names, warned

DANGER = "Mewn perygl nawr? Ffoniwch 999."


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mae e'n clatsio mam nawr", "Rhydaman"),
        ("mae llystad fi'n clatsho fi rŵan", "Cydweli"),
        ("ma fe'n clatsio'r drws a dw i'n crynu", "Pontarddulais"),
        ("rydan ni mewn peryg", "Caergybi"),
        ("fi mewn perig nawr", "Treorci"),
        ("helpwch fi mae hi'n dod nawr", "Aberaeron"),
        ("help plis maen nhw ar eu ffordd", "Blaenau Ffestiniog"),
        ("ma dyn yn torri mewn i'n fflat ni", "Wrecsam"),
        ("mae rhywun yn torri i mewn nawr", "Y Drenewydd"),
    ],
)
def test_danger_now_said_in_these_welsh_shapes_gets_999_first(bundled_client, words, place):
    text = danger_first(searched(bundled_client, words, place, welsh=True))
    assert DANGER in text and "55" in text, (words, text)


@pytest.mark.parametrize(
    "words",
    [
        "mae hi'n bwrw glaw trwy'r dydd",
        "mae rhywun wedi torri mewn i'r system yn y gwaith",
        "mae hacwyr yn torri mewn i fy nghyfrif",
        "dwi mewn peryg o golli nhŷ",
        "plis helpa fi mae hi'n dod i'r ysgol fory",
        "pan o'n i'n 10 roedd e'n clatsio fi",
        "ma fe'n clatsio fi ar fifa",
    ],
)
def test_guard_rain_a_computer_a_risk_of_loss_a_visit_or_the_past_bring_none(bundled_client, words):
    # guard: passes before and after the change
    assert not warned(searched(bundled_client, words, "Llandeilo", welsh=True), DANGER), words


RECENT = "Os digwyddodd yn y dyddiau diwethaf, ffoniwch 999"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("wnaeth e gael secs gyda fi pan o'n i'n anymwybodol nos Wener", "Castell-nedd"),
        ("ces i ryw heb roi caniatâd neithiwr", "Aberystwyth"),
        ("gafodd e secs gyda fi yn erbyn fy ewyllys echnos", "Merthyr Tudful"),
        ("mae o wedi cael rhyw efo fi pan o'n i'n rhy chwil i stopio fo, ddoe", "Conwy"),
        ("nath e rapio fi penwsos dwetha", "Aberteifi"),
    ],
)
def test_sex_without_consent_lately_said_plainly_in_welsh_gets_the_recent_warning(
    bundled_client, words, place
):
    assert warned(searched(bundled_client, words, place, welsh=True), RECENT), words


@pytest.mark.parametrize(
    "words",
    [
        "ges i ryw efo fy nghariad nos Wener",
        "dw i ddim isio cael rhyw efo fo eto, dw i'n rhy ifanc",
        "nath o gael rhyw efo fi pan o'n i'n fach",
        "ma nhw'n mynd i'r dafarn bob penwsos",
    ],
)
def test_guard_sex_with_consent_a_wish_the_past_or_a_habit_bring_no_recent_warning(
    bundled_client, words
):
    # guard: passes before and after the change
    assert not warned(searched(bundled_client, words, "Dinbych-y-pysgod", welsh=True), RECENT)


DEAF_LINE = ".app-deaf-999"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("dw i'n ffaelu clywed, ma fe'n bwrw fi nawr", "Pontypridd"),
        ("fedra i ddim clywed a mae o'n fy mrifo i rŵan", "Caernarfon"),
        ("dwi'n drwm fy nghlyw ac mae rhywun yn torri mewn i'r fflat", "Aberystwyth"),
        ("dwi'n fyddar, ma dyn yn torri mewn i'r tŷ nawr", "Casnewydd"),
    ],
)
def test_a_deaf_person_in_danger_said_in_welsh_is_told_how_to_call_999(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place, welsh=True)
    assert DANGER in danger_first(soup), words
    line = soup.select_one(DEAF_LINE)
    assert line is not None, words
    assert "neges destun i 999" in line.get_text(" "), words
    html = str(soup)
    assert html.index("app-danger-now") < html.index("app-deaf-999")


@pytest.mark.parametrize(
    "words",
    [
        "mae fy merch yn methu clywed ac mae hi'n cael ei cham-drin",
        "dw i'n methu clywed chi, mae'r signal yn wael",
    ],
)
def test_guard_a_parent_or_a_bad_line_gets_no_deaf_999_line(bundled_client, words):
    # guard: passes before and after the change (the parent can phone)
    soup = searched(bundled_client, words, "Llanidloes", welsh=True)
    assert soup.select_one(DEAF_LINE) is None, words


def test_a_parent_whose_child_cannot_hear_is_given_lines_to_phone_first(bundled_client):
    """The parent can phone: "methu clywed" said of their child does not lead their box with
    lines that only chat (it did, as if the parent could not hear)."""
    soup = searched(
        bundled_client, "mae fy mab yn ffaelu clywed a nath ei ewythr ei gam-drin", "Rhaeadr", True
    )
    first = talk_box(soup)[0]
    assert re.search(r"\b0\d{3} ?\d{2,3} ?\d{3,4}", first), first


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("gafodd e secs gyda fi yn erbyn fy ewyllys echnos", "Y Fenni"),
        ("ymosododd dyn arna i'n rhywiol dros y penwythnos", "Llanrwst"),
    ],
)
def test_a_recent_assault_told_in_welsh_with_no_age_has_byw_heb_ofn_first(
    bundled_client, words, place
):
    box = talk_names(talk_box(searched(bundled_client, words, place, welsh=True)))
    assert box[0] == "Llinell Gymorth Byw Heb Ofn", box


def test_guard_a_child_who_says_their_age_keeps_meic_first(bundled_client):
    # guard: passes before and after the change
    soup = searched(bundled_client, "dw i'n 13 a nath o rapio fi neithiwr", "Y Trallwng", True)
    assert talk_names(talk_box(soup))[0] == "Llinell gymorth Meic"
