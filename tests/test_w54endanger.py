"""(w54endanger, check57 findings 3, 4 and 5) "In danger now? Call 999. If you cannot speak,
press 55 when asked, from a mobile." shows first for danger now said plainly: someone else
with the one who harms in their room now, said with a contraction ("her dads hurting her"), or
harm to someone else in the present continuous with no time; "not safe" said simply, as people
with a learning disability or little English write it; harm tonight said without "now" (will
she be safe with him tonight, someone staying tonight who makes them do things, someone who
comes into their bed at night while they are scared to sleep). The page said nothing of 999
for these, and for one of them warned of an assault "in the last few days".

Not the past, an ordinary errand, someone in their own room, a suspicion, or a question asked
beforehand (guards: they pass before and after the change).
"""

import pytest

from tests.helpers import cards_and_words, danger_first, searched, talk_box, texts_of, warned

DANGER = ".app-danger-now"
RECENT = "If it happened in the last few days"

#: other words and towns than check57's
SOMEONE_ELSE_NOW = [
    ("my cousins grandad is in her bedroom right now", "Kendal"),
    ("his auntie is in his room now and he messaged me", "Lincoln"),
    ("my mate said her stepdads touching her rn", "Dudley"),
    ("my nans boyfriends in my cousins room right now", "Barnsley"),
    ("some guy is abusing my little cousin", "Worcester"),
    ("my uncle is molesting my sister", "Crewe"),
]
NOT_SAFE = [
    ("me not safe at home please help", "Yeovil"),
    ("not safe here", "Hereford"),
    ("i no safe", "Ipswich"),
]
TONIGHT = [
    ("is my daughter safe with her grandad tonight", "Salisbury"),
    ("will my nephew be alright at his uncles tonight, he hurt his brother", "Grimsby"),
    ("my step brother makes me touch him and he is sleeping over tonight", "Harrogate"),
    ("my uncle creeps into my room at night and i am too scared to sleep", "Lancaster"),
]


@pytest.mark.parametrize(("words", "place"), SOMEONE_ELSE_NOW + NOT_SAFE + TONIGHT)
def test_danger_now_said_plainly_brings_999_first(bundled_client, words, place):
    warning = danger_first(searched(bundled_client, words, place))
    assert "Call 999" in warning and "press 55" in warning, warning


def test_asked_whether_a_child_will_be_ok_tonight_is_danger_not_a_recent_assault(
    bundled_client,
):
    # the harm told is of another child, at no time said: the danger is tonight
    soup = searched(
        bundled_client, "will my granddaughter be ok tonight with her dad, he abused me", "Bath"
    )
    danger_first(soup)
    assert not warned(soup, RECENT)


@pytest.mark.parametrize(
    "words",
    [
        "her dad is in her room reading her a story right now",
        "my mum is in her room now",
        "my stepdad used to come in her room when she was little",
        "i think my husband is touching my daughter",
        "is it safe to let my son stay at his dads tonight",
        "i never felt safe at home growing up",
        "he is hurting my feelings",
    ],
)
def test_no_999_for_an_errand_their_own_room_the_past_a_suspicion_or_asked_before(
    bundled_client, words
):
    # guard: passes before and after the change
    assert not texts_of(searched(bundled_client, words, "Chester"), DANGER), words


#: (check57 finding 6 and 7) the man who harms is not a man seeking help: his sex said as "a
#: man in my house" or "man hurt me" (simple English) is no search for men's services
@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("a man is in our house and im frightened", "Barrow-in-Furness"),
        ("there is a man in my bedroom", "Whitby"),
        ("me scared. man hurt me", "Taunton"),
    ],
)
def test_the_man_who_harms_brings_no_mens_service_first(bundled_client, words, place):
    cards = cards_and_words(searched(bundled_client, words, place))
    assert not cards or "Men's Advice Line" not in cards[0][1], cards[0][1][:80]
    assert not any(
        "Men's Advice Line" in line for line in talk_box(searched(bundled_client, words, place))
    )


@pytest.mark.parametrize(
    "words",
    [
        "i told the school but it fell on deaf ears, my stepdad is in my room now",
        "social services turned a deaf ear and he is coming to hurt me tonight",
    ],
)
def test_deaf_said_of_someone_who_would_not_listen_brings_no_deaf_999_line(bundled_client, words):
    soup = searched(bundled_client, words, "Kendal")
    danger_first(soup)
    assert not texts_of(soup, ".app-deaf-999"), words
    assert not any("SignHealth" in line for line in talk_box(soup)), talk_box(soup)


def test_a_deaf_person_in_danger_still_has_the_deaf_999_line(bundled_client):
    # guard: passes before and after the change
    soup = searched(bundled_client, "i am deaf and my stepdad is in my room now", "Kendal")
    danger_first(soup)
    assert texts_of(soup, ".app-deaf-999")
