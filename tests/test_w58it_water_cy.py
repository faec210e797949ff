"""(w58it, check60 finding 3) The Welsh twins of walking into the sea or off a bridge.

"dwi isio cerdded i'r môr" (I want to walk into the sea) had no warning and no Samariaid, and
"dwi isio neidio o'r bont" (I want to jump off the bridge) no warning, though their English
twins warn. Said with nothing after, they now bring the Welsh warning and Samariaid first.
Going to the sea ("mynd i'r môr") and a walk along the river stay without it (guards, which
pass on main too).
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, warned

LIFE_CY = "Perygl i’ch bywyd nawr? Ffoniwch 999"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("dw i'n mynd i gerdded i mewn i'r llyn", "Bala"),
        ("rydw i eisiau camu oddi ar y clogwyn", "Aberaeron"),
        ("fi moyn neidio i'r afon", "Caerfyrddin"),
    ],
)
def test_welsh_into_water_or_off_a_height_warns_in_welsh_with_samariaid_first(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place, welsh=True)
    assert warned(soup, LIFE_CY), words
    assert talk_names(talk_box(soup))[0] == "Samariaid", talk_box(soup)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("dwi isio mynd i'r môr efo'r plant", "Dinbych-y-pysgod"),
        ("rydw i eisiau cerdded ar hyd y llyn", "Bala"),
    ],
)
def test_guard_going_to_the_sea_or_a_walk_along_the_lake_has_no_warning(
    bundled_client, words, place
):
    """Passes on main too."""
    assert not warned(searched(bundled_client, words, place, welsh=True), LIFE_CY), words
