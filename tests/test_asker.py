"""Who is asking drives the answer (issue 25, part A): the first services, the "Talk to
someone now" box, Get help now, and the wider-radius count, for the six people of the
December 2026 UX audit and for other ways of saying the same thing. Asked of the search and the
facade, on the bundled listings (part B's browser tests look at the page itself)."""

from __future__ import annotations

import pytest

from directory import messages
from directory.facade import Directory
from directory.finder import FindRequest, FindResults, find
from directory.lines import fits_asker, is_suicide_line
from directory.search.understand import understand

#: the helplines the site names, as the web layer passes them (web/helpers.py)
ORDER = ("childline", "nspcc-helpline", "rape-crisis-247", "napac", "samaritans", "stop-it-now")
ORDER_CY = (
    "childline", "meic", "nspcc-helpline", "rape-crisis-247", "live-fear-free", "napac",
    "samaritans", "stop-it-now",
)  # fmt: skip


#: lines for parents to talk to (their listings are for parents and carers)
PARENTS_LINES = {"nspcc-helpline", "family-lives", "youngminds-parents-helpline"}


def run(directory: Directory, q: str, location: str = "", radius: int = 25) -> FindResults:
    return find(
        directory.index, directory.gazetteer, FindRequest(q=q, location=location, radius=radius)
    )


def _listed_near(results: FindResults) -> int:
    """The services a page lists near the place: those for it, and (apart, since the fifth
    walk-through F4) those for other areas."""
    return results.local.total + len(results.other_areas)


def first_national(results: FindResults, n: int = 1) -> list[str]:
    return [item.service.id for item in results.national[:n]]


def talk(directory: Directory, results: FindResults, welsh: bool = False) -> list[str]:
    order = ORDER_CY if welsh else ORDER
    return [s.id for s in directory.talk_lines(results, order, welsh=welsh)]


def age_excluded(service, age: int) -> bool:
    return (service.minimum_age or 0) > age or (
        service.maximum_age is not None and service.maximum_age < age
    )


# --- the audit's six journeys -------------------------------------------------------------


def test_the_girl_of_13_gets_childline_first_and_no_16_plus_line_to_call(directory):
    results = run(directory, "my stepdad comes in my room at night", "Doncaster")
    assert results.asker.persona == "child"
    assert first_national(results) == ["childline"]
    box = talk(directory, results)
    assert box[0] == "childline"
    # the 24/7 line's own listing says "for anyone aged 16 or over"
    assert "rape-crisis-247" not in box
    assert not any(is_suicide_line(directory.service(i)) for i in box), box
    above = results.shown_ids()[: results.shown_ids().index("childline")]
    assert not [i for i in above if age_excluded(directory.service(i), 14)]


def test_the_mother_gets_the_parents_line_first_for_her_son_and_for_herself(directory):
    results = run(directory, "my partner abused my son", "Bradford")
    assert first_national(results) == ["nspcc-helpline"]
    box = talk(directory, results)
    assert box[0] == "nspcc-helpline"
    assert "papyrus-hopeline" not in box  # no suicide line: her words are not about it
    for words in ("support for me as a mum", "i cant cope since my daughter told me"):
        results = run(directory, words)
        assert results.asker.persona == "parent", words
        first = first_national(results, 3)
        assert first[0] in PARENTS_LINES, (words, first)
        assert not {"childline", "napac", "the-mix"} & set(first), (words, first)


def test_the_social_worker_is_recognised_as_a_professional(directory):
    assert run(directory, "children's ISVA", "Swansea").professional
    for words in (
        "im a school nurse and a pupil told me about her uncle",
        "my client disclosed abuse by her brother",
        "referral for a 9 year old",
    ):
        assert run(directory, words).professional, words
    assert not run(directory, "my stepdad comes in my room at night").professional


def test_the_man_of_45_abused_as_a_boy_gets_adult_services_not_childrens(directory):
    results = run(directory, "abused by my uncle as a boy counselling", "Sleaford")
    assert results.asker.persona == "adult" and results.asker.gender == "male"
    first = [directory.service(i) for i in first_national(results, 3)]
    assert not [s.id for s in first if s.audiences == ["children-young-people"]]
    assert first[0].id in {"survivorsuk", "napac", "rape-crisis-247", "survivors-trust"}
    box = talk(directory, results)
    assert box and "childline" not in box
    assert not [i for i in box if age_excluded(directory.service(i), 45)]
    # saying only his age: the children's and young people's lines are not among the first
    # (his stated age now filters them out: tests/test_stated_age.py)
    results = run(directory, "counselling im 45", "Sleaford")
    shown = results.shown_ids()
    assert not {"childline", "the-mix"} & set(shown[:4]), shown[:6]


def test_the_welsh_speaker_gets_welsh_lines_first(directory):
    results = run(directory, "cam-drin plant yn y teulu", "Caernarfon")
    assert results.asker.welsh
    assert first_national(results) == ["live-fear-free"]
    assert talk(directory, results, welsh=True)[0] in {"meic", "live-fear-free"}
    # a child on a Welsh page: Meic first, Childline still in the box
    child = run(directory, "im 13 and scared", "Caernarfon")
    box = talk(directory, child, welsh=True)
    assert box[0] == "meic" and "childline" in box


@pytest.mark.parametrize(
    "words", ["i think im a paedophile", "paedophile", "pedophile help", "am i a pedo"]
)
def test_someone_who_calls_themselves_a_paedophile_gets_stop_it_now_never_childline(
    directory, words
):
    for location in ("", "Leeds"):
        results = run(directory, words, location)
        assert results.asker.persona == "own-behaviour", words
        assert first_national(results) == ["stop-it-now"], (words, first_national(results, 3))
    box = talk(directory, results)
    assert box[0] == "stop-it-now" and "childline" not in box, box


# --- other ways of saying it --------------------------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "i get sexual urges about kids",
        "scared i might hurt a child",
        "i fancy young girls and i know its wrong",
        "intrusive thoughts about children",
    ],
)
def test_worried_about_their_own_thoughts_in_other_words(directory, words):
    results = run(directory, words, "Leeds")
    assert results.asker.persona == "own-behaviour", words
    assert first_national(results) == ["stop-it-now"]
    assert "childline" not in talk(directory, results)


@pytest.mark.parametrize(
    ("words", "persona"),
    [
        ("a man did something to me", ""),
        ("he hurt me and i dont know what to do", ""),
        ("a paedophile abused me", ""),
        ("my neighbour is a paedophile", ""),
        ("im 15 and was abused when i was little", "child"),
        ("something happened decades back and it still affects me", "adult"),
        ("groped by a family friend as a young girl, 40 now", "adult"),
    ],
)
def test_words_about_the_abuser_never_say_who_is_asking(words, persona):
    asker = understand(words).asker
    assert asker.persona == persona, words
    assert asker.gender in ("", "female"), words  # "a man", "he": the abuser's, not theirs


def test_by_a_family_friend_is_who_did_it_not_who_the_help_is_for():
    names = {c.name for c in understand("groped by a family friend as a young girl").concepts}
    assert "family-friends" not in names and "women" not in names
    assert "past-abuse" in names


@pytest.mark.parametrize(
    ("words", "service"),
    [
        ("child line", "childline"),
        ("chidline", "childline"),
        ("napak", "napac"),
        ("NSPCC", "nspcc-helpline"),
        ("stopitnow", "stop-it-now"),
        ("SARC", "nhs-sarcs"),
    ],
)
def test_a_service_typed_by_name_comes_first(directory, words, service):
    assert run(directory, words).shown_ids()[0] == service


def test_named_service_near_a_place_keeps_the_local_one_first(directory):
    results = run(directory, "SARC", "Leeds")
    assert results.local.items and results.local.items[0].service.id == "hazlehurst-centre-sarc"


# --- the talk box -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "my stepdad comes in my room at night",
        "support for parents",
        "counselling",
        "abused as a child",
        "i think im a paedophile",
    ],
)
def test_no_suicide_line_without_words_about_it(directory, words):
    results = run(directory, words, "Leeds")
    assert not results.asker.suicidal
    box = talk(directory, results)
    assert not [i for i in box if is_suicide_line(directory.service(i))], (words, box)
    assert not [i for i in talk(directory, results, welsh=True) if i == "papyrus-hopeline"]


def test_a_suicide_line_is_offered_when_the_words_speak_of_it(directory):
    results = run(directory, "i want to die my stepdad touches me", "Leeds")
    assert results.asker.suicidal
    box = talk(directory, results)
    assert box[0] == "childline" and "papyrus-hopeline" in box


def test_every_line_in_the_box_fits_the_asker(directory):
    for words, location in (
        ("im 12 my cousin makes me do stuff", "Leeds"),
        ("im 52 abused as a lad", "Leeds"),
        ("dad here, struggling since my boy told us", "Bradford"),
        ("i get urges about kids", "Cardiff"),
    ):
        results = run(directory, words, location)
        for welsh in (False, True):
            box = talk(directory, results, welsh)
            assert box, words
            assert all(fits_asker(directory.service(i), results.asker) for i in box), box
            assert len({directory.service(i).contact.callable_phone for i in box}) == len(box)


def test_lines_answering_day_and_night_come_first_for_an_adult(directory):
    results = run(directory, "im 52 abused as a lad", "Leeds")
    first = directory.service(talk(directory, results)[0])
    assert "day" in first.description and "night" in first.description


# --- Get help now ---------------------------------------------------------------------------


def test_get_help_now_is_ordered_by_who_it_is_for(directory):
    ids = [s.id for s in directory.national_lines]
    assert ids[0] == "childline"
    assert ids.index("childline") < ids.index("rape-crisis-247") < ids.index("nspcc-helpline")
    assert ids.index("nspcc-helpline") < ids.index("stop-it-now")
    # a suicide line last of the children's lines to call
    children = [s.id for s in directory.national_lines if s.contact.callable_phone][:2]
    assert children == ["childline", "papyrus-hopeline"]


def test_get_help_now_in_welsh_puts_wales_lines_near_the_top(bundled_client):
    english = bundled_client.get("/get-help-now").get_data(as_text=True)
    welsh = bundled_client.get("/cy/get-help-now").get_data(as_text=True)
    assert welsh.index("Llinell gymorth Meic") < welsh.index("Childline")
    assert english.index("Childline") < english.index("Meic helpline")


# --- honest counts ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "location"),
    [
        ("counselling", "Sleaford"),
        ("support for parents", "Bradford"),
        ("counselling for adults abused as children", "Skegness"),
        ("someone to talk to", "Penzance"),
        ("", "Lerwick"),
    ],
)
def test_the_wider_count_is_what_the_wider_page_shows_as_matching(directory, words, location):
    results = run(directory, words, location)
    if results.wider is None:
        return
    wider = run(directory, words, location, radius=results.wider.radius)
    # (fifth walk-through F4) services for other areas are listed apart, and counted
    assert results.wider.count == _listed_near(wider) > 0


def test_the_old_false_promise_is_gone(directory):
    # "There are 3 within 50 miles" led to a page with 0 services near Sleaford
    results = run(directory, "counselling", "Sleaford")
    message = messages.nothing_near_message(results)
    if results.wider is not None:
        wider = run(directory, "counselling", "Sleaford", radius=results.wider.radius)
        assert _listed_near(wider) == results.wider.count
    else:
        assert "wherever you live" in message


def test_the_wider_count_says_one_in_the_singular(directory):
    results = run(directory, "isva", "Hereford")
    assert results.wider is not None and results.wider.count == 1
    message = messages.nothing_near_message(results)
    # (forty-eighth walk-through F5, w63place) it covers another police area, and says so
    said = f"There is 1 within {results.wider.radius} miles, but it says it helps another area."
    assert said in message, message
    assert _listed_near(run(directory, "isva", "Hereford", radius=results.wider.radius)) == 1
