"""(twenty-seventh walk-through F1, F2 end, F6) A man abused as a boy, a Welsh man and someone
worried about his own thoughts: the first screen, when what matches near is far, for others or
unreachable, says where help they can reach is (the services available wherever they live)
rather than only that nothing near is theirs; a card says one true thing about how to reach a
centre (never "Phone number being confirmed." and "no phone number … of its own yet"); an adult
abused as a child asking for counselling has the local service made for exactly that first; the
"More services" page of someone worried about his own thoughts puts what could be his before
lines made for parents or for the people harmed; and "male 50", "female, 42" said amid the
words are read as the asker's age, "50 miles" never."""

import pytest
from bs4 import BeautifulSoup

from directory.search.understand import understand
from tests.helpers import card_ids as _ids
from tests.helpers import searched as _page
from tests.helpers import words_of as _text

# --- 1. the first screen: where help they can reach is --------------------------------------


@pytest.mark.parametrize(
    ("words", "place", "welsh"),
    [
        ("abused as a child, counselling please, aged 50", "Thirsk", False),
        ("i was sexually abused as a kid, now 44, need a therapist", "Malton", True),
        ("therapy for men, abused by my grandad in the 80s", "Kendal", False),
    ],
)
def test_no_near_match_for_them_points_to_help_they_can_reach(bundled_client, words, place, welsh):
    soup = _page(bundled_client, words, place, welsh)
    local = soup.select_one('section[aria-labelledby="local-title"]')
    talk = soup.select_one(".app-talk-now")
    assert local is not None and talk is not None
    # the sentences above the talk box (what the first screen says about services near)
    above = [p for p in local.select("p.govuk-body") if p.find_next(class_="app-talk-now") is talk]
    said = [p for p in above if "near you" in _text(p) or "agos" in _text(p)]
    assert said, [_text(p) for p in above]
    links = [a["href"] for p in said for a in p.select("a[href]")]
    assert "#national-title" in links, [_text(p) for p in said]
    # ... never down to the far, closed or unreachable ones as if they were help
    assert not any(h.startswith("#moved-") for h in links)
    assert soup.select_one("#national-title") is not None


# --- 2. one true thing about how to reach a centre ------------------------------------------


def test_a_card_never_says_both_a_number_is_being_confirmed_and_that_it_has_none(
    bundled_client, bundled
):
    unconfirmed = [
        s
        for s in bundled
        if s.contact.phone
        and not s.contact.phone_verified
        and s.contact.finder
        and not s.contact.has_own_route
    ]
    assert unconfirmed  # (the Devon & Cornwall centres, among others)
    for service in unconfirmed:
        page = BeautifulSoup(
            bundled_client.get(f"/service/{service.id}").get_data(as_text=True), "html.parser"
        )
        contact = " ".join(_text(c) for c in page.select(".app-contact__item"))
        assert "being confirmed" in contact, service.id
        assert "no phone number or website of its own" not in contact, (service.id, contact)


def test_a_survivor_near_a_centre_with_an_unconfirmed_number_reads_one_contact_line(
    bundled_client,
):
    soup = _page(bundled_client, "abused as a boy, now 52, want some therapy", "Bodmin")
    cards = soup.select('section[aria-labelledby="local-title"] .app-result')
    assert cards
    for card in cards:
        text = _text(card)
        assert not ("being confirmed" in text and "of its own yet" in text), text


# --- 3. the local service made for adults abused as children, first ------------------------


@pytest.mark.parametrize(
    ("words", "place", "welsh"),
    [
        ("woman 40, abused by my father as a kid, want therapy", "Llanrwst", False),
        ("menyw 52 oed, cefais fy ngham-drin yn blentyn, angen therapi", "Bala", True),
    ],
)
def test_counselling_made_for_adults_abused_as_children_comes_first(
    bundled_client, by_id, words, place, welsh
):
    soup = _page(bundled_client, words, place, welsh)
    ids = _ids(soup.select('section[aria-labelledby="local-title"] .app-result'))

    def made_for_it(service_id: str) -> bool:
        s = by_id[service_id]
        return (
            set(s.audiences) == {"adult-survivors"}
            and "child-sexual-abuse" in s.abuse_types
            and "counselling-therapy" in s.support_types
        )

    assert any(made_for_it(i) for i in ids), ids  # (there is one near)
    assert made_for_it(ids[0]), ids


# --- 4. his "More services": what could be his before lines made for others ------------------


def _more_page(client, soup) -> BeautifulSoup:
    link = next(a["href"] for a in soup.select("a[href]") if a["href"].endswith("/more"))
    return BeautifulSoup(client.get(link).get_data(as_text=True), "html.parser")


def _made_for_others(service) -> bool:
    """For parents only or professionals only (w36own: even Parents Protect, which the
    organisation that runs a line for him runs), or for the people who were harmed (not for
    him too, nor from that organisation)."""
    audiences = set(service.audiences)
    if "people-worried-about-own-behaviour" in audiences:
        return False
    if audiences <= {"parents-carers", "family-friends"} or audiences == {"professionals"}:
        return bool(audiences)
    if service.organisation == "The Lucy Faithfull Foundation":
        return False
    harmed = audiences & {"children-young-people", "adult-survivors"}
    return (
        bool(harmed)
        and service.abuse_types != ["emotional-distress"]
        or (bool(audiences) and audiences <= {"parents-carers", "family-friends"})
    )


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("i think about kids in a sexual way and hate myself, aged 29, what do i do", "Wooler"),
        ("worried i could abuse a child one day, im a 52 year old man", "Kirkby Stephen"),
    ],
)
def test_his_more_page_puts_what_could_be_his_before_lines_for_others(
    bundled_client, by_id, words, place
):
    more = _more_page(bundled_client, _page(bundled_client, words, place))
    ids = _ids(more.select(".app-result"))
    crisis = {"samaritans", "shout-85258", "papyrus-hopeline"}
    kinds = [_made_for_others(by_id[i]) for i in ids if i not in crisis]
    assert False in kinds and True in kinds, ids
    assert kinds == sorted(kinds), ids  # (all not-for-others first)
    # the crisis lines stay last
    tail = [i for i in ids if i in crisis]
    assert ids[len(ids) - len(tail) :] == tail


# --- 5. "male 50" amid the words: his age; "50 miles" never ---------------------------------


@pytest.mark.parametrize(
    ("words", "age"),
    [
        ("scared of my urges around children, male 47, i need to stop", 47),
        ("thoughts about kids that frighten me, man 39, who can help", 39),
        ("abused by my grandfather, female, 55, want counselling", 55),
        ("groomed by a coach when i was young, 61 male", 61),
    ],
)
def test_an_age_said_with_the_sex_amid_the_words_is_the_askers(words, age):
    assert understand(words).asker.age == age


@pytest.mark.parametrize(
    "words",
    [
        "male 30 miles from the nearest town, abused as a boy",
        "a man 40 yards from my house abused me as a kid",
        "my stepdad, male 60, abused me as a kid",
        "support group, male 50 to 65, abused as boys",
        "the man 45 next door abused me as a kid",
    ],
)
def test_a_distance_or_someone_elses_age_is_never_the_askers(words):
    assert understand(words).asker.age is None


def test_his_age_said_amid_the_words_shows_on_the_page(bundled_client):
    soup = _page(bundled_client, "abused by my uncle as a boy, male 61, looking for a counsellor")
    status = soup.select_one(".app-stated-age")
    assert status is not None
