"""(w49adult, check50 F6) An adult whose own sexual images are shared, given children's tools.

An adult whose own intimate images are shared or threatened (an ex-partner, "revenge porn",
"intimate images", an adult's age) was given Childline first and Report Remove (under 18s), CEOP
or the IWF's reporting of images of children as the first card. No listing is made for adults
whose images are shared: the lines for adults lead, and the children's tools come after."""

from __future__ import annotations

import pytest

from tests.helpers import card_ids, searched, talk_box, talk_names

#: the national services that cannot help an adult whose own images are shared: tools only for
#: under 18s, or only about images of children
CHILDRENS_IMAGE_TOOLS = {"report-remove", "ceop-safety-centre", "iwf-report"}
ADULTS_LINE = "24/7 Rape & Sexual Abuse Support Line"


def _national(page) -> list[str]:
    return card_ids(page.select(".app-national .app-result"))


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("my ex husband has put private photos of me on a website", "Norwich"),
        ("former partner threatening to send my naked pictures to my family", "Carlisle"),
        ("im a woman of 34 and my ex uploaded sexual videos of me", "Chester"),
        ("my partner shares nude pics of me with his mates without consent", "Ipswich"),
    ],
)
def test_an_adults_own_images_shared_lead_with_the_lines_for_adults(bundled_client, words, town):
    page = searched(bundled_client, words, town)
    box = talk_names(talk_box(page))
    assert box[:1] == [ADULTS_LINE], box
    assert "NSPCC Helpline" not in box, box  # (for adults worried about a child)
    national = _national(page)
    assert national, "no services available everywhere"
    assert not set(national[:3]) & CHILDRENS_IMAGE_TOOLS, national


def test_an_adult_who_says_his_age_blackmailed_over_images_sees_no_childrens_image_tool_first(
    bundled_client,
):
    page = searched(bundled_client, "guy aged 31, sextorted after a webcam chat", "Bolton")
    national = _national(page)
    assert not set(national[:3]) & CHILDRENS_IMAGE_TOOLS, national
    assert "Childline" not in talk_names(talk_box(page))


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("im 14 and my ex is sharing my nudes", "Carlisle"),
        ("a boy in year 10 is sending my nudes round school", "Ipswich"),
        ("my boyfriend shared naked pics of me, im 16", "Chester"),
    ],
)
def test_guard_a_young_person_whose_images_are_shared_keeps_report_remove_and_childline(
    bundled_client, words, town
):
    """Guard (passes on main too): a child's age or a child's life keeps their page."""
    page = searched(bundled_client, words, town)
    assert talk_names(talk_box(page))[:1] == ["Childline"]
    assert "report-remove" in _national(page)[:3], _national(page)


def test_guard_a_parent_asking_about_their_childs_images_keeps_the_childrens_tools(
    bundled_client,
):
    """Guard (passes on main too): the images are a child's, not the asker's."""
    page = searched(bundled_client, "my daughter's ex is sharing nude photos of her", "Norwich")
    national = _national(page)
    assert set(national[:3]) & CHILDRENS_IMAGE_TOOLS, national


def test_in_welsh_an_adults_own_images_shared_bring_the_lines_for_adults(bundled_client):
    page = searched(
        bundled_client,
        "mae fy nghyn-wraig wedi postio lluniau rhywiol ohonof i",
        "Wrecsam",
        welsh=True,
    )
    box = talk_names(talk_box(page))
    assert ADULTS_LINE in box, box
    assert "Childline" not in box, box
    national = _national(page)
    assert not set(national[:3]) & (CHILDRENS_IMAGE_TOOLS | {"stop-it-now"}), national


def test_guard_in_welsh_a_pupil_whose_images_are_shared_keeps_childline(bundled_client):
    """Guard (passes on main too): school said in Welsh keeps a young person's lines."""
    page = searched(
        bundled_client,
        "dw i yn yr ysgol ac mae fy nghyn-bartner yn rhannu lluniau noeth ohona i",
        "Wrecsam",
        welsh=True,
    )
    assert "Childline" in talk_names(talk_box(page))
