"""A parent who names themselves as the parent who did not harm ("non-offending parents",
"protective mums", "non abusing carers") is a parent asking: the page opens with the line for
parents, not Childline and The Mix as for a child (noticed in the thirteenth session's w33parent
lane: "is there a group for non-offending parents" was read as nobody in particular, and a
nobody-in-particular page opens for a child)."""

from __future__ import annotations

import pytest

from tests.helpers import page, talk_box

CHILDREN_ONLY = ("Childline", "The Mix")


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("any support for non offending mums", "Reading"),
        ("groups for protective parents after abuse in the family", "Salisbury"),
        ("course for non-abusing carers", ""),
        ("help for protective dads", "Taunton"),
    ],
)
def test_a_parent_named_as_the_one_who_did_not_harm_gets_the_parents_line_first(
    bundled_client, q, location
):
    soup = page(bundled_client.get("/search", query_string={"q": q, "location": location}))
    lines = talk_box(soup)
    assert lines and lines[0].startswith("NSPCC"), lines
    shown = [h.get_text(" ", strip=True) for h in soup.select(".app-national h3")]
    assert shown, "no national cards"
    assert not any(name.startswith(CHILDREN_ONLY) for name in shown[:2]), shown[:3]


def test_a_child_telling_of_the_parent_who_did_not_harm_is_still_a_child(bundled_client):
    query = {"q": "im 12 my mum is the non offending parent but my step dad still comes round"}
    lines = talk_box(page(bundled_client.get("/search", query_string=query)))
    assert lines[0].startswith("Childline"), lines


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("where can mums and dads turn when a relative has abused their child", "Penzance"),
        ("what support is there for parents after a child is sexually abused", ""),
        ("how do carers find help when a foster child discloses abuse", "Ely"),
    ],
)
def test_parents_named_as_who_gets_the_help_are_parents_asking(bundled_client, q, location):
    # (w34parent, noticed) "where do parents get help when their child…" was read as nobody
    # in particular, and the page opened with Childline as for a child
    lines = talk_box(
        page(bundled_client.get("/search", query_string={"q": q, "location": location}))
    )
    assert lines and not lines[0].startswith(CHILDREN_ONLY), lines
    assert lines[0].startswith("NSPCC"), lines
