"""(w54endanger, check57 findings 3, 4 and 5) Danger now said plainly, each shown no "In danger
now? Call 999" on the page:

- someone else with the one who harms in their room now ("her uncle is in her room right now",
  "my friends stepdad is in her bedroom now"), said with a contraction ("her boyfriends
  hurting her right now", "my step dads in my sisters room rn": ``spelled_out``), or harm to
  someone else said in the present continuous with no time ("a man is touching my little
  brother"): the present continuous of abuse is now, as it is said of oneself;
- "not safe" said simply, as people with a learning disability or little English write it ("me
  no safe", "me not safe", "not safe at home");
- harm tonight said without "now": asked whether someone will be safe with someone tonight ("is
  my little sister safe with my step dad tonight", "will my niece be ok tonight with her dad, he
  abused her sister"), or someone who comes into their bed at night while they are scared to
  go to sleep.

Not an ordinary errand ("her uncle is in her room helping with homework"), not someone in their
own room ("my mum is in her room now"), not a suspicion ("i think my husband is touching my
daughter": the lines for worried parents are for that), not hurt feelings, not a question
asked beforehand ("is it safe to let my son stay at his dads tonight").

Over ``clean_text`` (lower case, no apostrophes: "he's" is "hes").
"""

from __future__ import annotations

import re

from .danger_held import OTHER_HARM
from .danger_near import WHO
from .danger_told import ERRAND
from .spoken import TEXTED_AND  # (w59child) "n" and "nd" texted for "and", read in one place

#: someone who may harm, said with "s" for "is" ("her boyfriends hurting her", "my step dads
#: in my sisters room"): read as "her boyfriend is hurting her"
_CONTRACTED = re.compile(
    r"\b(dad|daddy|father|stepdad|step dad|stepfather|mum|mom|mam|stepmum|step mum|brother|"
    r"stepbrother|step brother|uncle|cousin|grandad|granddad|grandpa|boyfriend|bf|girlfriend|"
    r"husband|partner|carer|neighbour|lodger|teacher|coach|man|guy|bloke)s "
    r"(?=(?:in|still|hurting|touching|abusing|raping|hitting|beating|attacking|molesting|"
    r"strangling|choking|doing|coming|with|here|downstairs|upstairs|outside)\b)"
)


def spelled_out(cleaned: str) -> str:
    """``cleaned`` (``clean_text``) with "s" for "is" after someone who may harm spelled out:
    "her boyfriends hurting her" is "her boyfriend is hurting her"; (forty-fifth walk-through
    F1) and "and" as texted: "drunk n coming up the stairs to my room rite now" had no 999 box,
    "drunk and coming up the stairs" had it."""
    return TEXTED_AND.sub("and", _CONTRACTED.sub(r"\1 is ", cleaned))


_NOW = r"(?:right now|now|rn|atm|at the moment|as we speak|tonight|tonite|2nite)"
_MALE = re.compile(
    r"\b(?:he|hes|man|guy|bloke|dad|daddy|father|stepdad|step dad|stepfather|brother|"
    r"stepbrother|step brother|uncle|cousin|grandad|granddad|grandpa|grandfather|boyfriend|bf|"
    r"husband|mate|friend)$"
)
_FEMALE = re.compile(
    r"\b(?:she|shes|woman|mum|mom|mam|mother|stepmum|step mum|sister|aunt|auntie|aunty|nan|"
    r"gran|grandma|granny|girlfriend|wife)$"
)
#: the one who harms in someone else's room now: "her uncle is in her room right now"
_IN_ROOM = re.compile(
    rf"(?P<who>{WHO})(?: is| s| are)?(?: still)? in (?P<whose>his|her) (?:own )?"
    rf"(?:room|bedroom|bed)\b(?: \w+){{0,3}}? {_NOW}\b"
)
#: (w64danger, check63 finding 2) the state the one who harms is in, said before the harm: "my
#: dad is drunk and hitting mum", "hes raging and beating my brother"
_STATE_AND = (
    r"(?: (?:drunk|wasted|off his face|off her face|high|raging|angry|furious|mad|kicking off|"
    r"shouting|screaming|going mad|losing it)(?: again)? (?:and|&))?"
)
#: harm to someone else under way, no time said: "a man is touching my little brother"; (w64danger)
#: a parent or grandparent named without "my": "my dad is drunk and hitting mum"
_HARMING_OTHER = re.compile(
    rf"{WHO}(?: is| are|(?<=\bhes)|(?<=\bshes)){_STATE_AND} (?:still )?(?:touching|abusing|raping|"
    r"molesting|assaulting|groping|fingering|interfering with|hurting|hitting|beating|attacking|"
    r"strangling|choking|punching|kicking|doing (?:stuff|things|it) to) (?:him|her|them|"
    r"(?:my|our|his|her|their) (?:\w+ ){0,2}?\w+|mum|mam|mom|mummy|mommy|dad|daddy|nan|nanna|"
    r"gran|grandma|granny|grandad)\b"
)
#: a game won, not harm: "my brother is beating my sister at fifa"
#: a suspicion or a question, not a telling: "i think", "how do i know if"
_HEDGED = re.compile(
    r"\b(?:think|thinks|thought|suspect|suspects|suspicious|wonder|wondering|whether|if|unsure|"
    r"not sure|maybe|worried|worry|worries|concerned|believe|signs|normal|how)\b"
)
_FEELINGS = re.compile(r"\b(?:feelings|emotionally|mentally|with (?:his|her|their) words)\b")

#: "not safe" said simply, the whole clause: "me no safe", "not safe at home"
_NOT_SAFE = re.compile(
    r"(?:(?:i am|im|i m|am|me|i|i feel|me feel) )?(?:not|no|nt|never|dont feel|do not feel) safe"
    r"(?: (?:at home|home|here|in here|in my (?:house|home|room|bed)|now|right now|rn|anymore|"
    r"any more|please|pls|plz|help|help me|at all))*"
)

#: asked whether someone will be safe with someone tonight: "is my little sister safe with my
#: step dad tonight", "will my niece be ok tonight with her dad"
_SAFE_TONIGHT = re.compile(
    r"\b(?:is|are|will|would|be)\b(?: \w+){0,4}? (?:be )?(?P<word>safe|ok|okay|alright|all right)"
    r"(?: (?:tonight|tonite|2nite))? (?:with|at|round|alone with) (?:him|her|them|(?:my|his|her|"
    r"their|our) (?:\w+ ){0,2}?\w+|\w+s)\b(?: \w+){0,3}? (?:tonight|tonite|2nite)\b"
    r"|\b(?:is|are|will|would|be)\b(?: \w+){0,4}? (?:be )?(?P<word2>safe|ok|okay|alright|all right)"
    r" (?:tonight|tonite|2nite) (?:with|at|round|alone with) (?:him|her|them|(?:my|his|her|their"
    r"|our) (?:\w+ ){0,2}?\w+|\w+s)\b"
)
_BEFOREHAND = re.compile(r"\b(?:to let|to leave|let (?:her|him|them)|safe now)\b")
#: comes into their bed at night, and they are scared to sleep
_NIGHTLY = re.compile(
    r"\b(?:comes?|coming|gets?|getting|creeps?|creeping|sneaks?|sneaking) (?:in|into|in to) "
    r"(?:my|our) (?:bed|room|bedroom)\b"
)
_SCARED_TO_SLEEP = re.compile(
    r"\b(?:scared|afraid|frightened|terrified|petrified|too scared|dont want|cant|can t) "
    r"(?:to |of )?(?:go |going )?(?:to )?(?:sleep|bed)\b"
)


def in_danger(clauses: list[str], past: re.Pattern[str]) -> bool:
    """(w54endanger) ``clauses`` (``clean_text``) tell of danger now in one of the shapes
    above, in a clause not of the ``past``."""
    now = [c for c in clauses if c.strip() and past.search(c) is None]
    text = " ".join(now)
    if any(_NOT_SAFE.fullmatch(c.strip()) for c in now):
        return True
    # (w54last, check58) "im deaf and im not safe": said after who they are, with "and"
    if any(_NOT_SAFE.fullmatch(c.strip().split(" and ")[-1]) for c in now if " and " in c):
        return True
    if ERRAND.search(text):
        return False
    if any(_in_their_room(c) or _harming_other(c) for c in now):
        return True
    if _NIGHTLY.search(text) and _SCARED_TO_SLEEP.search(text):
        return True
    return any(_safe_tonight(c, " ".join(clauses)) for c in now)


def _in_their_room(cleaned: str) -> bool:
    found = _IN_ROOM.search(cleaned)
    if found is None:
        return False
    who = found["who"]
    return bool(_FEMALE.search(who) if found["whose"] == "his" else _MALE.search(who))


def _harming_other(cleaned: str) -> bool:
    found = _HARMING_OTHER.search(cleaned)
    if found is None or _FEELINGS.search(cleaned):
        return False
    return _HEDGED.search(cleaned[: found.start()]) is None


def _safe_tonight(cleaned: str, text: str) -> bool:
    found = _SAFE_TONIGHT.search(cleaned)
    if found is None or _BEFOREHAND.search(cleaned):
        return False
    return (found["word"] or found["word2"]) == "safe" or OTHER_HARM.search(text) is not None


def without(cleaned: str) -> str:
    """A clause (``clean_text``) without its question of safety tonight: "will my niece be ok
    tonight with her dad, he abused her sister" tells of no assault in the last few days."""
    return _SAFE_TONIGHT.sub(" ", cleaned)
