"""(lane w48place, sixteenth Welsh review F2 and F8) Welsh place names as people say them.

- A place name after "ym"/"yng"/"yn", mutated, whose radical form is not a place itself but is
  offered places ("Blaenau", "Cefn"), is offered the same: before, the mutated form ("ym
  Mlaenau", "yng Nghefn") was offered nothing, and said inside the words the place was dropped.
- "Llambed", Lampeter's everyday Welsh name, is Lampeter (its page cited in town_names.csv):
  before, it offered Llanbedr in Gwynedd, another town."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("typed", "radical"), [("ym Mlaenau", "Blaenau"), ("yng Nghefn", "Cefn")])
def test_a_mutated_name_is_offered_what_its_radical_form_is(gazetteer, typed, radical):
    found = gazetteer.resolve(typed)
    offered = gazetteer.resolve(radical).suggestions
    assert offered and found.place is None
    assert found.suggestions == offered


@pytest.mark.parametrize("typed", ["Llambed", "yn Llambed", "llambed"])
def test_llambed_is_lampeter(gazetteer, typed):
    found = gazetteer.resolve(typed)
    assert found.status == "found", found
    assert found.place.name == "Lampeter" and found.place.local_authority == "Ceredigion"


@pytest.mark.parametrize(
    ("typed", "welsh"), [("cwmbran", "Cwmbrân"), ("blaenau ffestiniog", "Blaenau Ffestiniog")]
)
def test_a_welsh_page_writes_the_towns_welsh_spelling(gazetteer, typed, welsh):
    """(w48cyname, sixteenth Welsh review F7) "Gwasanaethau ger Cwmbran" and
    "Blaenau-Ffestiniog" on a Welsh page: the towns' Welsh spellings, cited in
    town_names.csv."""
    found = gazetteer.resolve(typed)
    assert gazetteer.welsh_town_name(found.place) == welsh
