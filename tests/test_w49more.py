"""(lane w49more, twentieth session; check52 findings 1 and 5) Overdoses, poisonings and
despair said in other words.

1. An overdose or a poisoning said another way (a count of a medicine "had", pills "swallowed
   some", bleach or antifreeze drunk, the Welsh past "ces i", "yfais", "overdose" alone) puts
   "If you have taken an overdose or are badly hurt, call 999 now or go to A&E." first, and a
   line for thoughts of suicide in the talk box. Not for the past, someone else, or a
   professional's question (guards).
"""

import pytest

from tests.helpers import posted_results, searched, talk_box, texts_of

ACT_WARNING = ".app-act-taken"
SUICIDE_LINES = ("Samaritans", "Samariaid", "HOPELINE247")

OVERDOSES = [
    ("ive had 25 of my sertraline", "Doncaster", False),
    ("i've downed a whole box of codeine", "Truro", False),
    ("ive drunk antifreeze", "Stoke-on-Trent", False),
    ("swallowed some of the cleaning stuff under the sink", "Luton", False),
    ("i swallowed some tablets and now i feel sick", "Exeter", False),
    ("overdose", "Derby", False),
    ("ces i ugain o dabledi", "Caernarfon", True),
    ("dw i wedi yfed cannydd", "Aberystwyth", True),
    ("llyncais lawer o dabledi", "Llanelli", True),
]


@pytest.mark.parametrize(("words", "place", "welsh"), OVERDOSES)
def test_an_overdose_or_poison_said_another_way_gets_the_warning_first(
    bundled_client, words, place, welsh
):
    soup = searched(bundled_client, words, place, welsh=welsh)
    warning = texts_of(soup, ACT_WARNING)
    said = "ffoniwch 999 nawr" if welsh else "call 999 now or go to A&E"
    assert warning and said in warning[0], warning
    html = str(soup)
    assert html.index("app-act-taken") < html.index('id="talk-now-title"')
    assert any(line.startswith(SUICIDE_LINES) for line in talk_box(soup)), talk_box(soup)


#: guards (pass on main too): the past, someone else, a dose, a professional's question
NOT_NOW = [
    ("i drank bleach when i was 14, my uncle abused me", "Norwich", False),
    ("my brother took an overdose when i was little", "Leicester", False),
    ("had 2 paracetamol for a headache, cant stop thinking about what my dad did", "Hull", False),
    ("the smell of bleach reminds me of my stepdad", "Bath", False),
    ("he had bleach thrown over my things", "Crawley", False),
    ("my stepdad had 30 tablets hidden in his drawer", "Dudley", False),
    ("my mum took some tablets for her back, then he came in", "Wigan", False),
]


@pytest.mark.parametrize(("words", "place", "welsh"), NOT_NOW)
def test_no_overdose_warning_for_the_past_someone_else_or_a_dose(
    bundled_client, words, place, welsh
):
    assert not texts_of(searched(bundled_client, words, place, welsh=welsh), ACT_WARNING)


def test_no_overdose_warning_for_a_professionals_question(bundled_client):
    """Guard (passes on main too): the warning speaks to the reader of their own act."""
    client = bundled_client.application.test_client()
    soup = posted_results(client, "overdose training for school staff", "Slough", professional=True)
    assert not texts_of(soup, ACT_WARNING)


# --- 2. despair without the usual words (check52 F5) ----------------------------------------

#: despair of living said without "suicide", "die" or "kill myself": a line for anyone
#: struggling comes into the talk box, and "stop" does not make Stop It Now the first card
DESPAIR = [
    ("honestly i want it all to stop", "Shrewsbury", False),
    ("i cant take it anymore i just want it to stop", "Worcester", False),
    ("i wish i could just disappear", "Lincoln", False),
    ("i want to go to sleep and never wake up", "Kendal", False),
    ("dw i isio diflannu", "Pwllheli", True),
]


@pytest.mark.parametrize(("words", "place", "welsh"), DESPAIR)
def test_despair_without_the_usual_words_brings_a_line_for_anyone_struggling(
    bundled_client, words, place, welsh
):
    soup = searched(bundled_client, words, place, welsh=welsh)
    assert any(line.startswith(SUICIDE_LINES) for line in talk_box(soup)), talk_box(soup)
    cards = soup.select("li.app-result")
    assert cards and "Stop It Now" not in cards[0].get_text(), cards[0].get_text()[:80]


def test_the_abuse_wished_to_stop_is_not_read_as_despair(bundled_client):
    """Guard (passes on main too): "i want it to stop" of the abuse keeps the children's lines
    and no suicide line."""
    for words in (
        "i want it to stop, my uncle comes in my room",
        "i want everything to end with him",
    ):
        soup = searched(bundled_client, words, "Ipswich")
        assert not any(line.startswith(SUICIDE_LINES) for line in talk_box(soup)), talk_box(soup)
