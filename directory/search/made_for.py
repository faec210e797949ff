"""(w31cards, twenty-fifth walk-through F1-F4, F6) The national cards, and the "More services
available wherever you live" page that continues them, ordered by whom each service is made for
against who the words say is asking: those made for this asker, then those open to everyone,
then those made for other people, each group in the ranking's own order. The cards the words
name keep their place first, and a service whose people the words name ("for professionals",
"my husband…") or whose work they ask about (someone's harmful behaviour) is never made for
others. All from the listings' audiences (``Columns``) and the asker's reading, never names.

Made for other people (``made_for_others``):

- the lines for people worried about their own thoughts or behaviour (``worried_lines``: Stop
  It Now) for someone telling of harm done (``told.tells_of_harm_done``) or asking for care for
  a harmed child (``cares_for_harmed_child``: "play therapy after sibling sexual abuse");
- for a child, an adult survivor or someone worried about their own thoughts, a service whose
  stated audiences leave out the asker and are not for children and adults alike (a parents'
  line, a professionals' resource, a line for the adults around a child, a children's line for
  an adult over YOUNG_PEOPLE_UP_TO), or only for the other gender than theirs; for someone
  worried about their own thoughts, the services for the people who were harmed too (as
  ``fit`` reads them: the 24/7 line, Victim Support);
- for a parent, a service for professionals only or for adult survivors only. (Not Stop It Now
  for a parent telling of a child's abuse and asking what to do: it advises parents, and the
  judged set's graders count it useful; below the rest the parents' nDCG@5 fell 0.835 ->
  0.817.)

Nothing is hidden: the cards keep their count, and the first screen ("More services" has the
rest) stops before a card made for others (``FindResults.national_shown_first``).

Made for this asker (``made_for_asker``): for a child, the talk services for children and
young people and no adults (Childline, The Mix, Meic) that fit them and that the search does not
set aside for another need.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import numpy as np

from .adult_images import adults_images_first
from .aside import SETTING_NAMED, not_asked_for, setting_named
from .colleague_worry import advising_lines_first
from .columns import Columns
from .crisis import struggling_lines_fit
from .crisis_order import suicide_line_early
from .fit import ONLINE_CONCEPTS, TALK_SUPPORT
from .groups import (
    WORRIED,
    anyone_struggling,
    children_only,
    community_asked,
    only_for_other_gender,
    specialist,
    survivors_only,
    unstated_victims_services,
    victims_services,
    worried_lines,
)
from .images_asked_order import images_asked_first
from .images_seen import images_reports_first
from .images_threatened import childs_images_first
from .lexicon import clean_text
from .met_online import reports_first
from .names import named_services
from .query import KeywordResults
from .reach_first import confirmed_first, parents_line_first
from .recent import said_recently
from .same_line import line_first
from .store import SearchIndex
from .told import ABUSE_TOPICS, CARE_FOR_THE_CHILD, about_who_harmed, tells_of_harm_done
from .training_asked import trainers_first
from .understand import Asker, Concept, Understood
from .weights import PERSONA_AUDIENCE, VICTIM_FITS, YOUNG_PEOPLE_UP_TO

#: the audiences of a service open to everyone: children and adults alike
_EVERYONE = ("children-young-people", "adult-survivors")


#: (twenty-sixth walk-through F4) a parent asking for their child to talk to someone
#: themselves: "someone she can talk to", "for him to talk to", "a helpline for my son",
#: "somewhere my daughter can chat", "can my boy ring childline", Welsh "rhywun i'w mab siarad ag"
_CHILD_TO_TALK = re.compile(
    r"\b(?:someone|somebody|somewhere|anyone|anybody|a person|people|helpline|line|chat|"
    r"number)\b(?: \w+){0,3}? (?:she|he|they|her|him|them|my \w+|our \w+)(?: \w+)? "
    r"(?:can|could|to|might) (?:talk|speak|chat|ring|call|text|message|open up)\b"
    r"|\b(?:for|so) (?:her|him|them|my \w+|our \w+) to (?:talk|speak|chat|open up)\b"
    r"|\b(?:helpline|line|chat|number|text line|someone to talk to) for (?:my|our) (?:son|"
    r"daughter|child|kid|boy|girl|teen|teenager|stepson|stepdaughter)s?\b"
    r"|\b(?:ring|call|text|contact|talk to|speak to) (?:childline|the mix|meic)\b"
    r"|\bi (?:\w+ ){0,2}(?:fab|ferch|mhlentyn|blentyn|mab|merch|plentyn) (?:siarad|sgwrsio)\b"
)


def child_to_talk(cleaned: str) -> bool:
    """Whether a parent's words (``clean_text``) ask for their child to talk to someone."""
    return bool(_CHILD_TO_TALK.search(cleaned))


def cares_for_harmed_child(asker: Asker, concepts: tuple[Concept, ...], cleaned: str) -> bool:
    """A parent or a professional asking for care for a child after sexual abuse (a kind of
    care, ``CARE_FOR_THE_CHILD``; a kind of abuse, ``ABUSE_TOPICS``; a child's age under 18 or
    none), not about the one who harmed or their behaviour (``about_who_harmed``, no
    "own-behaviour"), nor for advice or a line ("play therapy after sibling sexual abuse, child
    aged 5", "counselling for my daughter after she was abused")."""
    if asker.persona not in ("parent", "professional"):
        return False
    named = {c.name for c in concepts}
    asks = {code for c in concepts if c.kind == "need" for code in c.codes("support")}
    if not asks & CARE_FOR_THE_CHILD or asks & {"information-advice", "helpline"}:
        return False
    young = asker.for_age is None or asker.for_age < 18
    about = bool(named & ABUSE_TOPICS) and "own-behaviour" not in named
    return young and about and not about_who_harmed(cleaned) and " adult" not in f" {cleaned}"


def _named_audiences(asker: Asker, concepts: tuple[Concept, ...]) -> set[str]:
    """The audiences the words name as whom a service is for: not the children someone
    worried about their own thoughts names (who is at risk, "attracted to kids"; nor "my
    stepdaughter"), nor the children an adult survivor was ("men abused as children")."""
    named = {code for c in concepts for code in c.codes("audience")}
    if asker.persona == "own-behaviour":
        named -= {"children-young-people", "parents-carers"}
    if asker.persona == "adult" and "past-abuse" in {c.name for c in concepts}:
        named.discard("children-young-people")
    return named


def made_for_others(columns: Columns, understood: Understood, cleaned: str) -> np.ndarray:
    """The services made for other people than the asker, over positions (the module's
    docstring); none for a neutral asker."""
    asker, concepts = understood.asker, understood.concepts
    found = columns.none()
    if not asker.persona:
        return found
    # (a parent asking what to do, not for care for the child: the graders count Stop It Now,
    # which advises parents, useful; below the rest the parents' judged nDCG@5 fell)
    harm_told = asker.persona != "parent" and tells_of_harm_done(asker, concepts, cleaned)
    if harm_told or cares_for_harmed_child(asker, concepts, cleaned):
        found = found | worried_lines(columns)
    named = _named_audiences(asker, concepts)
    audience = columns.taxonomy["audience"]
    stated = columns.having("audience", *audience)
    asked = columns.having("audience", *named) if named else columns.none()
    if asker.persona == "parent" and "professionals" not in named:
        others = [code for code in audience if code != "professionals"]
        found = found | (
            columns.having("audience", "professionals") & ~columns.having("audience", *others)
        )
    if asker.persona == "parent":
        # (a line for adults abused as children leaves out both the parent and the child)
        found = found | survivors_only(columns)
        if not child_to_talk(cleaned):
            # (twenty-sixth walk-through F4) nor a line for young people (The Mix) unless
            # the words ask for the child to talk to someone
            found = found | children_only(columns)
    own = PERSONA_AUDIENCE.get(asker.persona)
    about_behaviour = "own-behaviour" in {c.name for c in concepts}
    if asker.persona not in ("child", "adult", "own-behaviour") or own is None:
        return found
    if asker.persona != "own-behaviour" and about_behaviour:
        return found  # (a child or a survivor asking about someone's behaviour: theirs too)
    theirs = {own}
    if asker.is_child or (asker.age is not None and asker.age <= YOUNG_PEOPLE_UP_TO):
        theirs.add("children-young-people")  # (a young adult: The Mix, for under 25s)
    everyone = columns.having("audience", _EVERYONE[0]) & columns.having("audience", _EVERYONE[1])
    outside = stated & ~columns.having("audience", *theirs) & ~everyone & ~asked
    if asker.persona == "child":
        outside |= survivors_only(columns) & ~asked
    # (a line only for the other gender than the one the asker says of themselves)
    outside |= only_for_other_gender(columns, asker)
    if asker.persona == "own-behaviour":
        # (as ``fit._by_own_behaviour`` reads it) the services for the people who were harmed,
        # for children and adults alike too, but a young person's own line (Childline)
        victims = victims_services(columns) | unstated_victims_services(columns)
        if asker.is_child:
            victims &= ~(children_only(columns) & columns.having("support", "helpline"))
        outside = outside | victims
    made_for_them: np.ndarray = found | outside
    return made_for_them


def made_for_asker(
    columns: Columns, understood: Understood, cleaned: str, fit: np.ndarray
) -> np.ndarray:
    """The services made for the asker, over positions (the module's docstring): for a child,
    the talk services for children and young people only that fit them (from VICTIM_FITS),
    not set aside for another need (``aside.not_asked_for``), a community nobody named or
    anyone struggling to cope; none for anyone else."""
    asker, concepts = understood.asker, understood.concepts
    # (not a child asking about someone's behaviour, nor one telling of an assault in the last
    # few days: the day-and-night lines are as much theirs, as ``made_for_asker_first`` has it)
    if asker.persona != "child" or "own-behaviour" in {c.name for c in concepts}:
        return columns.none()
    if said_recently(cleaned):
        return columns.none()
    online = understood.mentions(ONLINE_CONCEPTS)
    aside = not_asked_for(columns, asker, concepts, online, cleaned)
    aside |= specialist(columns) & ~community_asked(columns, concepts, {})
    aside |= anyone_struggling(columns) | columns.suicide
    childrens = columns.having("audience", "children-young-people") & ~columns.having(
        "audience", "adult-survivors", WORRIED
    )
    found: np.ndarray = childrens & columns.having("support", *TALK_SUPPORT)
    found &= (fit >= VICTIM_FITS) & ~aside
    return found


def asked_for(
    columns: Columns, understood: Understood, cleaned: str, filters: Mapping[str, tuple[str, ...]]
) -> np.ndarray:
    """The services the words ask for by what they are for, over positions, which a service
    made for the asker does not pass: a service for abuse in a setting the words name ("a
    teacher at my school"), a tool for online harm when they speak of it ("sharing my nudes
    online"), a service for a community they name, a line for anyone struggling to cope when
    they speak of crisis, a suicide line when of suicide."""
    asker, concepts = understood.asker, understood.concepts
    found: np.ndarray = columns.none()
    for setting, services in columns.settings.items():
        if setting_named(cleaned, SETTING_NAMED.get(setting, frozenset())):
            found = found | services
    if understood.mentions(ONLINE_CONCEPTS):
        found = found | columns.having("abuse", "online-abuse")
    found = found | (specialist(columns) & community_asked(columns, concepts, filters))
    if struggling_lines_fit(asker, concepts, cleaned):
        found = found | anyone_struggling(columns)
    if asker.suicidal:
        found = found | columns.suicide
    return found


def by_whom_made_for(
    columns: Columns,
    national: np.ndarray,
    understood: Understood,
    text: str,
    fit: np.ndarray | None,
    named: np.ndarray,
    filters: Mapping[str, tuple[str, ...]],
    others: np.ndarray,
) -> np.ndarray:
    """``national`` (the positions of the cards available everywhere, best first) with the
    cards the words name, and the first card when it is not made for others, kept first; then
    the rest with each made for the asker just above the cards open to everyone before it
    that fit the asker no better (``fit``: a Welsh child's Byw Heb Ofn stays above The Mix),
    then those made for other people (``others``: ``made_for_others``), then those for a
    community nobody named, each group in its own order."""
    if fit is None or not understood.asker.persona or not len(national):
        return national
    cleaned = clean_text(text)
    tier = np.ones(len(columns), dtype=int)
    tier[made_for_asker(columns, understood, cleaned, fit)] = 0
    tier[others] = 2
    # (a service for a community nobody named stays after all of them, as it was)
    asked = community_asked(columns, understood.concepts, filters)
    tier[specialist(columns) & ~asked] = 3
    _with_their_lines(columns, national, tier)
    tier[named] = -1
    # (judged46) for a grown-up, a service for the community the words name, when not made for
    # others, first: "orthodox jewish family, our daughter…" (Jewish Women's Aid, for women,
    # girls and their children, was below three parents' lines); a child's own lines stay
    # first (a Deaf child: Childline before a Deaf domestic abuse service, as graded)
    if understood.asker.persona != "child":
        tier[specialist(columns) & asked & (tier == 1)] = -1
    kept = asked_for(columns, understood, cleaned, filters)
    if tier[national[0]] == 1:  # (the ranking's first, for what the words say)
        tier[national[0]] = -1
    ordered: list[int] = []
    groups = np.maximum(tier[national], 1) - (tier[national] < 0)  # (0 and 1 together)
    for position in national[np.argsort(groups, kind="stable")].tolist():
        at = len(ordered)
        while (
            tier[position] == 0
            and at
            and tier[ordered[at - 1]] == 1
            and fit[ordered[at - 1]] <= fit[position]
            and not kept[ordered[at - 1]]
        ):
            at -= 1
        ordered.insert(at, position)
    return np.array(ordered, dtype=national.dtype)


def _with_their_lines(columns: Columns, national: np.ndarray, tier: np.ndarray) -> None:
    """Each card in ``national`` that is no helpline and whose first way to reach it is a
    helpline's there (``same_line``: the Lucy Faithfull Foundation, which runs Stop It Now)
    takes that line's group in ``tier``, so that it stays joined to the line's card."""
    helpline = columns.having("support", "helpline")
    line_of: dict[str, int] = {}
    for position in national.tolist():
        if helpline[position] and columns.routes[position]:
            for route in columns.routes[position]:
                line_of.setdefault(route, position)
    for position in national.tolist():
        own = columns.routes[position]
        line = line_of.get(own[0]) if own and not helpline[position] else None
        if line is not None:
            tier[position] = tier[line]


def national_order(
    index: SearchIndex,
    keyword: KeywordResults,
    national: np.ndarray,
    understood: Understood,
    text: str,
) -> tuple[np.ndarray, np.ndarray]:
    """The national cards' order (``national``: positions, best first) as ``ranking.rank``
    shows them: ``by_whom_made_for``, then each card that only joins a helpline just after it
    (``same_line.line_first``); the cards the words name keep their place in both. With it,
    the mask of the services made for other people than the asker (``made_for_others``),
    before which the page's first national cards stop."""
    named = keyword.text.named
    if named is None:  # (a search's words are read for names once: ``query.match_text``)
        named = named_services(index, text)
    fit, filters = keyword.text.fit, keyword.filters
    columns, cleaned = index.columns, clean_text(text)
    others = made_for_others(columns, understood, cleaned)
    ordered = by_whom_made_for(columns, national, understood, text, fit, named, filters, others)
    # (w33parent) a card a person can contact before an equally fitting one they may not
    unasked = specialist(columns) & ~community_asked(columns, understood.concepts, filters)
    kept = named | others | unasked
    matched = (fit, keyword.scores(), keyword.text.met)
    ordered = confirmed_first(index, ordered, understood, cleaned, matched, kept)
    ordered = parents_line_first(index, ordered, understood, cleaned, matched, kept)
    ordered = adults_images_first(columns, ordered, understood, (cleaned, named))  # (w50rph)
    ordered = childs_images_first(columns, ordered, understood.asker, (cleaned, named))
    ordered = reports_first(columns, ordered, understood.asker, (cleaned, named))  # (w59child)
    ordered = images_reports_first(columns, ordered, understood.asker, (cleaned, named))
    ordered = images_asked_first(index, ordered, understood.asker, (cleaned, named))  # (w63pro)
    ordered = advising_lines_first(columns, ordered, understood.asker, (cleaned, named))
    ordered = trainers_first(index, ordered, understood.asker, (cleaned, named))  # (w63pro)
    ordered = suicide_line_early(columns, ordered, understood, others)  # (w46child)
    return line_first(columns, ordered, named), others
