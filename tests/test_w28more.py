"""(w28more, issue 25) "More services available wherever you live (N)" is a page of its own.

A results page shows the few services available everywhere that fit best, then a plain link
"More services available wherever you live (N)" to a page listing the N others, in the finder's
order and as the same cards (no longer 37 cards inside a <details> on every page at 10,000
listings). That page is a results address (the token, never the words or the place), says
noindex, has a way back, the same talk box and "Exit this page", is replaced after Exit as a
results page is, and a professional's "Add to pack" works on it and comes back to it. An ended
or changed address gives the same "This search has ended" as the results page. Parsed pages,
English and Welsh, on the bundled listings."""

from __future__ import annotations

import re

import pytest
from babel.support import Translations

from directory.config import PROJECT_ROOT
from directory.finder import FindRequest
from directory.search.survivor_more import more_groups
from directory.web.helpers import NATIONAL_FIRST_SHOWN
from tests.helpers import BUNDLED_SERVICES, new_app, page, talk_box, text_of

CLOCK = {"now": 1_800_000_000.0}
PREFIX = {"en": "", "cy": "/cy"}
#: (words, place) other than the issue's: a parent, a man who waited, a child with no place
SEARCHES = [
    ("my ex partner abused my little boy, where do we start", "Wakefield"),
    ("abused by a neighbour as a lad, never told anyone, need to talk", "Hereford"),
    ("someone at school keeps touching me", ""),
]


@pytest.fixture(scope="module")
def client(bundled_root):
    app = new_app(
        DIRECTORY_INDEX_PATH=bundled_root,
        DIRECTORY_DATA_PATH=BUNDLED_SERVICES,
        DIRECTORY_CLOCK=lambda: CLOCK["now"],
    )
    return app.test_client()


@pytest.fixture(autouse=True)
def _clock():
    CLOCK["now"] = 1_800_000_000.0


def _results(client, q: str, location: str, lang: str = "en", **more: str) -> str:
    """The results address the form sends a search to."""
    data = {"q": q, "location": location, **more}
    response = client.post(PREFIX[lang] + "/search", data=data)
    assert response.status_code == 303, response.status_code
    return response.headers["Location"]


def _ids(soup, selector: str = "ul.app-results") -> list[str]:
    """The listings' ids of the cards under ``selector``, in order."""
    return [
        a["href"].rsplit("/service/", 1)[1]
        for ul in soup.select(selector)
        for a in ul.select("h3.app-result__title a")
    ]


def _more_link(soup):
    links = [a for a in soup.select("main a") if "More services available" in a.get_text()]
    links += [a for a in soup.select("main a") if "Rhagor o wasanaethau" in a.get_text()]
    assert len(links) == 1, [a.get_text() for a in links]
    return links[0]


def _count(link) -> int:
    found = re.search(r"\((\d+)\)\s*$", link.get_text(" ", strip=True))
    assert found, link.get_text()
    return int(found.group(1))


def _expected(directory, q: str, location: str, lang: str) -> tuple[list[str], list[str]]:
    """The national services the results page shows first and the others, by the finder."""
    request = FindRequest(q=q, location=location, wales_first=lang == "cy")
    found = directory.search(request)
    first = found.national_shown_first(NATIONAL_FIRST_SHOWN)
    ids = [item.service.id for item in found.national]
    # (by who each is made for; the lines for anyone struggling and for suicide the words give
    # no reason for, last)
    rest = [item.service for item in found.national[first:]]
    lines = [item.service for item in found.national[:first]]
    # (w36own) those made for other people under their own heading, between the two
    mine, apart, last = more_groups(rest, request.understood, q, lines, found.apart)
    return ids[:first], [rest[n].id for n in (*mine, *apart, *last)]


def _yours(directory, q: str, location: str, lang: str) -> int:
    """(w36own) How many of the More page's services are not made for other people: the
    count its link and its heading give."""
    request = FindRequest(q=q, location=location, wales_first=lang == "cy")
    found = directory.search(request)
    first = found.national_shown_first(NATIONAL_FIRST_SHOWN)
    rest = [item.service for item in found.national[first:]]
    lines = [item.service for item in found.national[:first]]
    mine, _apart, last = more_groups(rest, request.understood, q, lines, found.apart)
    return len(mine) + len(last)


@pytest.mark.parametrize("lang", ["en", "cy"])
@pytest.mark.parametrize(("q", "location"), SEARCHES)
def test_the_link_counts_the_cards_of_a_page_of_their_own_in_the_same_order(
    client, directory, q, location, lang
):
    address = _results(client, q, location, lang)
    results = page(client.get(address))
    first, others = _expected(directory, q, location, lang)
    assert others, "the search should have more national services than the first few"
    # no national card is hidden in the results page any more: only the first few are on it
    national = set(first + others)
    assert [sid for sid in _ids(results) if sid in national] == first
    assert _ids(results, "section.app-national ul.app-results") == first
    link = _more_link(results)
    yours = _yours(directory, q, location, lang)
    assert _count(link) == yours
    href = link["href"]
    assert re.fullmatch(PREFIX[lang] + r"/results/[A-Za-z0-9_-]+/more", href), href
    more = page(client.get(href))
    assert _ids(more) == others
    # every service available everywhere is on one page or the other, once
    assert sorted(first + others) == sorted(set(first + others))
    heading = text_of(more, "h1")
    caption = Translations.load(PROJECT_ROOT / "translations", [lang]).ungettext(
        "%(num)d service", "%(num)d services", yours
    ) % {"num": yours}
    if lang == "cy":
        assert heading.startswith("Rhagor o wasanaethau ar gael ble bynnag rydych chi’n byw")
    else:
        assert heading.startswith("More services available wherever you live")
    assert heading.endswith(caption), (heading, caption)


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_page_is_private_as_a_results_page_is(client, lang):
    q, location = SEARCHES[0]
    address = _results(client, q, location, lang)
    results = page(client.get(address))
    href = _more_link(results)["href"]
    response = client.get(href)
    more = page(response)
    html = response.get_data(as_text=True)
    # the address and the page: neither the words nor the place
    for word in (*q.replace(",", "").split(), location):
        if len(word) > 3:
            assert word.lower() not in href.lower(), word
    assert q not in html and location not in html
    assert "ex partner" not in html and "little boy" not in html
    # not indexed; replaced after "Exit this page" as results pages are (guard.js); the
    # same talk box and Exit this page
    assert response.headers["X-Robots-Tag"] == "noindex"
    assert more.select_one('meta[name="robots"]')["content"] == "noindex"
    assert more.html["data-app-private"] == results.html["data-app-private"]
    assert not more.html.has_attr("data-app-private-back")
    assert more.select_one(".govuk-exit-this-page a")["href"]
    assert talk_box(more) == talk_box(results)
    assert more.html["lang"] == lang


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_back_to_the_results_shows_the_same_search(client, lang):
    q, location = SEARCHES[1]
    results = page(client.get(_results(client, q, location, lang)))
    more = page(client.get(_more_link(results)["href"]))
    backs = [a["href"] for a in more.select("main a") if a.get_text(strip=True) in BACK]
    assert len(backs) == 2 and backs[0] == backs[1], backs
    assert re.fullmatch(PREFIX[lang] + r"/results/[A-Za-z0-9_-]+", backs[0]), backs
    again = page(client.get(backs[0]))
    assert _ids(again) == _ids(results)


BACK = {"Back to your results", "Yn ôl i’ch canlyniadau"}


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_a_professional_adds_to_the_pack_from_that_page_and_comes_back_to_it(client, lang):
    q, location = "referral for a 14 year old girl, counselling", "Leicester"
    address = _results(client, q, location, lang)
    token = address.rsplit("/", 1)[1]
    professional = client.post(PREFIX[lang] + "/search", data={"t": token, "professional": "1"})
    results = page(client.get(professional.headers["Location"]))
    more_href = _more_link(results)["href"]
    more = page(client.get(more_href))
    buttons = more.select('button[form="pack"][name="add"]')
    assert [b["value"] for b in buttons] == _ids(more)
    chosen = buttons[-1]["value"]  # the last card, as far down as it gets
    form = more.select_one("form#pack")
    fields = {i["name"]: i["value"] for i in form.select("input[type=hidden]")}
    assert fields["more"] == "1"
    added = client.post(form["action"], data={**fields, "add": chosen})
    assert added.status_code == 303
    location_header = added.headers["Location"]
    assert re.fullmatch(
        PREFIX[lang] + r"/results/[A-Za-z0-9_-]+/more#pack-" + re.escape(chosen), location_header
    ), location_header
    back = page(client.get(location_header.split("#")[0]))
    assert back.select_one(f"#pack-{chosen} strong.govuk-tag")  # "In your referral pack"
    assert back.select_one(f'button[name="remove"][value="{chosen}"]')
    summary = back.select_one("[data-app-pack]")
    assert summary["data-app-pack-count"] == "1"
    # the results page it goes back to holds the pack too, with the search
    results_again = page(client.get(next(a["href"] for a in back.select("a.govuk-back-link"))))
    assert results_again.select_one("[data-app-pack]")["data-app-pack-count"] == "1"
    assert _ids(results_again) == _ids(results)
    # removing it from that page comes back to it as well
    fields = {i["name"]: i["value"] for i in back.select("form#pack input[type=hidden]")}
    removed = client.post(form["action"], data={**fields, "remove": chosen})
    assert "/more#pack-" in removed.headers["Location"]


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_an_ended_or_changed_address_says_so_as_the_results_page_does(client, lang):
    q, location = SEARCHES[0]
    results = page(client.get(_results(client, q, location, lang)))
    href = _more_link(results)["href"]
    token = href.split("/results/", 1)[1].split("/", 1)[0]
    changed = href.replace(token, token[:-4] + ("AAAA" if token[-4:] != "AAAA" else "BBBB"))
    for address, status in ((changed, 404), (PREFIX[lang] + "/results/x/more", 404)):
        shown = page(client.get(address), status)
        expected = page(client.get(address.removesuffix("/more")), status)
        assert text_of(shown, "h1") == text_of(expected, "h1")
    CLOCK["now"] += 31 * 60
    ended = client.get(href)
    assert ended.status_code == 410
    assert text_of(page(ended, 410), "h1") == text_of(
        page(client.get(href.removesuffix("/more")), 410), "h1"
    )
    assert q not in ended.get_data(as_text=True)


def test_a_search_with_few_services_available_everywhere_has_no_link(client, directory):
    # a community filter leaves one or two national services: all on the results page
    query = {"q": "", "location": "Leeds", "community": "jewish"}
    first, others = _expected_with(directory, "", "Leeds", {"community": ("jewish",)})
    assert first and not others
    address = _results(client, **query)
    results = page(client.get(address))
    assert not [a for a in results.select("main a") if "More services available" in a.get_text()]
    # its page, asked for anyway (an old link after a new build), says where they are
    asked = page(client.get(address + "/more"))
    assert not _ids(asked)
    assert "is on your results page" in text_of(asked, "main")
    assert asked.select_one("a.govuk-back-link")


def _expected_with(directory, q, location, filters):
    found = directory.search(FindRequest(q=q, location=location, filters=filters))
    first = found.national_shown_first(NATIONAL_FIRST_SHOWN)
    ids = [item.service.id for item in found.national]
    return ids[:first], ids[first:]


def test_a_lasting_links_page_links_to_a_results_address_without_the_words(client, directory):
    q, location = SEARCHES[1]
    results = page(client.get("/search", query_string={"q": q, "location": location}))
    href = _more_link(results)["href"]
    assert re.fullmatch(r"/results/[A-Za-z0-9_-]+/more", href), href
    _first, others = _expected(directory, q, location, "en")
    assert _ids(page(client.get(href))) == others
