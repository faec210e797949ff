"""(w30pack, twenty-fourth walk-through F4, F7) The referral pack's spreadsheet is one clean
table a professional can sort and filter: every row has every column, and a column says which
rows are the chosen services and which the lines to call now (and 999), so that sorting never
mixes them. The foot of every page says whom each of its lines is for, as Get help now's
groups and the referral pack say it, in English and in Welsh. Other services, words and towns
than the walk-through's; the CSV read with the csv module, the pages with BeautifulSoup."""

from __future__ import annotations

import csv
import io

import pytest

from tests.helpers import page

#: a pack for different people: a children's centre, an adults' service, a parents' one
PACK = ["emcypsas-coral-cove-nottingham", "topaz-centre-sarc", "barnsley-cisva"]


def _table(client, ids: list[str], prefix: str = "") -> list[list[str]]:
    response = client.get(f"{prefix}/referral-pack.csv", query_string={"id": ids})
    assert response.status_code == 200 and response.mimetype == "text/csv"
    return list(csv.reader(io.StringIO(response.get_data(as_text=True), newline="")))


def _page_lines(client, ids: list[str], prefix: str = "") -> list[str]:
    """The pack page's "Talk to someone now" lines, as a reader sees them."""
    soup = page(client.get(f"{prefix}/referral-pack", query_string={"id": ids}))
    section = soup.select_one("section.app-pack-helplines")
    assert section is not None
    return [" ".join(li.get_text().split()) for li in section.find_all("li")]


@pytest.mark.parametrize("prefix", ["", "/cy"])
@pytest.mark.parametrize("ids", [PACK, ["childline", "sarsas"], ["the-havens-london"]])
def test_every_row_of_the_spreadsheet_has_every_column(bundled_client, ids, prefix):
    header, *rows = _table(bundled_client, ids, prefix)
    assert rows, "no rows"
    for row in rows:
        assert len(row) == len(header), row
        assert any(cell.strip() for cell in row), "a blank row"


@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_the_chosen_services_and_the_lines_are_told_apart(bundled_client, by_id, prefix):
    header, *rows = _table(bundled_client, PACK, prefix)
    service = header.index("Gwasanaeth" if prefix else "Service")
    phone = header.index("Ffôn" if prefix else "Phone")
    chosen = [row for row in rows if row[service] in {by_id[i].name for i in PACK}]
    assert len(chosen) == len(PACK)
    # one column holds what a row is: the same for every chosen service
    kinds = [n for n in range(len(header)) if len({row[n] for row in chosen}) == 1 and chosen[0][n]]
    assert kinds, "no column marks the chosen services"
    kind = kinds[0]
    others = [row for row in rows if row not in chosen]
    assert others and all(row[kind] and row[kind] != chosen[0][kind] for row in others)
    # sorted and filtered, the chosen services stay the chosen services
    picked = [row[service] for row in sorted(rows) if row[kind] == chosen[0][kind]]
    assert sorted(picked) == sorted(by_id[i].name for i in PACK)
    # the lines the pack page lists are rows with their names and numbers, and 999
    lines = [row for row in others if row[phone]]
    shown = _page_lines(bundled_client, PACK, prefix)
    assert len(lines) == len(shown) + 1, (lines, shown)
    for row, text in zip(lines, shown, strict=False):
        assert row[service] in text and row[phone] in text, (row, text)
    assert "999" in [row[phone] for row in lines]


def test_a_line_says_whom_it_is_for_as_the_pack_page_does(bundled_client, by_id):
    header, *rows = _table(bundled_client, PACK)
    names = {by_id[i].name for i in PACK}
    service, whom, phone = (header.index(c) for c in ("Service", "Who it is for", "Phone"))
    lines = [r for r in rows if r[service] not in names and r[phone] and r[phone] != "999"]
    shown = _page_lines(bundled_client, PACK)
    assert lines and len(lines) == len(shown)
    for row, text in zip(lines, shown, strict=True):
        assert row[whom] and text.startswith(f"{row[whom]}: {row[service]}"), (row, text)


def _footer(client, path: str) -> list[str]:
    soup = page(client.get(path))
    items = soup.select("footer section.app-helplines li")
    assert items, f"no lines in the foot of {path}"
    return [" ".join(li.get_text().split()) for li in items]


def _help_now_labels(client, prefix: str) -> dict[str, str]:
    """Whom each national line is for, as Get help now's group headings say it, by name."""
    soup = page(client.get(f"{prefix}/get-help-now"))
    labels: dict[str, str] = {}
    for heading in soup.select("h3.app-help-group"):
        listed = heading.find_next_sibling("ul")
        for item in listed.find_all("li", recursive=False):
            name = " ".join(item.find("a").get_text().split())
            labels[name] = " ".join(heading.get_text().split())
    return labels


FOOTED = [
    "/",
    "/about",
    "/service/rasasc-cheshire",
    "/service/the-havens-london",
    "/search?q=my+stepbrother+touched+me+when+i+was+9&location=Swindon",
]


@pytest.mark.parametrize("prefix", ["", "/cy"])
@pytest.mark.parametrize("path", FOOTED)
def test_the_foot_of_every_page_says_whom_each_line_is_for(bundled_client, prefix, path):
    labels = _help_now_labels(bundled_client, prefix)
    for text in _footer(bundled_client, prefix + path):
        # a group's heading, then the line's name (Wales's own lines, listed apart on Get help
        # now, by the heading of the group they would be in)
        label = next((h for h in set(labels.values()) if text.startswith(f"{h}: ")), "")
        assert label, (text, labels)
        name = text.removeprefix(f"{label}: ").rsplit(":", 1)[0]
        assert labels.get(name, label) == label, (text, labels)


@pytest.mark.parametrize(
    ("prefix", "coping", "own"),
    [
        ("", "Struggling to cope", "someone else's behaviour"),
        ("/cy", "Yn cael trafferth ymdopi", "ymddygiad rhywun arall"),
    ],
)
def test_the_coping_line_and_stop_it_now_say_whom_they_are_for(bundled_client, prefix, coping, own):
    lines = _footer(bundled_client, f"{prefix}/staying-safe-online")
    samaritans = [t for t in lines if "116 123" in t]
    stop_it_now = [t for t in lines if "0808 1000 900" in t]
    assert samaritans and samaritans[0].startswith(coping), samaritans
    assert stop_it_now and own in stop_it_now[0].split("Stop It Now")[0], stop_it_now


@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_a_page_for_one_kind_of_person_lists_its_lines_plainly_as_the_pack_does(
    bundled_client, prefix
):
    """An adults' service's page offers lines for adults: no label saying so (nor "abused as
    children" on the page of a service for adults harmed last month), as a pack of adults'
    services lists them."""
    labels = set(_help_now_labels(bundled_client, prefix).values())
    for text in _footer(bundled_client, f"{prefix}/service/napac"):
        assert not [label for label in labels if text.startswith(f"{label}: ")], text
