"""The tenth walk-through's F1 (branch w14own), in other words and towns than its own: sexual
images of children on the asker's own device, or found on them ("child images", "cp", "kid
porn"), the body's words for arousal ("i get hard around…"), and sexual things thought about a
younger brother or sister are the asker's own behaviour: Stop It Now first (with Childline
beside it for a young person); a partner or relative of someone who looked at such images, or
was arrested for them, gets Stop It Now first too (its listing: anyone worried "about another
adult or a young person"; the Lucy Faithfull Foundation "supports the families of people
arrested for online offences"), never Childline first. Both ways: a child shown images, or
telling that someone else "gets hard", never gets it; English and Welsh."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from directory.search.understand import understand

STOP_IT_NOW = ("Stop It Now helpline", "Lucy Faithfull Foundation Wales", "The Lucy Faithfull")


@pytest.mark.parametrize(
    "q",
    [
        # images on the asker's own device, or found on them
        "my girlfriend saw kid porn on my computer and left, how do i stop",
        "my partner discovered cp on my work phone",
        "theres child images in my cloud account and i feel sick",
        "mum caught me looking at child porn",
        # the body's words for arousal, said of oneself
        "i keep getting hard when i see young girls in the park",
        "i got stiff around my nephew and i am scared of myself",
        "i always get a semi near children",
        # sexual things thought about a child of the family, by a young person too
        "im 15 and i keep thinking dirty things about my baby brother hes 6",
        "i think sexual stuff about my step daughter",
        "keep thinking sexual things about kids at the school gate",
        "im 17 and keep having sexual thoughts about my younger cousin whos 9",
        # Welsh
        "dwi'n cael codiad o gwmpas plant bach",
        "ges i godiad wrth weld fy nith",
        "dwi'n 15 a dwi'n meddwl pethau budr am fy mrawd bach",
    ],
)
def test_own_images_arousal_and_thoughts_read_as_own_behaviour(q: str) -> None:
    assert understand(q).asker.persona == "own-behaviour", q


@pytest.mark.parametrize(
    "q",
    [
        "my boyfriend has been watching child abuse videos, what support is there for me",
        "my sister was arrested for child porn, how do we support her",
        "my husband has child abuse pictures on his laptop and the police have been",
        "my son got charged with indecent images and we dont know where to turn",
        "my dad has been arrested for online offences, how do i cope",
        "found kiddie porn on my husbands laptop",
        "my wife was caught downloading child porn",
    ],
)
def test_a_relative_of_someone_viewing_images_is_neither_a_child_nor_a_parent_telling_of_harm(
    q: str,
) -> None:
    """(Who is asking is left unsaid, or read as worried about behaviour as some of these words
    were before; the words about someone's behaviour put Stop It Now first: below.)"""
    assert understand(q).asker.persona in ("", "own-behaviour"), q


@pytest.mark.parametrize(
    "q",
    [
        # a child or young person shown or sent images, or telling of someone else's body
        "my stepdad shows me child porn on his tablet",
        "a man sent child images to my phone on snapchat",
        "my cousin put cp on my laptop to get me in trouble",
        "he gets hard when i sit next to him, im 11",
        "my uncle got a boner when he tickled me",
        "my mums boyfriend keeps getting hard around me and my sister",
        # a parent whose child was the one in the pictures, or shown them
        "my husband was arrested for indecent images of our daughter",
        "my ex has pictures of my kids naked",
        # "hard" in its everyday sense
        "it gets hard around the kids at bedtime",
        "things got hard when my kids were born",
        "i find it hard around kids since what happened to me",
        "i got wet when the kids splashed me at the pool",
        "i get stiff when i play football with the kids",
        "im 15 and keep dreaming about my boyfriend",
        # a child telling that a parent was arrested
        "im 12 and my dad got arrested for child porn",
        # Welsh: his body, and images shown to me
        "mae e'n cael codiad pan dwi'n eistedd ar ei lin",
        "dangosodd fy ewythr bornograffi plant i mi",
    ],
)
def test_a_child_shown_images_or_other_words_are_not_own_behaviour(q: str) -> None:
    assert understand(q).asker.persona != "own-behaviour", q


def _page(client, q: str, location: str, welsh: bool = False) -> tuple[list[str], list[str]]:
    path = "/cy/search" if welsh else "/search"
    page = client.get(path, query_string={"q": q, "location": location}, follow_redirects=True)
    soup = BeautifulSoup(page.get_data(as_text=True), "html.parser")
    title = soup.find(id="talk-now-title")
    assert title is not None, "no talk box"
    box = title.find_parent(["aside", "section", "div"])
    talk = [li.get_text(" ", strip=True) for li in box.find_all("li")]
    cards = [h.get_text(" ", strip=True) for h in soup.find("main").select("li.app-result h3")]
    return talk, cards


@pytest.mark.parametrize(
    ("q", "location", "welsh"),
    [
        ("my partner found child images on my phone and i want help to stop", "Kendal", False),
        ("i get hard around little kids", "Stafford", False),
        ("i get hard around little kids", "", False),
        ("my boyfriend has been looking at child abuse images and the police took his phone",
         "Carlisle", False),
        ("my son was arrested for child porn, can anyone help us as a family", "Wigan", False),
        ("my dad has been arrested for online offences, how do i cope", "", False),
        ("my husband has child abuse pictures on his laptop and the police have been", "Exeter",
         False),
        ("my sister was arrested for child porn, how do we support her", "Truro", False),
        ("mae fy nhad wedi cael ei arestio am bornograffi plant", "Caerfyrddin", True),
        ("mae fy ngŵr wedi cael ei arestio am bornograffi plant", "Bangor", True),
    ],
)  # fmt: skip
def test_the_page_puts_stop_it_now_first_never_childline(bundled_client, q, location, welsh):
    talk, cards = _page(bundled_client, q, location, welsh)
    assert talk[0].startswith(STOP_IT_NOW), talk
    assert not any(line.startswith("Childline") for line in talk), talk
    assert cards[0].startswith(STOP_IT_NOW), cards[:3]


def test_a_young_persons_own_thoughts_get_stop_it_now_with_childline(bundled_client):
    talk, cards = _page(
        bundled_client, "im 15 and i keep thinking sexual things about my little brother", "Hull"
    )
    assert talk[0].startswith("Stop It Now helpline"), talk
    assert any(line.startswith("Childline") for line in talk), talk
    assert not any(line.startswith("24/7 Rape") for line in talk), talk
    assert cards[0].startswith(STOP_IT_NOW), cards[:3]


def test_a_child_shown_images_gets_childline_not_stop_it_now(bundled_client):
    talk, _cards = _page(
        bundled_client, "my brother showed me child images on his phone im 12", "Hull"
    )
    assert not talk[0].startswith(STOP_IT_NOW), talk
    assert any(line.startswith("Childline") for line in talk), talk
