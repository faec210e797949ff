"""(w36pro) Professionals' own words keep the child's age, and the page speaks to them as
professionals (the thirtieth independent phone walk-through, F2 and F7; the eleventh Welsh
review, F2; tested here in other words and other towns than theirs).

- A child named with an age, then an advocate asked for in the field's words ("need an ISVA",
  "want an IDVA", "looking for a chisva / isva"): the advocate is the child's, not an adult
  survivor's own. The child's age is read (the stated-age line), the talk box holds a child's
  lines and not the line for those 16 and over, and no adults' survivor line leads the national
  cards; with or without the professional
  switch. An adult recalling their own abuse at that age is still read as an adult.
- "Historic", "historical", "non-recent" abuse of a child: a children's centre whose own
  listing says it helps after recent or past abuse is a local card, not under "may not be for
  you"; and the page never says that no service near says it helps under-18s above a card,
  further down, that takes under-18s.
- The lead-in "You cannot ring or text these services yourself: … ask a grown-up you trust to
  contact them for you" is for a child asking
  only: never with the professional switch on, never for a professional's words; and said of
  one service when there is one local card (English and Welsh).
"""

from __future__ import annotations

import pytest

from tests.helpers import bundled_records, posted_results, talk_box, words_of

NAPAC = "napac"
ADULT_LINES = {NAPAC, "survivors-trust", "rape-crisis-247"}


def _ids(section) -> list[str]:
    """The listing ids of the result cards in a section of the page, in order."""
    return [
        a["href"].rsplit("/", 1)[1].split("?")[0]
        for a in section.select("li.app-result h3 a[href]")
        if "/service/" in a["href"]
    ]


def _national(soup) -> list[str]:
    return _ids(soup.select_one("#national-title").find_parent("section"))


def _local(soup) -> list[str]:
    """The first local cards: those in the section before the national answers."""
    title = soup.select_one("#local-title")
    return [] if title is None else _ids(title.find_parent("section"))[: len(_first_list(soup))]


def _first_list(soup) -> list:
    title = soup.select_one("#local-title")
    section = title.find_parent("section")
    found = []
    for ul in section.select("ul.app-results"):
        found.extend(ul.select("li.app-result"))
    return found


# --- F2: an advocate asked for a child named with an age ---------------------------------
ADVOCATE_FOR_A_CHILD = [
    ("14 yo girl, abused by stepdad, s47 started, need an IDVA and counselling", "Swindon"),
    ("11 yr old lad abused by older cousin, need an isva / chisva", "Preston"),
    ("children's services: girl aged 15, abused by brother, strategy meeting held, want an ISVA",
     "Norwich"),
    ("12 year old boy, sexual abuse by grandfather, looking for an isva", "Lincoln"),
    ("CSE concerns, 14 year old girl, groomed and abused by uncle, need an isva", "Ipswich"),
]  # fmt: skip


@pytest.mark.parametrize("professional", [True, False])
@pytest.mark.parametrize(("q", "location"), ADVOCATE_FOR_A_CHILD)
def test_an_advocate_asked_for_a_child_keeps_the_childs_age(
    bundled_client, q, location, professional
):
    soup = posted_results(bundled_client, q, location, professional=professional)
    assert soup.select_one("p.app-stated-age") is not None, q
    lines = talk_box(soup)
    # a child's lines, not the line for those 16 and over
    assert any(line.startswith(("Childline", "NSPCC")) for line in lines), lines
    assert not any(line.startswith("24/7 Rape") for line in lines), lines
    assert not set(_national(soup)[:2]) & ADULT_LINES, _national(soup)[:3]


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("abused by my dad as a 13 year old, now need an isva", "Blackburn"),
        ("raped by my uncle at 14 yrs old, i want an isva", "Grimsby"),
    ],
)
def test_an_adult_asking_for_their_own_advocate_is_still_an_adult(bundled_client, q, location):
    soup = posted_results(bundled_client, q, location)
    lines = talk_box(soup)
    assert not any(line.startswith("Childline") for line in lines), lines


# --- F2: a child's abuse in the past, and a children's centre that helps after it ----------
PAST_ABUSE_OF_A_CHILD = [
    ("school nurse here: 15 yr old lad, non-recent sexual abuse by his uncle, wants counselling",
     "Stafford"),
    ("social worker: boy aged 13, historical abuse by his grandfather, looking for counselling",
     "Tamworth"),
    ("referral for a 14 year old girl, historic abuse by her step-grandad, low mood, therapy",
     "Rugeley"),
]  # fmt: skip
UNDER_18S = "No service near you that matches your words says it helps under-18s"


@pytest.mark.parametrize(("q", "location"), PAST_ABUSE_OF_A_CHILD)
def test_a_childrens_centre_helping_after_past_abuse_is_a_local_card(bundled_client, q, location):
    records = bundled_records()
    soup = posted_results(bundled_client, q, location, professional=True)
    local = _local(soup)
    past_too = [
        sid
        for sid in local
        if "children-young-people" in records[sid].get("audiences", [])
        and "past" in records[sid]["description"]
    ]
    assert past_too, local
    assert UNDER_18S not in words_of(soup.select_one("main") or soup)


@pytest.mark.parametrize(("q", "location"), PAST_ABUSE_OF_A_CHILD)
def test_no_under_18s_sentence_above_a_card_for_under_18s(bundled_client, q, location):
    records = bundled_records()
    soup = posted_results(bundled_client, q, location, professional=True)
    text = words_of(soup.select_one("main") or soup)
    if UNDER_18S not in text:
        return
    national = set(_national(soup))
    below = [sid for sid in _ids(soup) if sid not in national]  # every local card on the page
    assert below
    for sid in below:
        top = records[sid].get("maximum_age")
        young = "children-young-people" in records[sid].get("audiences", [])
        assert not (young or (top is not None and top < 18)), sid


# --- F7: the lead-in is a child's ------------------------------------------------------------
LEAD_IN = "p.app-none-alone"


@pytest.mark.parametrize(
    ("q", "location", "professional"),
    [
        ("im 13 and my older cousin does sexual stuff to me", "Egremont", True),
        ("year 8 pupil aged 12 disclosed her stepdad touches her, counselling referral",
         "Maryport", True),
        ("practice nurse - 11 year old patient says her uncle abuses her", "Cockermouth", False),
        ("12 yr old girl, abused by her grandad, need an isva", "Keswick", False),
    ],
)  # fmt: skip
def test_no_childs_lead_in_for_a_professional(bundled_client, q, location, professional):
    soup = posted_results(bundled_client, q, location, professional=professional)
    assert soup.select_one(LEAD_IN) is None, words_of(soup.select_one(LEAD_IN))
    assert soup.select_one("p.app-alone") is None  # nor the card's "on your own yet"


@pytest.mark.parametrize(
    ("q", "location", "lang", "one", "many"),
    [
        ("my step brother touches me at night, im 11", "Chester-le-Street", "en",
         "This service has", "These services"),
        ("mae fy nhaid yn gwneud pethau drwg i fi, dwi'n 12", "Spennymoor", "cy",
         "gwasanaeth hwn", "gwasanaethau hyn"),
    ],
)  # fmt: skip
def test_one_local_card_is_one_service(bundled_client, q, location, lang, one, many):
    soup = posted_results(bundled_client, q, location, lang)
    lead = soup.select_one(LEAD_IN)
    assert lead is not None
    said = words_of(lead)
    assert one in said and many not in said, said
    # (w49note) the card gives no number and says nothing of referral: the lines above
    helpers = "siaradwch â’r bobl uchod" if lang == "cy" else "talk to the people above"
    assert helpers in said, said
