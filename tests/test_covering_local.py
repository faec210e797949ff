"""A local service whose own area covers the place, fitting who is asking and the abuse the
words describe, is among the first answers even when its text matches less than the national
lines (issue 25: the mother in Bradford). Only then: not a venue merely nearby, not for someone
worried about their own behaviour, not when the words ask for a kind of help it does not give."""

from __future__ import annotations

from directory.finder import FindRequest, find


def test_the_mother_in_bradford_gets_west_yorkshires_sarc_first(bundled_index, gazetteer):
    results = find(
        bundled_index, gazetteer, FindRequest(q="my partner abused my son", location="Bradford")
    )
    local = [(i.service.id, i.covers) for i in results.local.items]
    assert ("hazlehurst-centre-sarc", "council") in local
    assert results.shown_ids()[0] == "hazlehurst-centre-sarc"


def test_not_for_someone_worried_about_their_own_behaviour(bundled_index, gazetteer):
    results = find(
        bundled_index,
        gazetteer,
        FindRequest(q="paedophile looking for confidential help", location="Leeds"),
    )
    assert not [i for i in results.local.items if "sarc" in i.service.support_types]


def test_not_when_the_words_ask_for_help_it_does_not_give(bundled_index, gazetteer):
    results = find(
        bundled_index,
        gazetteer,
        FindRequest(q="my partner abused my son, i need a support group", location="Bradford"),
    )
    sarc = next(i.service for i in results.more_local if i.service.id == "hazlehurst-centre-sarc")
    assert "support-groups" not in sarc.support_types  # shown, but after the national lines
