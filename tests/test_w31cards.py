"""(w31cards, twenty-fifth walk-through F1-F4, F6) The cards available wherever you live, and
the "More services available wherever you live" page that continues them, are ordered by whom
each service is made for against who the words say is asking: those made for the asker, then
those open to everyone, then those made for other people (by the listings' audiences).

- A child: a line for children and young people (The Mix) before a line for all ages (Victim
  Support); the line for people worried about their own thoughts (Stop It Now), the centre of
  expertise for professionals and the parents' lines after every all-ages service on the More
  page. In Welsh too.
- An adult worried about his own thoughts: the line for him alone on the first screen, no
  parents' line, no line for the adults around a child, no victims' service; on the More page
  the lines for anyone struggling to cope before those for other people. In Welsh too.
- A man abused as a boy: no line for children or young people among his first cards ("as
  boys" says who he was, not who he is); the lines for worried people and the parents' lines
  after the adults' and all-ages services on the More page.
- A parent: the professionals' resource after the services for parents and everyone; the line
  for worried people stays early when the words ask about a child's harmful behaviour.
- A professional asking for care for a child after sexual abuse: Stop It Now neither first
  nor among the first three cards; "resources for professionals" still opens with the CSA
  Centre.

Parsed pages on the bundled listings, in words and towns other than the report's."""

from __future__ import annotations

import pytest

from tests.helpers import BUNDLED_SERVICES, new_app, page, posted_results

WORRIED_LINE = "stop-it-now"
PROS_RESOURCE = "csa-centre"
#: lines open to children and adults alike, for people who were harmed
ALL_AGES = ("victim-support", "nhs-sarcs", "rape-crisis-247")
#: lines for the adults around a child: parents' lines, and the NSPCC's line for adults
AROUND_A_CHILD = ("nspcc-helpline", "youngminds-parents-helpline", "family-lives")
#: lines for anyone struggling to cope
STRUGGLING = ("samaritans", "shout-85258", "samaritans-welsh-language-line")
#: (twenty-sixth walk-through F4) lines for young people, made for others than a parent
YOUNG_LINES = ("childline", "the-mix", "meic")
#: the cards that come last whoever asks: for a community nobody named, or for suicide
LAST_FOR_ALL = (
    "jewish-womens-aid",
    "karma-nirvana-honour-based-abuse-helpline",
    "muslim-womens-network-helpline",
    "signhealth-deaf-domestic-abuse-service",
    "papyrus-hopeline",
    *STRUGGLING,
)

CHILDREN = [
    ("im 14 and my uncle does sexual things to me when he babysits", "Bideford", "en"),
    ("my big cousin makes me do stuff to him, i'm 11 and scared", "Huntingdon", "en"),
    ("my nan's boyfriend touches me at night, im 13", "Stamford", "en"),
    ("mae llystad fi'n cyffwrdd fi yn y nos, dwi'n 12", "Aberteifi", "cy"),
    ("mae fy ewythr yn gwneud pethau rhywiol i fi, dwi'n 14", "Llanidloes", "cy"),
]
OWN_THOUGHTS = [
    (
        "i'm 45 and have sexual feelings about kids, never acted, need help to stop",
        "Wymondham",
        "en",
    ),
    (
        "worried about my urges towards children, want to talk to someone before anything happens",
        "Ludlow",
        "en",
    ),
    ("scared of my own thoughts about young boys, 52", "Malton", "en"),
    ("dwi'n cael meddyliau rhywiol am blant bach ac mae arna i ofn", "Machynlleth", "cy"),
]
MEN = [
    ("support group for blokes who were abused as boys", "Skegness"),
    ("men sexually abused in childhood looking for a group", "Cromer"),
    ("im 61, my uncle abused me when i was a boy, need someone to talk to", "Bridport"),
]
PARENTS = [
    ("my 8 year old told me her uncle touched her, what do we do", "Sudbury"),
    ("found out my brother in law abused my son aged 10", "Frome"),
]
CARE_FOR_A_CHILD = [
    (
        "counselling referral for a 6 year old after sexual abuse by her older brother",
        "Cirencester",
    ),
    ("school counsellor: therapy for pupil aged 9 after abuse by a cousin", "Stroud"),
    ("play therapy for a boy of 7 after intrafamilial sexual abuse", "Evesham"),
]


@pytest.fixture(scope="module")
def client(bundled_root):
    app = new_app(DIRECTORY_INDEX_PATH=bundled_root, DIRECTORY_DATA_PATH=BUNDLED_SERVICES)
    return app.test_client()


def _ids(soup, selector: str) -> list[str]:
    return [
        a["href"].rsplit("/service/", 1)[1]
        for ul in soup.select(selector)
        for a in ul.select("li.app-result h3.app-result__title a")
    ]


def _pages(client, q: str, location: str, lang: str = "en", professional: bool = False):
    """The national cards on the results page and those on the More page, as ids in order."""
    soup = posted_results(client, q, location, lang, professional)
    first = _ids(soup, "section.app-national ul.app-results")
    links = [a for a in soup.select("main a") if a.get("href", "").endswith("/more")]
    assert len(links) <= 1
    more = _ids(page(client.get(links[0]["href"])), "ul.app-results") if links else []
    return first, more


def _last_but_for_all(order: list[str], sid: str, also: tuple[str, ...] = ()) -> None:
    """``sid`` is shown, and only the cards that come last whoever asks (and ``also``) come
    after it."""
    assert sid in order, order
    assert set(order[order.index(sid) + 1 :]) <= {*LAST_FOR_ALL, *also}, order


def _after(order: list[str], later: str, before: tuple[str, ...]) -> None:
    """``later`` (when shown) comes after every one of ``before`` that is shown."""
    if later not in order:
        return
    shown = [sid for sid in before if sid in order]
    assert all(order.index(sid) < order.index(later) for sid in shown), (later, order)


@pytest.mark.parametrize(("q", "location", "lang"), CHILDREN)
def test_a_child_gets_the_lines_for_children_first_and_others_lines_last(client, q, location, lang):
    first, more = _pages(client, q, location, lang)
    order = first + more
    assert first[0] in ("childline", "meic"), first
    # a line made for children and young people before a line for all ages
    _after(order, "victim-support", ("the-mix",) if lang == "en" else ())
    if lang == "en":
        assert "the-mix" in first[:2], first
    # nothing made for other people among the first cards
    assert not {WORRIED_LINE, PROS_RESOURCE, *AROUND_A_CHILD} & set(first), first
    # ... and on the More page after every service open to everyone
    for later in (WORRIED_LINE, PROS_RESOURCE, "nspcc-helpline", "family-lives"):
        _after(order, later, ALL_AGES + ("ceop-safety-centre", "marie-collins-foundation"))
    assert WORRIED_LINE in more and PROS_RESOURCE in more, more  # never hidden


@pytest.mark.parametrize(("q", "location", "lang"), OWN_THOUGHTS)
def test_someone_worried_about_their_own_thoughts_sees_only_the_line_for_them_first(
    client, q, location, lang
):
    first, more = _pages(client, q, location, lang)
    assert first == [WORRIED_LINE], first
    # the cards for other people are one tap away; (twenty-sixth walk-through F6) the lines
    # open to anyone struggling after them, as for everyone whose words speak of no distress
    assert more, "the other services are still there"
    for later in (*AROUND_A_CHILD, "napac", "rape-crisis-247", "victim-support"):
        for line in STRUGGLING:
            _after(more, line, (later,))
        assert later not in first


@pytest.mark.parametrize(("q", "location"), MEN)
def test_a_man_abused_as_a_boy_gets_no_childrens_line_and_others_lines_last(client, q, location):
    first, more = _pages(client, q, location)
    order = first + more
    assert not {"the-mix", "childline", WORRIED_LINE, *AROUND_A_CHILD} & set(first), first
    adults = ("napac", "survivors-trust", "safeline-nmsh", "galop-rsa", "rape-crisis-247")
    adults += ("victim-support", "nhs-sarcs")
    for later in (WORRIED_LINE, "the-mix", "childline", *AROUND_A_CHILD, PROS_RESOURCE):
        _after(order, later, adults)


@pytest.mark.parametrize(("q", "location"), PARENTS)
def test_a_parent_gets_the_professionals_resource_after_the_services_for_them(client, q, location):
    first, more = _pages(client, q, location)
    order = first + more
    assert first[0] == "nspcc-helpline", first
    assert PROS_RESOURCE in more
    # (twenty-sixth walk-through F4) and the lines for young people, made for others too
    _last_but_for_all(order, PROS_RESOURCE, YOUNG_LINES)


def test_a_parent_asking_about_a_childs_harmful_behaviour_still_gets_stop_it_now_early(client):
    first, _more = _pages(
        client, "how can i get help for my 13 year old who is sexually harming his brother", "Chard"
    )
    assert WORRIED_LINE in first, first


@pytest.mark.parametrize(("q", "location"), CARE_FOR_A_CHILD)
def test_a_professional_asking_for_care_for_a_harmed_child_gets_no_worried_line_first(
    client, q, location
):
    first, more = _pages(client, q, location, professional=True)
    assert WORRIED_LINE not in first, first
    # (with the professionals' resource, for a parent's words, and the foundation that runs the
    # line, which shares its number)
    also = (PROS_RESOURCE, "lucy-faithfull-foundation", *YOUNG_LINES)
    _last_but_for_all(first + more, WORRIED_LINE, also)


@pytest.mark.parametrize(
    "q", ["resources for professionals about child sexual abuse", "csa centre"]
)
def test_a_professional_asking_for_the_professionals_resource_still_gets_it_first(client, q):
    first, _more = _pages(client, q, "Cheltenham", professional=True)
    assert first[0] == PROS_RESOURCE, first
