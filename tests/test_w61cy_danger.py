"""(w61cy, welsh25 F3) Danger now said in Welsh, read as the English twins are.

"mae o wedi bygwth fy lladd i heno", "ma fe 'di cloi'r drysau a mynd â'n ffôn i", "mae e'n dod
nôl heno i gael fi" and "ma fe'n feddw ac yn taflu pethe" brought no warning, where "he has
threatened to kill me tonight", "hes locked the doors and taken my phone", "hes coming back
tonight to get me" and "hes drunk and throwing things" bring "In danger now? Call 999…". Other
wordings and towns than the review's.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, warned

DANGER = "Mewn perygl nawr? Ffoniwch 999."


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mae'n llystad wedi bygwth fy mrifo heno", "Pen-y-bont ar Ogwr"),
        ("ma fe wedi bygwth fy lladd i nawr", "Y Trallwng"),
        ("mae hi wedi cloi'r drws a chuddio fy ffon", "Llanidloes"),
        ("mae o'n dod yn ôl rŵan i fy nghael i", "Blaenau Ffestiniog"),
        ("mae nghariad yn chwil ac yn malu'r ty", "Dinbych"),
    ],
)
def test_a_threat_locked_in_coming_for_me_or_drunk_and_raging_gets_the_999_warning(
    bundled_client, words, place
):
    assert warned(searched(bundled_client, words, place, welsh=True), DANGER)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): fetched from school, a habit, the asker's own door, the
        # past, a threat over homework
        ("mae mam yn dod i gael fi o'r ysgol", "Y Trallwng"),
        ("mae nhad yn feddw bob nos sadwrn ac yn taflu pethe", "Dinbych"),
        ("dwi wedi cloi'r drws a gadael fy ffôn yn y car", "Llanidloes"),
        ("roedd e'n bygwth fy lladd flynyddoedd yn ôl", "Pen-y-bont ar Ogwr"),
        ("mae mam yn bygwth fy lladd os dwi'n hwyr eto", "Blaenau Ffestiniog"),
    ],
)
def test_an_errand_a_habit_or_the_past_gets_no_999_warning(bundled_client, words, place):
    assert not warned(searched(bundled_client, words, place, welsh=True), DANGER)
