"""(twenty-eighth walk-through F3, F7) A man abused as a child and someone worried about his own
thoughts: an adult survivor's "More services available wherever you live" page puts the lines
made for survivors of sexual abuse before the national SARCs page (care after a recent
assault) and before the lines made for other people (a community or gender he did not name,
domestic abuse only, parents), the crisis lines last."""

import pytest
from bs4 import BeautifulSoup

_CRISIS = {"samaritans", "shout-85258", "papyrus-hopeline", "samaritans-welsh-language-line"}


def _page(client, q: str, location: str = "", welsh: bool = False) -> BeautifulSoup:
    response = client.post(
        "/cy/search" if welsh else "/search", data={"q": q, "location": location}
    )
    assert response.status_code == 303
    return BeautifulSoup(
        client.get(response.headers["Location"]).get_data(as_text=True), "html.parser"
    )


def _text(node) -> str:
    return " ".join(node.get_text(" ").split())


def _ids(cards) -> list[str]:
    """The listing ids of result cards, from their links to the service page."""
    found = []
    for card in cards:
        link = next((a["href"] for a in card.select("a[href]") if "/service/" in a["href"]), "")
        found.append(link.rsplit("/service/", 1)[-1].split("?")[0].split("#")[0])
    return found


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
