"""(w53cymore, the twenty-first Welsh review F10) Fancying children, said of oneself in Welsh
("dw i'n ffansio plant"), was read as a child asking: "Siarad â rhywun nawr" had Meic, Byw Heb
Ofn and Childline, and a victims' service came among the first cards. The English "im
attracted to children" and the Welsh "dw i'n cael fy nenu at blant" have Stop It Now alone."""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, searched, talk_box

STOP_IT_NOW = "0808 1000 900"


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("fi'n ffansio plant bach ac mae'n fy nychryn i", "Castell-nedd"),
        ("rwy'n ffansio merched dan oed, sut mae stopio", "Llandrindod"),
        ("pam dw i'n ffansio plant? dw i angen help", "Y Trallwng"),
    ],
)
def test_fancying_children_said_in_welsh_gets_stop_it_now_alone(bundled_client, words, town):
    page = searched(bundled_client, words, town, welsh=True)
    box = talk_box(page)
    assert len(box) == 1 and STOP_IT_NOW in box[0], box
    assert cards_and_words(page)[0][0] == "stop-it-now"


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("dw i'n ffansio fy mhartner ond mae hi'n rhy brysur efo'r plant", "Conwy"),
        ("dw i'n 14 ac yn ffansio hogyn yn fy nosbarth", "Llangefni"),
    ],
)
def test_fancying_an_adult_or_a_classmate_is_not_own_thoughts_about_children(
    bundled_client, words, town
):
    """Guard (passes on main and here): fancying a partner (with children named later), or a
    young person fancying someone in their class, is not a worry about one's own thoughts."""
    box = talk_box(searched(bundled_client, words, town, welsh=True))
    assert box and STOP_IT_NOW not in box[0], box
