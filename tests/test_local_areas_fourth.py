"""The local list (fourth walk-through F3, F5): a service whose stated councils leave the place
out is not "near you" (a professional still sees it, marked as covering other areas), a
service for adults is never near a child, and a local service covering the place that takes
children comes before the national answers for a child. Worded apart from the walk-through's
own searches."""

from __future__ import annotations

from directory.finder import FindRequest, find


def _local(results) -> list:
    return [*results.local.items, *results.more_local]


def _leave_the_place_out(item) -> bool:
    return bool(item.service.service_area.local_authorities) and not item.covers


def test_services_for_other_councils_are_left_out_for_a_parent(bundled_index, gazetteer):
    results = find(
        bundled_index,
        gazetteer,
        FindRequest(
            q="my son was abused by his cousin, he needs someone to talk to",
            location="Huddersfield",
        ),
    )
    shown = results.shown_ids()
    # Barnsley's and Sheffield's own services, and Leeds-only ones, are not Huddersfield's
    assert not {"barnsley-cisva", "srasac-sheffield", "sarsvl-leeds"} & set(shown)
    assert "hazlehurst-centre-sarc" in shown  # it covers Kirklees
    assert not [i.service.id for i in _local(results) if _leave_the_place_out(i)]


def test_services_for_other_councils_are_left_out_for_a_child(bundled_index, gazetteer):
    results = find(
        bundled_index,
        gazetteer,
        FindRequest(q="my uncle touches me and i hate it", location="Prestatyn"),
    )
    shown = results.shown_ids()
    assert not {"rasa-merseyside", "rasa-merseyside-sunflowers"} & set(shown)
    assert not any(i.other_area for i in _local(results))


def test_a_professional_sees_other_areas_marked_and_after_those_covering(bundled_index, gazetteer):
    results = find(
        bundled_index,
        gazetteer,
        FindRequest(
            q="social worker, 14 year old boy disclosed abuse by his stepfather, need to refer",
            location="Kirklees",
        ),
    )
    items = _local(results)
    flags = [i.other_area for i in items]
    assert flags == sorted(flags), "a service for other areas came before one covering it"
    for item in items:
        assert item.other_area == _leave_the_place_out(item), item.service.id
    # not every local service listed is for other areas: some cover the place
    assert results.local.total or results.more_local or not results.other_areas


def test_a_service_for_adults_is_not_near_a_child_who_gives_no_age(bundled_index, gazetteer):
    results = find(
        bundled_index,
        gazetteer,
        FindRequest(q="my grandad does things to me i dont like", location="Grimsby"),
    )
    assert results.asker.persona == "child"
    # Humberside's SARC ("Adults; age policy not stated") and an adults' service follow the
    # national answers (Childline) rather than standing "near you" above them
    near = [i.service.id for i in results.local.items]
    assert "casa-suite-humber-sarc" not in near
    assert "the-blue-door-humberside" not in near
    shown = results.shown_ids()
    assert shown.index("childline") < shown.index("casa-suite-humber-sarc")


def test_a_stated_age_below_a_services_minimum_drops_it(bundled_index, gazetteer):
    said = find(
        bundled_index,
        gazetteer,
        FindRequest(q="im 8 and my brother hurts me down there", location="Sheffield"),
    )
    assert said.stated_age == 8
    assert "srasac-sheffield" not in said.shown_ids()  # for 13 and over
    assert "childrens-sarc-sheffield" in [i.service.id for i in said.local.items]


def test_a_childrens_service_covering_the_town_comes_before_the_national_list(
    bundled_index, gazetteer
):
    for words in ("my stepdad abuses me im 13", "my stepdad keeps abusing me"):
        results = find(bundled_index, gazetteer, FindRequest(q=words, location="Stockton-on-Tees"))
        assert results.asker.persona == "child", words
        near = [i.service.id for i in results.local.items]
        assert "arch-teesside" in near, words
        shown = results.shown_ids()
        assert shown.index("arch-teesside") < shown.index("childline"), words


def test_the_age_filter_drops_a_service_whose_ages_leave_the_group_out(bundled_index, gazetteer):
    words = "counselling after sexual abuse"
    unfiltered = find(bundled_index, gazetteer, FindRequest(q=words, location="Sheffield"))
    filtered = find(
        bundled_index,
        gazetteer,
        FindRequest(q=words, location="Sheffield", filters={"age": ("5-9",)}),
    )
    assert "srasac-sheffield" in unfiltered.shown_ids()
    assert "srasac-sheffield" not in filtered.shown_ids()
