"""(w46child, check45 F5) Someone who cannot phone gets "Talk to someone now" for who they are,
as everyone else does: a young person whose parent watches their phone or laptop gets the lines
young people can text or chat with (Meic too in Wales), never the line for people worried about
their own or someone else's sexual behaviour, nor the 24/7 line for those 16 and over; someone
who does not say who they are gets no line for parents before the others. Other words and
towns than the report's."""

from __future__ import annotations

import pytest

from tests.helpers import card_ids, cards_and_words, posted_results, talk_box

STOP_IT_NOW = "Stop It Now"
ADULTS_LINE = "24/7 Rape"


def box(client, q: str, location: str, welsh: bool = False) -> list[str]:
    return talk_box(posted_results(client, q, location, "cy" if welsh else "en"))


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("my mum goes through my laptop every night so i cant call anyone", "Walsall"),
        ("i cant ring anyone, my dad took my phone and checks my ipad", "Doncaster"),
        ("not allowed a phone and my mum reads all my messages, can i text someone", "Luton"),
    ],
)
def test_a_young_person_watched_by_a_parent_gets_young_peoples_lines(bundled_client, q, location):
    lines = box(bundled_client, q, location)
    assert lines and lines[0].startswith("Childline"), lines
    assert not any(STOP_IT_NOW in line for line in lines), lines
    assert not any(ADULTS_LINE in line for line in lines), lines


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("my dad reads all my texts and i cant phone anyone", "Caernarfon"),
        ("cant call anyone my nan listens to everything", "Aberystwyth"),
    ],
)
def test_in_wales_meic_is_among_them(bundled_client, q, location):
    lines = box(bundled_client, q, location)
    assert any(line.startswith("Meic") for line in lines), lines
    assert not any(STOP_IT_NOW in line for line in lines), lines


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("i cant talk out loud at home, is there someone i can message", "Derby"),
        ("ran out of credit and i need to talk to someone", "Exeter"),
    ],
)
def test_someone_unsaid_gets_no_behaviour_line_nor_a_parents_line(bundled_client, q, location):
    lines = box(bundled_client, q, location)
    assert lines, lines
    assert not any(STOP_IT_NOW in line for line in lines), lines
    assert not any(line.startswith(("Family Lives", "YoungMinds Parents")) for line in lines), lines


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("i have sexual thoughts about children and i cant talk on the phone", "Leeds"),
        ("my partner looks at indecent images of kids, i cant phone, he listens", "York"),
    ],
)
def test_guard_behaviour_named_keeps_stop_it_now(bundled_client, q, location):
    """Guard (as before): words about someone's sexual thoughts or behaviour keep the line for
    them in the box of someone who cannot phone."""
    lines = box(bundled_client, q, location)
    assert any(STOP_IT_NOW in line for line in lines), lines


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("i cant ring anyone, my dad took my phone and checks my ipad", "Doncaster"),
        ("im 11 and i cant call anyone, my brother does stuff to me", "Walsall"),
    ],
)
def test_a_child_who_cannot_phone_sees_the_lines_before_the_cards_near(bundled_client, q, location):
    """The services available wherever they live, Childline first, before the services near
    (a forensic centre with no number they "cannot ring or text" themselves), and no line for
    people worried about their own thoughts among them."""
    soup = posted_results(bundled_client, q, location, "en")
    national = soup.select_one('section[aria-labelledby="national-title"]')
    assert national is not None
    everywhere = set(card_ids(national.select("li.app-result")))
    in_order = [sid for sid, _words in cards_and_words(soup)]
    near = [sid for sid in in_order if sid not in everywhere]
    assert near and in_order.index("childline") < in_order.index(near[0]), in_order
    first = first_national(soup)
    assert first[0] == "childline", first
    assert "stop-it-now" not in first, first


# --- (check45 F6) words of suicide: a line for it near the top, no parents' line first ---

CRISIS_LINES = ("samaritans", "papyrus-hopeline")
PARENTS_LINES = ("family-lives", "nspcc-helpline")


def first_national(soup, count: int = 3) -> list[str]:
    section = soup.select_one('section[aria-labelledby="national-title"]')
    assert section is not None, "no national services"
    return card_ids(section.select("li.app-result"))[:count]


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("suicidal after what my mum did", "Gateshead"),
        ("i want to hurt myself after what my father did", "Colchester"),
        ("thinking about suicide cos of what my mum let happen", "Durham"),
    ],
)
def test_someone_unsaid_in_crisis_sees_a_crisis_line_not_a_parents_line(
    bundled_client, q, location
):
    soup = posted_results(bundled_client, q, location, "en")
    lines = talk_box(soup)
    assert any(line.startswith(("Samaritans", "HOPELINE247")) for line in lines[:2]), lines
    assert not any(line.startswith("NSPCC Helpline") for line in lines), lines
    first = first_national(soup)
    assert set(first[:2]) & set(CRISIS_LINES), first
    assert not set(first) & set(PARENTS_LINES), first


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("dont want to be alive anymore because of what my brother did", "Lincoln"),
        ("i wish i was dead after what my cousin did", "Wigan"),
    ],
)
def test_more_ways_of_saying_it_bring_the_young_peoples_suicide_line(bundled_client, q, location):
    soup = posted_results(bundled_client, q, location, "en")
    assert any(line.startswith("HOPELINE247") for line in talk_box(soup)), talk_box(soup)
    assert set(first_national(soup)[:2]) & set(CRISIS_LINES), first_national(soup)


def test_guard_a_parent_whose_child_is_suicidal_keeps_the_parents_line(bundled_client):
    """Guard (as before): a parent speaking of their child keeps the NSPCC's line."""
    soup = posted_results(
        bundled_client, "my son is suicidal after his uncle abused him", "Chester", "en"
    )
    assert any(line.startswith("NSPCC Helpline") for line in talk_box(soup)), talk_box(soup)


# --- (check45 F8) a young person of 16 or 17 ---


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("im 16 and my stepdad has been touching me since i was small", "Leicester"),
        ("17 m my brother abused me when i was younger", "Cardiff"),
    ],
)
def test_at_16_or_17_the_line_from_16_joins_the_box(bundled_client, q, location):
    lines = box(bundled_client, q, location)
    assert lines[0].startswith("Childline"), lines
    assert any(ADULTS_LINE in line for line in lines), lines


def test_at_16_no_grown_up_is_needed_to_contact_the_cards(bundled_client):
    soup = posted_results(
        bundled_client, "im 16 and my stepdad has been touching me since i was small", "Leicester"
    )
    assert not soup.select(".app-none-alone"), soup.select(".app-none-alone")


def test_guard_at_15_the_box_and_the_note_stay(bundled_client):
    """Guard (as before): a child of 15 gets no line for those 16 and over, and is told that a
    grown-up they trust can contact the services she cannot ring herself."""
    soup = posted_results(bundled_client, "im 15 and my stepdad has been touching me", "Leicester")
    assert not any(ADULTS_LINE in line for line in talk_box(soup)), talk_box(soup)
    assert soup.select(".app-none-alone")


# --- (check45 F1) asking to talk, with no place given ---


@pytest.mark.parametrize("q", ["need someone to talk to", "can i speak to someone tonight"])
def test_asking_to_talk_with_no_place_shows_the_talk_box_first(bundled_client, q):
    soup = posted_results(bundled_client, q, "", "en")
    lines = talk_box(soup)
    assert lines, lines
    title = soup.find(id="talk-now-title")
    national = soup.select_one('section[aria-labelledby="national-title"]')
    assert national is not None
    # the box comes before the first card available everywhere, in reading order
    assert title in national.find_all_previous(id="talk-now-title"), "box after the cards"


# --- (check45 F3) an assault in the last few days, no local centre for their age ---

FINDER = "nhs-sarcs"


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("my stepbrother raped me two days ago im 15", "Preston"),
        ("im 14 my brother raped me on sunday", "Blackburn"),
    ],
)
def test_the_nhs_finder_is_among_the_first_two_national_cards(bundled_client, q, location):
    soup = posted_results(bundled_client, q, location, "en")
    assert FINDER in first_national(soup, 2), first_national(soup)


def test_guard_a_local_centre_keeps_the_finder_where_it_was(bundled_client):
    """Guard (as before): with a local centre among the first cards, the finder is another way
    to it and does not move up."""
    soup = posted_results(bundled_client, "i was raped on saturday", "Bristol", "en")
    local = soup.select_one('section[aria-labelledby="local-title"]')
    assert local is not None and "the-bridge-sarc-bristol" in card_ids(
        local.select("li.app-result")
    )
    assert FINDER not in first_national(soup, 2), first_national(soup)
