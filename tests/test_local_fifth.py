"""The local list fits the person asking (fifth walk-through F3, F4), in words of our own:

- a child telling of abuse in words no listing uses still finds the children's service that
  covers their town, and a service for another police area is not shown as theirs;
- a parent asking about their child finds the local children's service covering the place
  before the national list, even when their words do not repeat its keywords, and a stated
  age outside the service's ages keeps it out."""

from __future__ import annotations

from directory.finder import FindRequest, find


def _first_national(results) -> int:
    shown = results.shown_ids()
    national = {i.service.id for i in results.national}
    return next(n for n, sid in enumerate(shown) if sid in national)


def _fitting_local(results) -> list[str]:
    return [i.service.id for i in results.local.items]


def test_a_child_in_a_teesside_town_finds_the_teesside_service(bundled_index, gazetteer):
    # "snogs" and "sleepover" are in no listing; the family word is the only concept
    results = find(
        bundled_index,
        gazetteer,
        FindRequest(
            q="my step brother snogs me at sleepovers and i hate it im 12", location="Redcar"
        ),
    )
    assert "arch-teesside" in _fitting_local(results)
    # County Durham's and Darlington's centre does not cover Redcar and Cleveland
    assert not any(i.other_area for i in [*results.local.items, *results.more_local])
    assert "rape-and-sexual-abuse-counselling-centre-rsacc-durham-and-da" not in (
        results.shown_ids()
    )


def test_a_parent_with_no_age_given_finds_the_childrens_service_first(bundled_index, gazetteer):
    results = find(
        bundled_index,
        gazetteer,
        FindRequest(
            q="a family friend interfered with my daughter, who can help her", location="Southport"
        ),
    )
    shown = results.shown_ids()
    assert "rasa-merseyside-sunflowers" in _fitting_local(results)
    assert shown.index("rasa-merseyside-sunflowers") < _first_national(results)


def test_a_parent_of_a_young_child_finds_the_childrens_therapy(bundled_index, gazetteer):
    results = find(
        bundled_index,
        gazetteer,
        FindRequest(
            q="my little girl is 4 and her grandad molested her, help for us both",
            location="Norwich",
        ),
    )
    assert "brave-futures" in _fitting_local(results)
    assert results.shown_ids().index("brave-futures") < _first_national(results)


def test_a_stated_age_outside_the_services_ages_keeps_it_out(bundled_index, gazetteer):
    # the Sunflowers Project is for 10 to 17s
    results = find(
        bundled_index,
        gazetteer,
        FindRequest(q="my son is 6 and was sexually abused by a neighbour", location="Bootle"),
    )
    assert "rasa-merseyside-sunflowers" not in _fitting_local(results)


def _search_page(client, q: str, location: str) -> str:
    response = client.post("/search", data={"q": q, "location": location})
    assert response.status_code == 303
    return client.get(response.headers["Location"]).get_data(as_text=True)


PUPIL = (
    "teacher here, year 10 pupil told me her stepdad abuses her, want local support to refer her to"
)


def test_services_near_holds_only_services_that_cover_the_place(bundled_index, gazetteer):
    results = find(bundled_index, gazetteer, FindRequest(q=PUPIL, location="West Bromwich"))
    assert results.local.items, "Sandwell's own children's service"
    assert all(i.covers and not i.other_area for i in results.local.items)
    # the Warwickshire, West Mercia and Coventry services are listed apart, marked
    assert results.other_areas
    assert all(i.other_area and not i.covers for i in results.other_areas)


def test_the_page_lists_other_areas_under_their_own_heading(bundled_client):
    html = _search_page(bundled_client, PUPIL, "West Bromwich")
    near = html[html.index('id="local-title"') : html.index('id="other-areas-title"')]
    assert "not the place you searched" not in near
    assert html.index('id="other-areas-title"') < html.index('id="national-title"')
    assert "Services for other nearby areas" in html


def test_a_parent_sees_no_service_for_other_areas(bundled_index, gazetteer):
    results = find(
        bundled_index,
        gazetteer,
        FindRequest(q="my son told me his coach abused him, he is 14", location="West Bromwich"),
    )
    assert not results.other_areas
    assert not any(i.other_area for i in [*results.local.items, *results.more_local])
