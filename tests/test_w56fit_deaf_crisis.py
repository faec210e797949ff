"""(lane w56fit, check58 finding 10) A Deaf person whose life is at risk had the warning and the
Deaf 999 line but no Samaritans in "Talk to someone now": the box kept only the lines reached by
text or chat (Childline's chat, then SignHealth). Samaritans can be emailed, as its listing
says: it now leads the box, with its email address shown first."""

import pytest

from tests.helpers import searched, talk_box, talk_names


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("i am deaf and i want to end my life", "Norwich"),
        ("deaf bsl user, i want to kill myself tonight", "Plymouth"),
    ],
)
def test_a_deaf_person_whose_life_is_at_risk_has_samaritans_by_email_first(
    bundled_client, words, place
):
    lines = talk_box(searched(bundled_client, words, place))
    assert talk_names(lines)[0] == "Samaritans", lines
    assert "Email jo@samaritans.org" in lines[0], lines


def test_a_deaf_person_whose_life_is_at_risk_in_welsh_has_samaritans_by_email_first(
    bundled_client,
):
    lines = talk_box(
        searched(bundled_client, "dwi'n fyddar a dwi isio lladd fy hun", "Wrecsam", True)
    )
    assert talk_names(lines)[0] == "Samariaid", lines
    assert "E-bost jo@samaritans.org" in lines[0], lines


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # (guard, passes on main too) a hearing person: Samaritans by phone, no email shown
        ("i want to end my life", "Norwich"),
    ],
)
def test_guard_a_hearing_person_has_samaritans_by_phone(bundled_client, words, place):
    lines = talk_box(searched(bundled_client, words, place))
    assert talk_names(lines)[0] == "Samaritans", lines
    assert "jo@samaritans.org" not in lines[0], lines


def test_guard_a_deaf_person_not_in_crisis_has_no_samaritans_first(bundled_client):
    # (guard, passes on main too) Deaf, abuse told, no suicide said
    lines = talk_box(
        searched(bundled_client, "im deaf and my uncle abused me years ago", "Norwich")
    )
    assert talk_names(lines)[0] != "Samaritans", lines
