"""(judged43; lane w43ask) People the page misread, from an independently judged set.

1. Someone who saw or found another person with a child ("seen my step grandad touching my
   little cousin", "came home early and found … in bed with my 8 yr old brother", Welsh
   "gwelais i fy nghefnder gyda fy mrawd bach") is a grown-up worried about a child, not an
   adult abused as a child: the NSPCC's line for any adult worried about a child comes first
   in the talk box and among the first cards, NAPAC (for adults abused as children) does not.
2. A young person's own age and sex said in short amid the words ("… coming back at night, 14
   m, need someone…") keeps them a child: Childline in the talk box, NAPAC not first.
"""

import pytest

from tests.helpers import cards_and_words, searched, talk_box


def _shown(soup) -> list[str]:
    """The listings whose cards the results page shows, in order."""
    return [listing for listing, _ in cards_and_words(soup)]


# --- 1. someone who saw or found another person with a child ---

#: a grown-up (or someone who says no age) who saw or found someone with a child
SAW_WITH_CHILD = [
    ("i seen my step grandad touching my little cousin, shes 7. im 24", "Barnstaple"),
    (
        "came home early and found my mums boyfriend in bed with my 8 yr old brother. im 21",
        "Worcester",
    ),
    ("saw my brothers mate (17) on top of my sister shes 10. im 18", "Scarborough"),
    ("witnessed my brother in law abusing my little sister, she is 9, i am 26", "Lincoln"),
    ("heard my stepdad in my baby sisters room last night, im 23", "Hull"),
]


@pytest.mark.parametrize(("words", "place"), SAW_WITH_CHILD)
def test_someone_who_saw_it_is_offered_the_line_for_adults_worried_about_a_child(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    lines = talk_box(soup)
    assert lines[0].startswith("NSPCC Helpline"), lines
    first = _shown(soup)[:3]
    assert "nspcc-helpline" in first, first
    assert "napac" not in first, first


#: a grown-up (who says their age) telling of someone else harming a child of the family now
TOLD_OF_CHILD = [
    ("found out my stepgrandad has been touching my little brother, hes 6. im 25", "Norwich"),
    ("my mums boyfriend is abusing my little sister i think, im 19", "Swindon"),
]


@pytest.mark.parametrize(("words", "place"), TOLD_OF_CHILD)
def test_a_grown_up_telling_of_a_child_harmed_now_is_offered_the_nspcc_line(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    assert talk_box(soup)[0].startswith("NSPCC Helpline"), talk_box(soup)
    assert "napac" not in _shown(soup)[:3]


def test_someone_who_saw_it_in_welsh_is_offered_the_nspcc_line(bundled_client):
    soup = searched(
        bundled_client, "gwelais i fy nghefnder gyda fy mrawd bach, dwi'n 22", "Pwllheli", True
    )
    lines = talk_box(soup)
    assert lines[0].startswith("Llinell Gymorth y NSPCC"), lines
    assert "napac" not in _shown(soup)[:3]


@pytest.mark.parametrize(
    ("words", "first_line"),
    [
        ("im 14 and i caught my uncle with my little brother", "Childline"),
        ("when i was small i walked in on my grandad with my sister, im 52", "24/7 Rape"),
        ("my uncle abused my little sister and me for years, im 45", "24/7 Rape"),
    ],
)
def test_a_child_who_saw_it_or_an_adult_recalling_childhood_keep_their_lines(
    bundled_client, words, first_line
):
    """Guard (green on main too): a child who saw it is still a child; a grown-up who saw it
    as a child is an adult survivor."""
    lines = talk_box(searched(bundled_client, words, "Stafford"))
    assert any(line.startswith(first_line) for line in lines), lines


# --- 2. a young person's own age said in short amid the words keeps them a child ---

#: a teenager remembering abuse "when i was little", with their age and sex in short amid the
#: words ("m 15", "14 m", "15f"), and a need to talk now
YOUNG_REMEMBERING = [
    (
        "my grandad used to touch me when i was younger, its 2am and i cant stop shaking. m 15. "
        "anyone awake?",
        "Bude",
    ),
    (
        "my uncle did stuff to me as a kid and i keep having nightmares, 14 m, need someone to "
        "talk to now",
        "Whitby",
    ),
    ("what my stepbrother did when i was small keeps coming back, 15f, i just want to talk", "Rye"),
]


@pytest.mark.parametrize(("words", "place"), YOUNG_REMEMBERING)
def test_a_teenager_remembering_childhood_abuse_is_offered_childline(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert any(line.startswith("Childline") for line in talk_box(soup)), talk_box(soup)
    first = _shown(soup)[:3]
    assert "napac" not in first, first  # (the line for adults abused as children)


@pytest.mark.parametrize(
    "words",
    [
        "my sister 14 f was touched by her coach, im 30, how do i help her",
        "m15 4fn counselling after abuse as a child",
    ],
)
def test_an_age_in_short_that_is_not_the_askers_keeps_the_adult_lines(bundled_client, words):
    """Guard (green on main too): someone else's age said in short, or a postcode, never makes
    the asker a child."""
    lines = talk_box(searched(bundled_client, words, "Stafford"))
    assert not any(line.startswith("Childline") for line in lines), lines


# --- 3. a young person asking to get their shared images taken down, in their own words ---

#: a young person's images shared, and a wish to get them down, as young people say it
IMAGES_DOWN = [
    (
        "somebody leaked my pics in the year group chat, im 16, how can i get them took down",
        "Walsall",
    ),
    (
        "photos of me are going round on snap, im 13, how do i get them off, dont tell my dad",
        "Telford",
    ),
    (
        "my ex put vids of me on snap and they got sent round, im 14, can they be tooken down",
        "Dudley",
    ),
]


@pytest.mark.parametrize(("words", "place"), IMAGES_DOWN)
def test_a_young_person_wanting_images_down_is_shown_report_remove_first(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    shown = _shown(soup)
    assert shown[0] == "report-remove", shown[:3]
    assert "horizon-sarc-west-midlands-children" not in shown[:3], shown[:3]
    assert any(line.startswith("Childline") for line in talk_box(soup)), talk_box(soup)


# --- 4. Welsh "heno" (tonight) asks for help now, as "tonight" does ---

#: Welsh, awake tonight with what happened in childhood, wanting to talk
TONIGHT_CY = [
    (
        "alla i ddim cysgu heno, dwi angen siarad efo rhywun am be wnaeth fy ewythr pan o'n "
        "i'n fach",
        "Wrecsam",
    ),
    ("dwi'n effro heno yn meddwl am be wnaeth fy nhaid i mi yn blentyn, isio siarad", "Y Barri"),
]


@pytest.mark.parametrize(("words", "place"), TONIGHT_CY)
def test_welsh_tonight_brings_the_day_and_night_welsh_line_up(bundled_client, words, place):
    shown = _shown(searched(bundled_client, words, place, True))
    assert "live-fear-free" in shown[:2], shown[:4]


# --- 5. a group where pictures are shared never asks for a support group ---

NO_GROUP_SENTENCE = "We found no support group for what you asked"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("someone put my nudes in a whatsapp group, im 15", "Bristol"),
        ("my pics got shared in the football whatsapp group, 16 m", "Derby"),
    ],
)
def test_a_whatsapp_group_or_group_chat_is_not_asking_for_a_support_group(
    bundled_client, words, place
):
    assert NO_GROUP_SENTENCE not in searched(bundled_client, words, place).get_text()


def test_asking_for_a_support_group_still_says_when_there_is_none(bundled_client):
    """Guard (green on main too): the sentence stays for someone who asks for a group."""
    soup = searched(bundled_client, "is there a support group near me for survivors", "Leeds")
    assert NO_GROUP_SENTENCE in soup.get_text()
