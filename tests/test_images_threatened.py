"""(lane w48img, the nineteenth words check's finding 6) A young person whose own sexual images
are held over them or shared sees first the services that stop an image spreading and take a
report (Report Remove, CEOP), available wherever they live, before a sexual assault referral
centre near them. Before, the centre came first ("he has pics of me and says he will send them
to my school"). Not for a grown-up's words, nor for images that are not the young person's own
(guards)."""

import pytest

from tests.helpers import cards_and_words, searched

#: the services for an image held over a young person
IMAGE_HELP = {"report-remove", "ceop-safety-centre"}
#: forensic centres, by the words of their cards
SARC_WORDS = ("sexual assault referral centre", "SARC")


def _first_ids(words: str, place: str) -> list[str]:
    return [sid for sid, _ in cards_and_words(searched_page(words, place))][:3]


@pytest.fixture
def searched_page(bundled_client):
    return lambda words, place: searched(bundled_client, words, place)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my step brother filmed me and says he will put the video online, im 15", "Bradford"),
        ("got blackmailed with my nudes by someone i met on snap. 14", "Stockton-on-Tees"),
        ("a lad has photos of me and said he will show my mum, im 13", "Great Yarmouth"),
    ],
)
def test_a_young_persons_images_held_over_them_bring_image_help_first(searched_page, words, place):
    cards = cards_and_words(searched_page(words, place))
    first_id, first_words = cards[0]
    assert first_id in IMAGE_HELP, cards[:3]
    assert not any(w in first_words for w in SARC_WORDS)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # a grown-up's own images: not a child's page
        ("my ex is threatening to share my photos, im 34", "Exeter"),
        # images that are not the young person's own
        ("i found pictures of kids on my uncles phone, im 15", "Bolton"),
    ],
)
def test_guard_no_image_help_first_for_a_grown_up_or_images_not_their_own(
    searched_page, words, place
):
    cards = cards_and_words(searched_page(words, place))
    assert cards[0][0] != "report-remove", cards[:3]
