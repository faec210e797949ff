"""(lane w55fit, check58 finding 12) A young person's picture held over them for money or under
a threat to send it on, in any words: a single "pic" and "it", no age said, or a professional or
parent telling of it. The first card is one that takes the picture down or takes a report of
who holds it (Report Remove, CEOP), never a local counselling service or a forensic centre.
Before, "i sent a pic … they want £200 or theyll send it to my mum" had a local card first and
no Report Remove, and a professional's "15 year old being blackmailed with images" a SARC."""

import pytest

from tests.helpers import cards_and_words, posted_results

#: the services for a picture held over a young person
IMAGE_HELP = {"report-remove", "ceop-safety-centre"}


def _cards(client, words: str, place: str, pro: bool = False) -> list[tuple[str, str]]:
    if pro:
        client = client.application.test_client()
    return cards_and_words(posted_results(client, words, place, professional=pro))


@pytest.mark.parametrize(
    ("words", "place", "pro"),
    [
        ("a guy i met online wants £150 or hell send the pic to my family", "Norwich", False),
        ("this lad has a photo i sent him and says hell post it unless i pay", "Carlisle", False),
        ("i sent nudes to a girl online and now shes asking for money", "Hereford", False),
        ("school nurse: pupil says a man wants money or he will post her photos", "Leeds", True),
        ("teacher, 14 year old boy being sextorted over a video call", "Derby", True),
    ],
)
def test_a_picture_held_over_a_young_person_brings_image_help_first(
    bundled_client, words, place, pro
):
    cards = _cards(bundled_client, words, place, pro)
    assert cards[0][0] in IMAGE_HELP, cards[:3]
    assert {sid for sid, _ in cards[:3]} >= IMAGE_HELP, cards[:3]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # an adult's own images: the lines for adults (``adult_images``), not a child's page
        ("my ex husband wants money or he will post my nudes", "Exeter"),
        # pictures sent to them, not held over them
        ("a man online keeps trying to send me pics", "Bolton"),
    ],
)
def test_guard_no_image_help_first_for_an_adult_or_pictures_sent_to_them(
    bundled_client, words, place
):
    cards = _cards(bundled_client, words, place)
    assert cards[0][0] not in IMAGE_HELP, cards[:3]
