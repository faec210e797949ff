"""(sixth walk-through F6) The age filter's counts: a service that states no ages is in every
age group, so counting it in each made every group show the same number. Each group counts the
services that state they take that age, the filter's hint says so (in English and in Welsh),
and every group can still be ticked."""

from __future__ import annotations

import re

from directory.finder import FindRequest, find


def _age_counts(html: str) -> dict[str, int]:
    group = html[html.index('id="filter-age-hint"') :]
    group = group[: group.index("</fieldset>")]
    return {
        code: int(count)
        for code, count in re.findall(
            r'name="age" type="checkbox" value="([^"]+)".*?\((\d+) [^)]*\)', group, re.S
        )
    }


def test_each_age_group_counts_only_services_stating_that_age(bundled_index, gazetteer, by_id):
    results = find(
        bundled_index, gazetteer, FindRequest(q="therapy after sexual abuse", all_ages=True)
    )
    counts = results.facets["age"]
    # not one number repeated: the groups differ as the stated ages do
    assert len(set(counts.values())) > 2, counts
    # a group's count is never more than the services in it that state an age
    stating = [s for s in by_id.values() if s.minimum_age is not None or s.maximum_age is not None]
    for code, count in counts.items():
        assert count <= sum(1 for s in stating if code in s.age_terms)


def test_the_filter_says_what_its_counts_are(bundled_client):
    html = bundled_client.get("/search?q=counselling+for+a+child&all_ages=1").get_data(as_text=True)
    assert "Counts are services that state the ages they help" in html
    counts = _age_counts(html)
    assert len(counts) == 7  # every group offered, even one no service states
    assert len(set(counts.values())) > 2, counts
    welsh = bundled_client.get("/cy/search?q=cwnsela+i+blentyn&all_ages=1").get_data(as_text=True)
    assert "nodi’r oedrannau maen nhw’n eu helpu" in welsh
    assert len(_age_counts(welsh)) == 7
