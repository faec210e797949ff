"""(twenty-eighth walk-through F3, F7) A man abused as a child and someone worried about his own
thoughts: an adult survivor's "More services available wherever you live" page puts the lines
made for survivors of sexual abuse before the national SARCs page (care after a recent
assault) and before the lines made for other people (a community or gender he did not name,
domestic abuse only, parents), the crisis lines last; a filter's count is the cards ticking
it shows when a line and the listing named in its card are all there is; asked for a group,
a group near comes first, and with none the page says so."""

import re

import pytest
from bs4 import BeautifulSoup

from tests.helpers import card_ids as _ids
from tests.helpers import page
from tests.helpers import searched as _page
from tests.helpers import words_of as _text

_CRISIS = {"samaritans", "shout-85258", "papyrus-hopeline", "samaritans-welsh-language-line"}


def _more_page(client, soup) -> BeautifulSoup | None:
    link = next((a["href"] for a in soup.select("a[href]") if a["href"].endswith("/more")), None)
    if link is None:
        return None
    return BeautifulSoup(client.get(link).get_data(as_text=True), "html.parser")


# --- 1. an adult survivor's More page: lines for survivors first ----------------------------


def _survivors_line(service) -> bool:
    """A line or talking service for adults who survived sexual abuse, for no community, for
    men or anyone (the phrasings are men's or say no sex), not a SARC, not a line for people
    worried about their own thoughts."""
    audiences, abuse = set(service.audiences), set(service.abuse_types)
    return (
        "adult-survivors" in audiences
        and "people-worried-about-own-behaviour" not in audiences
        and bool(abuse & {"child-sexual-abuse", "sexual-violence"})
        and bool(set(service.support_types) & {"helpline", "counselling-therapy"})
        and "sarc" not in service.support_types
        and bool({"any", "male"} & set(service.genders))
        and not service.communities
        and "abuse in education" not in service.name.lower()
    )


def _later(service) -> bool:
    """A SARC, or a line for other people (LGBT+ only, domestic abuse only, no adults)."""
    audiences, abuse = set(service.audiences), set(service.abuse_types)
    return (
        "sarc" in service.support_types
        or not {"any", "male", "female"} & set(service.genders)
        or (bool(abuse) and abuse <= {"abuse-in-the-family"})
        or "adult-survivors" not in audiences
    )


_SURVIVORS = [
    ("im 63, my grandfather did things to me when i was small, never told anyone", "Settle", False),
    (
        "abused by an older cousin from age 9, i'm a man of 45 now, want someone to talk to",
        "Bakewell",
        False,
    ),
    ("bloke in my fifties, my older brother abused me as a boy, who can I ring", "Alnwick", False),
    ("cefais fy ngham-drin gan fy nhad pan oeddwn i'n fachgen, rwy'n 56 nawr", "Tywyn", True),
]


@pytest.mark.parametrize(("words", "place", "welsh"), _SURVIVORS)
def test_a_survivors_more_page_puts_the_lines_for_survivors_first(
    bundled_client, by_id, words, place, welsh
):
    more = _more_page(bundled_client, _page(bundled_client, words, place, welsh))
    assert more is not None
    ids = _ids(more.select(".app-result"))
    lines = [n for n, i in enumerate(ids) if _survivors_line(by_id[i])]
    later = [n for n, i in enumerate(ids) if _later(by_id[i]) and i not in _CRISIS]
    assert later, ids
    assert not lines or max(lines) < min(later), ids
    tail = [i for i in ids if i in _CRISIS]
    assert ids[len(ids) - len(tail) :] == tail, ids


def test_a_survivors_more_page_is_ordered_when_it_holds_lines_for_survivors(bundled_client, by_id):
    # (at least one of the phrasings above leaves a line for survivors to the More page)
    held = 0
    for words, place, welsh in _SURVIVORS:
        more = _more_page(bundled_client, _page(bundled_client, words, place, welsh))
        ids = _ids(more.select(".app-result")) if more else []
        held += any(_survivors_line(by_id[i]) for i in ids)
    assert held


# --- 2. a filter's count is the cards ticking it shows ---------------------------------------


def _shown(soup: BeautifulSoup) -> int:
    """The cards a results page shows: local ones, and the national ones its caption counts
    (those on the page and on "More services")."""
    local = soup.select_one('section[aria-labelledby="local-title"]')
    near = len(local.select("li.app-result")) if local else 0
    national = soup.select_one("section.app-national")
    if national is None:
        return near
    caption = national.select_one("h2 .govuk-caption-m")
    return near + int(re.search(r"\d+", caption.get_text()).group())


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("i'm 34 and i get aroused by children, i want help", "Barton-upon-Humber"),
        ("im 47 with sexual urges towards kids", "Epworth"),
    ],
)
def test_each_filter_count_is_the_cards_ticking_it_shows(bundled_client, q, location):
    query = {"q": q, "location": location}
    soup = page(bundled_client.get("/search", query_string=query))
    boxes = soup.select("input.govuk-checkboxes__input[type=checkbox]")
    assert boxes
    checked = 0
    for box in boxes:
        label = soup.find("label", attrs={"for": box["id"]})
        found = re.search(r"\((\d+)\)\s*$", " ".join(label.get_text().split()))
        if not found:
            continue
        ticked = page(
            bundled_client.get("/search", query_string={**query, box["name"]: box["value"]})
        )
        assert _shown(ticked) == int(found.group(1)), (box["name"], box["value"])
        checked += 1
    assert checked


# --- 3. asked for a group: one first when there is one, said when there is none --------------

_NO_GROUP = ("We found no support group", "Ddaethon ni ddim o hyd i grŵp cymorth")


def _says_no_group(soup: BeautifulSoup) -> bool:
    return any(_text(p).startswith(_NO_GROUP) for p in soup.select("main p.govuk-body"))


@pytest.mark.parametrize(
    ("words", "place", "welsh"),
    [
        ("peer support with other men who were abused as boys, im 50", "Helston", False),
        ("meet others like me, sexually abused as a child", "Louth", False),
        ("grŵp cymorth i ddynion a gafodd eu cam-drin yn blant", "Bangor", True),
    ],
)
def test_asked_for_a_group_with_none_found_the_page_says_so(bundled_client, words, place, welsh):
    soup = _page(bundled_client, words, place, welsh)
    assert _says_no_group(soup)
    # (the services that may still help are still there)
    cards = soup.select("li.app-result")
    assert cards


def test_asked_for_a_group_with_one_near_it_comes_first_and_nothing_says_none(
    bundled_client, by_id
):
    soup = _page(bundled_client, "group for men abused in childhood", "Felixstowe")
    local = soup.select_one('section[aria-labelledby="local-title"]')
    first = _ids(local.select("li.app-result"))[0]
    assert "support-groups" in by_id[first].support_types
    assert not _says_no_group(soup)
