"""(w27lines, issue 25) Whether a line for anyone struggling to cope (Samaritans, its Welsh
line, Shout: ``groups.anyone_struggling``) is there for a reason the words give: they speak of
suicide, self-harm or ending one's life ("wanna die", "hurt myself", "cant go on", "eisiau
marw") or, for the national cards' order but not the talk box (w37adult), of distress ("cant
cope", "falling apart", "methu ymdopi"), or they name nobody and no abuse ("help", "someone to
talk to", "im scared"). Six phone walk-throughs in a row read Samaritans as the third "Talk to
someone now" line, and Shout among the first cards, as a suicide line offered to a child
telling of abuse, a parent, a man abused as a boy and an adult worried about his thoughts,
none of whom had said anything of crisis. ``lines.py`` (the talk box) and ``ranking.rank``
(the national cards: ``struggling_later``) ask this.
"""

from __future__ import annotations

import re

import numpy as np

from ..model import Service
from .columns import Columns, about_suicide
from .crisis_words import speaks_of_suicide
from .groups import anyone_struggling, for_anyone_struggling
from .lexicon import clean_text
from .order_reach import after_first_few, too_young_to_call_later
from .query import KeywordResults
from .told import ABUSE_TOPICS
from .understand import Asker, Concept, Understood
from .weights import UNFIT

#: words of distress alone over ``clean_text`` (not coping, breaking down, falling apart,
#: panic, "in a bad way", crying without end; Welsh after the English): they keep the lines for
#: anyone struggling among the national cards in their place, as the judged set's graders rate
#: them for such words, but bring none into the talk box (``speaks_of_suicide``)
_DISTRESS = re.compile(
    r"\b(?:cant|can t|cannot|can not|cnt|carnt|not|unable to|struggling to|struggle to) "
    r"(?:cope|coping|coep|copes)\b"
    r"|\b(?:cant|can t|cannot|can not|cnt|carnt) (?:take (?:it|this|any ?more)|do this any ?more"
    r"|handle (?:it|this) any ?more|stop crying)\b"
    r"|\b(?:breaking|broke|break|broken) down\b|\b(?:nervous )?breakdown\b|\bbreaking point\b"
    r"|\bfalling apart\b|\b(?:falling|going) to pieces\b|\bend of my tether\b|\bpanic\w*"
    r"|\bin (?:a |such a )?(?:really |very )?(?:bad|dark|terrible|awful|horrible) "
    r"(?:way|place|state)\b|\brock bottom\b|\bcrisis\b|\bdepress(?:ed|ion)\b|\bhopeless\b"
    r"|\bkeep (?:on )?crying\b|\bcrying (?:all the time|every (?:night|day)|myself to sleep)\b"
    # Welsh: methu ymdopi / ddim yn ymdopi (not coping), panig (panic), mewn lle drwg (in a bad
    # place), mewn argyfwng (in crisis), chwalu (falling apart), iselder (depression), crio
    # drwy'r amser (crying all the time)
    r"|\b(?:methu|ddim yn|dim yn|ffaelu|ffili|methu a) (?:ymdopi|dal ati|stopio crio)\b"
    r"|\b(?:panig|banig|phanig)\b"
    r"|\bmewn (?:lle|ffordd|stad|cyflwr) (?:drwg|ofnadwy|gwael|tywyll)\b|\bmewn argyfwng\b"
    r"|\bchwalu\b|\biselder\b|\bcrio (?:drwy ?r amser|bob (?:nos|dydd))\b"
)
#: who the words may name as asking or as who the help is for (concepts of kind "who" that are
#: people, not a language or a community asked for: "in Welsh" names nobody)
PEOPLE_NAMED = frozenset(
    {"children", "parents", "family-friends", "professionals", "own-behaviour", "men", "women",
     "lgbt"}
)  # fmt: skip
#: the kinds of abuse the words may name (not "online" alone: "someone to talk to online")
ABUSE_NAMED = ABUSE_TOPICS | {"grooming", "domestic-abuse", "honour"}


def speaks_of_crisis(asker: Asker, cleaned: str) -> bool:
    """The words speak of suicide (``speaks_of_suicide``) or of distress (``_DISTRESS``)."""
    return speaks_of_suicide(asker, cleaned) or bool(_DISTRESS.search(cleaned))


def names_someone_or_abuse(asker: Asker, concepts: tuple[Concept, ...]) -> bool:
    """The words say who is asking (an asker, an age) or name people (``PEOPLE_NAMED``) or a
    kind of abuse (``ABUSE_NAMED``)."""
    named = {concept.name for concept in concepts}
    return bool(asker.persona or asker.age is not None or named & (PEOPLE_NAMED | ABUSE_NAMED))


def struggling_lines_fit(
    asker: Asker, concepts: tuple[Concept, ...], cleaned: str, *, in_the_box: bool = False
) -> bool:
    """Whether a line for anyone struggling to cope fits these words: they speak of distress or
    crisis (``speaks_of_crisis``; for the talk box, ``in_the_box``, of suicide or self-harm:
    ``speaks_of_suicide``, w37adult), or they name nobody and no abuse
    (``names_someone_or_abuse``: "help", "someone to talk to", "im scared", as before)."""
    said = speaks_of_suicide if in_the_box else speaks_of_crisis
    return said(asker, cleaned) or not names_someone_or_abuse(asker, concepts)


def struggling_later(
    columns: Columns,
    keyword: KeywordResults,
    everywhere: np.ndarray,
    understood: Understood,
    text: str,
) -> np.ndarray:
    """(w27lines) ``keyword.order`` with, unless a line for anyone struggling to cope fits the
    words (``struggling_lines_fit``), those lines (``groups.anyone_struggling``) among the
    services available everywhere (``everywhere``: the national cards) that come before the
    FIRST_FEW best others fitting the asker (from UNFIT) moved to just after them (after all of
    them when fewer fit): never among the first three national cards, after the cards for what
    the words are about. Not after every fitting card: the judged set's graders rate Samaritans
    and Shout 1 for a child telling of abuse, and below all of those the children's judged
    nDCG@5 fell 0.8811 -> 0.8593 (docs/search.md)."""
    order, fit = keyword.order, keyword.text.fit
    if fit is None or struggling_lines_fit(understood.asker, understood.concepts, clean_text(text)):
        return order
    return after_first_few(order, everywhere, anyone_struggling(columns), fit >= UNFIT)


def distress_lines_last(services: list[Service], understood: Understood, text: str) -> list[int]:
    """(twenty-third walk-through F1) The positions of ``services`` (the national cards of
    "More services available wherever you live", in their order) with the lines for anyone
    struggling to cope (``groups.for_anyone_struggling``) and for thoughts of suicide
    (``columns.about_suicide``) that the words give no reason for moved after the rest: the
    results page keeps them out of its first three cards, and the second page opened with
    Samaritans and Shout for children of 11 and 13. ``text``: the words as typed. (twenty-sixth
    walk-through F6) For everyone, someone worried about their own thoughts too: his More page
    opened with Shout and Samaritans though he spoke of no crisis (w31cards had kept them
    before the cards made for others, for him alone)."""
    later = distress_later(services, understood, text)
    order = range(len(services))
    moved = [n for n in order if later[n]]
    return [n for n in order if n not in moved] + moved


def distress_later(services: list[Service], understood: Understood, text: str) -> list[bool]:
    """Whether each of ``services`` is a line for anyone struggling to cope or for thoughts
    of suicide that the words give no reason for (``distress_lines_last`` moves them last)."""
    fits = struggling_lines_fit(understood.asker, understood.concepts, clean_text(text))
    suicidal = understood.asker.suicidal
    return [
        (not fits and for_anyone_struggling(service)) or (not suicidal and about_suicide(service))
        for service in services
    ]


def later_than_first_few(
    columns: Columns,
    keyword: KeywordResults,
    everywhere: np.ndarray,
    understood: Understood,
    text: str,
) -> np.ndarray:
    """``keyword.order`` with the national cards the words give no reason to show first moved
    after the first few: lines for anyone struggling to cope (``struggling_later``), then lines
    a child rings alone for a child too young to (``order_reach.too_young_to_call_later``)."""
    order = struggling_later(columns, keyword, everywhere, understood, text)
    return too_young_to_call_later(columns, order, everywhere, understood.asker)
