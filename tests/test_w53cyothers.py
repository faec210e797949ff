"""(w53cyothers, twenty-first Welsh review F1 to F4) Someone else's suicide, threat, attempt,
plan or overdose, told in Welsh (and, for F4, in English too).

- F1: a sister's, brother's or partner's wish to die tonight ("mae fy chwaer isio marw heno")
  showed the reader's own warning ("Perygl i'ch bywyd nawr?"): now "Perygl i fywyd rhywun
  nawr? Ffoniwch 999." and Samariaid first, as the English twin does.
- F2: "bygwth lladd ei hun" (threatening to kill himself) with now or tonight brought no
  warning and no Samariaid.
- F3: "wedi trio lladd ei hun heno" (tried tonight) brought no Samariaid; someone on the bridge
  saying they will jump brought no warning, in either language.
- F4: someone else's plan or overdose ("my friend is going to jump off the bridge tonight",
  "mae fy chwaer wedi cymryd gorddos") got the reader's own warning, in both languages.

Words and towns other than the review's. Guards (the reader's own wish, a wish with no time, a
death, a threat to keep the asker quiet) pass on main and here.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names

OTHERS = "Someone's life at risk now? Call 999."
OTHERS_CY = "Perygl i fywyd rhywun nawr? Ffoniwch 999."
OWN_LIFE = "If your life is at risk now"
OWN_LIFE_CY = "Perygl i’ch bywyd nawr?"
OWN_ACT = "If you have taken an overdose"
OWN_ACT_CY = "Os ydych chi wedi cymryd gorddos"


def _warnings(soup) -> list[str]:
    return [w.get_text(" ", strip=True) for w in soup.select(".govuk-warning-text")]


def _others_warning_only(soup, welsh: bool) -> None:
    """One warning, the others' one, and Samaritans first in the talk box."""
    warnings = _warnings(soup)
    assert len(warnings) == 1 and (OTHERS_CY if welsh else OTHERS) in warnings[0], warnings
    assert talk_names(talk_box(soup))[0] in ("Samaritans", "Samariaid"), talk_box(soup)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mae fy chwaer fach isio marw heno", "Pwllheli"),
        ("ma'n frawd i isie marw heno", "Aberaeron"),
        ("mae fy nghefnder eisiau marw nawr", "Merthyr Tudful"),
        ("ma nghariad i isho marw rŵan", "Caernarfon"),
        ("mae fy mam am farw heno", "Abertawe"),
    ],
)
def test_f1_someone_elses_wish_to_die_tonight_is_not_the_readers_own_life(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place, welsh=True)
    assert not any(OWN_LIFE_CY in w for w in _warnings(soup)), _warnings(soup)
    _others_warning_only(soup, welsh=True)


@pytest.mark.parametrize(
    ("words", "place", "warning"),
    [
        # guards: pass on main and here
        ("dw i'n poeni am fy chwaer ond dw i isio marw heno", "Pwllheli", OWN_LIFE_CY),
        ("mae fy mrawd wedi marw a dw i eisiau marw nawr", "Y Bala", OWN_LIFE_CY),
        ("bu farw fy nhad heno", "Aberdâr", None),
    ],
)
def test_f1_guards_the_readers_own_wish_keeps_its_warning_and_no_time_has_none(
    bundled_client, words, place, warning
):
    soup = searched(bundled_client, words, place, welsh=True)
    warnings = _warnings(soup)
    if warning is None:
        assert not any(OTHERS_CY in w or OWN_LIFE_CY in w for w in warnings), warnings
    else:
        assert len(warnings) == 1 and warning in warnings[0], warnings


def test_f1_someone_elses_wish_with_no_time_has_no_warning_but_samariaid_in_the_box(
    bundled_client,
):
    # on main this showed the reader's own warning too
    soup = searched(bundled_client, "mae fy mrawd bach isie marw", "Dinbych", True)
    assert _warnings(soup) == []
    assert "Samariaid" in talk_names(talk_box(soup))[:2], talk_box(soup)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mae fy nghefnder yn bygwth lladd ei hun heno", "Dolgellau"),
        ("ma'n chwaer i'n bygwth lladd ei hunan rŵan", "Y Fenni"),
    ],
)
def test_f2_a_threat_to_kill_himself_now_warns_for_them_with_samariaid_first(
    bundled_client, words, place
):
    _others_warning_only(searched(bundled_client, words, place, welsh=True), welsh=True)


def test_f2_guard_a_threat_made_to_keep_the_asker_quiet_has_no_warning(bundled_client):
    # guard: passes on main and here
    soup = searched(
        bundled_client, "mae o'n bygwth lladd ei hun os dw i'n deud wrth mam", "Rhuthun", True
    )
    assert _warnings(soup) == []


def test_f3_someone_elses_attempt_tonight_brings_samariaid_first(bundled_client):
    soup = searched(bundled_client, "mae fy mrawd wedi treio lladd ei hun heno", "Tregaron", True)
    assert not any(OWN_LIFE_CY in w or OWN_ACT_CY in w for w in _warnings(soup)), _warnings(soup)
    assert talk_names(talk_box(soup))[0] == "Samariaid", talk_box(soup)


@pytest.mark.parametrize(
    ("words", "place", "welsh"),
    [
        ("ma'n frawd i ar ben y bont nawr a mae e'n gweud bod e am neidio", "Aberteifi", True),
        ("my cousin is on the bridge right now and says he will jump", "Chepstow", False),
    ],
)
def test_f3_someone_on_the_bridge_saying_they_will_jump_warns_for_them(
    bundled_client, words, place, welsh
):
    _others_warning_only(searched(bundled_client, words, place, welsh=welsh), welsh=welsh)


@pytest.mark.parametrize(
    ("words", "place", "welsh"),
    [
        ("mae fy nghefnder yn mynd i neidio oddi ar y to heno", "Rhuthun", True),
        ("ma ffrind fi'n mynd i lyncu'r tabledi i gyd heno", "Pontypridd", True),
        ("mae fy nghariad wedi llyncu paced cyfan o dabledi", "Llandudno", True),
        ("my mate is going to jump off the multi storey tonight", "Swansea", False),
        ("my girlfriend has swallowed a whole packet of paracetamol", "Newport", False),
    ],
)
def test_f4_someone_elses_plan_or_overdose_is_not_the_readers_own(
    bundled_client, words, place, welsh
):
    soup = searched(bundled_client, words, place, welsh=welsh)
    own = (OWN_LIFE_CY, OWN_ACT_CY) if welsh else (OWN_LIFE, OWN_ACT)
    assert not any(o in w for o in own for w in _warnings(soup)), _warnings(soup)
    _others_warning_only(soup, welsh=welsh)


@pytest.mark.parametrize(
    ("words", "place", "warning"),
    [
        # guards: pass on main and here
        ("i have taken an overdose", "Newport", OWN_ACT),
        ("my mum took an overdose when i was 10", "Swansea", None),
    ],
)
def test_f4_guards_the_readers_own_overdose_and_one_long_ago(bundled_client, words, place, warning):
    warnings = _warnings(searched(bundled_client, words, place))
    if warning is None:
        assert warnings == []
    else:
        assert len(warnings) == 1 and warning in warnings[0], warnings
