"""(w64life, check63 finding 1) Someone else's life at risk in other wordings: at the train
tracks, a cliff or a car park's top with a farewell or a wish to die, and wrists slit or cut
(in English and Welsh, with or without blood said).

"my best mate has gone to the train tracks and said sorry for everything", "my friend is on
the train tracks and says she wants to die", "my sister has just slit her wrists" and "mae fy
chwaer wedi torri ei garddyrnau" had no warning; with blood said, the page warned the reader
of their own act. Other words and towns than the report's.
"""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, searched, talk_box, talk_names, warned

OTHERS_EN = "Someone's life at risk now? Call 999."
OTHERS_CY = "Perygl i fywyd rhywun nawr? Ffoniwch 999."
OWN_ACT_EN = "If you have taken an overdose or are badly hurt"
OWN_ACT_CY = "Os ydych chi wedi cymryd gorddos"
OWN_LIFE = "If your life is at risk now"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my brother has gone to the cliffs and texted me goodbye", "Whitby"),
        ("my girlfriend is at the top of the car park and says she cant go on", "Derby"),
        ("my son is on the railway line and says he wants to die", "Crewe"),
        ("my flatmate went to the level crossing and said sorry for all of it", "Lincoln"),
        ("my brother is walking on the train line and says he wants to die", "Wakefield"),
    ],
)
def test_someone_at_a_place_of_danger_with_a_farewell_warns_for_their_life(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    assert warned(soup, OTHERS_EN), words
    assert not warned(soup, OWN_LIFE), words
    assert "Samaritans" in talk_names(talk_box(soup))[:2], talk_box(soup)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): the place alone, work there, a sorry with no such place,
        # a visit, the past
        ("my brother has gone to the bridge to fish", "Chester"),
        ("my dad works on the railway and says sorry for everything he did to me", "Preston"),
        ("my best friend said sorry for everything after we fell out", "Bolton"),
        ("my mum went to the bridge club and said goodbye to her friends", "Bath"),
        ("my sister went to the train tracks years ago and said goodbye to us", "Wigan"),
    ],
)
def test_a_place_alone_a_sorry_alone_or_the_past_get_no_warning(bundled_client, words, place):
    assert not warned(searched(bundled_client, words, place), OTHERS_EN), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my brother has slit his wrists", "Newport"),
        ("my girlfriend has just cut her wrists", "Bristol"),
        ("my dad slashed his wrist", "Exeter"),
        # with blood said: their life, not the reader's own act
        ("my mum has cut her wrists and there is blood everywhere", "Swindon"),
    ],
)
def test_someone_elses_wrists_cut_warns_for_their_life_not_the_readers(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    assert warned(soup, OTHERS_EN), words
    assert not warned(soup, OWN_ACT_EN), words
    assert "Samaritans" in talk_names(talk_box(soup))[:2], talk_box(soup)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mae fy mrawd wedi torri ei arddyrnau", "Caerfyrddin"),
        ("mae fy ffrind wedi slasio ei garddyrnau", "Aberystwyth"),
        ("mae fy nhad wedi torri ei arddyrnau ac mae o'n gwaedu lot", "Wrecsam"),
    ],
)
def test_welsh_someone_elses_wrists_cut_warns_for_their_life(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert warned(soup, OTHERS_CY), words
    assert not warned(soup, OWN_ACT_CY), words


@pytest.mark.parametrize(
    ("words", "place", "welsh"),
    [
        # guards (pass on main too): a wrist cut by accident or broken, and the past
        ("my sister cut her wrist on the tin lid", "Taunton", False),
        ("my brother slit his wrists when he was 16, he is doing well now", "Yeovil", False),
        ("mae fy mrawd wedi torri ei arddwrn yn chwarae pel droed", "Bangor", True),
        ("mae fy chwaer wedi torri ei garddyrnau flynyddoedd yn ol", "Conwy", True),
    ],
)
def test_a_wrist_hurt_by_accident_or_long_ago_gets_no_warning(bundled_client, words, place, welsh):
    soup = searched(bundled_client, words, place, welsh=welsh)
    assert not warned(soup, OTHERS_CY if welsh else OTHERS_EN), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mae fy mrawd yn deud y bydd o'n lladd ei hun", "Rhuthun"),
        ("mae fy ffrind yn dweud y bydd hi'n lladd ei hunan heno", "Llangefni"),
        ("mae fy ngwr yn deud neith o ladd ei hun", "Porthmadog"),
    ],
)
def test_welsh_someone_says_they_will_kill_themselves_warns_for_their_life(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place, welsh=True)
    assert warned(soup, OTHERS_CY), words
    assert talk_names(talk_box(soup))[0] == "Samariaid", talk_box(soup)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): a threat made "os" (if), denied, years ago
        ("mae fy mhartner yn dweud y bydd o'n lladd ei hun os dw i'n gadael", "Rhuthun"),
        ("fydd o byth yn lladd ei hun", "Llangefni"),
        ("roedd fy mrawd yn dweud flynyddoedd yn ol y bydd o'n lladd ei hun", "Bala"),
    ],
)
def test_welsh_a_threat_denied_or_years_ago_gets_no_warning(bundled_client, words, place):
    assert not warned(searched(bundled_client, words, place, welsh=True), OTHERS_CY), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my girlfriend is on the train tracks and says she wants to die", "Rotherham"),
        ("my son is by the train tracks and says he wants to die", "Hull"),
    ],
)
def test_the_train_tracks_do_not_bring_stop_it_nows_training(bundled_client, words, place):
    # "train" was read as "training" (Stop It Now's for professionals): the 3rd card
    soup = searched(bundled_client, words, place)
    firsts = [sid for sid, _ in cards_and_words(soup)[:3]]
    assert not any("stop-it-now" in sid for sid in firsts), firsts
