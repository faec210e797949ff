"""(w53danger, check56 findings 1 and 4) Danger now said in more ordinary words again, each shown
no "In danger now? Call 999" on the page:

- someone else threatened with death ("his step dad is gonna kill him"), led away by someone
  ("a man is trying to take her upstairs"), out with the men who exploit her now ("shes out
  with them now"), gone tonight to meet a man met online, or at the home of the one who harmed
  them tonight ("my little cousin is at my uncles tonight and he abused me when i was her age":
  the harm is past, the danger is tonight);
- harm to the person asking said without naming it ("he is doing it now", "its happening
  now", "he wont stop hitting me"); someone drunk looking or shouting for them while they hide;
  someone in the house who said he will come up later; someone staying tonight who comes into
  their bed; "im not safe" said alone.

Not a question about responding to a child in danger, or training for it ("how to respond when
a child says they are in danger now": ``asked_in_general``), not a flashback ("it feels like its
happening now"), not a parent's goodnight ("my dad said hell come up later to say goodnight").

Over ``clean_text`` (lower case, no apostrophes: "he's" is "hes").
"""

from __future__ import annotations

import re

from .danger_held import OTHER_HARM
from .danger_near import WHO, feared
from .met_soon import (
    MEETING_AFTER_AND,
    asked_along,
    coming_to_a_child,
    gone_now,
    man_to_a_child,
    online_or_older,
    unsaid_adult,
)

#: is (or is still, or has just), as written
_IS = r"(?: is| s| are| iz)?(?: still| just)?"
#: now, or this evening
_NOW = r"(?:right now|now|rn|atm|at the moment|as we speak|this minute|tonight|tonite|2nite)"

#: someone else at the home of someone now or tonight: "my little cousin is at my uncles
#: tonight", "my nephew is round his grandads now" (its harm said too: ``_HARM_SAID``)
OTHERS_AT = re.compile(
    r"\b(?:is|s|are|staying|sleeping|stopping|gone|going|goes)(?: staying| sleeping| stopping)?"
    r" (?:at|round|round at|over at|to) (?:his|her|their|our|my) \w+(?: (?:house|flat|place))?"
    rf"(?: \w+){{0,2}}? {_NOW}\b"
)
#: harm said with it: "he came home crying about what uncle did"
_HARM_SAID = re.compile(
    rf"{OTHER_HARM.pattern}|\b(?:crying|cried)\b"
    r"|\bwhat (?:\w+ ){0,2}?did(?: to (?:him|her|them))?\b"
)
#: ... or harm told of the past, the asker's own as a child: "he abused me when i was her age"
_AS_A_CHILD = re.compile(
    r"\b(?:when i was (?:her|his|their|your|that|a|little|young|small|\d{1,2})|as a (?:child|kid|"
    r"little girl|little boy))\b"
)
#: someone else out with the men who exploit them now: "shes out with them now"
OTHERS_OUT = re.compile(
    r"\b(?:is|s|are|shes|hes|theyre)(?: out| still out| away)? with (?:them|him|(?:these|those|"
    r"some|the|older|a group of|a gang of) (?:\w+ )?(?:men|man|guys|lads|boys|people|group|gang))"
    rf"\b(?: \w+){{0,3}}? {_NOW}\b"
)
_EXPLOITED = re.compile(
    rf"{OTHER_HARM.pattern}|\b(?:exploited|exploiting|exploit|groomed|grooming|trafficked|"
    r"pimped|county lines)\b"
)
#: someone else in danger whatever the time: threatened with death, or led away
OTHERS_LED = re.compile(
    # "his step dad is gonna kill him", "her dad will kill her"
    rf"{WHO}{_IS} (?:going to|gonna|gunna|will|about to|threatening to) (?:kill|murder|stab|"
    r"strangle|shoot) (?:him|her|them|my \w+(?: \w+)?)\b"
    # "a man is trying to take her upstairs", "an older guy is trying to get her into his car"
    rf"|{WHO}{_IS} (?:trying to|tryna|trynna|trying 2|wants to|going to|gonna|about to) "
    r"(?:take|get|drag|pull|lead|force|push|carry|put) (?:her|him|them|my \w+(?: \w+)?) "
    r"(?:upstairs|up stairs|into (?:a|the|his|her|their) (?:\w+ )?(?:room|bedroom|car|van|house|"
    r"flat|toilet|bathroom)|to (?:his|a|the) (?:car|van|house|flat|room|bedroom|place)|back to "
    r"his|outside|away|in his car)\b"
)
#: a threat said of when they find out, not an attack: "her dad will kill her if he finds out"
_IF_FOUND = re.compile(
    r"\b(?:if|when|once) (?:he|she|they|my \w+|her \w+|his \w+) (?:ever )?(?:finds? out|sees?|"
    r"hears?|knows?|catches|gets? (?:the|her|his|my) (?:\w+ )?(?:report|results|grades))\b"
)
#: gone to meet someone met online, now or tonight
MEETING = re.compile(
    r"\b(?:gone|going|goin|went|left|snuck out|sneaked out|off|is|s|im|i am)(?: out)?"
    r" (?:to meet|meeting)(?: up with)? (?:a |an |some |this |that |the )?(?:older |grown |"
    r"adult )?(?:man|guy|bloke|lad|boy|someone|somebody|stranger|person|him|adult|woman)\b"
    # (w59child, check60 finding 5) the child asked to meet, in the child's words: "a man i met
    # online wants to meet me tonight", "he asked me to meet him after school", "were meeting
    # up later today"
    r"|\b(?:wants?|wanted|wanting|asked|asks|asking|begging|told|tells|telling|keeps asking|said"
    r"|says)"
    r"(?: me)? (?:to|2) meet(?: up)?(?: with)? (?:me|him|her|them|up)\b"
    r"|\b(?:im|i am|i m|were|we are|we re|gonna|going to|goin to|gunna) (?:meeting|meetin|meet)"
    r"(?: up)?(?: with)? (?:him|her|them|up)\b"
    # Welsh: "mae dyn o'r we isio cyfarfod fi", "eisiau cwrdd â fi", "mynd i gyfarfod dyn"
    r"|\b(?:cyfarfod|gyfarfod|cwrdd|gwrdd|chwrdd)(?: (?:a|ag|efo|hefo|gyda))? (?:fi|mi|fo|fe|e|"
    r"o|hi|dyn|rhywun|bachgen|boi|hogyn|oedolyn)\b"
    # (w62missing) "mae dyn isio cwrdd yn y parc" (a man wants to meet, no object said)
    r"|\b(?:isio|eisiau|isie|eisie|moyn|am) (?:cwrdd|cyfarfod|gwrdd|gyfarfod)\b"
)
#: (w59child: ``met_online`` reads it too) met online, or someone much older; Welsh "ar lein",
#: "o'r we" (from the web)
MET_WHERE = re.compile(
    r"\b(?:online|on line|internet|snap|snapchat|insta|instagram|tiktok|discord|facebook|app|"
    r"game|gaming|roblox|whatsapp|older|\d\d year old|years older|ar lein|or we|ar y we)\b"
)
#: a child: "my daughter", "my son 13", "im 14"; Welsh "fy merch", "mab"
_YOUNG = re.compile(
    r"\b(?:daughter|son|child|kid|niece|nephew|sister|brother|granddaughter|grandaughter|grandson|"
    r"merch|ferch|mab|fab|plentyn|mhlentyn|hogan|hogyn|[5-9]|1[0-7])\b"
)
#: ... now, tonight, today, after school (w59child: "wants to meet me after school"); Welsh
#: "heno", "heddiw", "nawr", "rŵan", "ar ôl ysgol"
_SOON = re.compile(
    rf"\b(?:{_NOW}|today|2day|this evening|this afternoon|after school|afta skool|after skool"
    r"|later today|in an hour|in a bit|heno|heddiw|nawr|rwan|ar ol ysgol|ar ol yr ysgol"
    # (w62missing) "wants to pick me up later", "meet him at the park tomorrow", Welsh "yfory"
    r"|later|tomorrow|tmrw|tmr|2moro|2morrow|this weekend|yfory|fory)\b"
)

#: the person's own danger, said without naming the harm: "he is doing it now", "its happening
#: now", "he wont stop hitting me", "im not safe" alone, hiding in a room
OWN_NOW = re.compile(
    rf"{WHO}{_IS} (?:doing (?:it|that|this|stuff|things)(?: (?:to|with) (?:me|us))?|at it)"
    r"(?: again)? (?:right now|now|rn|atm|at the moment|as we speak)\b"
    r"|\b(?:its|it is|it s|this is) (?:happening|going on)(?: again)? (?:right now|now|rn|atm|"
    r"at the moment|as we speak)\b"
    r"|\b(?:wont|won t|will not) stop (?:hitting|touching|hurting|beating|grabbing|kicking|"
    r"punching|raping|abusing|strangling|choking)(?: (?:and|or) (?:hitting|touching|hurting|"
    r"beating|grabbing|kicking|punching|raping|abusing))? (?:me|us)\b"
    r"|^(?:(?:im|i m|i am) )?hiding (?:in|under|behind|inside) (?:the|my|a|his|her) \w+"
)
#: looked or shouted for, said with drink, fear or hiding: "hes drunk and shouting for me"
SOUGHT = re.compile(
    rf"{WHO}{_IS}(?: \w+ and)? (?:looking|searching|hunting|shouting|yelling|screaming|calling)"
    r" (?:for|after) (?:me|us)\b"
)
_SOUGHT_SIGNS = re.compile(
    r"\b(?:drunk|wasted|off his head|off her face|high|hiding|hide|scared|afraid|terrified|"
    r"petrified|knife|raging|fuming)\b"
)
#: in the house, and said he will come up later: "my uncle is downstairs and said hell come up"
COME_UP = re.compile(
    r"\b(?:said|says|told me|texted|keeps saying)(?: that)? (?:hell|he ll|he will|hes going to|"
    r"hes gonna|shell|she ll|she will|shes going to|theyll|they will) (?:come|be) (?:up|upstairs|"
    r"in|into my room|to my room|in my room|to my bed|in my bed|in to my room)\b"
)
_IN_HOUSE = re.compile(
    rf"{WHO}{_IS} (?:downstairs|upstairs|in the house|here|home|in the next room|next door)\b"
)
_GOODNIGHT = re.compile(
    r"\b(?:goodnight|good night|tuck|homework|story|stories|check on|say night|help me with)\b"
)
#: staying the night, with harm in bed said: "my step brother is staying tonight and he always
#: comes into my bed"
STAYING = re.compile(
    rf"{WHO}{_IS} (?:staying|sleeping|stopping|coming to stay)(?: over| here| at ours| at our "
    r"house| the night)?(?: \w+){0,2}? (?:tonight|tonite|2nite|this weekend|later)\b"
)
_BED_HARM = re.compile(
    r"\b(?:comes?|came|gets?|got|creeps?|crept|sneaks?|snuck) (?:in|into|in to) (?:my|our) "
    r"(?:bed|room|bedroom)\b"
    r"|\b(?:touches|touched|abuses|abused|rapes|raped|hurts|hurt|molests|molested) (?:me|us)\b"
    # (w54endanger, check57 finding 5) "my cousin makes me do stuff when we have sleepovers"
    r"|\b(?:makes?|made) (?:me|us) (?:do|touch|have|suck|watch)\b"
    r"|\b(?:does|did) (?:stuff|things|it) (?:to|with) (?:me|us)\b"
)
#: "im not safe", "i dont feel safe", said alone (or with a plea)
NOT_SAFE_ALONE = re.compile(
    r"(?:i am|im|i m|am) not safe|i (?:dont|do not|don t) feel safe"
    r"(?: (?:please|pls|plz|help|help me|at all))*"
)
#: (w62danger, check62) hiding for a reason that is not fear: "hiding in the loo at work cos im
#: so shy", "hiding from my boss lol", a game of hide and seek
_HIDING_IDLY = re.compile(
    r"\bhiding\b.*\b(?:because|cos|coz|cuz|as|since) (?:im|i am|i m) (?:so |too |really |just |"
    r"a bit |very )?(?:shy|bored|awkward|antisocial|introverted|lazy|tired|embarrassed|socially "
    r"awkward|skiving|avoiding (?:work|homework|chores|the washing up))\b"
    r"|\bhide and seek\b|\bhiding from (?:my |the )?(?:boss|manager|teacher|homework|chores|"
    r"washing up|hoovering)\b"
)


def hiding_idly(cleaned: str) -> bool:
    """A clause (``clean_text``) tells of hiding out of shyness, boredom or a game, with no fear
    or harm said (``danger_near.feared``): not danger now."""
    return _HIDING_IDLY.search(cleaned) is not None and not feared(cleaned)


#: a flashback, not now: "it feels like its happening now"
_FLASHBACK = re.compile(r"\b(?:feels?|felt|like|as if|as though|flashbacks?|dream|dreams)\b")

#: a question about responding to, or training for, a child in danger: "how to respond when a
#: child says they are in danger now", "training: recognising when a young person is at risk"
_RESPONDING = re.compile(
    r"\b(?:how (?:to|do (?:i|we|you)|should (?:i|we)|can (?:i|we)|would (?:i|we)) (?:respond|"
    r"react|reply|handle|deal with|recognise|recognize|spot|support|help)|what (?:to|do (?:i|we)|"
    r"should (?:i|we)) (?:do|say)|training|course|policy|procedure|guidance|recognising|"
    r"recognizing|responding)\b"
)
_ANY_CHILD = re.compile(
    r"\b(?:when|if|whether|that) (?:a|an|any) (?:child|young person|pupil|student|client|patient|"
    r"kid|teen|teenager|service user|learner|person|young)\b"
)


def asked_in_general(text: str) -> bool:
    """``text`` (``clean_text``) asks how to respond to, or train for, any child in danger: not
    a telling of danger now."""
    return bool(_RESPONDING.search(text) and _ANY_CHILD.search(text))


def parts(clauses: list[str]) -> list[str]:
    """``clauses`` split again at "and", "but", "so": "she is at his tonight and he abused me
    when i was her age" is a danger now and a harm past."""
    return [p.strip() for c in clauses for p in re.split(r"\b(?:and|but|so|cos|coz)\b", c)]


def in_danger(clauses: list[str], past: re.Pattern[str]) -> bool:
    """(w53danger) ``clauses`` (``clean_text``) tell of danger now in one of the shapes above,
    read in the clauses and their parts (``parts``) that are not of the ``past``; the harm
    done to someone else may be told in the past."""
    text = " ".join(clauses)
    now = [p for p in [*clauses, *parts(clauses)] if p and past.search(p) is None]
    kept = " ".join(c for c in clauses if past.search(c) is None)
    if any(OTHERS_AT.search(p) for p in now) and (
        _HARM_SAID.search(kept) or (_HARM_SAID.search(text) and _AS_A_CHILD.search(text))
    ):
        return True
    if any(OTHERS_OUT.search(p) for p in now) and _EXPLOITED.search(text):
        return True
    if any(OTHERS_LED.search(p) for p in now) and not _IF_FOUND.search(text):
        return True
    if _meeting_now(now, text):
        return True
    return _own(kept, now)


def _meeting_now(now: list[str], text: str) -> bool:
    """(w53danger, w59child, w61online) A young person meeting, soon or already gone, someone
    met online or much older; or asked into a car or a house soon by someone met online or of an
    adult's age said (``met_soon``)."""
    young = _YOUNG.search(text) is not None or unsaid_adult(text)
    if not young:
        return False
    if (met_where(text) or man_to_a_child(text)) and any(
        meeting_said(p) and (_SOON.search(p) or gone_now(p, text)) for p in now
    ):
        return True
    if coming_to_a_child(now, text):  # (w64danger) "im 13 and a man is coming to my house"
        return True
    return online_or_older(text) and any(asked_along(p, text) and _SOON.search(p) for p in now)


def meeting_said(text: str) -> bool:
    """``text`` tells of a meeting, gone to or asked for (``MEETING``, ``MEETING_AFTER_AND``):
    read here of each clause said as now, and by ``met_online`` of all the words."""
    return MEETING.search(text) is not None or MEETING_AFTER_AND.search(text) is not None


def met_where(text: str) -> bool:
    """``text`` says where the one met was met (online, a game: ``MET_WHERE``), that they are
    much older, or gives an adult's age (``met_soon.online_or_older``)."""
    return MET_WHERE.search(text) is not None or online_or_older(text)


def _own(said: str, now: list[str]) -> bool:
    if any(OWN_NOW.search(p) for p in now) and not _FLASHBACK.search(said):
        return True
    if any(SOUGHT.search(p) for p in now) and _SOUGHT_SIGNS.search(said):
        return True
    if any(COME_UP.search(p) for p in now) and _IN_HOUSE.search(said):
        return not _GOODNIGHT.search(said)
    if any(STAYING.search(p) for p in now) and _BED_HARM.search(said):
        return True
    return NOT_SAFE_ALONE.fullmatch(said.strip()) is not None


#: what ``without`` takes out of a clause: the shapes said with their time
_TIMED = re.compile(f"{OTHERS_AT.pattern}|{OTHERS_OUT.pattern}|{STAYING.pattern}")


def without(cleaned: str) -> str:
    """A clause (``clean_text``) without its shapes of someone else's danger tonight: "my
    cousin is at my uncles tonight and he abused me when i was her age" tells of no assault in
    the last few days."""
    return _TIMED.sub(" ", cleaned)
