"""(w61cy, welsh25 F1, F7) Someone else's life at risk said in Welsh, read as the English twin.

A sister cut and bleeding was shown the sexual-assault warning and a SARC; a little brother who
had swallowed his nan's tablets was told about the reader's own overdose; a friend or partner
who "is going to kill herself" and a brother "threatening to hang himself tonight" brought no
warning; a parent whose son threatens to hang himself got Stop It Now, not HOPELINE247. Other
wordings (north and south, mutations, no accents) and other towns than the review's.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, warned

OTHERS = "Perygl i fywyd rhywun nawr? Ffoniwch 999."
OWN_ACT = "wedi cymryd gorddos neu"
SARC = "canolfan atgyfeirio ymosodiadau rhywiol"
OWN_LIFE = "Perygl i’ch bywyd nawr?"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mae nhad wedi torri ei arddyrnau ac mae o'n gwaedu'n ddrwg", "Aberystwyth"),
        ("ma'n chwaer i di torri ei hunan a ma hi'n gwaedu lot", "Llanelli"),
    ],
)
def test_someone_else_cut_and_bleeding_warns_for_their_life_not_the_sarc(
    bundled_client, words, place
):
    # (w64life, check63 F1) their life at risk, no longer the reader's own act's warning
    soup = searched(bundled_client, words, place, welsh=True)
    assert warned(soup, OTHERS)
    assert not warned(soup, OWN_ACT)
    assert not warned(soup, SARC)
    assert "Samariaid" in talk_names(talk_box(soup))


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mae nghefnder bach wedi llyncu tabledi taid", "Y Rhyl"),
        ("mae mrawd wedi cymryd gorddos", "Pontypridd"),
    ],
)
def test_a_relative_named_by_the_mutation_alone_is_someone_else(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert warned(soup, OTHERS)
    assert not warned(soup, OWN_ACT)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mae mhartner yn deud ei fod o'n mynd i ladd ei hun", "Llandudno"),
        ("ma'n ffrind gore i'n gweud bod e am ladd ei hunan", "Castell-nedd"),
        ("mae fy chwaer yn dweud ei bod hi am gymryd ei bywyd", "Aberhonddu"),
        ("ma nhad yn bygwth crogi ei hun heno", "Caerffili"),
    ],
)
def test_someone_else_meaning_to_kill_themselves_gets_the_warning_and_samariaid(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place, welsh=True)
    assert warned(soup, OTHERS)
    assert not warned(soup, OWN_LIFE)
    assert talk_names(talk_box(soup))[0] == "Samariaid", talk_box(soup)


def test_a_parent_whose_daughter_threatens_to_hang_herself_gets_hopeline(bundled_client):
    soup = searched(bundled_client, "mae fy merch yn bygwth crogi ei hun", "Aberteifi", True)
    assert "HOPELINE247 (PAPYRUS Prevention of Young Suicide)" in talk_names(talk_box(soup))


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): a haircut, the past, talk of it, denied, a car
        ("mae fy chwaer wedi torri ei gwallt yn fyr", "Aberystwyth"),
        ("roedd fy mrawd am ladd ei hun flynyddoedd yn ol", "Llanelli"),
        ("dyw fy ffrind ddim yn mynd i ladd ei hun", "Bangor"),
        ("mae nghariad am gymryd ei gar i'r garej", "Caerdydd"),
    ],
)
def test_the_past_denied_or_everyday_gets_no_warning_for_someone_else(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert not warned(soup, OTHERS)
    assert not warned(soup, OWN_ACT)
