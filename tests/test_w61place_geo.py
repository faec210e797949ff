"""(forty-seventh walk-through F1, w61place) Through the gazetteer: a ward far from every town
or village of its name, in another council, is that name's namesake (``ward_places``), sized
by its postcode units when the namesakes are ordered; a ward near a town whose fuller name
starts with it is that town ("Newbiggin", Newbiggin-by-the-Sea). A script found the names
(every ward name the other files also have, far from each place of it): 183 names now ask or
choose differently, among them those below."""

from __future__ import annotations

import pytest

from directory.geo.gazetteer import Gazetteer


def _where(resolution) -> list[str]:
    places = resolution.candidates or ((resolution.place,) if resolution.place else ())
    return [f"{p.name}, {p.local_authority}" for p in places]


@pytest.mark.parametrize(
    ("typed", "first", "also"),
    [
        ("Kenton", "Kenton, Harrow", "Kenton, Teignbridge"),
        ("Withington", "Withington, Manchester", "Withington, Herefordshire"),
        ("Stannington", "Stannington, Sheffield", "Stannington, Northumberland"),
        ("Bramley", "Bramley, Leeds", "Bramley, Rotherham"),
    ],
)
def test_a_far_ward_of_a_villages_name_is_asked_about_first_by_its_size(
    gazetteer: Gazetteer, typed, first, also
):
    found = gazetteer.resolve(typed)
    assert found.status == "ambiguous", found
    assert _where(found)[0] == first and also in _where(found), _where(found)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Kenton, Newcastle", "Kenton, Newcastle upon Tyne"),
        ("Withington, Manchester", "Withington, Manchester"),
        ("Stannington Sheffield", "Stannington, Sheffield"),
    ],
)
def test_a_far_ward_is_chosen_by_its_area(gazetteer: Gazetteer, typed, meant):
    found = gazetteer.resolve(typed)
    assert _where(found) == [meant], found


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        # guards (pass on main too): a big town is not asked about beside a far ward
        ("Highgate", ["Highgate, Camden"]),
        ("Sandhurst", ["Sandhurst, Bracknell Forest"]),
        ("Abingdon", ["Abingdon, Vale of White Horse"]),
        ("Redhill", ["Redhill, Reigate and Banstead"]),
    ],
)
def test_a_town_that_dwarfs_a_far_ward_is_taken(gazetteer: Gazetteer, typed, meant):
    assert _where(gazetteer.resolve(typed)) == meant


def test_a_ward_of_a_towns_fuller_name_is_that_town(gazetteer: Gazetteer):
    # guard (passes on main too): Northumberland's "Newbiggin" wards are Newbiggin-by-the-Sea,
    # offered by its own name, never as a second "Newbiggin, Northumberland"
    where = _where(gazetteer.resolve("Newbiggin"))
    assert "Newbiggin-by-the-Sea, Northumberland" in where
    assert "Newbiggin, Northumberland" not in where
