"""The walk-through's finding 10 and 12: researchers' notes and odd labels the public saw, on
the bundled listings (names, organisations, ages, place labels, postcodes)."""

from __future__ import annotations

import re

import pytest

from directory.sources.research import without_notes

#: a researcher's aside: a bare year in brackets, or where a fact came from
ASIDE = re.compile(
    r"\([^)]*\b(?:19|20)\d\d\b[^)]*\)|transferred from|\blisted by\b|\(since\b",
    re.IGNORECASE,
)


def test_no_listing_shows_a_researchers_aside_in_its_name_organisation_or_description(
    bundled,
):
    for s in bundled:
        for field in (s.name, s.organisation or "", s.description or ""):
            assert not ASIDE.search(field), (s.id, field)


def test_an_aside_is_kept_for_maintainers(bundled):
    by_id = {s.id: s for s in bundled}
    staffs = by_id["staffordshire-womens-aid-isva"]
    assert staffs.name == "Staffordshire Women's Aid - ISVA service"
    assert any("transferred from Savana" in v for v in staffs.verify)
    glade = by_id["the-glade-sarc"]
    # a dated operator is not shown as the current one (third data check, finding 14)
    assert glade.organisation == ""
    assert any("Telford adult service, 2020" in v for v in glade.verify)


@pytest.mark.parametrize(
    ("text", "public"),
    [
        ("Safety Net (Cumbria)", "Safety Net (Cumbria)"),
        ("Liverpool Community Health NHS Trust (2017)", "Liverpool Community Health NHS Trust"),
        ("First Light (since 2018)", "First Light"),
        (
            "Barnsley Sexual Abuse and Rape Crisis Services (therapy); CISVA listed by the council",
            "Barnsley Sexual Abuse and Rape Crisis Services (therapy)",
        ),
        ("Arch Teesside (formerly Arch North East)", "Arch Teesside (formerly Arch North East)"),
    ],
)
def test_names_keep_their_own_brackets_and_lose_notes(text, public):
    assert without_notes(text)[0] == public


def test_ages_describe_the_child_not_the_parent(bundled_client):
    html = bundled_client.get("/service/brave-futures").get_data(as_text=True)
    assert "Children and young people (Ages 0 to 17), Parents and carers" in html
    assert "Parents and carers (Ages" not in html


@pytest.mark.parametrize(
    ("typed", "town"),
    [("CF99 1NA", "Cardiff"), ("B99 9ZZ", "Birmingham"), ("S98 1AA", "Sheffield")],
)
def test_a_po_box_postcode_is_placed_at_its_town_and_named_as_the_town(gazetteer, typed, town):
    # the Senedd's CF99 1NA was "not recognised"; B99 9ZZ was shown as if a known place
    resolution = gazetteer.resolve(typed)
    assert resolution.found
    assert resolution.place.name == town
    assert typed.split()[0] not in resolution.place.label


def test_an_unknown_postcode_district_is_still_refused(gazetteer):
    assert not gazetteer.resolve("ZZ9 9ZZ").found


@pytest.mark.parametrize("typed", ["Bournemouth, Christchurch and Poole", "Poole", "Brighton"])
def test_a_town_is_not_named_twice_by_its_councils_name(gazetteer, typed):
    place = gazetteer.resolve(typed).place
    assert place is not None
    assert ", ".join(place.area_names).count(place.name) == 1, place.area_names
    assert place.label.count(place.name) == 1
