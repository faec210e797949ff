"""(judged52, w52j-2) A picture held over a young person, the threat texted as "hell", "shell"
or "theyll" for "he'll", "she'll", "they'll".

"he says hell send them to my mum if i dont send more" got Childline, then Stop It Now (the
line for people worried about their own behaviour), and no Report Remove or CEOP: the threat
was read only with the apostrophe's "ll" or "will". Other words and games than the case's.
"""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, searched

TAKE_DOWN = {"report-remove", "ceop-safety-centre"}


def _first_three(client, words: str, place: str) -> list[str]:
    return [sid for sid, _ in cards_and_words(searched(client, words, place))][:3]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("a lad off minecraft has my pics and hell post them on insta if i stop talking", ""),
        ("some girl online got a video off me and shell show it to my whole class", "Bolton"),
        ("they got my photos and theyll put them online if i dont do more", "Swindon"),
    ],
)
def test_a_texted_threat_to_send_a_picture_on_leads_with_take_down_and_report(
    bundled_client, words, place
):
    first = _first_three(bundled_client, words, place)
    assert set(first) >= TAKE_DOWN, first
    assert "stop-it-now" not in first, first


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): "hell" as a word, and pictures with no threat
        ("my cousin sent me a pic of his new car, hell of a car", "Bolton"),
        ("what the hell do i do, my uncle touched me when i was 9", "Swindon"),
    ],
)
def test_hell_as_a_word_is_not_a_threat_to_send_pictures(bundled_client, words, place):
    assert "report-remove" not in _first_three(bundled_client, words, place)
