"""(w52suicide, check55 findings 4, 5 and 6) Overdoses said with a vague amount or a part of a
pack, someone else's suicide now, and one's own said barely.

- "took half a packet of co-codamol", "took some pills" had no overdose warning and no
  Samaritans (the cases are with w51acts's, in tests/test_w51acts.py).
- Someone else's suicide said as now or tonight had Samaritans but no warning; now "Someone's
  life at risk now? Call 999." (Welsh "Perygl i fywyd rhywun nawr? Ffoniwch 999.") comes
  first, then the talk box. A friend's wish said in Welsh ("mae fy ffrind isio lladd ei hun")
  brings Samariaid first; a parent's "everyone would be better off without him" brings PAPYRUS.
- One's own said barely ("kill myself" alone, "how do i kill myself"), indirectly ("thinking
  about not being here") or in Welsh as considering it ("ystyried hunanladdiad") or no point
  living ("does dim pwynt byw", as "whats the point of living" in English) had no warning;
  "i cant cope anymore" with no age brought Childline alone, now Samaritans first.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, text_of, warned

OTHERS = "Someone's life at risk now? Call 999."
OTHERS_CY = "Perygl i fywyd rhywun nawr? Ffoniwch 999."
OWN_LIFE = "If your life is at risk now"


@pytest.mark.parametrize(
    ("words", "place", "welsh"),
    [
        ("my boyfriend says hes going to kill himself tonight", "Scunthorpe", False),
        ("my sister is about to take her own life", "Lancaster", False),
        ("my mate sent me a goodbye text, he wants to die", "Telford", False),
        ("mae fy mrawd yn mynd i ladd ei hun heno", "Caerfyrddin", True),
        ("mae fy ffrind gorau ar fin lladd ei hun", "Y Rhyl", True),
    ],
)
def test_someone_elses_suicide_now_warns_to_call_999_then_the_talk_box(
    bundled_client, words, place, welsh
):
    soup = searched(bundled_client, words, place, welsh=welsh)
    warning = OTHERS_CY if welsh else OTHERS
    assert warned(soup, warning), words
    assert not warned(soup, OWN_LIFE) and not warned(soup, "In danger now"), words
    assert len(soup.select(".govuk-warning-text")) == 1, words
    assert talk_names(talk_box(soup))[0] in ("Samaritans", "Samariaid"), talk_box(soup)
    # the talk box comes straight after the warning
    after = soup.select_one(".govuk-warning-text").find_next(["aside", "h2"])
    assert after is not None and "app-talk-now" in (after.get("class") or []), text_of(after)


@pytest.mark.parametrize(
    ("words", "place", "welsh"),
    [
        ("my husband wants to kill himself", "Scunthorpe", False),
        ("my brother tried to kill himself last night", "Lancaster", False),
        ("he says he will kill himself tonight if i tell anyone", "Telford", False),
        ("mae fy nhad wedi lladd ei hun", "Caerfyrddin", True),
    ],
)
def test_a_wish_with_no_time_the_past_or_a_threat_has_no_such_warning(
    bundled_client, words, place, welsh
):
    """A guard: these pass on main too."""
    soup = searched(bundled_client, words, place, welsh=welsh)
    assert not warned(soup, OTHERS_CY if welsh else OTHERS), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mae fy chwaer eisiau lladd ei hun", "Caernarfon"),
        ("mae fy ffrind isho rhoi diwedd ar ei bywyd", "Llandrindod"),
    ],
)
def test_a_welsh_friends_wish_to_die_brings_samariaid_first(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert talk_names(talk_box(soup))[0] == "Samariaid", talk_box(soup)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my daughter keeps telling me we would all be better off without her", "Worksop"),
        ("my 15 year old says everyone would be better off without him", "Ashford"),
    ],
)
def test_a_parent_told_of_a_childs_burden_gets_papyrus_in_the_box(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert "HOPELINE247 (PAPYRUS Prevention of Young Suicide)" in talk_names(talk_box(soup))


OWN_LIFE_CY = "Perygl i’ch bywyd nawr? Ffoniwch 999"


@pytest.mark.parametrize(
    ("words", "place", "welsh"),
    [
        ("kms", "Penarth", False),
        ("how can i kill myself", "Gateshead", False),
        ("ive been thinking about not being alive", "Stevenage", False),
        ("dw i wedi bod yn ystyried lladd fy hunan", "Aberteifi", True),
        ("rydw i'n ystyried rhoi diwedd ar fy mywyd", "Dinbych", True),
        ("sdim pwynt i fi fyw", "Rhydaman", True),
    ],
)
def test_ones_own_said_barely_or_as_considering_it_brings_the_warning_and_samaritans(
    bundled_client, words, place, welsh
):
    soup = searched(bundled_client, words, place, welsh=welsh)
    assert warned(soup, OWN_LIFE_CY if welsh else OWN_LIFE), words
    assert talk_names(talk_box(soup))[0] in ("Samaritans", "Samariaid"), talk_box(soup)


@pytest.mark.parametrize(
    ("words", "place", "welsh"),
    [
        ("im thinking about not being here for christmas", "Penarth", False),
        ("my son has been thinking about not being here", "Gateshead", False),
        ("dydw i ddim yn ystyried hunanladdiad", "Aberteifi", True),
    ],
)
def test_an_absence_someone_elses_thought_or_a_denial_has_no_own_life_warning(
    bundled_client, words, place, welsh
):
    """A guard: these pass on main too."""
    soup = searched(bundled_client, words, place, welsh=welsh)
    assert not warned(soup, OWN_LIFE_CY if welsh else OWN_LIFE), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("the nightmares about my grandad wont stop and i just cant cope any more", "Preston"),
        ("the memories of my uncle are back and i really cant cope any longer", "Swindon"),
    ],
)
def test_not_coping_with_no_age_brings_samaritans_first(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert talk_names(talk_box(soup))[0] == "Samaritans", talk_box(soup)


def test_a_parent_not_coping_with_a_childs_behaviour_keeps_the_parents_line(bundled_client):
    """A guard: this passes on main too."""
    soup = searched(bundled_client, "i cant cope with my daughters behaviour any more", "Preston")
    assert talk_names(talk_box(soup))[0] == "NSPCC Helpline", talk_box(soup)
