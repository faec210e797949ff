"""The code and data items of the second, cold Welsh review (docs/welsh-review-2026-12.md):
what a Welsh reader met in English, or in the wrong form, on the Welsh pages."""

from __future__ import annotations

import csv
import io
import re
from xml.etree import ElementTree as ET

import pytest

from directory.search.understand import understand

from .test_changes import TODAY, changed  # noqa: F401 (a fixture)

TOKEN = re.compile(r'name="token" value="([^"]+)"')
ATOM = "{http://www.w3.org/2005/Atom}"


def page(client, path: str) -> str:
    answer = client.get(path)
    assert answer.status_code in (200, 400), (path, answer.status_code)
    return answer.get_data(as_text=True)


def _text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_an_acronym_keeps_its_capitals_in_who_it_is_for(bundled_client):
    """R10: "pobl LHDT+ yn unig", never "lhdt+" (nor "lgbt+" in English)."""
    welsh = _text(page(bundled_client, "/cy/service/galop-rsa"))
    assert "pobl LHDT+ yn unig" in welsh
    assert "lhdt+" not in welsh
    english = _text(page(bundled_client, "/service/galop-rsa"))
    assert "LGBT+ people only" in english and "lgbt+" not in english


@pytest.mark.parametrize(
    ("typed", "welsh", "english"),
    [
        ("Caergybi", "Caergybi", "Holyhead"),
        ("Aberteifi", "Aberteifi", "Cardigan"),
        ("Tyddewi", "Tyddewi", "Saint Davids"),
        ("Y Bala", "y Bala", "Bala"),  # the article in lower case after "ger" (round 4, N3)
        ("Caerfyrddin", "Caerfyrddin", "Carmarthen"),
        ("Y Drenewydd", "y Drenewydd", "Newtown"),
    ],
)
def test_a_welsh_town_asked_for_in_welsh_keeps_its_welsh_name(
    bundled_client, typed, welsh, english
):
    """R11: the gazetteer (GeoNames) knows these towns' Welsh names as other names; a Welsh
    page names the town as it was asked for, not by its English name."""
    html = page(bundled_client, f"/cy/search?q=cwnsela&location={typed}")
    heading = _text(html.split('id="main-content"')[1].split("</p>")[0])
    assert f"Gwasanaethau ger {welsh}" in heading, heading
    assert f"ger {english}" not in heading, heading


def test_a_welsh_page_gives_a_welsh_postcode_as_its_example(bundled_client):
    """R12: a Cardiff postcode on /cy, the Leeds one on English pages."""
    welsh = page(bundled_client, "/cy/search?q=cwnsela&location=CF98+9ZZ")
    assert "er enghraifft CF10 1AA" in welsh and "LS1 4AP" not in welsh
    english = page(bundled_client, "/search?q=counselling&location=CF98+9ZZ")
    assert "for example LS1 4AP" in english


def _report_form(client, lang: str, sid: str = "fictional-leeds-counselling") -> tuple[str, str]:
    form = client.get(f"{lang}/service/{sid}/report")
    assert form.status_code == 200
    html = form.get_data(as_text=True)
    return html, TOKEN.search(html).group(1)


def test_error_messages_say_error_in_welsh(client):
    """RP4: the hidden prefix a screen reader says before an error is "Gwall", on the report
    form and on What changed."""
    _, token = _report_form(client, "/cy")
    html = client.post(
        "/cy/service/fictional-leeds-counselling/report", data={"token": token}
    ).get_data(as_text=True)
    assert '<span class="govuk-visually-hidden">Gwall:</span>' in html
    assert "Error:" not in html
    changes = page(client, "/cy/changes?since=yesterday")
    assert '<span class="govuk-visually-hidden">Gwall:</span>' in changes
    assert "Error:" not in changes
    english = page(client, "/changes?since=yesterday")
    assert '<span class="govuk-visually-hidden">Error:</span>' in english


def test_the_character_count_speaks_welsh(client):
    """RP5: the count under "Dywedwch fwy wrthon ni" and the words its script uses."""
    html, _ = _report_form(client, "/cy")
    assert "Gallwch chi roi hyd at 500 nod" in html
    for english in ("You can enter up to", "characters remaining", "too many"):
        assert english not in html
    # every plural form Welsh may ask for, for the script (GOV.UK Frontend's i18n attributes)
    for form in ("zero", "one", "two", "few", "many", "other"):
        assert (
            f'data-i18n.characters-under-limit.{form}="Mae gennych chi %{{count}} nod ar ôl"'
            in html
        )
        assert (
            f'data-i18n.characters-over-limit.{form}="Mae gennych chi %{{count}} nod yn ormod"'
            in html
        )
    assert 'data-i18n.characters-at-limit="Does gennych chi ddim nodau ar ôl"' in html
    english, _ = _report_form(client, "")
    assert "You can enter up to 500 characters" in english
    assert 'data-i18n.characters-under-limit.one="You have %{count} character remaining"' in english


def test_the_thank_you_pages_helplines_are_marked_english(client):
    """RP6: the names in "Siarad â rhywun nawr" after a report, as in the footer."""
    _, token = _report_form(client, "/cy")
    answer = client.post(
        "/cy/service/fictional-leeds-counselling/report",
        data={"token": token, "kind": "number"},
        follow_redirects=True,
    )
    html = answer.get_data(as_text=True)
    listed = html.split("app-thanks-helplines")[1].split("</ul>")[0]
    names = re.findall(r'href="/cy/service/[^"]+">(.*?)</a>', listed)
    assert names
    assert all(name.startswith('<span lang="en">') for name in names), names


def test_staying_safe_marks_the_english_menu_words(bundled_client):
    """SS5: "History", "Forget About This Site"… are said as English by a screen reader."""
    html = page(bundled_client, "/cy/staying-safe-online")
    for words in (
        "History",
        "Show All History",
        "Delete",
        "Forget About This Site",
        "New private window",
        "Find support",
        "Back",
    ):
        assert f'<span lang="en">{words}</span>' in html, words
    bare = re.sub(r'<span lang="en">.*?</span>', "", html.split('id="main-content"')[1])
    assert not re.search(r"\b(History|Delete|Forget About This Site)\b", _text(bare))
    english = page(bundled_client, "/staying-safe-online")
    assert '<span lang="en">' not in english.split('id="main-content"')[1].split("<footer")[0]


def test_what_changed_names_the_welsh_forces_in_welsh(bundled_client):
    """C1 and C2: the dropdown, the heading and the feed's title name a Welsh force as the
    cards do; English forces' and councils' names are marked English."""
    html = page(bundled_client, "/cy/changes")
    options = dict(re.findall(r'<option value="([^"]*)"([^>]*)>', html))
    names = re.findall(r"<option [^>]*>([^<]*)</option>", html)
    assert "Heddlu Gogledd Cymru" in names and "Heddlu De Cymru" in names
    assert "North Wales" not in names and "South Wales" not in names
    assert 'lang="en"' in options["Kent"]
    assert 'lang="en"' in options["E08000035"]  # Leeds
    assert "lang" not in options["W06000015"]  # Caerdydd
    chosen = page(bundled_client, "/cy/changes?area=North+Wales")
    assert "ardal Heddlu Gogledd Cymru</h2>" in chosen
    kent = page(bundled_client, "/cy/changes?area=Kent")
    assert 'ardal heddlu <span lang="en">Kent</span></h2>' in kent
    feed = ET.fromstring(bundled_client.get("/cy/changes.atom?area=North+Wales").data)
    assert feed.find(f"{ATOM}title").text == "Beth sydd wedi newid: ardal Heddlu Gogledd Cymru"
    english = ET.fromstring(bundled_client.get("/changes.atom?area=North+Wales").data)
    assert english.find(f"{ATOM}title").text == "What changed in North Wales"


def test_what_changed_marks_the_listings_english_names(changed):  # noqa: F811
    """C2: a listing's name in the list of changes is marked English on a Welsh page (these
    fictional listings have no Welsh name)."""
    client = changed.test_client()
    html = client.get("/cy/changes", query_string={"since": TODAY}).get_data(as_text=True)
    listed = html.split("app-changes")[1].split("</ul>")[0]
    names = re.findall(r"</strong> \([^)]*\): (?:<a [^>]*>)?(.*?)(?:</a>|</li>|\. )", listed)
    assert names
    assert all(name.startswith('<span lang="en">') for name in names), names


def test_the_packs_csv_names_the_area_in_welsh(bundled_client):
    """K1: the CSV's "Yr ardal maen nhw’n ei chwmpasu" as the pack page says it."""
    answer = bundled_client.get("/cy/referral-pack.csv?id=meic&id=live-fear-free&id=childline")
    assert answer.status_code == 200
    rows = list(csv.DictReader(io.StringIO(answer.get_data(as_text=True))))
    areas = {row["Gwasanaeth"]: row["Yr ardal maen nhw’n ei chwmpasu"] for row in rows}
    assert areas["Llinell gymorth Meic"] == "Cymru gyfan"
    assert "All of Wales" not in areas.values() and "Anywhere in the UK" not in areas.values()
    english = bundled_client.get("/referral-pack.csv?id=meic")
    rows = list(csv.DictReader(io.StringIO(english.get_data(as_text=True))))
    assert rows[0]["Area covered"] == "All of Wales"


def test_meic_comes_first_in_the_welsh_talk_box(bundled_client):
    """The start page and every footer on /cy: Meic before Childline."""
    html = page(bundled_client, "/cy/")
    footer = re.search(r'id="helplines-title".*?</ul>', html, re.S).group(0)
    names = re.findall(r'/cy/service/([a-z0-9-]+)"', footer)
    assert names[:2] == ["meic", "childline"], names
    english = re.search(r'id="helplines-title".*?</ul>', page(bundled_client, "/"), re.S).group(0)
    assert re.findall(r'/service/([a-z0-9-]+)"', english)[0] == "childline"


@pytest.mark.parametrize(
    "words",
    ["dw i'n 13 oed ac angen help", "dw i'n 13", "rwy'n 13 oed", "13 oed", "dwi'n 13 oed"],
)
def test_a_welsh_age_is_understood(words):
    asker = understand(words).asker
    assert asker.age == 13 or asker.for_age == 13
    assert "oed" not in understand(words).words  # "oed" is not a word to look for


def test_a_welsh_age_changes_the_results_page(bundled_client):
    html = page(bundled_client, "/cy/search?q=dw+i%27n+13+oed+ac+angen+help")
    assert "Yn dangos gwasanaethau i rywun 13 oed." in _text(html)
