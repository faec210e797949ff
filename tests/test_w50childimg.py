"""(fortieth walk-through F5) A young person whose own images are held over them ("a boy online
has got vids of me and says he will send them to my mum and my whole school unless i do a live
im 14") had Childline, Report Remove and Victim Support as the first cards, and CEOP's Safety
Centre, where they can report who holds them, below the first screen. The services that take a
young person's image down and take a report of who holds it now come first among the services
available wherever they live. Other words and towns than the walk's."""

import pytest

from tests.helpers import cards_and_words, searched

TAKE_DOWN_AND_REPORT = {"report-remove", "ceop-safety-centre"}


@pytest.mark.parametrize(
    ("words", "place"),
    [
        (
            "some guy has pics of me, says hell send them to my family if i dont go on cam im 12",
            "Bude",
        ),
        (
            "a lad has a video of me and will send it round school unless i meet him, i am 15",
            "Hexham",
        ),
    ],
)
def test_a_young_persons_images_held_over_them_bring_take_down_and_report_first(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    section = soup.find(id="everywhere-title") or soup.find(
        lambda tag: tag.name == "h2" and "Available wherever you live" in tag.get_text()
    )
    national = [sid for sid, _ in cards_and_words(section.find_parent("section") or soup)]
    assert set(national[:2]) == TAKE_DOWN_AND_REPORT, national[:4]
