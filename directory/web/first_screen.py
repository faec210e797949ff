"""(issue 24) What a results page's first screen shows, decided once a page: which warning to
call 999 comes first, whether the Deaf 999 line follows it, where "Talk to someone now" goes and
its lines, and whether the professionals' jump link shows. The template asked the same readers
of the same words up to six times a page and combined them in ``{% if %}`` chains; here each is
asked once, and the order of the warnings is written once, in ``_warning``.

The rules themselves stay where they are (``talk``, ``deaf_999``, ``images_first``, ``cards``
and ``search/``): this module only reads them and puts their answers together."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from ..search.another_at_risk import another_at_risk
from .cards import moved_matches
from .deaf_999 import deaf_asking
from .images_first import images_lines_first
from .talk import (
    TalkLines,
    acted_on_self,
    danger_now,
    fitting_helplines,
    happened_recently,
    help_now_section,
    plan_said_now,
    talk_first,
)

#: the warning to call 999 now above everything (``_safety.html``'s macro of each): an
#: overdose taken, the reader's own life at risk, someone else's life at risk, danger now
Warning = Literal["act-taken", "life-at-risk", "others-at-risk", "danger-now"]

#: where "Talk to someone now" goes: straight under a 999 warning; at the top of a page with no
#: place to search near, before any question about the place (words of suicide) or after it;
#: before the services available everywhere when the lines come first; among the services near
TalkPlace = Literal["after-warning", "before-place", "after-place", "lines-first", "among-local"]

#: the warnings that tell of a life at risk now: the first screen keeps its room for the warning
#: and the lines to call (no professionals' link above it, no line about the services below it)
_LIFE_AT_RISK: frozenset[Warning | None] = frozenset(
    {"act-taken", "life-at-risk", "others-at-risk"}
)


@dataclass(frozen=True)
class FirstScreen:
    """The answers ``templates/search.html`` reads for one results page."""

    #: the one warning to call 999 now, or None
    warning: Warning | None
    #: (tenth walk-through F2) the warning after a sexual assault in the last few days
    recent: bool
    #: (w53deaf) how a Deaf person calls 999, under a warning that says to call it
    deaf_999: bool
    #: where "Talk to someone now" goes, or None when the page has no box
    talk_at: TalkPlace | None
    #: the box's lines (``talk.fitting_helplines``), read only when the page has a box
    talk_lines: TalkLines
    #: Get help now's group the box's "More helplines" goes to (``talk.help_now_section``)
    talk_section: str
    #: (w45ask, w55fit) the lines available everywhere before the services near
    lines_first: bool
    #: "Professionals: collect services into a referral pack"
    professional_jump: bool
    #: "These services help by phone, online or across the country." under "Available
    #: wherever you live" (unless the search fell back to the helplines)
    everywhere_line: bool
    #: (twenty-fifth walk-through F1) the weaker matches near, by why (``cards.moved_matches``)
    moved: dict[str, list[Any]]
    #: the other matches near that may fit ("Other services near you"): neither for other
    #: areas nor moved
    more_near: list[Any]


def first_screen(results: Any, professional: bool) -> FirstScreen:
    """The first screen of the results page of ``results`` (a finder result); ``professional``:
    the professional switch is on."""
    warning = _warning(results, professional)
    # an assault in the last few days: its own warning, unless the page already says to call
    # 999 for someone else's life or for danger now (one warning above the helplines)
    recent = warning not in ("others-at-risk", "danger-now") and happened_recently(
        results, professional
    )
    # (w45ask) a child who wants to talk now: the lines first; never with the professional
    # switch, (w55fit) unless the words tell of a young person's picture held over them
    lines_first = bool(results.lines_first) and (not professional or images_lines_first(results))
    talk_at = _talk_place(results, warning, lines_first)
    return FirstScreen(
        warning=warning,
        recent=recent,
        deaf_999=bool(warning or recent) and deaf_asking(results),
        talk_at=talk_at,
        talk_lines=fitting_helplines(results, professional=professional)
        if talk_at
        else TalkLines(),
        talk_section=help_now_section(results) if talk_at else "",
        lines_first=lines_first,
        professional_jump=not professional and warning not in _LIFE_AT_RISK,
        everywhere_line=not lines_first and warning not in _LIFE_AT_RISK,
        moved=moved_matches(results),
        more_near=[i for i in results.more_local if not i.other_area and not i.moved],
    )


def _warning(results: Any, professional: bool) -> Warning | None:
    """Which warning to call 999 comes first when the words say more than one: the first that
    applies, in this order."""
    # (w47crisis) an overdose taken or bleeding badly: 999 or A&E before anything else
    if acted_on_self(results, professional):
        return "act-taken"
    # (w48crisis) a plan said as now (pills in front of them, about to jump), or a wish of
    # their own to die: "if your life is at risk now"
    if plan_said_now(results):
        return "life-at-risk"
    # (w52suicide, w56own) someone else's suicide now or tonight, or an overdose taken by
    # someone a professional works with: 999, for them
    persona = "professional" if professional else results.asker.persona
    if results.request.q and another_at_risk(results.request.q, persona):
        return "others-at-risk"
    # (w48danger, w50) in danger now: 999, and how when they cannot speak; before an assault
    # in the last few days when both are said ("he raped me last night and he is still in
    # the house"): being safe now comes first
    if danger_now(results):
        return "danger-now"
    return None


def _talk_place(results: Any, warning: Warning | None, lines_first: bool) -> TalkPlace | None:
    """Where "Talk to someone now" goes: one box a page, at the first of these that applies."""
    first = talk_first(results)
    # (w48box) after a warning to call 999 now, the lines to call before any note
    if warning and not first:
        return "after-warning"
    # (thirty-fourth walk-through F4) no place to search near and words of suicide: the lines
    # before any question about the place ("Did you mean Morden?")
    if first and results.asker.suicidal:
        return "before-place"
    # (third walk-through F2, F7) no place to search near: the lines to call now before the
    # services available everywhere
    if first:
        return "after-place"
    if results.national_first:
        return None  # the services available everywhere, with no box above them
    # (w45ask) a child who wants to talk now: the lines before the services near
    if lines_first:
        return "lines-first"
    return "among-local"
