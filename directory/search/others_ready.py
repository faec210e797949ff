"""(w55others, check58 finding 1) Someone else's plan, preparation or goodbye, said with no time:
"my friend has a plan to kill herself", "my dad has stockpiled pills", "my mum wants to die and
has written a letter", "my brother left a note saying sorry and has gone out", "my girlfriend is
messaging me goodbye", "he keeps texting goodbye".

``others_said`` read a plan only with "is going to" and a goodbye only as a note or message sent
("sent a goodbye text"). A plan made, pills stockpiled, a note left with sorry or goodbye in it,
a letter written by someone who wants to die or has had enough, or a goodbye being sent: each is
read as someone's life at risk now (``others_said.others_life_at_risk``): "Someone's life at
risk now? Call 999." and Samaritans.

Not a plan for something else ("a plan for the weekend"), a note of an errand ("a note saying he
went to football"), a goodbye said on parting ("said goodbye and went home", "texted me goodbye
from the airport"), nor the past ("when i was 8").

(w59tonight, check60 finding 10) A professional's client or patient too, with or without "my",
and a plan disclosed, shared or told ("counsellor, client disclosed plan to end life this
weekend"): the warning and Samaritans, as for a friend's plan.

Over ``clean_text`` (lower case, no apostrophes).
"""

from __future__ import annotations

import re

from .others_taken import PILLS
from .wish_of_another import anothers_wish

#: someone the person asking knows, or she, he, they
SOMEONE = (
    r"(?:she|he|they|shes|hes|theyre|theyve|(?:my|our|me|her|his) (?:\w+ )?(?:friend|mate"
    r"|bestie|bff|sister|brother|mum|mam|mom|mother|dad|father|son|daughter|girlfriend"
    r"|boyfriend|partner|husband|wife|cousin|nan|nana|gran|grandma|grandad|aunt|auntie|uncle"
    r"|niece|nephew|flatmate|housemate|classmate|student|pupil|child|kid|sis|bro|bf|gf"
    r"|stepdad|stepmum|step dad|step mum|stepson|stepdaughter|fiance|fiancee|ex|teenager|lad"
    r"|girl|boy|client|patient|service user|young person|resident)"
    # (w59tonight, check60 finding 10) a professional's, with no "my": "client disclosed a plan"
    r"|client|patient|service user|young person)"
)
_THEMSELVES = r"(?:herself|himself|themselves|themself|theirself)"
_THEIR = r"(?:her|his|their)"
#: the act planned: killing themselves, ending their life, dying, an overdose
_ACT = (
    rf"(?:kill {_THEMSELVES}|(?:end|take) (?:{_THEIR} )?(?:own )?life|die|commit suicide|suicide"
    r"|(?:take|do) (?:an? )?(?:overdose|od)|overdose|end it(?: all)?|jump|hang)"
)
#: a plan made: "has a plan to kill herself", "has planned how he will end his life"
_PLAN = re.compile(
    rf"\b{SOMEONE}(?: \w+){{0,6}}? (?:has|s|have|ve|has got|s got|got|has made|made|says"
    r" (?:s?he|they) (?:has|have|s got|has got)|(?:has |s )?(?:disclosed|shared|revealed"
    r"|mentioned|described|told me(?: about)?|talked about|spoke about)) (?:a |an |her |his "
    r"|their )?(?:plan|plans"
    rf"|planned|way)\b(?: \w+){{0,5}}? {_ACT}\b"
)
#: (w56own, check58 finding 11) a plan said after the wish, with nothing after it: "pupil said
#: she wants to die and has a plan" (not "has a plan for the weekend", "a safety plan")
_A_PLAN = re.compile(
    r"\b(?:has|s got|has got|have|has made|made|says (?:s?he|they) (?:has|have)|told me (?:s?he"
    r"|they) (?:has|have)) (?:a |an )?(?:plan|plans)\b(?! (?:for|to (?:go|see|meet|visit|get"
    r"|move|leave|study|travel|tell|stay)|of action|in place|b)\b)"
)
#: pills gathered: stockpiled, hoarded; "saving up" or "hiding" them only with a wish or
#: having had enough (``_DESPAIR``)
_STOCKPILED = re.compile(
    rf"\b{SOMEONE}(?: \w+){{0,5}}? (?:stockpiled|stockpiling|stock piled|stock piling"
    rf"|hoarded|hoarding)(?: up)? (?:\w+ ){{0,3}}?{PILLS}\b"
)
_SAVED = re.compile(
    rf"\b{SOMEONE}(?: \w+){{0,5}}? (?:saving|saved|collecting|collected|hiding|hidden|stashing"
    rf"|stashed|keeping)(?: up)? (?:\w+ ){{0,3}}?{PILLS}\b"
)
#: a note or letter left or written
_NOTE = (
    rf"\b{SOMEONE}(?: \w+){{0,5}}? (?:has |just |has just )?(?:left|written|wrote|writing"
    r"|is writing|been writing) (?:a |an |her |his |their |me a |us a |me an |us an )?"
    r"(?:note|notes|letter|letters)\b"
)
#: what the note says: sorry, goodbye, not to look for them
_SAYS = (
    r"(?: \w+){0,6}? (?:saying|says|that says|said|to say|telling|tells)(?: \w+){0,4}? "
    r"(?:sorry\b(?! (?:for|about) (?!everything|all|it all|what|being))|goodbye|good bye"
    r"|bye forever|forgive|(?:cant|can not|cannot) (?:do|go on|take|cope|carry on)|had enough"
    r"|not to (?:look|come|find|worry|call)|dont (?:look|come|try|find|worry|blame)"
    r"|look after (?:the|my|her|his|their|mum|dad|everyone)|better off|wont be (?:here|around"
    r"|back|coming back)|(?:love|loves) (?:you|us) all|always (?:love|loved))"
)
_NOTE_SAYS = re.compile(rf"{_NOTE}{_SAYS}")
_NOTE_ALONE = re.compile(_NOTE)
#: a goodbye being sent, or sent to the asker: "is messaging me goodbye", "keeps texting
#: goodbye", "posted goodbye on snap" (not "said goodbye": a parting)
_GOODBYE = re.compile(
    rf"\b{SOMEONE}(?: \w+){{0,3}}? (?:(?:is|s|are|re|keeps|keep|kept|has been|been|started"
    r"|just|has just|has) )?(?:messaging|texting|sending|snapchatting|snapping|posting|dming"
    r"|whatsapping|emailing|ringing|calling|voice noting|saying|messaged|texted|snapchatted"
    r"|snapped|dmd|whatsapped|emailed|posted|rang|called)(?: (?:me|us|everyone|everybody"
    r"|people|all of us|us all|her friends|his friends|their friends|the family|messages|texts"
    r"|a|her|his|their))* (?:goodbye|good bye|goodbyes|good byes|farewell|bye forever)\b"
)
_PARTING = re.compile(
    r"\b(?:leaving (?:do|party|drinks|card)|retir\w+|last day|new job|moving|moved|emigrat\w+"
    r"|airport|flight|plane|train station|holiday|gap year|uni|university|wedding|funeral"
    r"|graduation|end of term|farewell party|going home|went home|see (?:you|me|us) (?:soon"
    r"|tomorrow|later|next)|goodbye for now|for the summer|abroad|deployed|deployment)\b"
)
#: another's despair said with it: had enough, cant go on, nothing to live for
_DESPAIR = re.compile(
    r"\b(?:s?he|they|shes|hes|theyve|has|have|says|said|saying)(?: \w+){0,2}? (?:had enough"
    r"\b(?! of (?!life|living|everything|it all))|(?:cant|can not|cannot) (?:go on|do this any"
    r" ?more|take (?:it|this|any ?more)|cope any ?more|carry on)|done with (?:life|living"
    r"|everything|it all)|nothing (?:left )?to live for|no point (?:in )?(?:living|going on"
    r"|any ?more))"
)
_LONG_AGO = re.compile(
    r"\b(?:years? ago|when i was|last year|as a (?:teen|teenager|kid|child)|in (?:19|20)\d\d"
    r"|months ago|back in|used to)\b"
)


def _despair(cleaned: str) -> bool:
    """Someone else's wish to die (``wish_of_another``) or despair said in ``cleaned``."""
    return anothers_wish(cleaned) is not None or _DESPAIR.search(cleaned) is not None


def _ready(cleaned: str) -> re.Match[str] | None:
    """A plan made, pills stockpiled, a note saying sorry or goodbye, a goodbye being sent;
    pills saved or a note written, with a wish to die or despair."""
    found = _PLAN.search(cleaned) or _STOCKPILED.search(cleaned) or _NOTE_SAYS.search(cleaned)
    if found is None and not _PARTING.search(cleaned):
        found = _GOODBYE.search(cleaned)
    if found is None and _despair(cleaned):
        found = _SAVED.search(cleaned) or _NOTE_ALONE.search(cleaned)
        found = found or _A_PLAN.search(cleaned)  # (w56own) "wants to die and has a plan"
    return found


def others_ready(cleaned: str) -> re.Match[str] | None:
    """Someone else's plan, preparation, note or goodbye, told in ``cleaned`` (``clean_text``)
    as ``_ready`` reads it; None when it was long ago."""
    found = _ready(cleaned)
    if found is None or _LONG_AGO.search(cleaned[found.start() : found.end() + 50]):
        return None
    return found
