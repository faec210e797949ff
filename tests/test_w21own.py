"""Someone worried about their own sexual thoughts or acts towards children (issue 25; probe
17's patterns 1 and 4, tested here in other words and places than the probe's): a child's age
or a group of young people said with no cue the app knew, the names for what the asker fears
becoming, the clinical words, a relative or neighbour named in the asker's own thoughts, and
the Welsh words for thoughts of touching a relative, videos of child abuse and arrest for
images. Each reading is tested both ways: someone else's thoughts, a relative telling of harm
done, and a child's own words are not the asker's. The child's age is never shown as the
asker's."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from directory.search.understand import understand


@pytest.mark.parametrize(
    "words",
    [
        # the names for what they fear becoming, and the clinical words
        "scared im becoming a child molester",
        "am i a child abuser if i have never acted on it",
        "ephebophilia therapy near me",
        # a group of young people, or a child's age, with the asker's own thoughts or wishes
        "keep thinking abt little girls in a sexual way, 27f",
        "sexually attracted to under 15s and need help",
        "planning to meet a 15 year old from snapchat and i know its wrong",
        "me 23, fancy the 15 yo next door, help",
        "been talking to 13 yr olds online sexually, im 30",
        "how do i stop looking at pictures of under 18s, my wife doesnt know",
        "been messaging 13 yr olds on snap and it turned sexual",
        "fantasising about the 13 yo next door, im 31",
        # a relative in the asker's own thoughts
        "i masturbate thinking about my stepdaughter",
        # Welsh: an urge to abuse my niece; I think about touching my stepdaughter; I can't
        # stop watching child abuse pictures; I was arrested for videos of children
        "mae gen i ysfa i gam-drin fy nith",
        "dwi'n meddwl am gyffwrdd fy llysferch",
        "dwi'n methu stopio gwylio lluniau cam-drin plant",
        "dwi wedi cael fy arestio am fideos o blant",
    ],
)
def test_own_thoughts_in_more_words_are_the_askers(words: str) -> None:
    asker = understand(words).asker
    assert asker.persona == "own-behaviour", (words, asker)
    assert asker.for_age is None or asker.for_age >= 18, (words, asker)


@pytest.mark.parametrize(
    "words",
    [
        "my dad has thoughts about touching my little cousin",
        "my little cousin was touched by a neighbour",
        "worried my husband is turning into a child abuser",
        "my neighbour is a sex offender",
        "im 14 and thinking about meeting a 16 year old i met on snapchat",
        "im 15 and fancy a 16 yo in my school",
        "im 14 and attracted to a 15 yo",
        "my stepdad was turned on by a 12 year old",
        "my son is sexually attracted to under 16s",
        "i keep thinking about young girls being sexually abused and i cant sleep",
        "my uncle masturbated in front of me",
        # Welsh: my brother thinks about touching my little sister; he showed me child
        # abuse videos; my son was arrested for pictures of children; my nephew was touched
        "mae fy mrawd yn meddwl am gyffwrdd fy chwaer fach",
        "fe ddangosodd e fideos cam-drin plant i mi",
        # (w59cylife, welsh24 F10) a relative arrested over pictures of children is now read as
        # its English twin "my son was arrested for child porn" is (``asker_own.kin_viewing``:
        # the family of someone whose behaviour worries them, Stop It Now first), not as a
        # parent's worry about a child: tests/test_w59cylife_asker.py checks the page
        "mae fy nai wedi cael ei gyffwrdd",
    ],
)
def test_someone_elses_thoughts_or_harm_done_are_not_the_askers(words: str) -> None:
    assert understand(words).asker.persona != "own-behaviour", words


def _first(client, path: str, words: str, town: str) -> tuple[str, str, str]:
    page = client.get(path, query_string={"q": words, "location": town})
    assert page.status_code == 200
    soup = BeautifulSoup(page.data, "html.parser")
    box = soup.find(id="talk-now-title").find_parent(["aside", "section", "div"])
    card = soup.find("li", class_="app-result")
    notice = " ".join(p.get_text(" ", strip=True) for p in soup.find_all("p"))
    return box.find("li").get_text(" ", strip=True), card.find("h3").get_text(strip=True), notice


def test_an_adult_wanting_to_meet_a_child_gets_stop_it_now_without_the_childs_age(
    bundled_client,
) -> None:
    talk, card, notice = _first(
        bundled_client,
        "/search",
        "im 20 and want to meet a 15 year old i met on discord, stop me",
        "Kendal",
    )
    assert talk.startswith("Stop It Now") and card.startswith("Stop It Now"), (talk, card)
    assert "age 15" not in notice


def test_a_sexual_interest_in_young_teenagers_shows_no_childs_age(bundled_client) -> None:
    talk, _, notice = _first(
        bundled_client,
        "/search",
        "divorced dad with a sexual interest in teenage boys under 15, need help",
        "Taunton",
    )
    assert talk.startswith("Stop It Now"), talk
    assert "age 14" not in notice


def test_welsh_thoughts_of_touching_a_relative_put_stop_it_now_first(bundled_client) -> None:
    # "I have thoughts about touching my niece" (Bala)
    talk, card, _ = _first(
        bundled_client, "/cy/search", "mae gen i feddyliau am gyffwrdd fy nith", "Bala"
    )
    assert talk.startswith("Stop It Now"), talk
    assert "Stop It Now" in card or "Lucy Faithfull" in card, card


def test_a_relative_telling_of_someone_elses_thoughts_is_not_told_to_call_stop_it_now_first(
    bundled_client,
) -> None:
    # "my uncle has thoughts about touching my niece": a worried relative (NSPCC), the other way
    talk, _, _ = _first(
        bundled_client, "/search", "my uncle has thoughts about touching my niece", "Truro"
    )
    assert talk.startswith("NSPCC"), talk


def test_a_welsh_partner_of_someone_watching_child_abuse_videos_gets_stop_it_now_first(
    bundled_client,
) -> None:
    # "my partner watches child-abuse pictures" (Llandeilo): Stop It Now answers a partner too
    talk, _, _ = _first(
        bundled_client,
        "/cy/search",
        "mae fy mhartner yn gwylio lluniau cam-drin plant",
        "Llandeilo",
    )
    assert talk.startswith("Stop It Now"), talk


def test_a_welsh_child_shown_child_abuse_videos_is_not_sent_to_stop_it_now_first(
    bundled_client,
) -> None:
    # "my cousin showed me child-abuse videos" (Llandeilo): someone harmed, the other way
    talk, _, _ = _first(
        bundled_client,
        "/cy/search",
        "dangosodd fy nghefnder fideos cam-drin plant i mi",
        "Llandeilo",
    )
    assert not talk.startswith("Stop It Now"), talk
