"""(twelfth walk-through F1, F5.1, F5.2; branch w17time) The "last few days" warning reads the
time as a time, however it is said or typed: a part of today ("this eve", "earlier"), a count
back ("a couple of hours ago", "2 days back"), the weekend ("over the w/e", "dis weekend"), a day
of the week ("saturday night"), last week, and in Welsh "heno", "bore 'ma", "echdoe", "dros y
penwythnos", "nos Sadwrn", "dwy awr yn ôl". Never for a time said of a flashback or a wish, nor
without words of a sexual assault, nor of childhood. And an age said the short way ("16yo
female", "13 y/o", "14yr old male") or as a school year with the child named first ("a boy in yr
1", "y4 pupil", "in reception", Welsh "plentyn ym mlwyddyn 2", "dosbarth derbyn") is read.
Words and towns are not the report's."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from directory.search.lexicon import clean_text
from directory.search.recent import recent_assault
from directory.search.understand import understand


def _recent(words: str) -> bool:
    return recent_assault(understand(words), clean_text(words, 1000))


#: a sexual assault in the last few days, in words the old list of time words missed
RECENT = [
    "my stepbrother raped me this eve im 13",
    "he raped me earlier and i cant stop shaking",
    "my uncle raped me a couple of hours ago",
    "my cousin raped me 2 days back im 15",
    "my brother did stuff to me again tonight",
    "my step dad did it to me again this afternoon",
    "got raped at a party over the w/e im 14",
    "my mums boyfriend touched me dis weekend",
    "raped by a lad from school last wknd",
    "my grandad raped me on saturday night",
    "he raped me last sat",
    "my uncle raped me the other night",
    "my teenage son was sexually assaulted by his cousin last week",
    "my stepdad raped me yday",
    "my cousin raped me last nite and it hurts",
    "he came in my room when i was asleep last night and raped me",
    "a man raped me a week ago",
    "i was raped on saturday, today i feel numb",
    "he raped me and today i feel dirty",
]
RECENT_CY = [
    "cefais fy nhreisio gan fy llystad heno",
    "nath fy nghefnder fy nhreisio bore ma, dwi'n 15",
    "cefais fy nhreisio echdoe",
    "nath o fy nhreisio dros y penwythnos",
    "cefais fy nhreisio nos Sadwrn",
    "mae fy ewythr wedi fy nhreisio dwy awr yn ôl",
    "nath fy mrawd fy nghyffwrdd pnawn 'ma",
    "cefais fy nhreisio wythnos diwethaf",
]

#: the same kinds of time words, but not the time of an assault, or no assault at all
NOT_RECENT = [
    "my uncle sexually abused me for years, this evening i had a flashback at work",
    "had a nightmare last night about the man who raped me",
    "this afternoon i want to talk to someone about sexual abuse",
    "tonight i need someone to talk to",
    "my brother hit me yesterday",
    "my uncle raped me every saturday when i was little",
    "raped by my stepfather when i was 8, last week i saw him in town",
    "my grandfather abused me sexually as a boy, last weekend i told my wife",
    "fe gefais fy nhreisio flynyddoedd yn ôl, neithiwr cefais hunllef",
    "heno dwi eisiau siarad â rhywun",
    "my daughter told me today that her grandad abused her when she was little",
    "is there a support group on saturday for sexual abuse survivors",
    "i have counselling this evening for sexual abuse and im scared",
    "my uncle sexually abused me, im 45 and today i feel awful",
    "my stepdad raped me 3 weeks ago",
    "a man raped me 12 days ago",
]


@pytest.mark.parametrize("words", RECENT + RECENT_CY)
def test_an_assault_in_the_last_few_days_is_read_however_the_time_is_said(words: str) -> None:
    assert _recent(words), words


@pytest.mark.parametrize("words", NOT_RECENT)
def test_a_time_word_alone_is_not_an_assault_in_the_last_few_days(words: str) -> None:
    assert not _recent(words), words


def _warning(client, path: str, words: str, place: str) -> str:
    page = client.get(path, query_string={"q": words, "location": place})
    assert page.status_code == 200
    soup = BeautifulSoup(page.data, "html.parser")
    notice = soup.select_one(".app-recent")
    return " ".join(notice.get_text(" ", strip=True).split()) if notice else ""


@pytest.mark.parametrize(
    ("path", "words", "place"),
    [
        ("/search", "my step dad did it to me again this evening im 11", "Hexham"),
        ("/search", "raped by my cousin over the wkend im 15", "Bedford"),
        ("/cy/search", "dwi'n 13, nath fy ewythr fy nhreisio heno", "Bangor"),
    ],
)
def test_the_page_says_what_to_do_now(bundled_client, path: str, words: str, place: str) -> None:
    text = _warning(bundled_client, path, words, place)
    assert "999" in text and "111" in text, text


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("/search", "abused as a kid by my uncle, last night i had flashbacks and need support"),
        ("/cy/search", "heno dwi eisiau siarad â rhywun am gam-drin"),
    ],
)
def test_the_page_keeps_quiet_when_the_time_is_not_the_assaults(
    bundled_client, path: str, words: str
) -> None:
    assert _warning(bundled_client, path, words, "Carlisle") == ""


# --- ages said the short way, and school years with the child named first -------------------


@pytest.mark.parametrize(
    ("words", "age"),
    [
        ("practice nurse: a 16yo female disclosed abuse by her stepfather", 16),
        ("health visitor - 13 y/o female told me her uncle touched her", 13),
        ("social worker, 14yr old male abused by his brother, therapy referral", 14),
        ("school counsellor, 12 yo girl disclosed abuse by grandad", 12),
        ("teaching assistant, a boy in yr 1 said his brother touched his privates", 5),
        ("teacher, y4 pupil disclosed sexual abuse by her grandad", 8),
        ("primary school teacher, a girl in year 2 disclosed abuse by her cousin", 6),
        ("DSL - a child in reception told staff her dad hurts her private parts", 4),
        ("athrawes, plentyn ym mlwyddyn 2 wedi dweud bod ei hewythr wedi ei chyffwrdd", 6),
        ("athro, disgybl bl 3 wedi datgelu cam-drin rhywiol gan ei thad", 7),
        ("athrawes, plentyn yn y dosbarth derbyn wedi datgelu cam-drin rhywiol", 4),
    ],
)
def test_a_professionals_short_age_or_school_year_is_read(words: str, age: int) -> None:
    asker = understand(words).asker
    assert (asker.persona, asker.for_age) == ("professional", age), words


def test_a_parents_child_in_reception_is_four() -> None:
    asker = understand("my son is in reception and told me his cousin touched him").asker
    assert (asker.persona, asker.for_age) == ("parent", 4)


@pytest.mark.parametrize(
    "words",
    [
        # a grown-up's age, or the age of who did it, is still not who the help is for
        "police officer - 35 year old woman raped by her stepfather as a child",
        "social worker, a 17 year old male raped a girl in care, referral for him",
        # reception the front desk, "derbyn" to receive
        "school receptionist, a girl said her uncle touched her",
        "athrawes, merch wedi datgelu cam-drin, sut i dderbyn cymorth",
        # a count of years, not a school year
        "teacher, a pupil was abused by her uncle 2 years ago",
    ],
)
def test_other_numbers_and_words_are_not_read_as_the_childs_age(words: str) -> None:
    asker = understand(words).asker
    assert asker.for_age is None or asker.for_age >= 18, (words, asker)


def test_the_page_shows_the_age_notice_for_a_short_age(bundled_client) -> None:
    page = bundled_client.get(
        "/search",
        query_string={
            "q": "GP, 15 yo female disclosed abuse by her father, local specialist service",
            "location": "Kendal",
        },
    )
    soup = BeautifulSoup(page.data, "html.parser")
    assert soup.select_one(".app-stated-age") is not None
