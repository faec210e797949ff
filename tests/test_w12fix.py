"""The ninth walk-through's small untrue or confusing things (branch w12fix).

F5.5: a source date is never more precise in the CSV than the source: a span of days ("an
inspection on 26-27 November 2019") is its month, and an approximate date says "about".
F6.9: the count beside a filter is what ticking it shows (a language filter that itself left
out a line, and the services the ranking leaves out or adds near a place, made them differ).
"""

from __future__ import annotations

import csv
import io

import pytest

from directory.finder import FindRequest, find
from directory.sources.research_text import read_source_date

from .helpers import page, text_of

# --- F5.5: source dates ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CQC inspection 14-15 March 2022", ("2022-03", False)),
        ("inspected 3-4 October 2018; report published 2019", ("2018-10", False)),
        ("CQC summary updated 12 May 2022", ("2022-05-12", False)),  # one day: kept
        ("c.April 2015", ("2015-04", True)),
    ],
)
def test_a_span_of_days_is_its_month_not_its_first_day(text, expected):
    assert read_source_date(text) == expected


def _csv_rows(client, ids, lang=""):
    query = "&".join(f"id={i}" for i in ids)
    text = client.get(f"{lang}/referral-pack.csv?{query}").get_data(as_text=True)
    header, *rows = list(csv.reader(io.StringIO(text)))
    # the chosen services' rows (the lines to call follow, marked in the first column)
    return [header] + [row for row in rows if row[0] == rows[0][0]]


def test_the_csv_gives_no_day_for_an_inspection_over_two_days(bundled_client, by_id):
    # two inspections researched as "CQC inspection 6-7 June 2023" and "3-4 March 2020"
    ids = ["the-bridge-sarc-bristol", "the-shores-sarc-dorset"]
    header, *rows = _csv_rows(bundled_client, ids)
    dates = [row[header.index("Source date")] for row in rows]
    assert sorted(dates) == ["2020-03", "2023-06"]
    page = bundled_client.get("/service/the-shores-sarc-dorset").get_data(as_text=True)
    assert "March 2020" in page


def test_an_approximate_source_date_says_about_in_the_csv(bundled_client, by_id):
    approximate = [s.id for s in by_id.values() if s.source_date_approximate][:4]
    assert approximate
    header, *rows = _csv_rows(bundled_client, approximate)
    for row in rows:
        assert row[header.index("Source date")].startswith("about "), row
        assert row[header.index("Source date")][6:10].isdigit()
    welsh_header, *welsh = _csv_rows(bundled_client, approximate, "/cy")
    column = welsh_header.index("Dyddiad y ffynhonnell")
    assert all(row[column].startswith("o gwmpas ") for row in welsh)
    # an exact date stays as it was (ISO, which spreadsheets sort)
    exact = next(s for s in by_id.values() if len(s.source_date) == 10)
    header, row = _csv_rows(bundled_client, [exact.id])
    assert row[header.index("Source date")] == exact.source_date


# --- F6.9: a filter's count is what ticking it shows ------------------------------------

#: searches in other words and towns than the walk-through's: Welsh survivors asking for
#: Welsh (a language filter left out a line for people worried about their own thoughts only
#: once ticked), and English searches near places where a service's stated councils leave the
#: town out (counted, never shown)
SEARCHES = [
    ("cefais fy ngham-drin gan fy ewythr pan oeddwn i'n fach, eisiau siarad", "Aberystwyth", True),
    ("dwi'n 15 ac mae cefnder yn fy nghyffwrdd", "Caernarfon", True),
    ("therapy for adults abused as children", "Wakefield", False),
    ("support after rape", "Doncaster", False),
    ("my daughter was touched by her uncle", "Huddersfield", False),
    ("im a teacher, a pupil disclosed abuse", "Sheffield", False),
    ("counselling", "", False),
]


def _shown(results) -> int:
    return (
        results.local.total
        + results.national_total
        + len(results.more_local)
        + len(results.other_areas)
    )


@pytest.mark.parametrize(("q", "where", "welsh"), SEARCHES)
def test_each_filters_count_is_what_ticking_it_shows(bundled_index, gazetteer, q, where, welsh):
    request = FindRequest(q=q, location=where, wales_first=welsh)
    facets = find(bundled_index, gazetteer, request).facets
    wrong = []
    for field, counts in facets.items():
        if field == "age":
            continue  # counts the services stating that age, as its hint says (sixth F6)
        for code, count in counts.items():
            if not count:
                continue
            ticked = FindRequest(q=q, location=where, wales_first=welsh, filters={field: (code,)})
            shown = _shown(find(bundled_index, gazetteer, ticked))
            if shown != count:
                wrong.append((field, code, count, shown))
    assert not wrong, wrong


def test_the_welsh_language_count_on_the_page_is_the_cards_ticking_shows(bundled_client):
    words = "cefais fy ngham-drin yn blentyn, dwi eisiau cwnsela yn gymraeg"
    page = bundled_client.get(
        "/cy/search", query_string={"q": words, "location": "Merthyr Tudful"}
    ).get_data(as_text=True)
    box = page[page.index('value="welsh"') :]
    count = int(box[box.index("(") + 1 : box.index(")")])
    ticked = bundled_client.get(
        "/cy/search",
        query_string={"q": words, "location": "Merthyr Tudful", "language": "welsh"},
        follow_redirects=True,
    ).get_data(as_text=True)
    assert ticked.count('class="app-result') >= 1
    assert ticked.count('<li class="app-result') == count


# --- F8: an empty referral pack says it is empty ------------------------------------------


def _post(client, lang="", **fields) -> str:
    response = client.post(f"{lang}/search", data=fields)
    assert response.status_code == 303
    return response.headers["Location"]


def _pack_line(client, address) -> tuple[str, str]:
    soup = page(client.get(address))
    return text_of(soup, ".app-pack-summary"), soup.select_one('input[name="t"]')["value"]


@pytest.mark.parametrize(
    ("lang", "empty", "one"),
    [
        ("", "Your referral pack is empty", "Referral pack: 1 service"),
        ("/cy", "Mae eich pecyn atgyfeirio’n wag", "Pecyn atgyfeirio: 1 gwasanaeth"),
    ],
)
def test_an_empty_referral_pack_does_not_read_as_a_count_of_results(
    bundled_client, lang, empty, one
):
    first = _post(bundled_client, lang, q="isva for a teenager", location="Swindon")
    token = page(bundled_client.get(first)).select_one('input[name="t"]')["value"]
    line, token = _pack_line(bundled_client, _post(bundled_client, lang, t=token, professional="1"))
    assert line == empty
    assert "0" not in line
    added = _post(bundled_client, lang, t=token, add="childline").split("#")[0]
    line, _ = _pack_line(bundled_client, added)
    assert line.startswith(one)


# --- F6.2: correct everyday Welsh is never "corrected" -----------------------------------

#: correct Welsh in other words than the walk-through's: inflected prepositions ("iddo",
#: "amdani", "wrthyn", "arna"), forms of "bod" ("rydyn", "roeddwn"), mutated forms ("fynd",
#: "nosbarth", "ngham-drin") and everyday words
CORRECT_WELSH = [
    "mae fy wyres wedi dweud wrthyn ni bod rhywun wedi gwneud rhywbeth iddi yn y clwb",
    "cafodd fy mab ei gam-drin gan ein cymydog, dydyn ni ddim yn gwybod ble i fynd",
    "rydyn ni'n chwilio am gymorth i'n merch, mae hi'n poeni amdani hi ei hun",
    "roeddwn i'n cael fy ngham-drin gan fy llysdad, dwi angen siarad efo rhywun amdano",
    "dwi'n athro, mae bachgen yn fy nosbarth wedi dweud wrtha i beth ddigwyddodd iddo",
    "mae arna i ofn mynd adref achos mae o yno bob nos",
]


@pytest.mark.parametrize("words", CORRECT_WELSH)
def test_correct_everyday_welsh_gets_no_spelling_hint(bundled_index, words):
    from directory.search.query import search

    assert search(bundled_index, words).text.suggestion is None


def test_a_misspelt_welsh_word_is_still_corrected_among_everyday_welsh(bundled_index):
    from directory.search.query import search

    found = search(bundled_index, "mae arna i angen cwnsla iddi hi").text.suggestion
    assert found == "mae arna i angen cwnsela iddi hi"


def test_the_welsh_page_says_nothing_of_misspelling_for_correct_welsh(bundled_client):
    html = bundled_client.get(
        "/cy/search",
        query_string={"q": CORRECT_WELSH[0], "location": "Aberteifi"},
        follow_redirects=True,
    ).get_data(as_text=True)
    assert "camsillafu" not in html


# --- F6.7: Welsh place labels; Welsh councils by their own names ---------------------------

#: towns in Wales, English page and Welsh page: the heading names the same parts (a town named
#: as its council, "Merthyr Tydfil", says the country in both; another gives its council)
WELSH_TOWNS = ["Merthyr Tydfil", "Caerphilly", "Barry", "Denbigh", "Abergavenny", "Ebbw Vale"]


def _heading(client, lang, where) -> str:
    soup = page(client.get(f"{lang}/search", query_string={"location": where}))
    return text_of(soup, "h1")


@pytest.mark.parametrize("town", WELSH_TOWNS)
def test_a_welsh_place_heading_names_the_same_parts_in_both_languages(bundled_client, town):
    english = _heading(bundled_client, "", town)
    welsh = _heading(bundled_client, "/cy", town)
    assert english.startswith("Services near ") and welsh.startswith("Gwasanaethau ger ")
    assert english.count(",") == welsh.count(",") >= 1, (english, welsh)


@pytest.mark.parametrize(
    ("lang", "typed", "heading"),
    [
        ("", "Conwy County Borough", "Services near Conwy"),
        ("", "City and County of Swansea", "Services near Swansea"),
        ("", "Caerphilly County Borough Council", "Services near Caerphilly"),
        ("/cy", "Cyngor Bwrdeistref Sirol Conwy", "Gwasanaethau ger Conwy"),
        ("/cy", "Dinas a Sir Abertawe", "Gwasanaethau ger Abertawe"),
    ],
)
def test_a_welsh_council_is_found_by_its_own_name(bundled_client, lang, typed, heading):
    assert _heading(bundled_client, lang, typed) == heading
