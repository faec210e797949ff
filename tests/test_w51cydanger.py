"""(check54 findings 1, 4 and 5, w51cydanger) Danger now said in Welsh in more shapes: the
abuser coming over, home or on his way now, tonight or soon, said with fear or harm ("mae ...
yn dod draw heno ac mae gen i ofn", "bydd ... adref cyn bo hir ac mae o'n fy mrifo") or of him
alone ("mae o ar ei ffordd"); harm still to come in the future tense ("bydd o'n fy nghyffwrdd
eto"), which showed "Os digwyddodd yn y dyddiau diwethaf" instead; and someone else, a child,
alone with him or with him in their room now or tonight. The page says first, above the
helplines, "Mewn perygl nawr? Ffoniwch 999…". The past, a general question, a parent asking
beforehand, and someone coming over with no fear or harm said bring none. Other words and
towns than the check's."""

from __future__ import annotations

import pytest

from tests.helpers import danger_first, searched, warned

DANGER = "Mewn perygl nawr? Ffoniwch 999."
RECENT = "Os digwyddodd yn y dyddiau diwethaf"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # north: "dod rownd/acw", "dŵad", kin without "fy", harm said in a later clause
        ("ma taid yn dod rownd heno a dwi ofn", "Bangor"),
        ("mae fy nhaid yn dod acw mewn awr, mae o'n fy nghyffwrdd", "Blaenau Ffestiniog"),
        ("mae o'n dŵad draw pnawn 'ma ac mae gen i ofn", "Llanrwst"),
        # south: "gatre", "toc", "neith e"
        ("ma nhad i'n dod gatre mewn hanner awr a ma fe'n bwrw fi", "Merthyr Tudful"),
        ("fydd dad adre toc ac mae e'n fy nghuro i", "Caerfyrddin"),
        # on his way, said of him alone
        ("ma fe ar ei ffordd nawr", "Llanelli"),
        ("maen nhw'n dod", "Aberaeron"),
    ],
)
def test_the_abuser_coming_soon_said_in_welsh_gets_999_first(bundled_client, words, place):
    text = danger_first(searched(bundled_client, words, place, welsh=True))
    assert DANGER in text and "55" in text, (words, text)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("ma fe'n dod nôl heno a bydd e'n fy mrifo i eto", "Penarth"),
        ("mae cariad mam yn dod adra heno, mi fydd o'n gwneud o eto", "Porthmadog"),
    ],
)
def test_harm_still_to_come_in_welsh_gets_999_not_the_recent_assault_warning(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place, welsh=True)
    assert DANGER in danger_first(soup), words
    assert not warned(soup, RECENT), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mae'r plant ar eu pennau eu hunain gyda fe nawr", "Abertawe"),
        ("mae fy mrawd bach ar ben ei hunan gyda'i lystad heno", "Castell-nedd"),
        ("ma fe yn llofft fy chwaer nawr", "Rhuthun"),
        ("mae fy llystad efo fy chwaer fach rŵan ac mae o'n ei chyffwrdd hi", "Wrecsam"),
        ("mae o yng ngwely fy chwaer fach ac mae gen i ofn", "Yr Wyddgrug"),
    ],
)
def test_another_child_with_him_now_said_in_welsh_gets_999_first(bundled_client, words, place):
    assert DANGER in danger_first(searched(bundled_client, words, place, welsh=True)), words


@pytest.mark.parametrize(
    "words",
    [
        "mae fy nain yn dod draw heno i swper",
        "mae fy ewythr yn dod acw heno",
        "roedd fy ewythr yn dod draw ac roedd gen i ofn",
        "roedd e'n dod i'n stafell i bob nos pan o'n i'n fach",
        "sut mae gwybod os yw plentyn ar ei ben ei hun gyda rhywun peryglus",
        "ydy hi'n saff gadael fy merch ar ei phen ei hun efo ei thaid heno",
        "bydd e'n fy lladd i os yw e'n ffeindio allan",
        "mae fy nhad yn ystafell fy mrawd yn ei helpu gyda gwaith cartref",
        "mae'r heddlu yn dod draw heno",
    ],
)
def test_guard_coming_with_no_fear_the_past_or_a_question_bring_none(bundled_client, words):
    # guard: passes before and after the change
    assert not warned(searched(bundled_client, words, "Machynlleth", welsh=True), DANGER), words
