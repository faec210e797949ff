"""(w51danger, check54 findings 1, 4, 5, 6 and 14) "In danger now? Call 999. If you cannot speak,
press 55 when asked, from a mobile." shows first for someone else hurt now said passively or
heard ("my nan is getting beaten up rn", "i can hear my stepdad hitting my mum"), the one who
harms in another child's room now, someone else locked in by another, a little one alone with
someone tonight or "not safe tonight"; for the one who harms coming soon or on the way, said
with fear or harm; for being held in by a blocked door, keys taken, or trapped; and for "please
someone help me now". The page said nothing of 999 for these. Not for the past, a parent's
general question, a visit said without harm, a prison release or a court date (guards).
"""

import pytest

from tests.helpers import danger_first, searched, texts_of

DANGER = ".app-danger-now"
RECENT = ".app-recent"


#: other words and towns than check54's
SOMEONE_ELSE = [
    ("my nan is getting beaten up by grandad rn", "Scarborough"),
    ("our mam is being hit by her partner at the moment", "Sunderland"),
    ("i can hear my stepdad hitting my mum", "Rotherham"),
    ("my auntie says her partner has just locked her in the flat", "Stafford"),
    ("my stepdad is in my little brothers room now. hes 7", "Kidderminster"),
    ("my uncle is in her bedroom right now and she is screaming", "Dudley"),
    ("my baby sister is home alone with my mums boyfriend tonight", "Redditch"),
    ("my nephew isnt safe tonight", "Grimsby"),
    ("our little one is in danger from his stepdad", "Keswick"),
    ("my auntie is being battered as we speak", "Workington"),
    ("my cousins locked in the attic by her stepmum", "Selby"),
]
COMING_SOON = [
    ("my nan's boyfriend is on his way round and he hits me", "Bury"),
    ("my stepdad is coming later and he abuses me", "Chesterfield"),
    ("my cousins coming over in 20 minutes and im terrified", "Stockport"),
    ("mums boyfriend is drunk and says he'll come in my room", "Macclesfield"),
]
HELD_IN = [
    ("my dad pushed a chest of drawers in front of my door", "Whitby"),
    ("my stepmum barricaded the bedroom door", "Ludlow"),
    ("she took my phone and keys so we cannot leave", "Newbury"),
    ("we are trapped in the shed", "Hexham"),
    ("somebody help me right now", "Llanelli"),
    ("help us now please", "Merthyr Tydfil"),
    ("he nailed my window shut", "Buxton"),
]


@pytest.mark.parametrize(("words", "place"), SOMEONE_ELSE + COMING_SOON + HELD_IN)
def test_someone_else_hurt_now_someone_coming_or_held_in_brings_999_first(
    bundled_client, words, place
):
    warning = danger_first(searched(bundled_client, words, place))
    assert "Call 999" in warning and "press 55" in warning, warning


def test_harm_told_in_the_present_with_a_visit_tonight_is_danger_not_a_recent_assault(
    bundled_client,
):
    # "my uncle is coming tonight and he touches me" on main: "If it happened in the last few
    # days…", and no 999 warning
    soup = searched(bundled_client, "my step grandad is coming tonight and he touches me", "Bath")
    danger_first(soup)
    assert not texts_of(soup, RECENT)


@pytest.mark.parametrize(
    "words",
    [
        "my sister was being hurt by our dad when i was little",
        "my mum is being hurt by her boyfriend and i want to know how to help her",
        "my son is being bullied at school right now",
        "my dad is in his room now and i want to tell him",
        "my mum is in my sisters room now reading her a story",
        "i feel trapped in my marriage",
        "im trapped in a cycle of abuse",
        "can someone help me find counselling now",
        "my daughter is alone with her dad tonight for the first time since the divorce",
        "how do i talk to my daughter about staying safe when her dad visits",
        "he used to wedge my door shut when i was 8",
        "my uncle is coming tonight",
        "my sister is in danger of failing her exams",
        "is my nephew in danger from his stepdad",
        "my grandad is coming over later for tea",
        "my mum is on her way and i want to tell her what my uncle did",
        "my abuser is getting out of prison soon and i am scared",
        "he is coming to the hearing next month and i am scared of seeing him",
    ],
)
def test_no_999_warning_for_the_past_a_question_or_a_visit_without_harm(bundled_client, words):
    # guard: passes before and after the change
    assert not texts_of(searched(bundled_client, words, "Gloucester"), DANGER), words
