"""(twenty-fourth Welsh review F4 to F7) Danger now, injuries, a threat to kill if told and a
recent assault, said in Welsh, each beside its English twin in the same town.

Each Welsh page showed no warning where its English twin showed "In danger now? Call 999…" or
"If it happened in the last few days…". Other words and towns than the review's.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, texts_of

DANGER_CY = "Mewn perygl nawr? Ffoniwch 999"
DANGER_EN = "In danger now? Call 999"
RECENT_CY = "Os digwyddodd yn y dyddiau diwethaf"
RECENT_EN = "If it happened in the last few days"


def _danger(client, words: str, place: str, welsh: bool) -> str:
    return " ".join(texts_of(searched(client, words, place, welsh=welsh), ".app-danger-now"))


def _recent(client, words: str, place: str, welsh: bool) -> str:
    return " ".join(texts_of(searched(client, words, place, welsh=welsh), ".app-recent"))


#: (Welsh, English twin, town): violence done now (F4, F5) and a threat to kill if told (F6)
DANGER_NOW = [
    # F4: stabbed, cut, bleeding after a blow, choked with no time said
    ("mae fy nghariad wedi fy nhrywanu i", "my boyfriend has stabbed me", "Wrecsam"),
    ("ges i fy stabio gan ryw foi tu allan i'r siop", "i got stabbed outside the shop", "Y Rhyl"),
    ("nath e slasho fi efo potel", "he slashed me with a bottle", "Pontypridd"),
    ("mae o wedi fy nharo i a dwi'n gwaedu'n ddrwg", "he hit me and im bleeding badly", "Conwy"),
    ("ma'i ddwylo fe rownd fy ngwddw", "he has his hands round my neck", "Llanelli"),
    ("ma fe'n stranglo fi", "hes strangling me", "Aberdâr"),
    # F5: hitting, abusing, following under way, breaking in, up the stairs, violent tonight
    ("mae o'n fy waldio i", "hes hitting me", "Caernarfon"),
    ("ma llysdad fi'n abiwsio fi", "my stepdad is abusing me", "Port Talbot"),
    ("mae o'n dilyn fi o'r ysgol", "hes following me from school", "Dinbych"),
    ("mae o'n trio dod mewn drwy'r drws cefn", "hes trying to get in the back door", "Y Bala"),
    ("ma nhw'n treial bwsto'r drws", "theyre trying to break the door down", "Pen-y-bont"),
    (
        "mae cariad mam wedi meddwi ac mae o'n dod i fyny'r grisiau",
        "my mums boyfriend is drunk and coming up the stairs",
        "Treffynnon",
    ),
    (
        "mae o wedi meddwi ac yn dechrau mynd yn dreisgar heno",
        "hes drunk and getting violent tonight",
        "Aberhonddu",
    ),
    ("help argyfwng", "emergency help", "Y Fenni"),
    # F6: a threat to kill if told, the threat first or the "if" first
    ("os dwi'n deud wrth neb neith o fy lladd i", "if i tell anyone he will kill me", "Pwllheli"),
    (
        "mae o wedi deud bydd o'n lladd fy chwaer os dwi'n deud wrth yr heddlu",
        "he says he will kill my sister if i tell",
        "Caerffili",
    ),
]


@pytest.mark.parametrize(("welsh", "english", "place"), DANGER_NOW)
def test_danger_now_said_in_welsh_gets_the_999_box_as_its_twin(
    bundled_client, welsh, english, place
):
    assert DANGER_EN in _danger(bundled_client, english, place, welsh=False)
    assert DANGER_CY in _danger(bundled_client, welsh, place, welsh=True)


def test_a_child_threatened_if_they_tell_keeps_the_childrens_lines(bundled_client):
    soup = searched(
        bundled_client, "dwi'n 11 ac os dwi'n deud neith o ladd mam", "Rhuthun", welsh=True
    )
    assert DANGER_CY in " ".join(texts_of(soup, ".app-danger-now"))
    names = talk_names(talk_box(soup))
    assert "Childline" in names and "Llinell gymorth Meic" in names, names


#: guards (pass on main too): the past, years of it, sport, a cut finger, a game, a follow
#: online or in play, a housing or climate crisis
QUIET = [
    ("pan o'n i'n 12 nath e stabio fi", "he stabbed me when i was 12", "Wrecsam"),
    ("mae o'n fy mwrw i ers blynyddoedd", "hes been abusing me for years", "Conwy"),
    ("dwi wedi torri fy mys efo cyllell", "i cut my finger with a knife", "Bangor"),
    ("mae gen i glais o'r gêm bêl-droed", "i have a bruise from football", "Llanelli"),
    ("dwi'n gwaedu ar ôl gêm rygbi, nath o fy nhaclo", "im bleeding after rugby", "Neath"),
    ("mae fy mrawd yn curo fi ar fifa", "my brother is beating me at fifa", "Porthmadog"),
    ("mae fy mrawd bach yn dilyn fi i bobman", "my little brother follows me everywhere", "Bala"),
    ("mae o'n dilyn fi ar insta", "hes following me on insta", "Dolgellau"),
    ("argyfwng tai yng Nghaerdydd", "housing crisis in cardiff", "Caerdydd"),
    ("yr argyfwng hinsawdd", "the climate crisis", "Abertawe"),
]


@pytest.mark.parametrize(("welsh", "english", "place"), QUIET)
def test_the_past_sport_and_calm_words_get_no_999_box(bundled_client, welsh, english, place):
    assert DANGER_EN not in _danger(bundled_client, english, place, welsh=False)
    assert DANGER_CY not in _danger(bundled_client, welsh, place, welsh=True)


@pytest.mark.parametrize(
    ("welsh", "english", "place"),
    [
        # fail on main (the Welsh; the English of the jokes too): a door only stuck, breaking
        # into an account, "kill me" said of a small mishap
        ("ma'r drws yn sownd, fi'n trio torri mewn i'r stafell molchi", "", "Caerfyrddin"),
        ("dwi'n trio torri mewn i fy nghyfrif e-bost", "im trying to get into my email", "Rhyl"),
        ("bydd mam yn fy lladd i os dwi'n hwyr", "my mum will kill me if im late", "Bangor"),
        ("bydd dad yn fy lladd i os dwi'n methu", "my dad will kill me if i fail", "Y Barri"),
    ],
)
def test_a_stuck_door_or_a_joke_threat_gets_no_999_box(bundled_client, welsh, english, place):
    if english:
        assert DANGER_EN not in _danger(bundled_client, english, place, welsh=False)
    assert DANGER_CY not in _danger(bundled_client, welsh, place, welsh=True)


#: F7: waking unclothed, a drug put in a drink, each with a recent time ("ymosod arna i" with a
#: time is left as it was: ``test_w49cy`` keeps an attack not said as sexual without it)
RECENT = [
    (
        "nes i ddeffro heb ddillad yn fflat ei ffrind nos sadwrn",
        "i woke up with no clothes at his friends flat on saturday night",
        "Aberystwyth",
    ),
    (
        "deffrais i'n noeth ar ôl y parti neithiwr",
        "i woke up naked after the party last night",
        "Merthyr Tudful",
    ),
    (
        "rhoddodd rhywun rywbeth yn fy nrinc yn y dafarn echnos",
        "someone drugged my drink in the pub the night before last",
        "Wrecsam",
    ),
]


@pytest.mark.parametrize(("welsh", "english", "place"), RECENT)
def test_a_recent_assault_said_in_welsh_gets_the_recent_warning(
    bundled_client, welsh, english, place
):
    assert RECENT_EN in _recent(bundled_client, english, place, welsh=False)
    assert RECENT_CY in _recent(bundled_client, welsh, place, welsh=True)


@pytest.mark.parametrize(
    ("welsh", "english", "place"),
    [
        # guards (pass on main too): warmth, a party with no harm, long ago
        (
            "deffrais i'n noeth neithiwr achos roedd hi mor boeth",
            "i woke up naked last night because it was so hot",
            "Aberystwyth",
        ),
        (
            "ces i barti mawr nos sadwrn a deffrais i efo cur pen",
            "i had a big party on saturday and woke up with a headache",
            "Wrecsam",
        ),
        (
            "rhoddodd rhywun rywbeth yn fy niod flynyddoedd yn ôl",
            "someone drugged my drink years ago",
            "Y Rhyl",
        ),
    ],
)
def test_a_night_with_no_harm_or_long_ago_gets_no_recent_warning(
    bundled_client, welsh, english, place
):
    assert RECENT_EN not in _recent(bundled_client, english, place, welsh=False)
    assert RECENT_CY not in _recent(bundled_client, welsh, place, welsh=True)
