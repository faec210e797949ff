"""Issue 28, the fourth Welsh round: what the third cold review left (docs/welsh.md, "The
third review and after"). Every plural form and every placeholder of the catalogue; "Did you
mean" keeps a Welsh word's own spelling ("ffôn", never "ffon", a stick); the start page's
children's line is Meic on Welsh pages; with no place, Welsh pages list the services in Wales
first among the services in particular areas; "(hyd at 18 oed)" and "ger y Drenewydd" in lower
case; no English words of ours left unmarked on the Welsh pages; no formal impersonal forms on
About and Privacy."""

from __future__ import annotations

import datetime as dt
import re
from gettext import c2py

import pytest
from babel.messages.pofile import read_po
from bs4 import BeautifulSoup, Comment

from directory.config import PROJECT_ROOT
from directory.search import search
from directory.web import i18n

from .helpers import BUNDLED_SERVICES, new_app

PO = PROJECT_ROOT / "translations" / "cy" / "LC_MESSAGES" / "messages.po"

#: the soft mutation of a noun's first letters (after "dau"/"dwy")
SOFT = (("ll", "l"), ("rh", "r"), ("c", "g"), ("p", "b"), ("t", "d"), ("g", ""), ("b", "f"))
SOFT += (("d", "dd"), ("m", "f"))

#: words after which a name or a date would have to mutate (soft: i, o, am, ar, at, gan,
#: heb, wrth, dan, tan, dros, drwy, hyd, neu, a (his), dy, ei (his); aspirate: â, a, gyda, tua,
#: na, ei (her); nasal: yn, fy, yng, ym)
MUTATING = (
    "i",
    "o",
    "am",
    "ar",
    "at",
    "gan",
    "heb",
    "wrth",
    "dan",
    "tan",
    "dros",
    "drwy",
    "trwy",
    "hyd",
    "neu",
    "dy",
    "ei",
    "â",
    "a",
    "ac",
    "ag",
    "gyda",
    "efo",
    "tua",
    "na",
    "yn",
    "yng",
    "ym",
    "fy",
)
#: a mutating word before a placeholder that never starts with a letter: a date written by
#: ``i18n.long_date`` ("5 Rhagfyr 2026", tested below), the report form's character count
#: (a number the Design System's script writes with %s)
DIGIT_FIRST = {("ar", "date"), ("ar", "built"), ("at", "count")}


@pytest.fixture(scope="module")
def welsh():
    with PO.open("rb") as f:
        return read_po(f)


def _soft(word: str) -> str:
    for radical, mutated in SOFT:
        if word.startswith(radical):
            return mutated + word[len(radical) :]
    return word


@pytest.mark.parametrize("n", [0, 1, 2, 3, 6, 11])
def test_every_plural_message_has_the_form_a_fluent_reader_expects(welsh, n):
    """Singular noun after every number, softened after 2 only ("2 wasanaeth"), in every
    plural message the catalogue has, not only the ones a review named."""
    plural = c2py(welsh.plural_expr)
    assert welsh.num_plurals == 5
    checked = 0
    for message in welsh:
        if not message.id or not isinstance(message.id, tuple):
            continue
        forms = message.string
        assert len(forms) == 5 and all(forms), message.id
        if "%(" not in message.id[0]:
            continue  # (w36pro) no number counted: "this service" / "these services" in words
        one = forms[plural(1)]
        expected = one
        if n == 2:
            # the noun after the number counted (the first): "Mae 2 o fewn 25 milltir" has none
            counted = re.compile(r"(%\(\w+\)d )(\w+)")
            expected = counted.sub(lambda m: m.group(1) + _soft(m.group(2)), one, count=1)
        assert forms[plural(n)] == expected, (message.id, n)
        checked += 1
    assert checked >= 5


def test_no_word_that_mutates_comes_before_a_name_place_or_date(welsh):
    """A placeholder cannot mutate: "i %(place)s" prints "i Caernarfon", "tua %(date)s" "tua
    Tachwedd". Every string placeholder of every message, not only the places a review named
    (numbers, %(…)d, are digits)."""
    pattern = re.compile(r"(?<![\w’'])(\w+)\s+%\((\w+)\)s", re.IGNORECASE)
    bad = []
    for message in welsh:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for string in strings:
            for word, name in pattern.findall(string):
                if word.lower() in MUTATING and (word.lower(), name) not in DIGIT_FIRST:
                    bad.append((word, name, string))
    assert bad == []


def test_the_dates_after_ar_start_with_a_digit():
    app = new_app(DIRECTORY_DATA_PATH=BUNDLED_SERVICES)
    with app.test_request_context("/", environ_base={i18n.LANGUAGE_KEY: "cy"}):
        assert i18n.language() == "cy"
        for day in (dt.date(2026, 11, 1), dt.date(2026, 12, 5), dt.date(2027, 2, 28)):
            assert i18n.long_date(day)[0].isdigit(), i18n.long_date(day)


def test_the_new_strings_read_as_the_review_asks(welsh):
    found = {m.id: m.string for m in welsh if m.id and isinstance(m.id, str)}
    # "Under 18? Talk to Meic:" says what to do, with no mutation left to the name
    line = found["Under 18? Talk to %(name)s:"]
    assert line != "O dan 18? %(name)s:"
    assert re.search(r"\bffonio %\(name\)s:$", line), line
    # no formal impersonal forms (-ir, -wyd) and no literary negative on About and Privacy
    formal = re.compile(
        r"\b(agorir|rannwyd|gofynnwyd|gasglwyd|ychwanegwyd|d?defnyddir|c?chedwir|cedwir"
        r"|gellir|ellir|ceir)\b|^Nid "
    )
    for message in welsh:
        if message.id and any(
            p.endswith(("about.html", "privacy.html")) for p, _ in message.locations
        ):
            assert not formal.search(message.string), message.string


# --- "Did you mean" ---------------------------------------------------------------------------


def test_did_you_mean_keeps_the_circumflex_and_the_hyphen(bundled_index):
    """N1 of the third review: "ffon" (a stick) was offered for "ffôn" (a phone)."""
    suggestion = search(bundled_index, "cwnsla dros y ffôn").text.suggestion
    assert suggestion == "cwnsela dros y ffôn"
    suggestion = search(bundled_index, "cam-drin cwnsla").text.suggestion
    assert suggestion == "cam-drin cwnsela"


def test_did_you_mean_offers_nothing_for_accents_or_a_welsh_plural(bundled_index):
    """The query of the review: only its accents, its hyphen and a plural ("ffrindiau" cut to
    "ffrind") would have changed."""
    query = "cam-drin rhywiol dros y ffôn teulu ffrindiau"
    assert search(bundled_index, query).text.suggestion is None
    assert search(bundled_index, "cymorth dros y ffon").text.suggestion is None


def test_the_welsh_page_links_to_the_correction_with_the_accent(bundled_client):
    html = _page(bundled_client, "/cy/search?q=cwnsla+dros+y+ff%C3%B4n")
    link = re.search(r'app-suggestion">.*?href="([^"]+)"', html, re.S)
    assert link, "no spelling correction offered"
    assert "ff%C3%B4n" in link.group(1) and "ffon" not in link.group(1), link.group(1)


# --- the start page ---------------------------------------------------------------------------


def test_the_welsh_start_page_names_meic_for_children(bundled_client):
    welsh = _line(_page(bundled_client, "/cy/"))
    assert "Meic" in welsh and "Childline" not in welsh, welsh
    assert 'href="tel:08088023456"' in welsh
    english = _line(_page(bundled_client, "/"))
    assert "Childline" in english and "Meic" not in english, english


def _line(html: str) -> str:
    start = html.index("app-child-line")
    return html[start : html.index("</p>", start)]


# --- services in particular areas -------------------------------------------------------------


def _local_ids(html: str) -> list[str]:
    start = html.index('id="local-title"')
    section = html[start : html.index("</section>", start)]
    return re.findall(
        r'app-result__title"><a class="govuk-link" href="[^"]*/service/([^"]+)"', section
    )


def _in_wales(bundled, sid: str) -> bool:
    area = bundled[sid].service_area
    return "Wales" in area.countries or any(c.startswith("W") for c in area.local_authorities)


@pytest.mark.parametrize("q", ["cwnsela", "cwnsela i oedolion a gafodd eu cam-drin fel plant", ""])
def test_with_no_place_welsh_pages_list_the_services_in_wales_first(bundled_client, bundled, q):
    """Walk-through 2, F3: /cy with no place began with Teesside and Sussex."""
    bundled = {s.id: s for s in bundled}
    welsh = _local_ids(_page(bundled_client, f"/cy/search?q={q}&per_page=100"))
    english = _local_ids(_page(bundled_client, f"/search?q={q}&per_page=100"))
    assert sorted(welsh) == sorted(english)
    flags = [_in_wales(bundled, sid) for sid in welsh]
    assert any(flags) and flags == sorted(flags, reverse=True), welsh[:6]
    # each group keeps the order of the search
    assert [s for s in welsh if not _in_wales(bundled, s)] == [
        s for s in english if not _in_wales(bundled, s)
    ]
    if q:  # the English page keeps the search's order, with services in Wales among the rest
        english_flags = [_in_wales(bundled, sid) for sid in english]
        assert english_flags != sorted(english_flags, reverse=True), english[:6]


def test_with_a_place_the_order_is_the_same_in_both_languages(bundled_client):
    welsh = _local_ids(_page(bundled_client, "/cy/search?q=cwnsela&location=Chester&radius=50"))
    english = _local_ids(_page(bundled_client, "/search?q=cwnsela&location=Chester&radius=50"))
    assert welsh == english and len(welsh) > 1


# --- lower case inside a sentence -------------------------------------------------------------


def test_an_age_in_brackets_is_lower_case_in_welsh(bundled_client):
    """N2: "Plant a phobl ifanc (hyd at 18 oed)", never "(Hyd at 18 oed)"."""
    welsh = _text(_page(bundled_client, "/cy/service/childline"))
    assert "(hyd at 18 oed)" in welsh and "(Hyd at" not in welsh


@pytest.mark.parametrize(("typed", "shown"), [("Y Drenewydd", "y Drenewydd"), ("Y Bala", "y Bala")])
def test_a_place_names_article_is_lower_case_after_ger(bundled_client, typed, shown):
    """N3: "Gwasanaethau ger y Drenewydd, Powys", in the summary and the heading."""
    text = _text(_page(bundled_client, f"/cy/search?q=cwnsela&location={typed}"))
    assert f"Gwasanaethau ger {shown}," in text, text[:400]
    assert f"ger {typed}" not in text


# --- no English of ours unmarked ---------------------------------------------------------------

#: English words that are not Welsh words: one of them in a text node outside lang="en" is
#: English of ours that a screen reader would read with a Welsh voice ("Back")
ENGLISH = re.compile(
    r"\b(the|and|you|your|with|this|from|what|for|of|not|near|services?|search|back"
    r"|history|delete|page|find support)\b",
    re.IGNORECASE,
)
WELSH_PAGES = [
    "/cy/",
    "/cy/get-help-now",
    "/cy/staying-safe-online",
    "/cy/about",
    "/cy/privacy",
    "/cy/accessibility",
    "/cy/changes",
    "/cy/service/meic",
    "/cy/service/childline",
    "/cy/service/rasasc-north-wales-rape-and-sexual-abuse-support-centre",
    "/cy/service/meic/report",
    "/cy/search?q=dw+i+angen+siarad+efo+rhywun&location=Caernarfon",
    "/cy/search?q=cwnsela",
    "/cy/search?q=cwnsla+dros+y+ff%C3%B4n&location=Y+Drenewydd",
    "/cy/search?q=xylophone+zzqq&location=Zzzyxplace",
]


@pytest.mark.parametrize("path", WELSH_PAGES)
def test_no_english_of_ours_is_left_unmarked_on_welsh_pages(bundled_client, path):
    """The third review's N4: "Yn ôl (Back)" was marked English once of three times."""
    soup = BeautifulSoup(_page(bundled_client, path), "html.parser")
    unmarked = []
    for node in soup.find_all(string=True):
        if isinstance(node, Comment) or node.parent.name in ("script", "style"):
            continue
        marked = node.find_parent(attrs={"lang": "en"})
        text = re.sub(r"\S+[@/]\S+", "", node.strip())  # addresses: the printed page's links
        if marked is None and ENGLISH.search(text):
            unmarked.append(text[:100])
    for element in soup.find_all(True):
        for name in ("aria-label", "title", "alt", "placeholder"):
            value = element.get(name)
            english = element.get("lang") == "en" or element.find_parent(attrs={"lang": "en"})
            if value and ENGLISH.search(value) and not english:
                unmarked.append(f"{name}={value[:100]}")
    assert unmarked == []


def test_back_is_marked_english_every_time_on_staying_safe(bundled_client):
    html = _page(bundled_client, "/cy/staying-safe-online")
    assert html.count("(Back)") == 0
    assert html.count('(<span lang="en">Back</span>)') == 3


def _page(client, path: str) -> str:
    answer = client.get(path)
    assert answer.status_code == 200, (path, answer.status_code)
    return answer.get_data(as_text=True)


def _text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())
