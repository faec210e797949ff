"""Issue 25, what probe 21 still read wrong on e676e0f (tenth session): a school's "our
student" with a mum's boyfriend named (read as a child), the field's words for a child having
told ("following disclosure"), an ISVA spelled out, a grown-up's "me 45, …" and dropped g's
("thinkin bout kids"), and a parent's child described ("my deaf boy", "i have an autistic
daughter") read as the parent not being able to phone. Other words and towns than the probe's;
parsed pages."""

from __future__ import annotations

import pytest

from directory.search.cannot_phone import cannot_phone
from directory.search.understand import understand
from tests.helpers import page, texts_of


def _talk(client, q: str, location: str = "") -> list[str]:
    soup = page(client.get("/search", query_string={"q": q, "location": location}))
    return [name.split(":")[0].strip() for name in texts_of(soup, "aside.app-talk-now li")]


@pytest.mark.parametrize(
    "q",
    [
        "one of our students says her mums partner comes into her room, shes 11, who can staff"
        " refer to",
        "our pupil (yr 5) disclosed her step mums boyfriend touched her, where can we refer",
        "family support following disclosure of csa by an uncle, boy aged 7",
        "children's independent sexual violence advisor needed in this area",
    ],
)
def test_a_professional_in_the_fields_words_is_read_as_one(bundled_client, q):
    assert understand(q).asker.persona == "professional"
    talk = _talk(bundled_client, q, "Lewes")
    assert talk and talk[0] == "NSPCC Helpline", talk


@pytest.mark.parametrize(
    "q",
    [
        "my mums boyfriend comes in my room at night and touches me",
        "i need an independent sexual violence adviser, he raped me last year",
    ],
)
def test_the_same_words_about_oneself_are_not_a_professionals(q):
    assert understand(q).asker.persona in ("child", "adult")


@pytest.mark.parametrize(
    ("q", "age"),
    [
        ("me 46, keep thinkin bout young girls in ways i shouldnt, need to stop", 46),
        ("me 38 yr old, cant stop lookin at images of kids, help", 38),
        ("fella here havin thoughts abt kids i dont want", None),
    ],
)
def test_a_grown_up_in_dropped_letters_worried_about_their_thoughts(bundled_client, q, age):
    asker = understand(q).asker
    assert (asker.persona, asker.age) == ("own-behaviour", age)
    talk = _talk(bundled_client, q, "Frome")
    assert talk and talk[0] == "Stop It Now helpline", talk
    assert "Childline" not in talk


def test_me_and_a_young_age_is_a_childs_own():
    asker = understand("me 12 my step brother touches me").asker
    assert (asker.persona, asker.age) == ("child", 12)


@pytest.mark.parametrize(
    "q",
    [
        "what can i do for my deaf boy, his cousin sexually abused him",
        "i have an autistic daughter and her grandad has been abusing her",
        "ive got a blind son and his uncle touched him",
    ],
)
def test_a_parents_described_child_leaves_the_parents_phone_lines_first(bundled_client, q):
    assert understand(q).asker.persona == "parent"
    talk = _talk(bundled_client, q, "Kettering")
    assert talk and talk[0] == "NSPCC Helpline", talk


@pytest.mark.parametrize(
    ("text", "cannot"),
    [
        ("how can i support my autistic girl after what happened", False),
        ("i work with deaf children and one disclosed", False),
        ("im autistic and phone calls are hard", True),
        ("i am hard of hearing, my uncle abused me as a child", True),
    ],
)
def test_not_being_able_to_phone_is_the_askers_own(text, cannot):
    assert cannot_phone(text, someone_else=True) is cannot


@pytest.mark.parametrize(
    "q",
    [
        "im 14 n i looked at my little cousin getting changed and had weird thoughts",
        "14 f i keep staring at my stepsister in a sexual way, how can i stop",
    ],
)
def test_a_teenager_worried_about_looking_at_a_young_relative_gets_stop_it_now(bundled_client, q):
    asker = understand(q).asker
    assert asker.persona == "own-behaviour" and asker.age == 14
    talk = _talk(bundled_client, q, "Ludlow")
    assert talk[:2] == ["Stop It Now helpline", "Childline"], talk


def test_a_teenager_looked_at_by_a_relative_is_still_the_one_harmed():
    q = "im 13 and my stepbrother watched me in the shower and i got weird feelings"
    assert understand(q).asker.persona == "child"


@pytest.mark.parametrize(
    "q",
    [
        "im 41, frightened of the thoughts i get about young boys, i would never act on them",
        "worried about the feelings i keep having about little girls",
    ],
)
def test_afraid_of_the_thoughts_one_has_about_children_is_worry_about_oneself(bundled_client, q):
    """(w27lines noticed) "i'm 38 and i'm scared of the thoughts i have about young girls" was
    read as an adult survivor's."""
    assert understand(q).asker.persona == "own-behaviour"
    talk = _talk(bundled_client, q, "Bridport")
    assert talk and talk[0] == "Stop It Now helpline", talk


def test_a_professionals_toddler_is_not_sent_to_an_adults_only_centre(bundled_client):
    """(judged case w27j-6) a practice nurse's "toddler … need sarc for forensic exam" at
    "leics" had the Leicestershire SARC, for over-18s only, as its first card."""
    q = "health visitor, a toddler on my caseload has injuries, need a sarc for a forensic medical"
    assert understand(q).asker.for_age == 2
    soup = page(bundled_client.get("/search", query_string={"q": q, "location": "Hinckley"}))
    first = texts_of(soup, "li.app-result h3")[:3]
    assert first and not any("Juniper Lodge" in name for name in first), first


@pytest.mark.parametrize(("path", "q"), [("/search", "pls help me"), ("/cy/search", "helpwch fi")])
def test_everyday_words_alone_get_no_suicide_line_among_the_first_cards(bundled_client, path, q):
    """(w27lines noticed) "help" alone had HOPELINE247 (PAPYRUS Prevention of Young Suicide)
    as the third card: everyday words skipped the rule the other searches follow."""
    soup = page(bundled_client.get(path, query_string={"q": q, "location": ""}))
    first = texts_of(soup, "li.app-result h3")[:3]
    assert len(first) == 3 and not any("Suicide" in name for name in first), first


def test_words_of_suicide_still_put_a_suicide_line_first(bundled_client):
    soup = page(bundled_client.get("/search", query_string={"q": "i want to end my life"}))
    first = texts_of(soup, "li.app-result h3")[:3]
    assert any("Suicide" in name or name == "Samaritans" for name in first), first


@pytest.mark.parametrize(
    "q", ["dwi'n ofnus, mae llyschwaer fi yn brifo fi", "mae llysfrawd fi yn cyffwrdd fi bob nos"]
)
def test_a_welsh_child_hurt_by_a_step_sibling_gets_the_childrens_lines(bundled_client, q):
    """(twenty-second walk-through F1) "dwi ofn, mae llysfrawd fi yn brifo fi" had Byw Heb Ofn
    and Stop It Now as the first national cards: "llysfrawd fi" was not read as "fy
    llysfrawd"."""
    assert understand(q).asker.persona == "child"
    soup = page(bundled_client.get("/cy/search", query_string={"q": q, "location": "Pontypridd"}))
    talk = [n.split(":")[0].strip() for n in texts_of(soup, "aside.app-talk-now li")]
    assert talk[:2] == ["Llinell gymorth Meic", "Childline"], talk
    national = texts_of(soup, "section[aria-labelledby=national-title] li.app-result h3")[:3]
    assert national[:2] == ["Llinell gymorth Meic", "Childline"], national
    assert "Stop It Now helpline" not in national


@pytest.mark.parametrize(
    ("path", "q", "location"),
    [
        ("/search", "my uncle comes in my room and touches me, im twelve", "Paignton"),
        ("/search", "im 14 i keep thinking about touching my little cousin how do i stop", "Leigh"),
        ("/cy/search", "mae fy llystad yn cyffwrdd fi, dwi'n 11", "Rhydaman"),
    ],
)
def test_more_services_opens_with_the_services_for_them_not_a_crisis_line(
    bundled_client, path, q, location
):
    """(twenty-third walk-through F1) "More services available wherever you live" opened with
    Samaritans and Shout for children of 11 and 13 who spoke of no crisis (the results page
    keeps them out of its first three; the rest came next)."""
    results = page(bundled_client.get(path, query_string={"q": q, "location": location}))
    link = next(a for a in results.select("a[href]") if a["href"].endswith("/more"))
    more = texts_of(page(bundled_client.get(link["href"])), "li.app-result h3")
    crisis = ("Samaritans", "Samariaid", "Shout 85258", "HOPELINE247")
    assert more and not any(name.startswith(crisis) for name in more[:3]), more
    later = [n for n, name in enumerate(more) if name.startswith(crisis)]
    assert all(n >= len(more) - len(later) for n in later), more  # after every other card
