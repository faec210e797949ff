"""(sixth walk-through F2, F10) Places as people name them: a county typed after a town picks
the town of that name in that county, or says there is none there (never a namesake 150 miles
away); two sizeable towns sharing a name are asked about; councils' everyday short names are
the council, never a near spelling of a place elsewhere. Other towns and words than the
walk-through's own."""

from __future__ import annotations

import pytest

from directory.geo.places import LocationStatus


@pytest.mark.parametrize(
    ("typed", "town", "council"),
    [
        # a county, written out or short, picks the namesake in it
        ("stratford warks", "Stratford-upon-Avon", "Stratford-on-Avon"),
        ("stratford, london", "Stratford", "Newham"),
        ("sutton notts", "Sutton in Ashfield", "Ashfield"),
        ("ashton wigan", "Ashton in Makerfield", "Wigan"),
        ("newport salop", "Newport", "Telford and Wrekin"),
        ("newport, salop", "Newport", "Telford and Wrekin"),
        # a town of a name shared with a bigger one, in a county shortened people's way
        ("sutton, nottinghamshire", "Sutton in Ashfield", "Ashfield"),
        # an old or postal county names the area around the town
        ("romford essex", "Romford", "Havering"),
        ("sale cheshire", "Sale", "Trafford"),
        # the short county forms with a direction ("e sussex") and the Yorkshires as one
        ("hove e sussex", "Hove", "The City of Brighton and Hove"),
        ("doncaster s yorks", "Doncaster", "Doncaster"),
        ("barnsley yorkshire", "Barnsley", "Barnsley"),
    ],
)
def test_a_county_after_a_town_picks_the_town_of_that_name_there(gazetteer, typed, town, council):
    found = gazetteer.resolve(typed)
    assert found.status == LocationStatus.FOUND, (typed, found)
    assert (found.place.name, found.place.local_authority) == (town, council)


@pytest.mark.parametrize(
    ("typed", "offered"),
    [
        ("ludlow lancs", ["Ludlow, Shropshire"]),  # Ludlow is only in Shropshire
        ("ashford, cumbria", ["Ashford, Kent", "Ashford, Spelthorne"]),
        ("stratford pembs", ["Stratford, Newham", "Stratford-upon-Avon, Stratford-on-Avon"]),
    ],
)
def test_a_town_not_in_the_county_typed_is_not_silently_taken(gazetteer, typed, offered):
    found = gazetteer.resolve(typed)
    assert found.status == LocationStatus.UNKNOWN and found.place is None, found
    assert list(found.suggestions) == offered
    for name in offered:  # each offer, followed, is that place
        assert gazetteer.resolve(name).found


@pytest.mark.parametrize(
    ("typed", "towns"),
    [
        ("stratford", ["Stratford", "Stratford-upon-Avon"]),
        ("ashton", ["Ashton-under-Lyne", "Ashton in Makerfield"]),
        ("Newcastle", ["Newcastle upon Tyne", "Newcastle under Lyme"]),
        ("newcastel", ["Newcastle upon Tyne", "Newcastle under Lyme"]),  # a slip of it
    ],
)
def test_two_sizeable_towns_sharing_a_name_are_asked_about(gazetteer, typed, towns):
    found = gazetteer.resolve(typed)
    assert found.status == LocationStatus.AMBIGUOUS, found
    assert [c.name for c in found.candidates][: len(towns)] == towns
    for candidate in found.candidates:  # choosing one is that place
        chosen = gazetteer.resolve(candidate.label)
        assert chosen.place is not None and chosen.place.name == candidate.name


@pytest.mark.parametrize(
    ("typed", "town"),
    [
        # a place already called this keeps the name: "kingston" is not the bigger Hull
        ("kingston", "Kingston upon Thames"),
        # a much smaller town of the longer name asks no question
        ("sutton", "Sutton"),
        ("leigh", "Leigh"),
        ("chester", "Chester"),  # Chester-le-Street is never just "Chester"
        # the one sizeable town of the name, before villages that are named just that
        ("burton", "Burton upon Trent"),
    ],
)
def test_a_name_one_place_is_known_by_stays_that_place(gazetteer, typed, town):
    found = gazetteer.resolve(typed)
    assert found.status == LocationStatus.FOUND and found.place.name == town


@pytest.mark.parametrize(
    ("typed", "council"),
    [
        ("banes", "Bath and North East Somerset"),
        ("B & NES", "Bath and North East Somerset"),
        ("bcp", "Bournemouth, Christchurch and Poole"),
        ("Royal Borough of Kensington and Chelsea", "Kensington and Chelsea"),
        ("London Borough of Tower Hamlets", "Tower Hamlets"),
        ("rbkc", "Kensington and Chelsea"),
        ("e riding", "East Riding of Yorkshire"),
        ("N Lincs", "North Lincolnshire"),
        ("S Tyneside", "South Tyneside"),
        ("W Berks", "West Berkshire"),
        ("E Herts", "East Hertfordshire"),
        ("n somerset", "North Somerset"),  # not Somerset
        ("rct", "Rhondda Cynon Taf"),
        ("npt", "Neath Port Talbot"),
        ("Durham County", "County Durham"),
    ],
)
def test_a_councils_everyday_short_name_is_the_council(gazetteer, typed, council):
    found = gazetteer.resolve(typed)
    assert found.status == LocationStatus.FOUND, (typed, found)
    assert found.place.local_authority == council and not found.corrected


def test_a_short_name_is_read_in_a_searchs_words_too(gazetteer):
    from directory.geo.in_words import place_in_words

    found = place_in_words(gazetteer, "counselling for adults bcp")
    assert found is not None and found.resolution.place.local_authority.startswith("Bournemouth")
    assert found.rest == "counselling for adults"


def test_the_page_offers_both_towns_of_a_shared_name(bundled_client):
    html = bundled_client.get("/search?q=counselling&location=stratford").get_data(as_text=True)
    assert "Stratford-upon-Avon" in html and "Stratford, Newham" in html
    assert "Services within" not in html


@pytest.mark.parametrize(
    ("words", "town", "rest"),
    [
        ("counselling sutton notts", "Sutton in Ashfield", "counselling"),
        # (w46place) said as where the writer lives: "i live in" is not searched either
        ("my uncle hurt me im 12 i live in stratford warks", "Stratford-upon-Avon",
         "my uncle hurt me im 12"),
        ("therapy for adults s glos", "South Gloucestershire", "therapy for adults"),
    ],
)  # fmt: skip
def test_a_town_and_its_county_in_a_searchs_words_is_that_town(gazetteer, words, town, rest):
    from directory.geo.in_words import place_in_words

    found = place_in_words(gazetteer, words)
    assert found is not None and found.resolution.found
    assert (found.resolution.place.name, found.rest) == (town, rest)


def test_the_page_for_a_town_and_its_county_is_near_that_town(bundled_client):
    html = bundled_client.get("/search?q=counselling&location=sutton+notts").get_data(as_text=True)
    assert "Sutton in Ashfield" in html and "Greater London" not in html


@pytest.mark.parametrize(
    ("typed", "town", "council"),
    [
        ("newport, sir benfro", "Newport", "Pembrokeshire"),  # the county in Welsh
        ("pontypridd rct", "Pontypridd", "Rhondda Cynon Taf"),  # a council's short name
        ("keynsham b&nes", "Keynsham", "Bath and North East Somerset"),
        ("beverley east riding", "Beverley", "East Riding of Yorkshire"),
    ],
)
def test_a_councils_other_names_after_a_town_say_where_it_is(gazetteer, typed, town, council):
    found = gazetteer.resolve(typed)
    assert found.status == LocationStatus.FOUND, (typed, found)
    assert (found.place.name, found.place.local_authority) == (town, council)
