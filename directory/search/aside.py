"""The services a person did not ask for, over positions (``Columns``): those for another
need than the asker's (professionals only for a parent, a reporting tool for online images when
nothing online is said), those only for the people around someone asking for themselves, and
those for abuse in a setting the words do not name. ``order``'s rules and ``query`` set them
after the rest (issue 25; twelfth walk-through F3, F8)."""

from __future__ import annotations

import re
from collections.abc import Collection

import numpy as np

from .columns import Columns
from .fit import FILLED_PERSONAS, ONLINE_CONCEPTS, PEOPLE_SUPPORT, TALK_SUPPORT
from .understand import Asker, Concept, Understood

#: (twelfth walk-through F8) people asking for themselves: a child, an adult survivor, someone
#: worried about their own thoughts (``for_others_only``)
SELF_PERSONAS = frozenset({"child", "adult", "own-behaviour"})
#: the people around the one asking, by kind: a service whose stated audiences are only one
#: kind is for them, not for the person asking for themselves
AROUND = (("parents-carers", "family-friends"), ("professionals",))
#: (twelfth walk-through F3) setting (``columns.SETTING_WORDS``) -> the words of a search
#: that name it ("at school", "my teacher", "ysgol")
SETTING_NAMED = {
    "education": frozenset(
        ["school", "schools", "college", "colleges", "uni", "university", "teacher",
         "teachers", "tutor", "lecturer", "headteacher", "classroom", "pupil", "pupils",
         "student", "students", "dsl", "ysgol", "coleg", "prifysgol", "athro", "athrawes",
         "athrawon", "disgybl", "disgyblion", "myfyriwr", "myfyrwyr"]
    ),
}  # fmt: skip


def not_asked_for(
    columns: Columns,
    asker: Asker,
    concepts: tuple[Concept, ...],
    online_said: bool,
    cleaned: str = "",
) -> np.ndarray:
    """(issue 25) For a child, an adult survivor or a parent, who ask for someone to help
    them (``FILLED_PERSONAS``), the services, over positions, that answer another need: a
    service for professionals only, unless the words name professionals (a centre of expertise
    for a parent), and a tool for reporting images online, unless the words speak of online
    harm (``online_said``; the Internet Watch Foundation for a child telling of an uncle).
    (twelfth walk-through F8) For anyone asking for themselves (``SELF_PERSONAS``: someone
    worried about their own thoughts too) a service only for the people around them
    (``for_others_only``), and for anyone a service for abuse in a setting the words
    (``cleaned``: the words as ``clean_text`` gives them) do not name (``setting_unnamed``)
    or for another harm than the one they tell of (``for_another_harm``)."""
    aside: np.ndarray = setting_unnamed(columns, cleaned) | for_another_harm(
        columns, asker, concepts, cleaned
    )
    if not asker.suicidal:
        # (w25lines, F10) a line for thoughts of suicide when the words do not speak of
        # suicide or self-harm: "thoughts" in its summary met a boy's thoughts about children
        aside = aside | columns.suicide
    if not (asker.persona or online_said):
        # (w59adult, check60 F10) nobody in particular, nothing online said: "i am in danger"
        # had the Internet Watch Foundation's reporting of images as its only card
        aside |= images_reporting(columns, concepts)
    if asker.persona not in FILLED_PERSONAS | SELF_PERSONAS:
        return aside
    aside |= for_others_only(columns, asker, concepts)
    if asker.persona not in FILLED_PERSONAS:
        return aside
    if "professionals" not in {code for c in concepts for code in c.codes("audience")}:
        others = [code for code in columns.taxonomy["audience"] if code != "professionals"]
        aside |= columns.having("audience", "professionals") & ~columns.having("audience", *others)
    if not online_said:
        aside |= images_reporting(columns, concepts)
    return aside


def images_reporting(columns: Columns, concepts: tuple[Concept, ...]) -> np.ndarray:
    """The services for online abuse that are no people to talk to (a tool for reporting
    images online: the Internet Watch Foundation's, Report Remove), over positions, for words
    that speak of no online harm: they answer another need than the asker's."""
    # (as ``query._off_topic`` reads them: the people who support families through
    # someone's offending are on topic for a question about it)
    about_behaviour = any(c.name == "own-behaviour" for c in concepts)
    people = PEOPLE_SUPPORT if about_behaviour else TALK_SUPPORT
    tools: np.ndarray = columns.having("abuse", "online-abuse") & ~columns.having(
        "support", *people
    )
    return tools


def only_tools_met(columns: Columns, matched: np.ndarray, understood: Understood) -> bool:
    """(w59adult, check60 F10) The only services the words (``understood``) meet
    (``matched``) are tools for reporting images online (``images_reporting``), and the words
    speak of nothing online: as if none met them, so the lines that fit who asks answer. "i am
    in danger" met only the Internet Watch Foundation's "if someone is in danger, call the
    police", and its reporting of images was the first and only card under the 999 box."""
    if understood.mentions(ONLINE_CONCEPTS) or not matched.any():
        return False
    return bool(images_reporting(columns, understood.concepts)[matched].all())


#: (w26local, F6) the kinds of sexual harm the listings name
SEXUAL_HARM = ("child-sexual-abuse", "sexual-violence", "online-abuse")
#: the asker's own partner, present or past ("my wife", "my ex", "fy mhartner"), not a parent's
#: ("my mums partner"), whose abuse a domestic abuse line is for
OWN_PARTNER = re.compile(
    r"\bmy (?:ex |ex-|former |current |new )?(?:husband|hubby|wife|partner|boyfriend|girlfriend"
    r"|bf|gf|fiance|fiancee|spouse|ex)\b|\bfy (?:ngwr|ngwraig|mhartner|nghariad|nghyn)\b"
)


def for_another_harm(
    columns: Columns, asker: Asker, concepts: tuple[Concept, ...], cleaned: str
) -> np.ndarray:
    """(w26local, F6) When the words tell of abuse in childhood or long ago, or a child or an
    adult survivor (``asker``) tells of sexual harm, and neither of domestic abuse nor of the
    asker's own partner (``cleaned``: ``clean_text``'s words), the services for abuse within
    the family that name no sexual harm (the domestic abuse lines), over positions; none
    otherwise. Their "abuse within the family" is a partner's, not a relative's abuse of a
    child: the Men's Advice Line, "for men facing domestic abuse", was the first card for a man
    abused by his grandad as a child who asked for a man who understands, above NAPAC."""
    told = {code for c in concepts if c.kind == "topic" for code in c.codes("abuse")}
    named = {c.name for c in concepts}
    sexual = bool(told & set(SEXUAL_HARM)) and asker.persona in ("child", "adult")
    harm = sexual or "past-abuse" in named  # (not "support for a woman after abuse at home")
    if not harm or "domestic-abuse" in named or OWN_PARTNER.search(cleaned):
        return columns.none()
    found: np.ndarray = columns.having("abuse", "abuse-in-the-family") & ~columns.having(
        "abuse", *SEXUAL_HARM
    )
    return found


def for_others_only(columns: Columns, asker: Asker, concepts: tuple[Concept, ...]) -> np.ndarray:
    """(twelfth walk-through F8) For someone asking for themselves (``SELF_PERSONAS``), the
    services whose stated audiences are only people around them of one kind (``AROUND``:
    parents and carers with family, or professionals), none of whom the words name, over
    positions: a parents' line about a child's mental health and a centre of expertise for
    professionals were among the first three cards for someone worried about their own
    thoughts. (For someone worried about their own thoughts, "my stepdaughter" names who is at
    risk, not a parent asking.) None for anyone else."""
    if asker.persona not in SELF_PERSONAS:
        return columns.none()
    named = {code for c in concepts for code in c.codes("audience")}
    if asker.persona == "own-behaviour":
        named.discard("parents-carers")
    audience = columns.taxonomy["audience"]
    found = columns.none()
    for around in AROUND:
        if named & set(around):
            continue
        outside = [code for code in audience if code not in around]
        found |= columns.having("audience", *around) & ~columns.having("audience", *outside)
    return found


def setting_unnamed(columns: Columns, cleaned: str) -> np.ndarray:
    """(twelfth walk-through F3) The services for abuse in one setting (``Columns.settings``:
    at school or college) whose setting the words (``clean_text``) do not name as where the
    abuse happened (``setting_named``), over positions: the Report Abuse in Education helpline
    was the third card for a girl raped by her brother, and for a parent whose child was abused
    by a relative, neither at school."""
    found = columns.none()
    for setting, services in columns.settings.items():
        if not setting_named(cleaned, SETTING_NAMED.get(setting, frozenset())):
            found |= services
    return found


#: (fifteenth walk-through F5) a setting said as who was told ("she told school", "told her
#: form tutor", "nath hi ddeud wrth yr ysgol", "ffoniodd yr ysgol") or who the asker is ("im a
#: teacher", "dwin athrawes"), just before it; a word that starts another clause ("told me a
#: teacher touched her") ends the look back
_TOLD_BEFORE = re.compile(
    r"\b(?:told|tell|tells|telling|tellin|tld|informed|spoke to|spoken to|talked to|talking to"
    r"|reported (?:it |this |him |her |them )?to|said to|disclosed to|confided in|opened up to"
    r"|(?:ddeud|dweud|deud|ddweud|son|sôn|ddudodd|ddeudodd|ddywedodd) wrth|ffoniodd|cysylltodd"
    r"|galwodd|riportiodd|wrth)(?: (?!(?:that|me|us|him|them|he|she|they|i|fi|mi|bod|fod|mae)\b)"
    r"\w+){0,2} $"
    r"|\b(?:im|i am|i m|as|am|work (?:at|in)|works (?:at|in)) (?:a|an|the) (?:\w+ )?$"
    r"|\b(?:dwin|dwi n|rwyn|fel) (?:\w+ )?$"
)
#: ... or as who acted to help, just after it ("school rang me", "the teacher reported it",
#: "the school called social services", "school nurse", "maer ysgol wedi ffonio")
_HELPED_AFTER = re.compile(
    r"^ (?:\w+ )?(?:rang|rung|called|phoned|contacted|reported|referred|informed|notified|told"
    r"|tells|disclosed|has disclosed|involved|got involved|safeguarding|dsl|said|says|suggested"
    r"|advised|recommended"
    r"|know|knows|knew|found out|noticed|spotted|raised|flagged|made a referral|are aware|is aware"
    r"|nurse|counsellor|counselor|pastoral|wedi (?:ffonio|galw|cysylltu|riportio|deud|dweud"
    r"|ddeud|ddweud|rhoi gwybod|sylwi)|ffonio|gysylltu|riportio|yn gwybod)\b"
)


def setting_named(cleaned: str, words: Collection[str]) -> bool:
    """(fifteenth walk-through F5) Whether the words (``clean_text``) name a setting (one of
    ``words``: "school", "teacher", "ysgol") as where the abuse happened or who did it ("at
    school", "a teacher touched me", "my tutor"), not only as who was told or who helped ("my
    14yo told school…", "school rang me", "the teacher reported it", "ddeud wrth yr ysgol"):
    the Report Abuse in Education helpline was the second card for a mother whose daughter was
    raped at home and had told school."""
    for found in re.finditer(r"\b\w+\b", cleaned):
        if found.group() not in words:
            continue
        if _TOLD_BEFORE.search(cleaned[: found.start()]):
            continue
        if _HELPED_AFTER.match(cleaned[found.end() :]):
            continue
        return True
    return False


#: who a story's words name as asking, or as harmed, is read as the asker (``fit``), not asked
#: of a service (``only_some_met``)
PEOPLE_READ = frozenset(
    ["children", "parents", "family-friends", "professionals", "own-behaviour", "men", "women"]
)


def only_some_met(met: np.ndarray, weighed: list[Concept], understood: Understood) -> bool:
    """Whether no service meets everything the person asked of one: "These match only some of
    your words." (``met``: which listing meets which of the ``weighed`` concepts, rows). When
    the words tell what happened (a topic, or an asker read from them), only what they ask of a
    service counts: a kind of help, a way to reach it, a community it is made for. The story's
    other words ("my step mums boyfriend", "at nite", who is asking) are not asked of a service:
    the note stood under three of every four pages of the probes' sentences (fourteenth
    walk-through), where it only told a frightened person their words were wrong."""
    asked = [True] * len(weighed)
    if understood.asker.persona or any(c.kind == "topic" for c in weighed):
        asked = [
            c.kind == "how"
            or (c.kind == "need" and c.name != "general")
            or (c.kind == "who" and c.name not in PEOPLE_READ)
            for c in weighed
        ]
    if sum(asked) < 2:
        return False
    return not bool(met[np.array(asked, dtype=bool)].all(axis=0).any())
