"""Eleventh walk-through F8, F7 and a layout finding: the "last few days" warning is two short
sentences with the SARC line a link (it took ten lines of a phone's screen, fourteen in Welsh);
Get help now has the same warning after its danger line, and says what a SARC is; on Welsh pages
a listing goes by the Welsh name its own source gives (never one we made up), everywhere.

Words and towns here are not the reports'. The first-screen measurements are in
tests/browser/test_w15warn_first_screen.py."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

#: a child or a parent telling of a sexual assault in the last few days (path, words, where)
RECENT = [
    ("/search", "my stepbrother raped me last night, im 13", "Kendal"),
    ("/search", "a lad from my school sexually assaulted me yesterday i am 14", "Hexham"),
    ("/search", "my mums boyfriend raped me this afternoon im 12", ""),
    ("/cy/search", "cefais fy nhreisio neithiwr, dwi'n 14", "Aberystwyth"),
    ("/cy/search", "mae fy llystad wedi fy nhreisio heddiw, dwi'n 13", "Dinbych-y-pysgod"),
]

#: at most this many characters, as read (the old warning: 276 in English, 330 in Welsh)
_LONGEST = {"en": 200, "cy": 230}


def _soup(client, path: str, **query: str) -> BeautifulSoup:
    page = client.get(path, query_string=query, follow_redirects=True)
    assert page.status_code == 200
    return BeautifulSoup(page.data, "html.parser")


def _warning(soup: BeautifulSoup) -> str:
    """The recent-assault warning's words as read on the screen (not the hidden "Warning")."""
    notice = soup.select_one(".app-recent .govuk-warning-text__text")
    if notice is None:
        return ""
    for hidden in notice.select(".govuk-visually-hidden"):
        hidden.extract()
    return " ".join(notice.get_text(" ", strip=True).split())


def _language(path: str) -> str:
    return "cy" if path.startswith("/cy/") else "en"


@pytest.mark.parametrize(("path", "words", "place"), RECENT)
def test_the_warning_is_two_short_sentences_the_second_a_link_to_the_sarcs(
    bundled_client, path: str, words: str, place: str
) -> None:
    soup = _soup(bundled_client, path, q=words, location=place)
    text = _warning(soup)
    assert "999" in text and "111" in text, text
    assert len(text) <= _LONGEST[_language(path)], (len(text), text)
    links = soup.select(".app-recent a")
    assert len(links) == 1
    link = links[0]
    assert link["href"].endswith("/service/nhs-sarcs")
    # the second sentence is the link: what a SARC is called, and that the police are a choice
    said = " ".join(link.get_text(" ", strip=True).split())
    assert text.endswith(said)
    assert "SARC" in said
    assert ("police" if _language(path) == "en" else "heddlu") in said
    # the first sentence, before the link, is one sentence
    before = text[: -len(said)].strip()
    assert before.count(". ") == 0 and before.endswith("."), before


@pytest.mark.parametrize(
    ("path", "words", "place"),
    [
        ("/search", "raped by my stepdad when i was 9, i am 34 now and struggling", "Whitby"),
        ("/search", "my cousin assaulted me last year and i still have nightmares", "Alnwick"),
        ("/search", "im worried about my thoughts about children last night", "Kendal"),
        (
            "/cy/search",
            "cefais fy ngham-drin yn rhywiol pan oeddwn yn blentyn, dwi'n 40 nawr",
            "Aberystwyth",
        ),
    ],
)
def test_no_warning_when_it_was_long_ago_or_the_worry_is_ones_own_thoughts(
    bundled_client, path: str, words: str, place: str
) -> None:
    soup = _soup(bundled_client, path, q=words, location=place)
    assert soup.select_one(".app-recent") is None


@pytest.mark.parametrize(
    ("prefix", "words", "place"), [("", *RECENT[0][1:]), ("/cy", *RECENT[3][1:])]
)
def test_get_help_now_has_the_same_warning_after_its_danger_line(
    bundled_client, prefix: str, words: str, place: str
) -> None:
    results = _soup(bundled_client, prefix + "/search", q=words, location=place)
    help_now = _soup(bundled_client, prefix + "/get-help-now")
    # the same words, from one place (templates/_safety.html recent_assault)
    assert _warning(help_now) and _warning(help_now) == _warning(results)
    link = help_now.select_one(".app-recent a")
    assert link is not None and link["href"].endswith("/service/nhs-sarcs")
    # what a SARC is, in a line of its own under the warning
    sarc = help_now.select_one(".app-recent + .app-recent-sarc")
    assert sarc is not None and "SARC" in sarc.get_text()
    # after the danger line ("call 999"), before any helpline's number or Wales's lines
    main = str(help_now.select_one("main"))
    danger = main.index("tel:999")
    warning = main.index('id="help-recent"')
    first_line = main.index('href="tel:0', danger)
    assert danger < warning < first_line


def test_the_get_help_now_warning_is_reached_from_its_address(bundled_client) -> None:
    # "#help-recent": a link can open Get help now at the warning
    for prefix in ("", "/cy"):
        soup = _soup(bundled_client, prefix + "/get-help-now")
        assert soup.select_one("#help-recent.app-recent") is not None


# Welsh names: only as the listing's own source gives them (curation/welsh.json)


def _welsh_named(bundled) -> dict:
    return {s.id: s for s in bundled if s.name_cy}


def test_listings_with_a_welsh_name_from_their_source(bundled) -> None:
    named = _welsh_named(bundled)
    # Meic, Byw Heb Ofn and RASASC Gogledd Cymru: each from a Welsh page of its own
    assert {"meic", "live-fear-free"} <= set(named)
    assert named["live-fear-free"].name_cy == "Llinell Gymorth Byw Heb Ofn"
    for service in named.values():
        assert service.name_cy != service.name


def _line_names(soup: BeautifulSoup, selector: str) -> dict[str, str]:
    """What each listing linked under ``selector`` is called there, by its id."""
    names = {}
    for a in soup.select(f"{selector} a[href*='/service/']"):
        names[a["href"].rsplit("/service/", 1)[1]] = " ".join(a.get_text(" ", strip=True).split())
    return names


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("dw i angen siarad efo rhywun, cefais fy ngham-drin yn blentyn", "Porthmadog"),
        ("mae fy ewythr yn cyffwrdd â fi, dwi'n 12", "Llangefni"),
    ],
)
def test_welsh_pages_name_a_line_by_its_welsh_name_in_the_talk_box_and_cards(
    bundled_client, bundled, words: str, place: str
) -> None:
    named = _welsh_named(bundled)
    soup = _soup(bundled_client, "/cy/search", q=words, location=place)
    talk = _line_names(soup, ".app-talk-now li")
    cards = _line_names(soup, ".app-result__title")
    shown = {**talk, **cards}
    assert set(shown) & set(named), shown  # the page has at least one of them
    for sid, name in shown.items():
        if sid in named:
            assert name == named[sid].name_cy, (sid, name)
    main = soup.select_one("main").get_text(" ")
    for service in named.values():
        # the English name is never the line's name (an organisation line may still say it)
        assert service.name not in talk.values() and service.name not in cards.values()
    assert "Live Fear Free Helpline" not in main


def test_welsh_get_help_now_uses_the_welsh_names_and_keeps_the_others_english(
    bundled_client, bundled
) -> None:
    named = _welsh_named(bundled)
    soup = _soup(bundled_client, "/cy/get-help-now")
    shown = _line_names(soup, "main li")
    assert {"meic", "live-fear-free"} <= set(shown)
    for sid, name in shown.items():
        if sid in named:
            assert name == named[sid].name_cy, (sid, name)
    # a line whose sources give no Welsh name keeps its own name, marked as English
    by_id = {s.id: s for s in bundled}
    english = [sid for sid in shown if sid not in named and sid in by_id]
    assert english
    for sid in english:
        link = soup.select_one(f"main li a[href$='/service/{sid}']")
        assert link.select_one("[lang=en]") is not None, sid
        assert by_id[sid].name in link.get_text()


def test_english_pages_keep_the_english_names(bundled_client) -> None:
    soup = _soup(bundled_client, "/get-help-now")
    shown = _line_names(soup, "main li")
    assert shown.get("live-fear-free") == "Live Fear Free Helpline"
    assert "Byw Heb Ofn" not in soup.select_one("main").get_text(" ")
