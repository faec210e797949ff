"""(w36own, twenty-ninth walk-through F6) Honest counts, and a More page made for the person
who asks, above all someone worried about their own sexual thoughts about children.

Three adults with the same need read "Available wherever you live 17 services", "15
services" and "1 service": the 14 to 16 extra were lines for parents and for people who were
harmed, and none of them was for him or her. A 15-year-old who wanted to stop got parents'
and reporting lines on his More page. Now the heading counts the services that may be the
asker's; those made for other people (by the audiences their listings state) are one tap away
under a link that names them for what they are, "Services made for other people (N)", and
under a heading of their own on the More page; lines for anyone struggling to cope that the
words give no reason for stay last, under a heading saying whom they are for. Nothing is
hidden: every service is on one page or the other, once. Parsed pages, English and Welsh, on
the bundled listings; words and towns other than the walk-through's."""

from __future__ import annotations

import re

import pytest

from tests.helpers import page, posted_results, texts_of

#: someone worried about their own thoughts: adults of several ages and ways of saying it, a
#: teenager, and a Welsh speaker (words, place, language)
WORRIED = [
    ("aged 41, i get sexual feelings about kids and it frightens me, need help to stop", "Honiton"),
    (
        "fifty two year old man, urges towards young girls, never acted on them, who can I talk to",
        "Ledbury",
    ),
    (
        "woman, 38, scared of the thoughts i have about children, where can i get help",
        "Bridport",
    ),
]
TEEN = [
    ("im 16 and i keep watching stuff with kids younger than me, i want to stop", "Kendal"),
    ("15 yr old, keep having sexual thoughts about little kids, scared, how do i stop", "Penrith"),
]
WELSH = ("rwy'n 44 ac yn poeni am fy nheimladau tuag at blant", "Llanidloes")

PARENTS_ONLY = {"parents-carers", "family-friends"}
#: the audiences of the people who were harmed
HARMED = {"children-young-people", "adult-survivors"}


def _count(text: str) -> int:
    found = re.search(r"(\d+)", text)
    assert found, text
    return int(found.group(1))


def _ids(soup, selector: str) -> list[str]:
    return [
        a["href"].rsplit("/service/", 1)[1]
        for a in soup.select(f"{selector} li.app-result h3.app-result__title a")
    ]


def _links(soup) -> tuple[object, object]:
    """The results page's link to the More page for what may be the asker's, and its link to
    the services made for other people (either may be missing)."""
    return soup.select_one("p#more-national a"), soup.select_one("p#more-others a")


def _more(client, soup):
    mine, others = _links(soup)
    link = mine or others
    assert link is not None, "no link to the other services available everywhere"
    return page(client.get(link["href"]))


def _for_others(service, young: bool) -> bool:
    """Made for other people than someone worried about his own thoughts, by its listing's
    stated audiences alone: parents only, professionals only, or the people who were harmed
    and not him too; for a young person, adults only too."""
    audiences = set(service.audiences)
    if "people-worried-about-own-behaviour" in audiences or not audiences:
        return False
    if audiences <= PARENTS_ONLY or audiences == {"professionals"}:
        return True
    if service.organisation == "The Lucy Faithfull Foundation":
        return False  # (the organisation that runs his line, Stop It Now)
    return young and not audiences & {"children-young-people"}


@pytest.mark.parametrize(("words", "place"), WORRIED)
def test_an_adults_heading_counts_what_may_be_his_and_names_the_rest(
    bundled_client, by_id, words, place
):
    soup = posted_results(bundled_client, words, place)
    section = soup.select_one("section.app-national")
    heading = _count(section.select_one("h2 .govuk-caption-m").get_text())
    shown = len(section.select("li.app-result"))
    mine, others = _links(soup)
    assert others is not None, "no link naming the services made for other people"
    assert re.fullmatch(r"Services made for other people \(\d+\)", others.get_text(strip=True))
    rest = _count(mine.get_text()) if mine else 0
    apart = _count(others.get_text())
    # the heading counts what is on the first screen and what the "More services" link holds,
    # never the services made for other people
    assert heading == shown + rest, (heading, shown, rest)
    assert apart >= 5 and heading < apart, (heading, apart)
    more = _more(bundled_client, soup)
    assert _ids(more, "section.app-made-for-others") and apart == len(
        _ids(more, "section.app-made-for-others")
    )
    # no parents' line, and no professionals' resource, is counted as his
    for sid in _ids(soup, "section.app-national") + _ids(
        more, "section.app-national:not(.app-made-for-others)"
    ):
        assert not _for_others(by_id[sid], young=False), sid


@pytest.mark.parametrize(("words", "place"), WORRIED)
def test_his_more_page_lists_the_services_for_others_under_their_own_heading(
    bundled_client, by_id, words, place
):
    soup = posted_results(bundled_client, words, place)
    more = _more(bundled_client, soup)
    heading = more.select_one("section.app-made-for-others h2")
    assert heading is not None
    assert heading.get_text(" ", strip=True).startswith("Made for other people")
    assert "for other people than you" in " ".join(
        texts_of(more, "section.app-made-for-others p.govuk-body")
    )
    apart = _ids(more, "section.app-made-for-others")
    # the parents' lines and the lines for the people who were harmed are there
    assert any(set(by_id[s].audiences) <= PARENTS_ONLY for s in apart), apart
    assert any(set(by_id[s].audiences) & HARMED for s in apart), apart
    # lines for anyone struggling to cope, when listed, stay last, never under that heading
    crisis = [s for s in _ids(more, "section") if s in ("samaritans", "shout-85258")]
    assert not set(crisis) & set(apart)
    assert _ids(more, "section")[len(_ids(more, "section")) - len(crisis) :] == crisis


@pytest.mark.parametrize(("words", "place"), WORRIED + TEEN)
def test_nothing_is_hidden(bundled_client, directory, words, place):
    """Every service available everywhere is on the results page or the More page, once."""
    from directory.finder import FindRequest

    soup = posted_results(bundled_client, words, place)
    more = _more(bundled_client, soup)
    on_pages = _ids(soup, "section.app-national") + _ids(more, "section.app-national")
    found = directory.search(FindRequest(q=words, location=place))
    everywhere = [item.service.id for item in found.national]
    assert len(on_pages) == len(set(on_pages))
    # (a listing that joins the card above it is named in that card, not a card of its own)
    joined = {item.service.id for item in found.national if item.joins}
    assert set(on_pages) == set(everywhere) - joined


@pytest.mark.parametrize(("words", "place"), TEEN)
def test_a_teenager_who_wants_to_stop_finds_adults_and_parents_lines_set_apart(
    bundled_client, by_id, words, place
):
    soup = posted_results(bundled_client, words, place)
    more = _more(bundled_client, soup)
    theirs = _ids(soup, "section.app-national") + _ids(
        more, "section.app-national:not(.app-made-for-others)"
    )
    for sid in theirs:
        assert not _for_others(by_id[sid], young=True), sid
    apart = _ids(more, "section.app-made-for-others")
    assert apart and all(
        _for_others(by_id[s], young=True) or set(by_id[s].audiences) & HARMED for s in apart
    )


def test_the_welsh_page_names_them_in_welsh(bundled_client):
    words, place = WELSH
    soup = posted_results(bundled_client, words, place, "cy")
    _mine, others = _links(soup)
    assert others is not None
    assert re.fullmatch(r"Gwasanaethau ar gyfer pobl eraill \(\d+\)", others.get_text(strip=True))
    more = page(bundled_client.get(others["href"].split("#")[0]))
    heading = more.select_one("section.app-made-for-others h2").get_text(" ", strip=True)
    assert heading.startswith("Ar gyfer pobl eraill"), heading
    assert "for other people" not in more.get_text()


def test_a_search_with_no_asker_has_nothing_set_apart(bundled_client):
    soup = posted_results(bundled_client, "counselling after a sexual assault", "Whitby")
    _mine, others = _links(soup)
    assert others is None
