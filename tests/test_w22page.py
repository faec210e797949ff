"""What the results page and "This search has ended" say is true for the person asking
(seventeenth walk-through F2, F3, F6, F8; branch w22page).

The report's pages: "Services near you that match your words are further down the page" above
a 14-year-old's only local card, Humber's SARC shown as "Adults; age policy not stated" (and a
Welsh 12-year-old's, RASASC Gogledd Cymru); "We found no local services within 25 miles" above a
card for another area 20 miles away (Bristol's SARC, for a child in Wiltshire); and "This search
has ended" listing 30 lines, a suicide line second, Welsh website-only lines before Childline.
Tested here in other words and other towns, English and Welsh, both ways. Every test marked
"old:" fails on 4ff338a.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from directory.search.near_order import matched_later

from .helpers import BUNDLED_SERVICES, new_app, page, run, text_of, texts_of

MATCHED = "Services near you that match your words are further down"
MATCHED_CY = "Yn nes ymlaen mae gwasanaethau lleol sy’n cyfateb i’ch geiriau"
ADULTS_ONLY = "says it helps under-18s"
ADULTS_ONLY_CY = "yn dweud ei fod yn helpu pobl o dan 18"
NOTHING_MATCHES = "No service near you matches your words closely."
OLD_MATCHED_CY = "yn nes ymlaen ar y dudalen"

#: the sentence about local services, when none comes before the talk box (its link goes to
#: "Other services near you", or, twenty-fifth walk-through F1, to the section of the matches
#: placed further down, whose heading says why)
LOCAL_LINE = 'section[aria-labelledby="local-title"] p:has(a[href$="-title"])'
#: (twenty-sixth walk-through F1) ... or, when it sends nobody down, the sentence without a link
LOCAL_SENTENCE = 'section[aria-labelledby="local-title"] > p.govuk-body'
#: the answer when nothing near matches (``messages.nothing_near_message``)
NOTHING_NEAR = 'section[aria-labelledby="local-title"] .govuk-inset-text p'


def _search(client, path: str, q: str, location: str):
    response = client.get(path, query_string={"q": q, "location": location}, follow_redirects=True)
    return page(response)


def _more_near(soup) -> list[str]:
    """The names of the cards under "Other services near you"."""
    return texts_of(soup, 'section[aria-labelledby="more-title"] .app-result h3')


def _moved(soup, reason: str) -> list[str]:
    """(twenty-fifth walk-through F1) The names of the cards under the heading of matches
    placed further down for ``reason`` ("adults": "... but may be for adults only";
    "contact": "... but have no contact details we could confirm")."""
    return texts_of(soup, f'section[aria-labelledby="moved-{reason}-title"] .app-result h3')


# --- 1. (F2) a match claimed only when one further down could be for this asker ------------


@pytest.mark.parametrize(
    ("path", "q", "location", "said", "card"),
    [
        # Humber's SARC, "Adults; age policy not stated", the only local card
        (
            "/search",
            "my stepdad touches me when mum is on nights, im 13",
            "Scunthorpe",
            ADULTS_ONLY,
            "Casa Suite",
        ),
        (
            "/search",
            "im in year 8 and my uncle makes me do stuff to him",
            "Withernsea",
            ADULTS_ONLY,
            "Casa Suite",
        ),
        # RASASC North Wales (adults and family, ages not stated) and Amethyst SARC
        (
            "/cy/search",
            "mae fy nghefnder yn cyffwrdd fi pan mae o'n gwarchod, dwi'n 11",
            "Llandudno",
            ADULTS_ONLY_CY,
            "RASASC",
        ),
        (
            "/cy/search",
            "dwi'n 13 ac mae cariad mam yn dod i fy stafell i",
            "Abergele",
            ADULTS_ONLY_CY,
            "RASASC",
        ),
    ],
)
def test_a_child_is_not_told_an_adults_listing_matches(
    bundled_client, path, q, location, said, card
):
    # old: "Services near you that match your words are further down the page" (Welsh: "... yn
    # nes ymlaen ar y dudalen") above an adults' listing, the only local card
    soup = _search(bundled_client, path, q, location)
    line = text_of(soup, LOCAL_SENTENCE)
    assert said in line
    assert MATCHED not in line and MATCHED_CY not in line and OLD_MATCHED_CY not in line
    # ... and the listing is still there, further down, for them to judge, under a heading
    # saying it may be for adults only; (w33child) the child's sentence no longer links there
    # (it leads to the talk box just below it)
    assert any(card in name for name in _moved(soup, "adults")), _moved(soup, "adults")
    assert soup.select_one(f'{LOCAL_SENTENCE} a[href="#moved-adults-title"]') is None


@pytest.mark.parametrize(
    ("path", "q", "location", "said"),
    [
        # nobody in particular asks for a child: Cumbria's services (Safety Net, a children's
        # service with no contact details) follow the national answers and match
        (
            "/search",
            "counselling for a child abused by a relative",
            "Kendal",
            # (twenty-seventh walk-through F1) and where help they can reach is
            "No service near you that matches your words has contact details we could confirm",
        ),
        (
            "/cy/search",
            "therapi i berson ifanc a gafodd ei gam-drin gan aelod o'r teulu",
            "Kendal",
            "Does dim gwasanaeth agos sy’n cyfateb ac sydd â manylion cyswllt",
        ),
    ],
)
def test_a_match_with_no_contact_details_is_not_announced(bundled_client, path, q, location, said):
    # (twenty-sixth walk-through F1; before, fourteenth F3: "announced, the link in the
    # sentence going to it") the sentence no longer sends them down to a service they cannot
    # reach; it says so, and the service is still further down under its own heading
    soup = _search(bundled_client, path, q, location)
    line = text_of(soup, LOCAL_SENTENCE)
    assert said in line
    assert NOTHING_MATCHES not in line and ADULTS_ONLY not in line and ADULTS_ONLY_CY not in line
    assert soup.select_one(f'{LOCAL_SENTENCE} a[href="#moved-contact-title"]') is None
    assert "Safety Net (Cumbria)" in _moved(soup, "contact")


def test_an_adult_never_gets_the_childs_sentence(bundled_client):
    # the false reading: an adult whose only local cards are adults' listings is not told they
    # may be for adults only (the sentence is unchanged for them)
    soup = _search(
        bundled_client,
        "/search",
        "my step brother abused me when i was little, im 35 now",
        "Scunthorpe",
    )
    line = text_of(soup, LOCAL_LINE)
    assert ADULTS_ONLY not in line
    assert line == f"{NOTHING_MATCHES} Other services near you"


class _Columns:
    """Four services: 0 a children's service with no way to reach it, 1 an adults' listing
    whose ages are not stated, 2 one for anyone, 3 a children's service that can be reached."""

    reachable = np.array([False, True, True, True])
    ages_unstated = np.array([False, True, False, False])
    open_to_all = np.array([False] * 4)
    # (w59fit) none may be closing: ``matched_later`` reads it for anyone now
    not_taking_now = np.array([False] * 4)
    _audiences = {"adult-survivors": [False, True, True, False], "parents-carers": [False] * 4}

    def having(self, field: str, code: str) -> np.ndarray:
        assert field == "audience"
        return np.array(self._audiences[code])


def test_matched_later_for_a_child():
    index = SimpleNamespace(columns=_Columns())
    matched = np.array([0, 1])
    # a children's service with no contact details, matched, further down: announced
    assert matched_later(index, matched, np.array([0, 1]), ages=(12, 12)) == (True, False)  # type: ignore[arg-type]
    # only the adults' listing further down: for a child, not a match that could be theirs
    assert matched_later(index, matched, np.array([1]), ages=(12, 12)) == (False, True)  # type: ignore[arg-type]
    # ... but for anyone else it is, as before
    assert matched_later(index, matched, np.array([1])) == (True, False)  # type: ignore[arg-type]
    # nothing matched further down: neither
    assert matched_later(index, matched, np.array([2, 3]), ages=(12, 12)) == (False, False)  # type: ignore[arg-type]


def test_the_welsh_sentence_is_shorter(bundled_client):
    # (F2's last point) the Welsh sentence took four lines of a phone above the talk box: the
    # link is now in it, not a second line after it
    soup = _search(
        bundled_client,
        "/cy/search",
        "therapi i berson ifanc a gafodd ei gam-drin gan aelod o'r teulu",
        "Kendal",
    )
    line = text_of(soup, LOCAL_SENTENCE)
    # old: 183 characters (the sentence and "Gwasanaethau eraill yn agos atoch chi"), five
    # lines of a 390 px phone in Chromium; then 114, three lines; with the link to the
    # services available everywhere (w33men) 120, and with the ninth Welsh review's "ac sydd â"
    # (E2) 125, both four lines in Chromium at 390 px
    assert len(line) <= 126, (len(line), line)
    assert "Gwasanaethau eraill yn agos atoch chi" not in line


# --- 2. (F3) no "no local services" above a card for another nearby area, unexplained --------
# (w37child) in a parent's words: a child asking now reads a plain line of her own instead
# (tests/test_w37child_none_near.py)


@pytest.mark.parametrize(
    ("path", "q", "location", "said"),
    [
        (
            "/search",
            "my son is 12 and his brother touches him at night",
            "Chippenham",
            "Services for other nearby areas are further down: check they cover your area.",
        ),
        (
            "/search",
            "my son is 7 and his cousin touched him, where can he get help",
            "Bradford-on-Avon",
            "Services for other nearby areas are further down: check they cover your area.",
        ),
        (
            "/cy/search",
            "mae fy mab yn 12 ac mae ei frawd yn ei gyffwrdd yn y nos",
            "Chippenham",
            "Yn nes ymlaen mae gwasanaethau ar gyfer ardaloedd eraill gerllaw",
        ),
    ],
)
def test_no_local_services_says_the_other_areas_cards_are_further_down(
    bundled_client, path, q, location, said
):
    # old: "We found no local services within 25 miles that match your search", then a card
    # 20 miles away for another police area
    soup = _search(bundled_client, path, q, location)
    message = text_of(soup, NOTHING_NEAR)
    assert said in message
    assert "for the place you searched" in message or "ar gyfer y lle y chwilioch" in message
    away = texts_of(soup, ".app-elsewhere")
    assert away and all("not the place you searched" in a or "nid y lle" in a for a in away)


@pytest.mark.parametrize(
    ("path", "q", "location", "said"),
    [
        (
            "/search",
            "my son is 12 and his brother touches him at night",
            "Devizes",
            "We found no local services within 25 miles that match your search. The services "
            "below can help wherever you live, by phone or online.",
        ),
        (
            "/cy/search",
            "mae fy mab yn 12 ac mae ei frawd yn ei gyffwrdd yn y nos",
            "Devizes",
            "Ddaethon ni ddim o hyd i wasanaethau lleol o fewn 25 milltir sy’n cyfateb i’ch "
            "chwiliad. Gall y gwasanaethau isod helpu ble bynnag rydych chi’n byw, dros y ffôn "
            "neu ar-lein.",
        ),
    ],
)
def test_with_no_card_for_another_area_the_sentence_stays(bundled_client, path, q, location, said):
    # the other way: nothing near at all, and no card for another area: as before
    soup = _search(bundled_client, path, q, location)
    assert text_of(soup, NOTHING_NEAR) == said
    assert not soup.select(".app-elsewhere")


# --- 3. (F8, F6) "This search has ended": Get help now's first lines, with their numbers -----


def _ended_lines(client, path: str, status: int = 200) -> list[tuple[str, str]]:
    """Each line of "Talk to someone now" on an ended page: its service's page and the
    number it links to; fails on a line with no number to call."""
    soup = page(client.get(path), status)
    lines = []
    for item in soup.select("main li"):
        phone = item.select_one('a[href^="tel:"]')
        assert phone is not None, item.get_text(" ", strip=True)
        service = item.select_one('a[href*="/service/"]')
        assert service is not None
        lines.append((service["href"].rsplit("/", 1)[-1], phone.get_text(strip=True)))
    assert soup.select_one('main a[href$="/get-help-now"]') is not None
    return lines


def test_the_ended_page_lists_get_help_nows_first_lines(bundled_client):
    # old: 27 lines, HOPELINE247 (a suicide line) second, The Mix and Shout as "Website"
    lines = _ended_lines(bundled_client, "/search-ended")
    assert [sid for sid, _ in lines] == ["childline", "nspcc-helpline", "rape-crisis-247"]
    # each with the number Get help now shows first for it; Get help now's fourth first line,
    # for someone thinking of suicide (forty-ninth walk-through F7), is not on the ended page
    help_now = page(bundled_client.get("/get-help-now"))
    shown = texts_of(help_now, '.app-help-first a[href^="tel:"]')
    assert [number for _, number in lines] == shown[:3]
    assert len(shown) == 4
    # an ended results address shows the same
    assert _ended_lines(bundled_client, "/results/an-ended-search", 404) == lines


def test_the_welsh_ended_page_puts_waless_lines_that_answer_by_phone_first(bundled_client):
    # old: Meic, Byw Heb Ofn, then three lines with only a website, Childline sixth
    lines = _ended_lines(bundled_client, "/cy/search-ended")
    assert [sid for sid, _ in lines] == [
        "meic",
        "live-fear-free",
        "childline",
        "nspcc-helpline",
        "rape-crisis-247",
    ]


@pytest.mark.parametrize("path", ["/search-ended", "/cy/search-ended"])
def test_no_line_for_suicide_on_the_neutral_page(bundled_client, path):
    # old: HOPELINE247 second, Samaritans fifth
    text = text_of(page(bundled_client.get(path)), "main")
    for name in ("HOPELINE", "PAPYRUS", "Samaritans", "Shout"):
        assert name not in text


def test_the_console_search_says_the_same(bundled_root):
    # the command line's line about local services, as the page's (F2)
    app = new_app(DIRECTORY_INDEX_PATH=bundled_root, DIRECTORY_DATA_PATH=BUNDLED_SERVICES)
    child = run(app, "search", "im 12 and my brother touches me", "--location", "Scunthorpe")
    assert "says it helps under-18s" in child.output, child.output
    assert "match your words are below" not in child.output
    asks = run(
        app, "search", "counselling for a child abused by a relative", "--location", "Kendal"
    )
    assert "match your words are below" in asks.output, asks.output
