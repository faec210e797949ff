"""(w49adult, check50 F6) A grown-up worried about another adult of the family, or about
someone else's partner, with children ("my brother in law looks at children in a weird way",
"my friend's husband is abusing their kids") was given Childline first, or alone: Childline is
for children themselves. The NSPCC's line for adults worried about a child and Stop It Now's
lead for them."""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("im worried my sisters boyfriend is touching her children", "Hull"),
        ("concerned that my father in law looks at the grandkids in a creepy way", "Luton"),
        ("i think my cousin's husband might be abusing their daughter", "Bath"),
        ("our neighbours new partner is hurting their little girl i think", "Exeter"),
    ],
)
def test_an_adult_worried_about_a_relatives_or_friends_partner_gets_the_lines_for_that_worry(
    bundled_client, words, town
):
    """(check50 F6) A grown-up worried about an in-law, or about someone else's partner, with
    children: the NSPCC's line for adults worried about a child first, and Stop It Now; not
    Childline, which is for children themselves."""
    box = talk_names(talk_box(searched(bundled_client, words, town)))
    assert box[:1] == ["NSPCC Helpline"], box
    assert "Stop It Now helpline" in box, box


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("my sisters boyfriend touches me and her kids", "Hull"),
        ("my mums boyfriend keeps touching me", "Luton"),
    ],
)
def test_guard_a_child_harmed_by_someone_elses_partner_keeps_childline_first(
    bundled_client, words, town
):
    """Guard (passes on main too): done to the asker, the words are a child's."""
    box = talk_names(talk_box(searched(bundled_client, words, town)))
    assert box[:1] == ["Childline"], box


def test_guard_an_adult_abused_by_an_in_law_as_a_child_is_not_read_as_worried(bundled_client):
    """Guard (passes on main too): an adult telling of their own childhood."""
    box = talk_names(
        talk_box(searched(bundled_client, "my brother in law abused me as a child", "Bath"))
    )
    assert "NSPCC Helpline" not in box[:1], box
