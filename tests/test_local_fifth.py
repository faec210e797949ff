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
