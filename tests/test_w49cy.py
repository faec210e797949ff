"""(lane w49cy, twentieth session; eighteenth Welsh review F3, F4, F7, F8) Welsh crisis words
read as their English twins are.

1. (F3) Ways of ending it said the Welsh way: "rhoi diwedd ar y cyfan" / "dod â'r cyfan i ben"
   / "gorffen y cyfan" (end it all), "hongian / boddi / gwenwyno / taflu fy hun" (hang, drown,
   poison, throw myself), with their mutations, with or without a time: the life-at-risk
   warning first and Samariaid in "Siarad â rhywun nawr".
2. (F4) A goodbye note written, the Welsh way ("llythyr ffarwél", "nodyn i ddweud hwyl fawr"):
   the life-at-risk warning.
3. (F7) Pills taken by the bottle, the packet or the box, or all of them ("potel o dabledi",
   "y cwbl o'r tabledi"): the overdose warning.
"""

import pytest

from tests.helpers import cards_and_words, searched, talk_box, texts_of

LIFE = ".app-life-at-risk"
ACT = ".app-act-taken"
SAMARIAID = "Samariaid"


def _warned(soup, selector: str, said: str) -> bool:
    warning = texts_of(soup, selector)
    html = str(soup)
    first = html.index(selector[1:]) < html.index('id="talk-now-title"') if warning else False
    return bool(warning) and said in warning[0] and first


# --- 1. ways of ending it, the Welsh way (F3) ---------------------------------------------

ENDING_IT = [
    ("dwi am roi diwedd ar bopeth nos fory", "Aberystwyth"),
    ("rydw i'n mynd i ddod â phopeth i ben", "Caerfyrddin"),
    ("dw i ar fin gorffen y cwbl", "Llandudno"),
    ("dwi isio rhoi diwedd ar betha ar ôl be wnaeth fy ewythr", "Wrecsam"),
    ("mi dw i'n mynd i hongio'n hun rŵan", "Pwllheli"),
    ("dw i'n mynd i wenwyno fy hun", "Y Bala"),
    ("dw i am daflu fy hunan o flaen trên", "Merthyr Tudful"),
    ("dw i isio boddi fy hun", "Dolgellau"),
]


GOODBYE_NOTES = [
    ("rwy wedi ysgrifennu nodyn i ddweud hwyl fawr wrth mam", "Llanelli"),
    ("nes i sgwennu llythyr hunanladdiad", "Blaenau Ffestiniog"),
    ("dw i newydd adael nodyn ffarwel i'r plant", "Aberteifi"),
]


@pytest.mark.parametrize(("words", "place"), ENDING_IT + GOODBYE_NOTES)
def test_ending_it_said_the_welsh_way_warns_life_at_risk(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert _warned(soup, LIFE, "Ffoniwch 999 neu ewch i’r adran frys"), texts_of(soup, LIFE)
    assert any(line.startswith(SAMARIAID) for line in talk_box(soup)), talk_box(soup)


#: guards (pass on main too): someone else, finishing homework, hanging the washing, ending
#: the abuse
NOT_ENDING_IT = [
    ("mae o'n mynd i hongian ei hun", "Conwy"),
    ("dw i'n mynd i orffen fy ngwaith cartref heno", "Rhuthun"),
    ("dw i'n mynd i hongian y dillad heno", "Caernarfon"),
    ("dw i eisiau rhoi diwedd ar y cam-drin", "Castell-nedd"),
    ("mae hi'n mynd i foddi ei hun", "Tregaron"),
]


@pytest.mark.parametrize(("words", "place"), NOT_ENDING_IT)
def test_no_life_warning_for_someone_else_or_everyday_words(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert not texts_of(soup, LIFE), texts_of(soup, LIFE)


# --- 2. a goodbye note (F4) ---------------------------------------------------------------


def test_a_letter_to_mum_is_not_a_goodbye_note(bundled_client):
    """Guard (passes on main too)."""
    soup = searched(bundled_client, "dw i wedi sgwennu llythyr at mam", "Porthmadog", welsh=True)
    assert not texts_of(soup, LIFE), texts_of(soup, LIFE)


# --- 3. pills by the bottle, the packet, the lot (F7) -------------------------------------

PILLS_TAKEN = [
    ("dwi di llyncu tri phecyn o barasetamol", "Abergele"),
    ("dw i wedi cymryd bocs o dabledi cysgu", "Hwlffordd"),
    ("dw i wedi llyncu'r cwbl o'r tabledi", "Y Drenewydd"),
    ("wi wedi cymryd y cyfan o'r pils", "Pontypridd"),
    ("dw i newydd gymryd dwy botel o barasetamol", "Bethesda"),
    ("dw i wedi cymryd pob un o'r tabledi", "Machynlleth"),
]


@pytest.mark.parametrize(("words", "place"), PILLS_TAKEN)
def test_pills_taken_by_the_bottle_or_all_of_them_warns_overdose(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert _warned(soup, ACT, "ffoniwch 999 nawr"), texts_of(soup, ACT)
    assert any(line.startswith(SAMARIAID) for line in talk_box(soup)), talk_box(soup)


@pytest.mark.parametrize("words", ["dw i wedi cymryd potel o ddŵr", "dw i wedi cymryd fy nhabledi"])
def test_a_bottle_of_water_or_ones_own_dose_is_no_overdose(bundled_client, words):
    """Guard (passes on main too)."""
    soup = searched(bundled_client, words, "Llangefni", welsh=True)
    assert not texts_of(soup, ACT), texts_of(soup, ACT)


# --- 4. a recent sexual assault said with "ymosod" (F8) ---------------------------------------

RECENT = ".app-recent"

ATTACKED_LATELY = [
    ("ymosododd fy nghymydog arna i'n rhywiol echnos", "Caerffili"),
    ("ymosododd bachgen hŷn ar fy mab yn rhywiol ddoe", "Y Fenni"),
    ("mi ymosodwyd arni hi'n rhywiol yn y parc bore 'ma", "Y Rhyl"),
]


@pytest.mark.parametrize(("words", "place"), ATTACKED_LATELY)
def test_a_sexual_attack_said_with_ymosod_and_a_time_warns_recent(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    warning = texts_of(soup, RECENT)
    assert warning and "Os digwyddodd yn y dyddiau diwethaf" in warning[0], warning


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("ymosododd fy nghymydog arna i'n rhywiol echnos", "Caerffili"),
        ("mi ymosodwyd arni hi'n rhywiol yn y parc bore 'ma", "Y Rhyl"),
    ],
)
def test_a_sexual_attack_said_with_ymosod_finds_the_sexual_assault_services(
    bundled_client, words, place
):
    """The words are read as a sexual assault: the local sexual assault referral centre is
    among the first cards, not "we could not find a service for those words"."""
    soup = searched(bundled_client, words, place, welsh=True)
    first = [text for _, text in cards_and_words(soup)[:4]]
    assert any("SARC" in text or "Sexual Assault Referral Centre" in text for text in first), first
    assert "ar gyfer y geiriau hynny" not in soup.get_text()


#: guards (pass on main too): an attack by an animal, a sexual attack long ago; (w63recent) an
#: attack by a person lately, "ymosododd dyn arna i nos Wener", now brings the warning as "i
#: was attacked" and "ges i fy nhreisio" do (``test_w63recent``)
NOT_ATTACKED_LATELY = [
    ("ymosododd ci arna i yn y dref nos Wener", "Bangor"),
    ("ymosodwyd arna i'n rhywiol pan o'n i'n blentyn", "Caerdydd"),
]


@pytest.mark.parametrize(("words", "place"), NOT_ATTACKED_LATELY)
def test_no_recent_warning_for_an_attack_not_sexual_or_long_ago(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert not texts_of(soup, RECENT), texts_of(soup, RECENT)


# --- 5. a nationality said of a person or of both parents, and "Portiwgeeg" (F11) -----------

LANGUAGE_NOTE = ".app-language-note"


@pytest.mark.parametrize(
    ("words", "place", "named"),
    [
        ("mae fy rhieni yn Gwrdiaid a dydyn nhw ddim yn siarad Saesneg", "Casnewydd", "Cwrdeg"),
        ("mae dad yn Fwlgariad, dim llawer o Saesneg", "Y Barri", "Bwlgareg"),
        ("mae nain yn Rwmaniad a does ganddi hi fawr o Saesneg", "Llanelli", "Rwmaneg"),
        ("mae fy nhad yn Dwrc a dydy o ddim yn deall Saesneg", "Wrecsam", "Tyrceg"),
        ("dim ond Bortiwgeeg mae fy llysfam yn siarad", "Caerdydd", "Portiwgaleg"),
    ],
)
def test_a_welsh_nationality_noun_or_plural_names_the_language(bundled_client, words, place, named):
    soup = searched(bundled_client, words, place, welsh=True)
    line = " ".join(texts_of(soup, LANGUAGE_NOTE))
    assert f"yn siarad {named}" in line, line


def test_a_nationality_noun_with_good_english_is_no_language_line(bundled_client):
    """Guard (passes on main too): a nationality alone does not say English is hard."""
    soup = searched(bundled_client, "mae fy rhieni yn Gwrdiaid", "Casnewydd", welsh=True)
    assert not texts_of(soup, LANGUAGE_NOTE), texts_of(soup, LANGUAGE_NOTE)
