"""(w55danger, check58 finding 4) Danger now said in more spoken ways again, each shown no "In
danger now? Call 999" on the page:

- the one who harms coming up, with more than one word of how he is ("hes drunk and angry and
  coming upstairs"), or drunk and angry now with nothing else said ("hes drunk and angry");
- the one who harms in the house, said alone ("he is in the house");
- a threat to kill, or to harm a brother, sister or parent, if the person tells ("he says he
  will kill me if i tell", "she said she would hurt my little brother if i told"): a threat of
  death from the one who harms is a crime to report now, and the child cannot tell safely; the
  warning asks ("In danger now?"), so the person decides;
- followed now ("a man is following me", "someone is following me home"; not a follow online);
- at someone else's home while harm goes on there ("im at my friends and her dad keeps
  touching me"), or wanting to leave now with the one who harms near ("he hurt me and hes
  asleep now, i want to leave");
- someone else tonight or now: the one who harms coming into another child's room tonight,
  someone alone with a child now ("the teacher is alone with her now"), asked whether a child
  is safe tonight with a reason said ("is my niece safe tonight? her mums new boyfriend has a
  record").

Not the past (``danger_now`` reads a clause of the past as no danger), not a follow online, not
a threat said in jest of something other than telling ("she would kill me if i ate her
chocolate"), not "hurt me if i tell" (a threat to keep a secret, left as it was), not an errand
("my dad is in the house fixing the boiler"), not alone with a class or with their thoughts.

Over ``clean_text`` (lower case, no apostrophes: "he's" is "hes").
"""

from __future__ import annotations

import re

from .danger_held import OTHER_HARM
from .danger_near import WHO
from .danger_told import ERRAND

#: is (or is still), as written
_IS = r"(?: is| s| are| iz)?(?: still)?"
#: now, or this evening
_NOW = r"(?:right now|now|rn|atm|at the moment|as we speak|this minute|tonight|tonite|2nite)"
#: a child, a brother, a sister or a parent of the person asking
_KIN = (
    r"(?:my|our) (?:little |baby |younger |big |older |twin |half |step )?(?:brother|bro|sister|"
    r"sis|siblings?|brothers|sisters|mum|mam|mom|mummy|mother|dad|daddy|family|nan|gran|baby)"
)

#: coming up, with how he is said first: "he is drunk and angry and coming upstairs"
COMING_UP = re.compile(
    rf"{WHO}{_IS}(?: \w+){{1,5}}? and coming (?:up the stairs|up stairs|upstairs|up to my room|"
    r"for me|after me|to get me|into my room|in my room)\b"
)
#: drunk and angry now: "hes drunk and angry", "my stepdad is wasted and raging"
_DRUNK = r"(?:drunk|wasted|smashed|hammered|off (?:his|her|their) (?:head|face)|high|pissed)"
_RAGING = (
    r"(?:angry|raging|fuming|violent|aggressive|kicking off|smashing (?:\w+ )?(?:things|stuff|"
    r"up)|throwing (?:things|stuff)|shouting|screaming|going mad|losing it)"
)
DRUNK_ANGRY = re.compile(
    rf"{WHO}{_IS} (?:\w+ )?(?:{_DRUNK} and (?:\w+ )?{_RAGING}|{_RAGING} and (?:\w+ )?{_DRUNK})\b"
)
_HABIT = re.compile(
    r"\b(?:always|every|all the time|usually|often|sometimes|when(?:ever)? (?:he|she|they)|gets?)\b"
)
#: the one who harms in the house, the whole of what is said: "he is in the house"
IN_HOUSE_ALONE = re.compile(
    rf"{WHO}{_IS} (?:here|in here|in (?:the|my|our) (?:house|flat|room|bedroom)|downstairs|"
    r"upstairs|outside|at (?:the|my) (?:front )?door)(?: again| now| right now| rn)?"
)

#: a threat of death or of harm to kin, from the one who harms: "he says he will kill me"
_THREAT = (
    r"\b(?:says?|said|told me|tells me|keeps saying|texted|threatens?|threatened)(?: that)? "
    r"(?:he|she|they)(?:ll| ll| will| would| d|d| is going to| s going to| was going to| is gonna|"
    r" s gonna| gonna| going to)? "
)
THREAT_KILL = re.compile(
    rf"{_THREAT}(?:kill|murder|stab|strangle|shoot) (?:me|us|{_KIN})\b"
    rf"|{_THREAT}(?:hurt|harm|beat|hit|rape|touch|abuse|do (?:it|that|the same) to|go after|"
    rf"start on) {_KIN}\b"
    rf"|\bthreat(?:ens?|ened|ening) to (?:kill|murder|stab|strangle|shoot) (?:me|us|{_KIN})\b"
)
#: the condition is telling: "if i tell", "if i told anyone"
_IF_TOLD = re.compile(
    r"\bif (?:i|we) (?:ever )?(?:tell|told|say|said|speak|spoke|report|reported|go to|went to|"
    r"grass|dob|snitch)\b"
)
_IF_ELSE = re.compile(r"\b(?:if|when|unless)\b")

#: followed now: "a man is following me", "someone is following me home"
FOLLOWED = re.compile(rf"{WHO}{_IS}(?: keeps?)? (?:following|followin|chasing|chasin) (?:me|us)\b")
_ONLINE = re.compile(
    r"\b(?:online|on line|on (?:insta|instagram|ig|tiktok|twitter|x|snap|snapchat|facebook|fb|"
    r"social media|social|youtube|twitch|threads|spotify|here|my account|strava)|accounts?|"
    r"followers?|profile|page|app)\b"
)

#: at someone else's home now: "im at my friends", "we are round my uncles"
AT_THEIRS = re.compile(
    r"\b(?:im|i m|i am|we are|were|we re)(?: still)? (?:at|round|round at|over at|staying at|"
    r"sleeping at|stopping at|staying over at|sleeping over at|on a sleepover at) (?:my|a|his|"
    r"her|their|our|the|this) \w+(?: \w+)?"
)
#: harm to them going on: "her dad keeps touching me", "he just touched me"
_HARM_ME = re.compile(
    r"\b(?:keeps?|keep on|is|s|just|started|starting|wont stop|will not stop|trying to|tried to|"
    r"tryna) (?:touching|touch|touched|hurting|hurt|hitting|hit|grabbing|grab|grabbed|groping|"
    r"grope|groped|rubbing|rub|feeling|kissing|kiss|kissed) (?:me|my)\b"
    r"|\b(?:touched|groped|grabbed|hurt|hit|kissed) me\b"
)
#: wanting to leave now: "i want to leave", "i need to get out" (not "when im 18")
LEAVE = re.compile(
    r"\b(?:want|wanna|need|needs|have|got) to (?:leave|get out|get away|run away|escape|go home)"
    r"(?: (?:home|here|this house|the house|the flat|now|right now|rn|tonight))?\b"
    r"(?! (?:when|at|after|once|in|one day|someday|next|as soon|by))"
)
_ABUSER_NEAR = re.compile(
    r"\b(?:asleep|sleeping|passed out|in the house|downstairs|upstairs|in the next room|next "
    r"door|outside|here|home)\b(?: \w+){0,2}? (?:now|rn|right now|atm|tonight)\b"
    r"|\b(?:now|rn|right now|atm|tonight)\b"
)
#: harm done to them, said as done: "he hit me", "my mums partner hurt me"
_HARMED = re.compile(
    rf"{OTHER_HARM.pattern}|\b(?:hit|kicked|punched|slapped|strangled|choked|beat|beaten|"
    r"battered|grabbed|groped) (?:me|us)\b"
)

#: the one who harms coming into another child's room now or tonight
INTO_THEIR_ROOM = re.compile(
    rf"{WHO}{_IS} (?:coming|going to come|gonna come|will come|going to go|gonna go|will go)"
    r" (?:in|into|in to|to) (?:her|his|their|my \w+(?: \w+)?) (?:room|bedroom|bed)\b"
    rf"(?: \w+){{0,3}}? {_NOW}\b"
)
#: someone alone with a child now: "the teacher is alone with her now" (not "im alone with my
#: kids tonight", nor alone with a class, a team, friends or their thoughts, nor a child alone
#: with a parent: "my daughter is alone with her dad tonight for the first time since the
#: divorce")
ALONE_NOW = re.compile(
    r"(?<!\bi )(?<!\bwe )\b(?:is|s|are)(?: still)? alone with (?!(?:my|his|her|their|our) "
    r"(?:\w+ ){0,2}?(?:thoughts|feelings|mind|class|classes|pupils|students|team|squad|group|club|"
    r"friends|mates|form|patients|clients|self|dog|cat|work|dad|daddy|father|mum|mummy|mother|mom|"
    r"mam|parents|nan|gran|grandma|granny)\b)(?:him|her|them|(?:my|his|her|their|"
    rf"our) (?:\w+ ){{0,2}}?\w+)\b(?: \w+){{0,3}}? {_NOW}\b"
)
#: asked whether a child is safe tonight, with a reason said elsewhere
SAFE_TONIGHT = re.compile(
    r"\b(?:is|are|will)\b(?: \w+){1,4}? (?:be )?(?:safe|ok|okay|alright) (?:tonight|tonite|2nite)"
)
_REASON = re.compile(
    rf"{OTHER_HARM.pattern}|\b(?:record|criminal record|convicted|conviction|register|prison|"
    r"jail|been inside|on licence|on license|sex offender|nonce|grooming|groomed)\b"
)


def in_danger(clauses: list[str], past: re.Pattern[str]) -> bool:
    """(w55danger) ``clauses`` (``clean_text``) tell of danger now in one of the shapes above,
    in a clause not of the ``past``."""
    now = [c.strip() for c in clauses if c.strip() and past.search(c) is None]
    said = " ".join(now)
    if not now:
        return False
    if any(COMING_UP.search(c) or FOLLOWED.search(c) and not _ONLINE.search(c) for c in now):
        return True
    if any(DRUNK_ANGRY.search(c) and not _HABIT.search(c) for c in now):
        return True
    if len(now) == len(clauses) == 1 and IN_HOUSE_ALONE.fullmatch(now[0]):
        return True
    if any(_threat(c) for c in now):
        return True
    return _others(now, said) or _leaving(now, said)


def _threat(cleaned: str) -> bool:
    found = THREAT_KILL.search(cleaned)
    if found is None:
        return False
    after = cleaned[found.end() :]
    return _IF_TOLD.search(after) is not None or _IF_ELSE.search(after) is None


def _others(now: list[str], said: str) -> bool:
    if ERRAND.search(said):
        return False
    if any(INTO_THEIR_ROOM.search(c) or ALONE_NOW.search(c) for c in now):
        return True
    return any(SAFE_TONIGHT.search(c) for c in now) and _REASON.search(said) is not None


def _leaving(now: list[str], said: str) -> bool:
    if any(AT_THEIRS.search(c) for c in now) and _HARM_ME.search(said):
        return True
    if not any(LEAVE.search(c) for c in now):
        return False
    return _HARMED.search(said) is not None and _ABUSER_NEAR.search(said) is not None
