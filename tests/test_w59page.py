"""(issue 24) A results page's first screen decided once, in ``web.first_screen``: when the words
say two things that each call for a warning to call 999, which one the page shows first.

Each case's words are read as both things by the readers themselves (checked first, so that the
case really has two warnings to choose between); the page object then holds the one that wins,
and the page shows it, alone, before "Talk to someone now". Other words and towns than the
findings that set each rule. (These fail on main before this change only because the page object
did not exist there; the pages themselves are byte-identical: ``scripts/pages_digest.py``.)
"""

from __future__ import annotations

import pytest

from directory.params import request_from_args
from directory.search.another_at_risk import another_at_risk
from directory.web import talk
from directory.web.first_screen import FirstScreen, first_screen
from tests.helpers import posted_results

#: each warning's class on the page (``_safety.html``)
CLASSES = {
    "act-taken": "app-act-taken",
    "life-at-risk": "app-life-at-risk",
    "others-at-risk": "app-others-at-risk",
    "danger-now": "app-danger-now",
    "recent": "app-recent",
}


def _screen(client, words: str, place: str, professional: bool = False):
    """The finder's results for ``words`` near ``place`` and their first screen, read inside a
    request as the results view reads them."""
    app = client.application
    with app.test_request_context("/search"):
        found = (
            app.extensions["directory"]
            .get()
            .search(request_from_args({"q": [words], "location": [place]}))
        )
        return found, first_screen(found, professional)


def _readers(found, professional: bool) -> set[str]:
    """Which of the warnings' readers say yes to these words, each asked on its own."""
    persona = "professional" if professional else found.asker.persona
    said = {
        "act-taken": talk.acted_on_self(found, professional),
        "life-at-risk": talk.plan_said_now(found),
        "others-at-risk": another_at_risk(found.request.q, persona),
        "danger-now": talk.danger_now(found),
        "recent": talk.happened_recently(found, professional),
    }
    return {name for name, yes in said.items() if yes}


def _warnings_on_page(client, words: str, place: str, professional: bool) -> list[str]:
    """The warnings the page shows, in order, by their class."""
    if professional:
        client = client.application.test_client()  # the switch stays off for other tests
    soup = posted_results(client, words, place, professional=professional)
    shown = soup.select(".govuk-warning-text")
    by_class = {css: name for name, css in CLASSES.items()}
    return [by_class[c] for box in shown for c in box.get("class", []) if c in by_class]


@pytest.mark.parametrize(
    ("words", "place", "professional", "said", "shown"),
    [
        # an overdose taken beats danger now: A&E first
        (
            "i swallowed all my mums tablets and he is coming back to hurt me",
            "Leeds",
            False,
            {"act-taken", "danger-now"},
            ["act-taken"],
        ),
        # their own life at risk beats danger now
        (
            "he is hitting me right now and i want to kill myself",
            "Derby",
            False,
            {"life-at-risk", "danger-now"},
            ["life-at-risk"],
        ),
        # an overdose of their own beats someone else's life at risk
        (
            "my mate is going to end his life tonight and i took an overdose",
            "York",
            False,
            {"act-taken", "others-at-risk"},
            ["act-taken"],
        ),
        # someone else's life at risk beats the reader's danger now
        (
            "my brother is going to kill himself tonight and im in danger now",
            "Hull",
            False,
            {"others-at-risk", "danger-now"},
            ["others-at-risk"],
        ),
        # danger now beats an assault in the last few days: being safe now comes first
        (
            "he assaulted me two days ago and he is outside my door now",
            "Bristol",
            False,
            {"danger-now", "recent"},
            ["danger-now"],
        ),
        # an overdose taken and an assault in the last few days: both, the overdose first
        (
            "i took an overdose after he raped me yesterday",
            "Norwich",
            False,
            {"act-taken", "recent"},
            ["act-taken", "recent"],
        ),
    ],
)
def test_the_first_warning_that_applies_wins(
    bundled_client, words, place, professional, said, shown
):
    found, screen = _screen(bundled_client, words, place, professional)
    assert said <= _readers(found, professional), _readers(found, professional)
    assert [screen.warning, *(["recent"] if screen.recent else [])] == shown, screen
    # the page shows what the object holds, and the talk box straight after it
    assert _warnings_on_page(bundled_client, words, place, professional) == shown
    assert screen.talk_at == "after-warning"


def test_a_professional_telling_of_an_overdose_is_told_to_call_999_for_them(bundled_client):
    """With the switch on, an overdose told by a professional is someone else's (w56own): the
    warning for another's life, never "If you have taken an overdose"."""
    words, place = "pupil has taken an overdose", "Exeter"
    found, screen = _screen(bundled_client, words, place, professional=True)
    assert screen.warning == "others-at-risk"
    assert not screen.professional_jump  # (and the switch is on)
    assert _warnings_on_page(bundled_client, words, place, True) == ["others-at-risk"]


def test_a_recent_assault_alone_keeps_the_box_among_the_services_near(bundled_client):
    """Guard (passes on both trees, by the page): an assault in the last few days is a warning
    of its own, but not a 999-now one: the talk box stays where it always was."""
    found, screen = _screen(bundled_client, "he raped me on saturday", "Exeter")
    assert (screen.warning, screen.recent, screen.talk_at) == (None, True, "among-local")
    assert screen.professional_jump
    page = _warnings_on_page(bundled_client, "he raped me on saturday", "Exeter", False)
    assert page == ["recent"]


def test_the_page_object_is_frozen(bundled_client):
    _found, screen = _screen(bundled_client, "counselling", "Leeds")
    assert isinstance(screen, FirstScreen)
    with pytest.raises(AttributeError):
        screen.warning = "danger-now"  # type: ignore[misc]
