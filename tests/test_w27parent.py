"""(w27parent) A parent or a professional telling of abuse already done to a child gets the
child's help first, and words asking for a forensic or medical examination find a sexual
assault referral centre (an independent phone walk-through, F2 and F3; tested here in other
words and other towns than its own).

- A parent telling what was done to their child in the passive ("was touched by his step
  grandad"), or of sexual images asked of the child ("asking her for nudes", "got my son to
  send pics of himself"), in Welsh too ("wedi cael ei chyffwrdd gan…", "gofyn am luniau
  noeth"): Stop It Now, a line for people worried about someone's behaviour, is neither in the
  first two lines of "Talk to someone now" nor among the first three national cards, wherever
  they live. A worry about someone's behaviour keeps it near the top.
- Words asking for an examination ("child protection medical", "where can he be checked",
  "swabs", Welsh "archwiliad meddygol"): the NHS finder of sexual assault referral centres
  among the first three national cards, and a local children's centre first among the local
  cards when one covers the place.
"""

from __future__ import annotations

import pytest

from tests.helpers import page, texts_of

STOP_IT_NOW = ("Stop It Now", "Lucy Faithfull Foundation Wales")
SARC_FINDER = "NHS Sexual Assault Referral Centres (SARCs)"


def _search(client, q: str, location: str, welsh: bool = False, professional: bool = False):
    path = "/cy/search" if welsh else "/search"
    if professional:
        response = client.post(
            path, data={"q": q, "location": location, "as_professional": "1"}, follow_redirects=True
        )
        return page(response)
    return page(client.get(path, query_string={"q": q, "location": location}))


def _talk(soup) -> list[str]:
    return [line.split(":")[0].strip() for line in texts_of(soup, "aside.app-talk-now li")]


def _national(soup) -> list[str]:
    titles = texts_of(soup, "section.app-national h3.app-result__title")
    assert titles, soup.get_text(" ", strip=True)[:400]
    return titles


def _local(soup) -> list[str]:
    """The cards under the place's own heading, in page order (not the national ones)."""
    section = soup.select_one("section[aria-labelledby='local-title']")
    assert section is not None, "no local section"
    return [" ".join(h.get_text().split()) for h in section.select("h3.app-result__title")]


def _any(titles: list[str], names: tuple[str, ...]) -> bool:
    return any(title.startswith(name) for title in titles for name in names)


@pytest.mark.parametrize(
    ("q", "location", "welsh"),
    [
        (
            "my lad is 9 and was touched by his step grandad last month, what do we do",
            "Goole",
            False,
        ),
        ("our daughter got groped by her uncle at a party, shes 11", "Brigg", False),
        ("my 6 year old has been sexually touched by a family friend", "Hornsea", False),
        ("her step grandad has been asking my 13 yr old for nudes on snapchat", "Beverley", False),
        (
            "found texts on my sons phone, his football coach asking for photos of him",
            "Hessle",
            False,
        ),
        ("a man online got my boy to send pics of himself, he is 12", "Scunthorpe", False),
        ("my little girl was touched by her mums ex, im her dad", "Barnsley", False),
        (
            "granddaughter aged 8 was fondled by her step grandfather, i am her nan",
            "Ipswich",
            False,
        ),
        ("cafodd fy mab ei gyffwrdd gan ei ewythr, beth nawr", "Bangor", True),
        ("mae dyn wedi bod yn gofyn i fy merch am luniau noeth ar ei ffon", "Wrecsam", True),
        # a worry for the child, or the parent's own state, told with it
        ("my boy aged 7 got touched by his step brother, im worried sick", "Howden", False),
        (
            "our girl was sexually abused by a neighbour and i am so anxious for her",
            "Epworth",
            False,
        ),
        (
            "my 10 year old disclosed her uncle abused her, concerned about how she is sleeping",
            "Kettering",
            False,
        ),
        # grooming told with abuse beyond it: abuse done, not a worry about his behaviour
        (
            "my daughters step grandad groomed her for months then molested her, she is 10",
            "Thorne",
            False,
        ),
        ("the lodger had been grooming my son and last week sexually abused him", "Louth", False),
    ],
)
def test_a_parent_telling_of_abuse_done_is_not_shown_stop_it_now_first(
    bundled_client, q, location, welsh
):
    soup = _search(bundled_client, q, location, welsh)
    talk = _talk(soup)
    assert talk and not _any(talk[:2], STOP_IT_NOW), talk
    assert not _any(_national(soup)[:3], STOP_IT_NOW), _national(soup)


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("worried my partner is too interested in my daughter", "Driffield"),
        ("i think my dad is grooming my little boy", "Bridlington"),
        ("signs a family member may be a risk to kids", "Hedon"),
        ("what are the warning signs someone might harm a child", "Market Rasen"),
        ("im concerned my brother in law wants to be alone with my kids", "Leicester"),
    ],
)
def test_a_worry_about_someones_behaviour_keeps_stop_it_now_near_the_top(
    bundled_client, q, location
):
    soup = _search(bundled_client, q, location)
    assert _any(_national(soup)[:3], STOP_IT_NOW), _national(soup)


@pytest.mark.parametrize(
    ("q", "location", "professional"),
    [
        (
            "6 yr old boy disclosed abuse by his step grandad, requires child protection medical",
            "Warminster",
            True,
        ),
        ("forensic examination needed for girl aged 4, abuse by her uncle", "Salisbury", True),
        ("my son is 7, his cousin abused him on saturday, where can he be checked", "Derby", False),
        ("does my 8 year old daughter need swabs after what her step dad did", "Truro", False),
        (
            "need a paediatric assessment for my 5 yr old, her grandad touched her",
            "Scunthorpe",
            False,
        ),
        (
            "my 9 year old needs a medical examination after being abused by his uncle",
            "Swindon",
            False,
        ),
    ],
)
def test_words_asking_for_an_examination_find_the_centres_finder_early(
    bundled_client, q, location, professional
):
    soup = _search(bundled_client, q, location, professional=professional)
    national = _national(soup)
    assert SARC_FINDER in national[:3], national
    assert not _any(national[:3], STOP_IT_NOW), national
    talk = _talk(soup)
    assert not _any(talk[:2], STOP_IT_NOW), talk


@pytest.mark.parametrize(
    ("q", "location", "first"),
    [
        (
            "my 6 year old needs a forensic medical after her grandad touched her",
            "Sunderland",
            "Newcastle Paediatric SARC",
        ),
        (
            "GP here, 5 year old boy may need to be examined after abuse by his uncle",
            "Gateshead",
            "Newcastle Paediatric SARC",
        ),
        (
            "does my daughter aged 7 need a check up after her step dad abused her",
            "Exeter",
            "Devon & Cornwall SARC children's service",
        ),
    ],
)
def test_a_local_childrens_centre_comes_first_when_an_examination_is_asked(
    bundled_client, q, location, first
):
    local = _local(_search(bundled_client, q, location))
    assert local and local[0].startswith(first), local


def test_a_local_centre_for_adults_only_is_not_first_for_a_young_child(bundled_client):
    # (Derbyshire's centre is for 18s and over; the East Midlands children's service covers it)
    local = _local(
        _search(
            bundled_client,
            "my 4 year old needs a forensic exam, her uncle abused her",
            "Chesterfield",
        )
    )
    assert local and "Millfield" not in local[0], local


def test_welsh_words_asking_for_an_examination_find_a_centre(bundled_client):
    soup = _search(
        bundled_client,
        "mae angen archwiliad fforensig ar fy mab 7 oed ar ôl i'w ewythr ei gam-drin",
        "Caernarfon",
        welsh=True,
    )
    national = _national(soup)
    near = [t for t in texts_of(soup, "h3.app-result__title") if t not in national]
    assert any("Amethyst" in title for title in near[:2]), near
    assert not _any(_talk(soup)[:2], STOP_IT_NOW), _talk(soup)
    assert not _any(national[:3], STOP_IT_NOW), national
