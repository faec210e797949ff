"""(check60 finding 4; w59tonight) Someone else not breathing or not waking, said in Welsh.

"mae fy ffrind ddim yn anadlu" brought no warning, where English "my friend is not breathing"
brings "Someone's life at risk now? Call 999.". Welsh pages now bring its Welsh twin for the
everyday ways: "dydy o ddim yn anadlu", "dyw hi ddim yn anadlu", "sa i'n gallu ei deffro hi",
"dydi o ddim yn deffro". Guards: a baby breathing fast with a cold, breathing deeply to relax,
the asker's own breath in a panic, not waking for school, the sky turning blue.
Other words and towns than the check's.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, warned

OTHERS_LIFE_CY = "Perygl i fywyd rhywun nawr? Ffoniwch 999."


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mae fy mrawd bach ddim yn anadlu", "Llanelli"),
        ("dydy o ddim yn anadlu", "Pwllheli"),
        ("dyw hi ddim yn anadlu'n iawn", "Aberdâr"),
        ("sa i'n gallu ei deffro hi", "Caerfyrddin"),
        ("dw i'n methu ei ddeffro fo", "Rhuthun"),
        ("dydi o ddim yn deffro", "Y Rhyl"),
        ("mae fy nain wedi stopio anadlu", "Llangefni"),
        ("mae'r babi'n troi'n las", "Tregaron"),
    ],
)
def test_someone_not_breathing_in_welsh_brings_the_welsh_warning(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert warned(soup, OTHERS_LIFE_CY), words


@pytest.mark.parametrize(
    "words",
    [
        # guards (pass on main too): calm breathing, the asker's own panic, mornings, the sky
        "mae'r babi'n anadlu'n gyflym efo annwyd",
        "anadlwch yn ddwfn i ymlacio cyn cysgu",
        "dwi ddim yn anadlu'n iawn pan dwi'n panicio",
        "dydy o ddim yn deffro mewn pryd i'r ysgol",
        "dwi methu deffro yn y bore",
        "mae'r awyr yn troi'n las",
    ],
)
def test_guard_calm_welsh_breathing_brings_no_warning(bundled_client, words):
    soup = searched(bundled_client, words, "Llanelli", welsh=True)
    assert not warned(soup, OTHERS_LIFE_CY), words
