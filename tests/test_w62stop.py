"""(w62stop, check62 finding 2) Stop It Now led for people not worried about their own thoughts.

Stop It Now's line is for people worried about their own (or a relative's) sexual thoughts or
behaviour. It was the only card for a woman bleeding after sex "he didnt stop when i said no"
(the word "stop" matched its name), the talk box held only it for a teacher who "downloaded
the nspcc leaflet" ("downloading" named the worry whatever was downloaded), and it was the
first card for parents worried about their child. Other words and towns than the report's.
"""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, searched, talk_box, talk_names

STOP = "stop-it-now"


def _cards(client, words: str, place: str, welsh: bool = False) -> list[str]:
    return [sid for sid, _ in cards_and_words(searched(client, words, place, welsh))]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("it hurts down there after sex, he wouldnt stop even though i was crying", "Norwich"),
        ("i begged him to stop but he had sex with me anyway", "Plymouth"),
        ("i said no and told him to stop, now im bleeding after the sex", "Basingstoke"),
    ],
)
def test_sex_after_a_refusal_not_heeded_finds_the_assault_services(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    cards = cards_and_words(soup)
    assert cards, "no cards"
    assert STOP not in [sid for sid, _ in cards[:3]], cards[:3]
    first = cards[0][1].lower()
    assert "sexual assault" in first or "rape" in first, cards[0]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("i downloaded the safeguarding poster for our classroom", "Ipswich"),
        ("we downloaded a worksheet on consent for year 9", "Luton"),
    ],
)
def test_a_teachers_download_is_not_read_as_images(bundled_client, words, place):
    box = talk_names(talk_box(searched(bundled_client, words, place)))
    assert box and box[0] != "Stop It Now helpline", box


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): the asker's own worry keeps Stop It Now first
        ("i cant stop looking at pictures of kids and want help", "Ipswich"),
        ("i downloaded indecent images and need to stop", "Luton"),
        ("i keep downloading stuff i shouldnt of young teens", "Derby"),
        ("how do i stop my sexual thoughts about children", "Hull"),
    ],
)
def test_own_worry_keeps_stop_it_now_first(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert talk_names(talk_box(soup))[0] == "Stop It Now helpline", talk_box(soup)
