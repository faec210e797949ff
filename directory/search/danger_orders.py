"""(w57danger, check59 findings 4 and 5) Danger now said in the other orders people use, each
shown no "In danger now? Call 999" on the page though its twin in one order was:

- a threat to kill if told, the "if" first or the threat said plainly: "if i tell anyone he
  will kill me", "he will kill me if i tell", "he says if i tell anyone hell kill me", "my
  stepdad says if i tell he will hurt mum" (``danger_spoken`` read only "he said he would kill
  me if i told" and "threatened to kill"); not a jest whose telling is of something else ("my
  mum will kill me if i tell her i failed"), nor a condition other than telling ("shell kill
  me if im late");
- followed said in the passive, over time or by a stranger named in other words: "im being
  followed (home)", "a van has been following me since the park", "some lad is following me";
  Welsh "mae rhywun yn fy nilyn i" (someone is following me), "mae o'n fy nilyn i adref"; not
  a follow online, nor a pet or a little brother following them about;
- touching now without "is" or "my", as a child types it: "uncle touching me now", "stepdad
  in my room now";
- harm said in the future for tonight or now, to them or to someone else: "her dad will rape
  her tonight", "he is going to touch my sister tonight"; Welsh "mae o'n mynd i ddod i fy
  ystafell heno" (he is going to come to my room tonight); a harm kept up ("has been coming
  into my room when she is on nights") with its time come again tonight and fear said
  ("she is on nights again tonight and im really scared").

Not the past (the caller drops clauses of the past first). Over ``clean_text`` (lower case, no
apostrophes: "he'll" is "hell").
"""

from __future__ import annotations

import re

from .danger_near import WHO

#: will, or is going to, as people write it ("hell" and "shell" are "he'll" and "she'll")
_WILL = r"(?:will|ll|would|d|is going to|s going to|is gonna|s gonna|gonna|gunna|going to|is gunna)"
_SUBJECT = rf"(?:{WHO}|hell|shell|theyll|\w+ \w+)"
#: who may hear it: "anyone", "my mum", "the police", or nobody said
_HEARER = (
    r"(?: (?:anyone|anybody|any1|ne1|someone|somebody|people|the police|police|a teacher|"
    r"teachers?|my \w+(?: \w+)?|mum|mam|dad|you|u|them|her|him|social services|childline))?"
)
#: the telling is all the condition: nothing said after but what is told of him
_TOLD_ENDS = (
    r"(?: (?:about (?:it|this|that|him|her|them|what \w+ (?:does|did|do|is doing))|what "
    r"(?:he|she|they|happened|happens|\w+ \w+) (?:does|did|do|is doing|done|has done)?|"
    r"(?:the|our) secret))?\b"
)
#: nothing told after the hearer but the end, or a new clause ("… if i tell anyone and im
#: scared"; not "if i tell her i failed")
_NOTHING_TOLD = r"(?! (?!(?:and|but|so|because|cos|coz|please|help|what)\b)\w)"
_IF_TELL = (
    r"\bif (?:i|we) (?:ever |even )?(?:tell|told|say anything|said anything|speak|report|grass|"
    r"dob|snitch|go to the police)"
)
_HARM_TOLD = r"(?:kill|murder|stab|strangle|shoot)"
_KIN = (
    r"(?:(?:my|our) )?(?:little |baby |younger |big |older |twin |half |step )?(?:brother|bro|"
    r"sister|sis|siblings?|brothers|sisters|mum|mam|mom|mummy|mother|dad|daddy|family|nan|gran|"
    r"baby)"
)
_THREATENED = rf"(?:{_HARM_TOLD} (?:me|us|{_KIN})|(?:hurt|harm|beat|hit|rape|touch) {_KIN})\b"
#: "if i tell anyone he will kill me"
TELL_FIRST = re.compile(
    rf"{_IF_TELL}{_HEARER}{_TOLD_ENDS}(?: then)? (?:{_SUBJECT} )?{_WILL} {_THREATENED}"
    rf"|{_IF_TELL}{_HEARER}{_TOLD_ENDS}(?: then)? (?:hell|shell|theyll) {_THREATENED}"
)
#: "he will kill me if i tell", "my uncle is going to hurt my sister if i tell anyone"
TELL_AFTER = re.compile(
    rf"(?:{WHO}|\bhell|\bshell|\btheyll)(?: {_WILL})? {_THREATENED}"
    rf"(?: \w+){{0,2}}? {_IF_TELL}{_HEARER}{_TOLD_ENDS}{_NOTHING_TOLD}"
)

#: followed now, in the passive or over time: "im being followed", "has been following me"
_FOLLOWER = (
    rf"(?:{WHO}|\b(?:a|an|some|this|that|the|these|those|two|2|three|3|a few|a group of|a "
    r"gang of) (?:\w+ )?(?:lad|lads|boy|boys|man|men|guy|guys|"
    r"bloke|blokes|girl|girls|woman|women|person|people|car|van|group|gang|stranger|strangers)|"
    r"\bsome1|\bsum1)"
)
FOLLOWED = re.compile(
    r"\b(?:im|i m|i am|am|we are|were|we re|i think im|i think i am)(?: still)? being "
    r"(?:followed|chased|stalked)\b"
    rf"|{_FOLLOWER}(?: is| s| are| has been| have been| s been| keeps?| keeps on| has| been)? "
    r"(?:following|followin|chasing|stalking) (?:me|us)\b"
)
_NOT_FOLLOWED = re.compile(
    r"\b(?:online|on line|on (?:insta|instagram|ig|tiktok|twitter|x|snap|snapchat|facebook|fb|"
    r"social media|social|youtube|twitch|threads|spotify|here|my account|strava|bereal)|accounts?|"
    r"followers?|profile|page|app|dog|puppy|cat|kitten|pet|duck|around|about everywhere|"
    r"everywhere|rules|instructions|advice|news|story|the plan|orders)\b"
)
#: Welsh: "mae rhywun yn fy nilyn i", "mae o'n fy nilyn i adref", "mae dyn wedi bod yn fy
#: nilyn"
FOLLOWED_CY = re.compile(
    r"\bmae (?:\w+ ){1,3}?(?:n |yn |wedi bod yn |dal i )?fy (?:nilyn|nilin)\b"
    r"|\bmae (?:e|o|fe|fo|hi|nhw)n (?:fy )?(?:nilyn|nilin)\b"
    r"|\b(?:dw i|dwi|rydw i|rwy)(?: n| yn|n) cael fy nilyn\b"
)
_NOT_FOLLOWED_CY = re.compile(
    r"\b(?:ar[ -]?lein|ar (?:instagram|insta|tiktok|snapchat|snap|facebook|twitter|x|youtube)|"
    r"ci|cath|rheolau|cyfrif)\b"
)

#: the one who harms named as a child types it, no "my", no "is"
_NAMED = (
    r"(?:uncle|step ?dad|stepfather|dad|daddy|father|brother|step ?brother|cousin|grandad|"
    r"granddad|grandpa|mums boyfriend|mums bf|mums partner|boyfriend|bf|man|teacher|coach|"
    r"neighbour|he|someone)"
)
_NOW = r"(?:right now|now|rn|atm|at the moment|as we speak|this minute)"
#: (w59cydanger, welsh24 notes) mum or a sibling, said without "my": "dad is hitting mum now"
_KIN_HIT = (
    r"(?:(?:my )?(?:mum|mam|mom|mummy|mother|nan|sister|sis|brother|bro|baby|little sister"
    r"|little brother))"
)
#: "uncle touching me now", "uncle touching me at nans now", "stepdad in my room now";
#: (w59cydanger) "dad is hitting mum now and im scared"
TOUCHING_NOW = re.compile(
    rf"\b{_NAMED} (?:touching|hurting|abusing|raping|feeling|groping|hitting|grabbing) (?:me|us)"
    rf"(?: \w+){{0,4}}? {_NOW}\b"
    rf"|\b{_NAMED}(?: is| s) (?:hitting|beating|hurting|attacking|strangling|choking|punching"
    rf"|kicking|battering|slapping) {_KIN_HIT}(?: \w+){{0,4}}? {_NOW}\b"
    rf"|\b{_NAMED} (?:in|is in|s in) (?:my|our) (?:room|bedroom|bed|bathroom)(?: \w+){{0,2}}? "
    rf"{_NOW}\b"
)

_TONIGHT = r"(?:tonight|tonite|2nite|tnight|later tonight|this evening|now|right now|rn)"
_HER = r"(?:me|us|her|him|them|my \w+(?: \w+)?|her \w+|his \w+)"
#: harm said in the future for tonight: "her dad will rape her tonight"
HARM_TONIGHT = re.compile(
    r"(?<!\bi )(?<!\bwe )(?<!\bim )(?<!\bi m )(?<!\bi am )(?<!\bwere )(?<!\bwe are )"
    rf"\b(?:{_WILL}|hell|shell|theyll|will try to|is going to try to) "
    r"(?:rape|hurt|abuse|touch|assault|strangle|molest|do it to|do stuff to|do things to|"
    r"sexually assault|batter) "
    rf"{_HER}(?: \w+){{0,4}}? {_TONIGHT}\b"
)
#: Welsh: "mae fy llystad yn mynd i ddod i fy ystafell heno"
HARM_TONIGHT_CY = re.compile(
    r"\bmae (?:\w+ ){1,3}?(?:n |yn )?mynd i (?:ddod|dod|fynd|mynd) (?:i mewn )?i ?"
    r"(?:r |fy |ei |ein |y )?(?:ystafell|stafell|llofft|ngwely|gwely|wely|hystafell|stafell wely)\b"
    r"(?: \w+){0,3}? (?:heno|nawr|rwan|rŵan)\b"
    r"|\bmae (?:e|o|fe|fo|hi|nhw)n mynd i (?:ddod|dod) (?:i mewn )?i ?(?:r |fy |ei |y )?"
    r"(?:ystafell|stafell|llofft|ngwely|gwely|hystafell)\b(?: \w+){0,3}? (?:heno|nawr|rwan)\b"
)
#: a harm kept up, said over time: "has been coming into my room", "keeps touching me"
_KEPT_UP = re.compile(
    r"\b(?:has been|have been|s been|keeps|keep|always) (?:coming|comes|come|getting|gets) "
    r"(?:in|into|in to) (?:my|her|his) (?:room|bedroom|bed)\b"
    r"|\b(?:has been|have been|s been|keeps|keep) (?:touching|abusing|raping|hurting|doing stuff "
    r"to|doing things to) (?:me|her|him|my \w+)\b"
)
_TONIGHT_AGAIN = re.compile(r"\b(?:tonight|tonite|2nite|tnight)\b")
_FEAR = re.compile(
    r"\b(?:scared|terrified|frightened|afraid|petrified|panicking|dreading|scared stiff)\b"
)


def in_danger(clauses: list[str]) -> bool:
    """(w57danger) ``clauses`` (``clean_text``, none of the past) tell of danger now in one of
    the shapes above."""
    now = [c.strip() for c in clauses if c.strip()]
    if any(TELL_FIRST.search(c) or TELL_AFTER.search(c) for c in now):
        return True
    if any(_followed(c) for c in now):
        return True
    if any(TOUCHING_NOW.search(c) or HARM_TONIGHT.search(c) for c in now):
        return True
    if any(HARM_TONIGHT_CY.search(c) for c in now):
        return True
    return _kept_up_tonight(now)


def _followed(cleaned: str) -> bool:
    if FOLLOWED.search(cleaned) and not _NOT_FOLLOWED.search(cleaned):
        return True
    return FOLLOWED_CY.search(cleaned) is not None and not _NOT_FOLLOWED_CY.search(cleaned)


def _kept_up_tonight(now: list[str]) -> bool:
    """A harm kept up, with tonight and fear said in the same words ("he has been coming into
    my room when she is on nights. she is on nights again tonight and im really scared")."""
    said = " ".join(now)
    if _KEPT_UP.search(said) is None:
        return False
    return any(_TONIGHT_AGAIN.search(c) and _FEAR.search(c) for c in now)
