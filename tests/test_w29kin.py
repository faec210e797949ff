"""(twenty-fourth walk-through F5) Welsh step-kin written apart ("llys-dad", "llys fam") are
read as "llysdad" is: a child's own words, and never "llys", a court, which brought the line
for victims of crime into a Welsh child's "Siarad â rhywun nawr". Parsed pages."""

from __future__ import annotations

import pytest

from tests.helpers import page, talk_box


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("mae llys-fam fi yn brifo fi, dwi'n 13", "Llanfyllin"),
        ("llys frawd fi yn cyffwrdd fi. 12 oed", "Tregaron"),
        ("dwi'n 11 ac mae fy llys-dad yn gwneud pethau drwg", "Rhaeadr Gwy"),
    ],
)
def test_a_welsh_child_naming_step_kin_with_a_hyphen_gets_the_childrens_lines(
    bundled_client, q, location
):
    soup = page(bundled_client.get("/cy/search", query_string={"q": q, "location": location}))
    names = [line.split(":")[0].strip() for line in talk_box(soup)]
    assert names and names[0] == "Llinell gymorth Meic", names
    assert not any("Victim Support" in name for name in names), names
