"""Keyword search: forgiving parsing, synonyms, filters and facets, suggestions, ordering."""

from __future__ import annotations

import pytest

from directory.search import BadFilter, SearchIndex, build_index, current_build, paginate, search

HOSTILE = [
    '"',
    "'",
    '"unclosed quote',
    "AND",
    "OR NOT AND",
    "*",
    "**",
    "name:",
    ":",
    "support:*",
    "(",
    ")))",
    "[1 TO 5]",
    "~2",
    "^3",
    "\\",
    "a" * 500,
    "counselling " * 60,
    "<script>",
    "%00",
    "\x00",
    "NOT counselling",
    "-",
    "+",
    "?",
    "{}",
    "😀",
    "Ⅻ",
    "\u202e",
    "",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_query_strings_never_raise(index, text):
    results = search(index, text)
    assert isinstance(results.ids, list)


def ids(index, text="", **filters):
    return search(index, text, filters).ids


def test_empty_query_lists_every_open_service(index, fictional):
    assert set(ids(index)) == {s.id for s in fictional if s.status != "closed"}
    assert "fictional-closed-leeds" not in ids(index, "closed")


def test_someone_to_talk_to_finds_counselling(index):
    found = ids(index, "someone to talk to")
    assert "fictional-leeds-counselling" in found
    assert "fictional-manchester-children" in found
    assert "fictional-bradford-isva" not in found


def test_isva_and_advocate_are_the_same_search(index):
    assert (
        ids(index, "ISVA")
        == ids(index, "advocate")
        == ids(index, "independent sexual violence adviser")
    )
    assert ids(index, "ISVA")[0] == "fictional-bradford-isva"


def test_incest_finds_abuse_within_the_family(index):
    assert "fictional-cardiff-families" in ids(index, "incest")
    assert "fictional-cardiff-families" in ids(index, "intra-familial")


def test_historic_finds_non_recent(index):
    assert ids(index, "historic abuse")[0] == "fictional-yorkshire-line"


def test_helpline_phone_call(index):
    assert set(ids(index, "phone")) >= {"fictional-yorkshire-line", "fictional-national-helpline"}
    # one concept: the same services (the literal word only breaks ties among them)
    assert set(ids(index, "helpline")) == set(ids(index, "call"))


def test_filters_or_within_a_field_and_across_fields(index):
    helpline = set(ids(index, support=["helpline"]))
    groups = set(ids(index, support=["support-groups"]))
    both = set(ids(index, support=["helpline", "support-groups"]))
    assert both == helpline | groups and helpline and groups
    adults = set(ids(index, audience=["adult-survivors"]))
    assert set(ids(index, support=["helpline"], audience=["adult-survivors"])) == helpline & adults
    assert ids(index, support=["helpline"], delivery=["online-chat"]) == []


def test_empty_query_with_filters_lists_all_that_match(index, fictional):
    expected = {
        s.id for s in fictional if "self-referral" in s.referral_routes and s.status != "closed"
    }
    assert set(ids(index, referral=["self-referral"])) == expected


def test_facet_counts_apply_other_fields_not_their_own(index, fictional):
    results = search(index, "", {"support": ["helpline"], "delivery": ["phone"]})
    live = [s for s in fictional if s.status != "closed"]
    # support counts: every open service with phone delivery, counted per support type
    phone = [s for s in live if "phone" in s.delivery_modes]
    assert results.facets["support"]["helpline"] == sum(
        "helpline" in s.support_types for s in phone
    )
    assert results.facets["support"]["practical-legal"] == sum(
        "practical-legal" in s.support_types for s in phone
    )
    # delivery counts: the helplines, counted per delivery mode
    helplines = [s for s in live if "helpline" in s.support_types]
    assert results.facets["delivery"]["phone"] == len(helplines)
    assert results.facets["delivery"]["online-chat"] == 0


def test_unknown_filters_are_refused(index):
    with pytest.raises(BadFilter, match="allowed"):
        search(index, "", {"support": ["unicorns"]})
    with pytest.raises(BadFilter, match="filters are"):
        search(index, "", {"colour": ["red"]})


@pytest.mark.parametrize(
    ("typo", "fixed"), [("counciling", "counselling"), ("helpine", "helpline"), ("famly", "family")]
)
def test_did_you_mean(index, typo, fixed):
    assert fixed in (search(index, typo).text.suggestion or "")


def test_no_suggestion_for_known_words(index):
    assert search(index, "counselling").text.suggestion is None


def test_offering_or_naming_a_kind_of_help_outranks_mentioning_it(tmp_path, fictional):
    from directory.model import Service

    base = fictional[5].model_dump()
    make = lambda **kw: Service.model_validate({**base, **kw})  # noqa: E731
    services = [
        make(
            id="fictional-desc",
            name="Fictional Alpha",
            support_types=["practical-legal"],
            description="We offer advocacy.",
        ),
        make(id="fictional-support", name="Fictional Beta", support_types=["advocacy-isva"]),
        make(
            id="fictional-name",
            name="Fictional Advocacy Project",
            support_types=["practical-legal"],
        ),
    ]
    index = SearchIndex.open(build_index(services, tmp_path))
    found = ids(index, "advocacy")
    assert set(found[:2]) == {"fictional-name", "fictional-support"}
    assert found[2] == "fictional-desc"
    # in the listings' own words, the name counts over the description
    assert ids(index, "alpha advocacy project")[0] == "fictional-name"


def test_ties_break_by_name_and_do_not_depend_on_build_order(tmp_path, fictional):
    forward = SearchIndex.open(build_index(fictional, tmp_path / "a"))
    backward = SearchIndex.open(build_index(list(reversed(fictional)), tmp_path / "b"))
    for text in ("", "counselling", "phone", "fictional"):
        assert ids(forward, text) == ids(backward, text)
    names = [forward.services[i].name.casefold() for i in ids(forward, "")]
    assert names == sorted(names)


def test_pagination_covers_every_result_once(index):
    all_ids = ids(index)
    pages = [paginate(all_ids, n, 3) for n in range(1, 6)]
    assert pages[0].pages == -(-len(all_ids) // 3)
    seen = [i for p in pages[: pages[0].pages] for i in p.items]
    assert seen == all_ids
    assert paginate(all_ids, 99, 3).number == pages[0].pages


def test_partial_match_when_no_service_has_every_word(index):
    results = search(index, "helpline zebra")
    assert results.text.partial and results.ids


def test_built_index_is_a_complete_snapshot(built_index, fictional):
    index = SearchIndex.open(current_build(built_index))
    assert index.services["fictional-bradford-isva"] == next(
        s for s in fictional if s.id == "fictional-bradford-isva"
    )
