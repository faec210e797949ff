"""(twelfth walk-through F5.3, eleventh F9) Counts a person reads must be what is under them.

1. A professional's page said "1 service" for the place, and 4 more cards followed "for other
   nearby areas" under a heading with no count: each heading on the results page now counts
   the cards under it, in English and in Welsh.
2. The age filter's counts: a group's number was read as all that ticking it shows. It counts
   the services that state they take that age, the label now says so at the number, and the
   number is exactly those that ticking the group shows (it was not when the words stated an
   age: the other groups were counted among the services for the age stated; nor for a
   service for adults stating "16 and over", counted under "16 or 17" and never shown).
"""

from __future__ import annotations

import csv
import io
import re

import pytest

from directory.finder import FindRequest, find

# --- 1. each heading counts the cards under it ---------------------------------------------


def _post(client, lang: str = "", **fields: str) -> str:
    response = client.post(f"{lang}/search", data=fields, follow_redirects=True)
    assert response.status_code == 200
    return response.get_data(as_text=True)


def _section(html: str, title_id: str) -> str:
    start = html.index(f'aria-labelledby="{title_id}"')
    return html[start : html.index("</section>", start)]


def _heading_count(section: str) -> int:
    heading = section[section.index("<h2") : section.index("</h2>")]
    found = re.search(r'govuk-caption-m">(\d+) [^<]*</span>', heading)
    assert found, heading
    return int(found.group(1))


def _cards(section: str) -> int:
    return section.count('<li class="app-result')


PROFESSIONALS = [
    (
        "im a school counsellor, a girl of 9 told me her stepdad abused her, need a referral",
        "Tring",
    ),
    (
        "youth worker: 13 year old lad disclosed abuse by his cousin, counselling to refer to",
        "Corby",
    ),
    ("social worker, child of 6 abused by her grandfather, therapy referral", "Banbury"),
]


@pytest.mark.parametrize(("words", "town"), PROFESSIONALS)
def test_the_other_areas_heading_counts_its_own_cards(bundled_client, words, town):
    html = _post(bundled_client, q=words, location=town, as_professional="1")
    away = _section(html, "other-areas-title")
    assert _cards(away) >= 1
    assert _heading_count(away) == _cards(away)
    # the place's own count is only the place's cards, never those for other areas
    local = _section(html, "local-title")
    assert _hidden_count(local) == _cards(local)


def _hidden_count(section: str) -> int:
    heading = section[section.index("<h2") : section.index("</h2>")]
    return int(re.search(r">(\d+) ", heading).group(1))


@pytest.mark.parametrize(("words", "town"), PROFESSIONALS[:2])
def test_the_place_count_and_the_other_areas_count_add_up_to_the_cards(bundled_client, words, town):
    html = _post(bundled_client, q=words, location=town, as_professional="1")
    local, away = _section(html, "local-title"), _section(html, "other-areas-title")
    assert _hidden_count(local) + _heading_count(away) == _cards(local) + _cards(away)


def test_other_services_near_you_is_counted_too(bundled_client):
    # (w19local: deliberately changed from Ludlow, where the West Midlands children's SARC is now
    # near a parent of a 10-year-old, leaving no "Other services near you" to count)
    html = _post(
        bundled_client, q="my daughter is 10 and her uncle touched her", location="Stafford"
    )
    more = _section(html, "more-title")
    assert _cards(more) >= 1
    assert _heading_count(more) == _cards(more)


def test_the_welsh_page_counts_the_other_areas_in_welsh(bundled_client):
    words = "gweithiwr cymdeithasol, merch 11 oed wedi ei cham-drin gan ei llystad, angen cwnsela"
    html = _post(bundled_client, "/cy", q=words, location="Cas-gwent", as_professional="1")
    away = _section(html, "other-areas-title")
    heading = away[away.index("<h2") : away.index("</h2>")]
    assert "Gwasanaethau ar gyfer ardaloedd" in heading or "ardal" in heading
    assert re.search(r'govuk-caption-m">\d+ (g|)wasanaeth</span>', heading), heading
    assert _heading_count(away) == _cards(away)


def test_a_page_with_no_other_areas_has_no_such_heading(bundled_client):
    # the false reading: a count is never shown for a section with nothing in it
    html = _post(bundled_client, q="counselling after rape", location="Stamford")
    assert "other-areas-title" not in html
    assert "more-away-title" not in html


# --- 2. the age filter's counts ------------------------------------------------------------


def _states(service, code: str) -> bool:
    stated = service.minimum_age is not None or service.maximum_age is not None
    return stated and code in service.age_terms


def _age_mismatches(index, gazetteer, words: str, town: str, all_ages: bool) -> list[tuple]:
    page = find(index, gazetteer, FindRequest(q=words, location=town, all_ages=all_ages))
    wrong = []
    for code, count in page.facets["age"].items():
        ticked = find(
            index,
            gazetteer,
            FindRequest(
                q=words, location=town, filters={"age": (code,)}, per_page=100, all_ages=all_ages
            ),
        )
        cards = ticked.local.items + ticked.other_areas + ticked.more_local + ticked.national
        assert ticked.national_total == len(ticked.national)
        shown = sum(1 for item in cards if _states(item.service, code))
        if shown != count:
            wrong.append((code, count, shown))
    return wrong


STATED_AGES = [
    ("my son is 6 and his cousin abused him", "Barnstaple"),
    ("im 14 and my stepbrother keeps touching me", ""),
    ("teacher here, a 12 year old pupil disclosed abuse by her uncle", "Kendal"),
    ("male 50, abused by a priest when i was 11, need counselling", "Hereford"),
]


@pytest.mark.parametrize(("words", "town"), STATED_AGES)
def test_with_the_age_in_the_words_each_group_counts_what_ticking_it_shows(
    bundled_index, gazetteer, words, town
):
    page = find(bundled_index, gazetteer, FindRequest(q=words, location=town))
    assert page.stated_age is not None  # the page is filtered by the age in the words
    assert not _age_mismatches(bundled_index, gazetteer, words, town, all_ages=False)


@pytest.mark.parametrize(("words", "town"), [*STATED_AGES, ("counselling", "")])
def test_with_all_ages_each_group_counts_what_ticking_it_shows(
    bundled_index, gazetteer, words, town
):
    # "counselling" anywhere: a counselling service for adults stating "16 and over" was
    # counted under "16 or 17" and ticking it never showed it
    assert not _age_mismatches(bundled_index, gazetteer, words, town, all_ages=True)


def test_the_other_filters_still_count_for_the_age_in_the_words(bundled_index, gazetteer):
    # the false reading: only the age groups are counted without the age stated; ticking a
    # type of support keeps the age from the words, so its count does too
    words, town = "my daughter is 8, her grandad abused her, she needs therapy", "Taunton"
    page = find(bundled_index, gazetteer, FindRequest(q=words, location=town))
    assert page.stated_age == 8
    for code, count in page.facets["support"].items():
        if not count:
            continue
        ticked = find(
            bundled_index,
            gazetteer,
            FindRequest(q=words, location=town, filters={"support": (code,)}),
        )
        shown = (
            ticked.local.total
            + ticked.national_total
            + len(ticked.more_local)
            + len(ticked.other_areas)
        )
        assert shown == count, code


def _age_labels(html: str) -> list[str]:
    group = html[html.index('id="filter-age-hint"') :]
    group = group[: group.index("</fieldset>")]
    return [
        " ".join(label.split()) for label in re.findall(r"<label[^>]*>(.*?)</label>", group, re.S)
    ]


def test_each_age_says_its_number_is_the_services_stating_it(bundled_client):
    html = bundled_client.get(
        "/search", query_string={"q": "my boy is 9 and was abused", "location": "Whitby"}
    ).get_data(as_text=True)
    labels = _age_labels(html)
    assert len(labels) == 7
    for label in labels:
        found = re.search(r"\((\d+) (states?) this age\)$", label)
        assert found, label
        assert (found.group(2) == "states") == (found.group(1) == "1"), label  # plurals right
    welsh = bundled_client.get(
        "/cy/search", query_string={"q": "mae fy mab yn 9 oed ac wedi cael ei gam-drin"}
    ).get_data(as_text=True)
    for label in _age_labels(welsh):
        assert re.search(r"\(\d+ sy’n nodi’r oed hwn\)$", label), label


def test_the_other_filters_keep_a_bare_number(bundled_client):
    html = bundled_client.get(
        "/search", query_string={"q": "my boy is 9 and was abused", "location": "Whitby"}
    ).get_data(as_text=True)
    support = html[html.index('name="support"') :]
    label = re.search(r"<label[^>]*>(.*?)</label>", support, re.S).group(1)
    assert re.search(r"\(\d+\)$", " ".join(label.split())), label


# --- 3. the referral pack's spreadsheet: the rows after the services say they are not ------


def _pack(client, ids: list[str], lang: str = "") -> list[list[str]]:
    query = "&".join(f"id={i}" for i in ids)
    response = client.get(f"{lang}/referral-pack.csv?{query}")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    return list(csv.reader(io.StringIO(response.get_data(as_text=True), newline="")))


PACK = ["childline", "rasasc-cheshire", "stop-it-now"]


def test_the_spreadsheet_says_its_last_rows_are_not_services(bundled_client, by_id):
    header, *rows = _pack(bundled_client, PACK)
    # (w30pack) every row whole, its first column saying what it is: the chosen services, in
    # the order chosen, then the lines to call and 999, then where the pack came from
    assert header[0] == "Kind" and all(len(row) == len(header) for row in rows)
    services = [row for row in rows if row[0] == "In your referral pack"]
    assert services == rows[: len(PACK)]
    assert [row[header.index("Service")] for row in services] == [by_id[i].name for i in PACK]
    rest = rows[len(PACK) :]
    lines = [row for row in rest if row[0] == "Talk to someone now"]
    assert lines and all(row[header.index("Phone")] for row in lines)
    assert lines[-1][header.index("Phone")] == "999"
    assert rest[-1][0] == "About this directory"
    assert rest[-1][header.index("What it offers")].startswith("Made on ")


def test_the_welsh_spreadsheet_says_so_in_welsh(bundled_client):
    header, *rows = _pack(bundled_client, PACK[:2], "/cy")
    assert header[0] == "Math"
    assert [row[0] for row in rows[:2]] == ["Yn eich pecyn atgyfeirio"] * 2
    assert {row[0] for row in rows[2:]} == {"Siarad â rhywun nawr", "Am y cyfeiriadur hwn"}
