"""(w64danger, check63 finding 6) Sexual abuse on camera now ("he is livestreaming me without
clothes on", "he is making me take my clothes off on camera right now"): no warning, "We could
not find a service for those words", and no Report Remove or CEOP on the first screen.

Now: "In danger now? Call 999…", and the services that take a young person's images down or
take a report (Report Remove, CEOP) first, as for images held over them. Other words and towns
than the report's. The guards (streaming a game, filming a dance, a doctor, the past) pass on
main too.
"""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, searched, texts_of

DANGER = "In danger now? Call 999"
TAKE_DOWN_AND_REPORT = {"report-remove", "ceop-safety-centre"}


def _box(soup) -> str:
    return " ".join(texts_of(soup, ".app-danger-now"))


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("shes filming me naked on facetime", "Bradford"),
        ("a man is forcing me to undress on webcam rn", "Keighley"),
        ("he is streaming me in my underwear on discord", "Halifax"),
    ],
)
def test_abuse_on_camera_now_gets_999_and_take_down_first(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert DANGER in _box(soup)
    first_two = {sid for sid, _ in cards_and_words(soup)[:2]}
    assert first_two == TAKE_DOWN_AND_REPORT, cards_and_words(soup)[:3]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): a game streamed, a dance filmed, a doctor, the past
        ("im livestreaming minecraft with my cousin tonight", "Bradford"),
        ("my sister is filming me dancing for tiktok", "Keighley"),
        ("the nurse is making me take my top off for an ecg", "Halifax"),
        ("he made me undress on camera when i was 11, i am 35 now", "Leeds"),
    ],
)
def test_calm_twins_get_no_999_box(bundled_client, words, place):
    assert DANGER not in _box(searched(bundled_client, words, place))
