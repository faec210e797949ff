"""(w34child) A child far from a service they cannot use alone, and the professional's pack (the
twenty-eighth independent phone walk-through, F5 and F6; tested here in other words and other
towns than its own).

- A child who says their age, younger than the age from which a local service takes people by
  themselves (its listing's ``self_referral_from_age``), sees on that service's card, in a
  child's words, that they cannot contact it on their own yet and that a grown-up they trust, a
  teacher, school nurse or doctor can contact it for them; the card is still shown. English and
  Welsh. A child old enough, a parent, and a card with no such age, get no such line.
- The referral pack (ids only, not the place searched) says of each local service, first and in
  plain words, that it covers its area only; a national service has no such line.
"""

from __future__ import annotations

import pytest

from tests.helpers import bundled_records, cards_and_words, page

ALONE_EN = "You cannot contact them on your own yet"
ALONE_CY = "Allwch chi ddim cysylltu â nhw ar eich pen eich hun eto"
HELPERS_EN = "A grown-up you trust, or a teacher, school nurse or doctor"
HELPERS_CY = "Gall oedolyn rydych chi’n ymddiried ynddo"


def _cards(client, q: str, location: str, welsh: bool = False) -> list[tuple[str, str]]:
    """Each result card on the page: its listing's id and its text."""
    path = "/cy/search" if welsh else "/search"
    return cards_and_words(page(client.get(path, query_string={"q": q, "location": location})))


@pytest.mark.parametrize(
    ("q", "location", "age", "welsh"),
    [
        ("my older step brother keeps touching me at night, I am 12", "Pickering", 12, False),
        ("im 14 and my uncle makes me do sexual things when i stay over", "Whitby", 14, False),
        ("a boy in my class forces me to do stuff. i'm ten", "Harrogate", 10, False),
        ("my brother touches me when no one is home im 12", "Leighton Buzzard", 12, False),
        ("mae fy ewythr yn cyffwrdd â fi, dwi’n 13 oed", "Helmsley", 13, True),
    ],
)
def test_a_child_younger_than_a_service_takes_alone_is_told_who_can_contact_it(
    bundled_client, q, location, age, welsh
):
    records = bundled_records()
    alone, helpers = (ALONE_CY, HELPERS_CY) if welsh else (ALONE_EN, HELPERS_EN)
    cards = _cards(bundled_client, q, location, welsh)
    too_young = [
        sid
        for sid, _ in cards
        if "self-referral" in records[sid].get("referral_routes", [])
        and (records[sid].get("self_referral_from_age") or 0) > age
    ]
    assert too_young, [sid for sid, _ in cards]  # the card is still shown
    for sid, text in cards:
        assert (alone in text) == (sid in too_young), (sid, text[:200])
        if sid in too_young:
            assert helpers in text
            assert str(records[sid]["self_referral_from_age"]) in text.split(alone, 1)[1][:120]


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("im 17 and my stepdad abused me when i was younger", "Pickering"),
        ("my son is 8 and his uncle touched him", "Whitby"),
        ("dsl here: pupil aged 9 disclosed abuse by her cousin", "Harrogate"),
    ],
)
def test_no_such_line_for_a_child_old_enough_a_parent_or_a_professional(
    bundled_client, q, location
):
    cards = _cards(bundled_client, q, location)
    assert cards
    assert not any(ALONE_EN in text for _, text in cards)


@pytest.mark.parametrize("welsh", [False, True])
def test_the_referral_pack_says_a_local_service_covers_its_area_only(bundled_client, welsh):
    records = bundled_records()
    local = next(
        sid for sid, r in records.items() if r.get("service_area", {}).get("local_authorities")
    )
    national = "nspcc-helpline"
    prefix = "/cy" if welsh else ""
    soup = page(bundled_client.get(f"{prefix}/referral-pack?id={local}&id={national}"))
    sections = soup.select(".app-pack-services section")
    assert len(sections) == 2
    words = "Yn cwmpasu" if welsh else "Covers"
    texts = {}
    for section in sections:
        first = section.find(["p", "dl"], recursive=False)
        texts[section.h2.get_text()] = " ".join(first.get_text().split()) if first else ""
    area = records[local]["service_area"]["description"]
    said = [t for t in texts.values() if t.startswith(words)]
    assert len(said) == 1, texts
    assert area.split(" ")[0] in said[0] or welsh
    assert ("yn unig" if welsh else "only") in said[0]
