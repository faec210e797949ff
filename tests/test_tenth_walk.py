"""What the tenth independent walk-through found, tested in other words and towns than its own:
a parent telling what a young child said in the child's words is telling of abuse done (the
line for people worried about someone's behaviour comes after the others); a social worker's
"non-offending parent" is the protective parent, never someone's offending; and a person who
said they are a professional gets the professionals' talk box whatever the words seem to say.
"""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from directory.search.told import reports_abuse_done, tells_of_abuse_done
from directory.search.understand import clean_text, understand

from .helpers import talk_box


def _talk(html: bytes) -> list[str]:
    lines = talk_box(BeautifulSoup(html, "html.parser"))
    return [line.split(":")[0].strip() for line in lines]


@pytest.mark.parametrize(
    "words",
    [
        "my 6 year old says her grandad has been sexually touching her",
        "my boy is 9 and he told me his uncle keeps inappropriately touching him",
        "my little girl said her step dad touches her at bath time",
        "our son aged 5 said the babysitter put his hand down his pants",
        "my daughter 4 talked about a secret game with her uncle",
    ],
)
def test_a_parent_passing_on_what_a_young_child_said_tells_of_abuse_done(words: str) -> None:
    understood = understand(words)
    assert understood.asker.persona == "parent"
    assert tells_of_abuse_done(understood.asker, understood.concepts, clean_text(words))


@pytest.mark.parametrize(
    "words",
    [
        "worried my partner touches our daughter",
        "my son touched his little sister, what do i do",
        "what are the signs my brother is abusing my kids",
    ],
)
def test_a_parent_worried_about_someones_behaviour_is_not_telling_of_abuse_done(
    words: str,
) -> None:
    understood = understand(words)
    assert not tells_of_abuse_done(understood.asker, understood.concepts, clean_text(words))


@pytest.mark.parametrize(
    "words",
    [
        "referral for a 10 year old girl after CSA by stepfather, and support for the "
        "non-offending mother",
        "family support worker: child disclosed abuse by dad, non offending parent needs help",
    ],
)
def test_a_non_offending_parent_is_the_protective_one(words: str) -> None:
    understood = understand(words)
    assert not understood.mentions({"own-behaviour"})
    assert reports_abuse_done(clean_text(words))


def test_a_non_offending_paedophile_is_still_worried_about_their_own_thoughts() -> None:
    assert understand("non offending paedophile support").mentions({"own-behaviour"})


def test_a_social_workers_box_starts_with_the_line_that_advises_them(bundled_client) -> None:
    words = "childrens social worker: girl 9, CSA by grandfather, therapy + non-offending mum"
    page = bundled_client.get("/search", query_string={"q": words, "location": "Kettering"})
    talk = _talk(page.data)
    assert talk[0] == "NSPCC Helpline", talk
    assert "Stop It Now helpline" not in talk


def test_the_professional_switch_gives_the_professionals_talk_box(bundled_client) -> None:
    # (w26parent: "girl 6 abused by her uncle" now reads as a parent's: a child of 6 did not
    # write it)
    words = {"q": "girl 12, my uncle abuses me", "location": "Shrewsbury"}
    plain = _talk(bundled_client.get("/search", query_string=words).data)
    assert plain[0] == "Childline", plain  # the words alone read as a child's
    page = bundled_client.post(
        "/search", data={**words, "as_professional": "1"}, follow_redirects=True
    )
    talk = _talk(page.data)
    assert talk[0] == "NSPCC Helpline", talk


def _recent_notice(html: bytes) -> str:
    soup = BeautifulSoup(html, "html.parser")
    notice = soup.select_one(".app-recent")
    return notice.get_text(" ", strip=True) if notice else ""


@pytest.mark.parametrize(
    ("path", "words", "place"),
    [
        ("/search", "my brothers mate raped me on saturday night, its now monday, im 15", "Derby"),
        ("/search", "he did sexual stuff to me this morning and it still hurts, im 13", "Hull"),
        ("/search", "my son 9 was sexually assaulted by his cousin yesterday", "Wigan"),
        ("/cy/search", "cafodd fy merch ei cham-drin yn rhywiol ddoe", "Caerdydd"),
        ("/search", "my cousin raped me about an hour ago im 16", "Stoke"),
        ("/search", "he done sexual stuff to me 2nite n it hurts", "Exeter"),
    ],
)
def test_an_assault_in_the_last_few_days_says_what_to_do_now_first(
    bundled_client, path: str, words: str, place: str
) -> None:
    page = bundled_client.get(path, query_string={"q": words, "location": place})
    assert page.status_code == 200
    notice = _recent_notice(page.data)
    assert "999" in notice and "111" in notice, notice
    soup = BeautifulSoup(page.data, "html.parser")
    link = soup.select_one(".app-recent a")
    assert link is not None and link["href"].endswith("/service/nhs-sarcs")
    first_card = soup.select_one("li.app-result")
    assert first_card is None or page.data.index(b"app-recent") < page.data.index(
        b'<li class="app-result"'
    )


@pytest.mark.parametrize(
    "words",
    [
        "i was raped a few years ago and still cant sleep",
        "my uncle abused me when i was little, i need counselling today",
        "my cousin hit me yesterday",
        "i get turned on by kids and it scared me last night",
    ],
)
def test_no_notice_for_long_ago_for_other_harm_or_for_own_thoughts(
    bundled_client, words: str
) -> None:
    page = bundled_client.get("/search", query_string={"q": words, "location": "York"})
    assert page.status_code == 200
    assert _recent_notice(page.data) == ""


def test_the_welsh_ended_page_lists_waless_own_lines_first(bundled_client) -> None:
    soup = BeautifulSoup(bundled_client.get("/cy/search-ended").data, "html.parser")
    names = [a.get_text(strip=True) for a in soup.select("main li > a:first-child")]
    assert names[0] == "Llinell gymorth Meic", names[:3]
    english = BeautifulSoup(bundled_client.get("/search-ended").data, "html.parser")
    assert "Meic" not in english.select_one("main").get_text()


@pytest.mark.parametrize(
    ("words", "age"),
    [
        ("head of year: pupil, boy aged 10, says his 15 year old stepbrother abuses him", 10),
        ("family support worker - girl aged 6 told us her 14 yo cousin touched her", 6),
    ],
)
def test_a_professionals_child_is_the_one_named_first_not_who_did_it(words: str, age: int) -> None:
    asker = understand(words).asker
    assert asker.persona == "professional"
    assert asker.for_age == age


@pytest.mark.parametrize(
    ("words", "age"),
    [
        ("hogan 14 mae cariad mam yn gwneud pethau i mi", 14),
        ("lad 16, my older cousin forced me last year, need someone to talk to", 16),
    ],
)
def test_a_young_person_starting_with_who_they_are_and_their_age_is_a_child(
    words: str, age: int
) -> None:
    asker = understand(words).asker
    assert asker.persona == "child"
    assert asker.age == age


@pytest.mark.parametrize(
    "words",
    [
        "im over 70 and still have nightmares about my grandfather",
        "retired man, my scoutmaster's brother abused me when i was small",
    ],
)
def test_an_older_adult_without_a_number_is_a_grown_survivor(words: str) -> None:
    assert understand(words).asker.persona == "adult"


def test_a_parents_shorthand_for_a_young_child_stays_theirs() -> None:
    asker = understand("girl 5 abused by her grandad, what do i do as her mum").asker
    assert asker.persona == "parent"


@pytest.mark.parametrize(
    ("typed", "place"),
    [
        ("Fenni", "Abergavenny"),  # GeoNames has "Y Fenni": people drop the article
        ("hebdenbridge", "Hebden Bridge"),  # a name of two words written as one
        ("merthyrtydfil", "Merthyr Tydfil"),
    ],
)
def test_welsh_names_without_the_article_and_names_run_together_are_found(
    gazetteer, typed: str, place: str
) -> None:
    found = gazetteer.resolve(typed)
    assert found.place is not None and found.place.name == place


def test_a_one_word_town_is_still_itself(gazetteer) -> None:
    assert gazetteer.resolve("Newquay").place.country == "England"
