"""(w58hurt, check60 findings 1 to 3) Danger now said as the injury with the one who did it,
in other word orders, or taken away by the past said after it.

- an injury with who did it, no "now" needed: "she fractured my wrist", "he knocked me
  unconscious", "he sliced me with a blade", "he hit me and i cant see out of my eye", "my
  lip is bleeding and he kicked me", "i was knifed", "my face is bleeding"; not a broken
  heart or phone, a sports injury with nobody doing it or done in play (w59tonight: "he broke
  my arm after the football match" is danger, "he broke my leg in a tackle" is not), a
  nosebleed alone, nor the past with an age or a year
  (the caller drops those clauses);
- danger now in other orders: "hes trying to kick the door in", "he is downstairs and im
  hiding", "he chased me home and is outside my flat now", "my ex is at the door trying to
  get in", Welsh "mae o'n dod i fyny'r grisiau" (he is coming up the stairs);
- the past said after, in a clause of its own: "…, that was 20 years ago", "…, when i was a
  kid" is read into the clause before it (``past_carried``).

Over ``clean_text`` (lower case, no apostrophes: "he's" is "hes").
"""

from __future__ import annotations

import re

from .danger_near import WHO

_DID = rf"(?:{WHO})(?: (?:has|s|is|just|has just|s just|had|d))?"
_BONE = (
    r"(?:arm|arms|wrist|wrists|ribs?|leg|legs|nose|jaw|finger|fingers|hand|collarbone|"
    r"collar bone|cheekbone|cheek bone|ankle|elbow|shoulder|skull|eye socket|tooth|teeth|thumb)"
)
_BODY = r"(?:face|arm|arms|wrist|wrists|neck|leg|legs|throat|hand|hands|head|back|chest|cheek)"
_SPORT = re.compile(
    r"\b(?:playing|football|rugby|match|game|training|tackle|accident|by accident|fell off"
    r"|skiing|trampoline|gym|pe)\b"
)
#: (w59tonight) an injury done in play, by accident: "he broke my leg in a tackle"
_IN_PLAY = re.compile(
    r"\b(?:tackle|tackled|tackling|by accident|accident|accidentally|accidental|collided"
    r"|collision|clash of heads|scrum|in (?:the|a) (?:game|match)|during (?:the|a) (?:game|match"
    r"|training|practice|lesson)|sparring|spar|fell on me|landed on me"
    # (w60danger's guard) "he kicked me playing football": in the game, not after it
    r"|(?:playing|at|in) (?:football|rugby|netball|hockey|basketball|footy|fives))\b"
)
#: the injury and who did it: "she fractured my wrist", "he knocked me out", "he cut me"
_INJURED_BY = re.compile(
    rf"\b{_DID} (?:broke|broken|fractured|snapped|dislocated|cracked|smashed) my {_BONE}\b"
    rf"|\b{_DID} knocked me (?:out|unconscious|senseless|clean out)\b"
    rf"|\b{_DID} (?:cut|sliced|slashed|stabbed) (?:me|my {_BODY})(?: (?:with|open|badly|and|"
    r"deep|again)\b|$)"
    r"|\b(?:i was|i got|ive been|i have been|i ve been|i been)(?: just)? (?:stabbed|knifed|"
    r"glassed|slashed)\b"
    # (w60danger, check61 finding 4) smothered: "she pressed a cushion over my mouth"
    rf"|\b{_DID} (?:held|put|pushed|pressed|forced|shoved) (?:a|the|his|her|their) (?:pillow|"
    r"cushion|bag|plastic bag|hand|hands|coat|towel) (?:over|on|onto|against|into) my (?:face|"
    r"mouth|nose|head)\b"
)
#: the harm: "he hit me", "she pushed me down the stairs"
_HURT_BY = re.compile(
    rf"\b{_DID} (?:hit|punched|kicked|beat|beaten|battered|smashed|pushed|shoved|threw|thrown"
    r"|slammed|headbutted|head butted|stamped on|bit|attacked|strangled|choked) (?:me|my \w+)\b"
)
#: what the harm did, said now: "i cant see out of one eye", "i think my arm is broken"
_INJURY_NOW = re.compile(
    r"\bi (?:cant|can not|cannot|can t) (?:see out of|open) (?:one|my|an) eye\b"
    r"|\bi (?:cant|can not|cannot|can t) (?:breathe|move my \w+|stand|walk)\b"
    rf"|\bmy {_BONE} (?:is|s|are|feels|looks|feel|look) (?:broken|broke|fractured|snapped|"
    r"dislocated|cracked)\b"
    # (w64danger, check63 finding 5) after strangling: "my voice is hoarse", "it hurts to
    # swallow", "i can barely talk"
    r"|\bmy voice (?:is|s|has|keeps)(?: \w+)? (?:hoarse|croaky|raspy|gone|going|weird|funny)\b"
    r"|\b(?:i have|ive|i ve|i got|got) a (?:hoarse|croaky|raspy) voice\b"
    r"|\b(?:it hurts|hurts|it s hard|its hard|i cant|i can t|cant|can t) (?:to )?swallow\b"
    r"|\bi (?:can barely|can hardly|cant really) (?:talk|speak|breathe|swallow)\b"
    r"|\bmy (?:head|face|lip|mouth|eye|nose|ear|arm|leg|hand|back) (?:is |s )?(?:bleeding|"
    r"bleedin|pouring with blood)\b"
    r"|\b(?:i was|i got|ive been) knocked (?:out|unconscious)\b|\bi (?:passed|blacked) out\b"
    # (w60danger, check61 finding 4) "my side hurts where she kicked me", "my jaw is swollen"
    rf"|\bmy (?:{_BONE}|{_BODY}|stomach|belly|tummy|side|ear|eye|lip|mouth) (?:hurts?|is hurting|"
    r"are hurting|really hurts?|still hurts?|aches?|is aching|are aching|is swollen|are swollen|"
    r"is killing me|are killing me)\b"
)
#: (w60danger, check61 finding 4) a blow to the belly of someone pregnant: "she kicked me in
#: the tummy and im 6 months pregnant"
_BLOW_PREGNANT = re.compile(
    rf"\b{_DID} (?:hit|punched|kicked|kneed|stamped on|jumped on|booted|thumped) me in (?:the|my) "
    r"(?:stomach|belly|tummy|bump)\b.*\b(?:im|i am|i m)(?: \w+){0,3}? pregnant\b"
    r"|\b(?:im|i am|i m)(?: \w+){0,3}? pregnant\b.*\b(?:hit|punched|kicked|kneed|stamped on|"
    r"jumped on|booted|thumped) me in (?:the|my) (?:stomach|belly|tummy|bump)\b"
)

#: bleeding alone that is a wound: "my head is bleeding", "im bleeding badly"
_WOUND = re.compile(
    r"\bmy (?:head|face|neck|throat|chest) (?:is |s )?(?:bleeding|bleedin|pouring with blood)\b"
    r"|\b(?:im|i am|i m) (?:bleeding|bleedin) (?:a lot|badly|heavily|loads|everywhere)\b"
    r"(?! (?:on|from|with|because of|cos of|during|after) (?:my|the|a) (?:period|nose|gums)\b)"
)

#: danger in other orders: "hes trying to kick the door in", "trying to get in"
_BREAKING_IN = re.compile(
    rf"{WHO}(?: is| s| are| keeps)? (?:trying to|tryna|tryin to|going to|about to) (?:break|kick|"
    r"smash|bash|force|knock) (?:down )?(?:the|my|our|my bedroom|the bedroom|the front|the "
    r"back|the bathroom) (?:door|doors|window)(?: down| in| open)?\b"
    rf"|{WHO}(?: (?:is|s) \w+(?: \w+){{0,3}}?)?(?: and)?(?: is| s)? (?:trying to|tryna|tryin to"
    r") (?:get|break|force (?:his|her|their) way) in\b"
)
#: someone near and the asker hiding: "he is downstairs and im hiding"
_HIDING = re.compile(
    rf"{WHO}(?: is| s| are) (?:in the \w+ room|downstairs|upstairs|in the house|next door|"
    r"outside|here|in the hall|on the landing|at the door|home)(?: \w+){0,3}? (?:and|so|but) "
    r"(?:im|i am|i m|were|we are) hiding\b"
)
#: (w64danger, check63 finding 2) Welsh, as the English: "mae rhywun yn y tŷ a dwi'n cuddio",
#: "mae o lawr grisiau ac rydw i'n cuddio" (not "mae'r plant yn cuddio yn yr ardd": a game)
_HIDING_CY = re.compile(
    r"\b(?:mae|ma) (?:rhywun|rywun|dyn|e|o|fe|fo|hi|nhw|fy \w+) (?:yn y ty|yn y fflat|lawr staer|"
    r"lan staer|lawr grisiau|lan lofft|tu allan|tu fas|wrth y drws|yma|yn y stafell \w+|adra|adre|"
    r"gartre|gatre)(?: \w+){0,3}? (?:a|ac|felly|so|ond) (?:dwi|dw i|dwin|dw in|rydw i|rydw in|"
    r"rwyn|rwy n|rwy|fi|ni|dan ni|rydyn ni|dyn ni)(?: ?n| yn)? cuddio"
    # hiding themselves, not a thing: "... a dwi'n cuddio ei anrheg" (his present)
    r"(?:$| (?:yn|o dan|dan|tu ol|y tu ol|rhag|rhagddo|rhagddi|oddi wrth|nawr|rwan|heno|yma|fan"
    r" hyn|mewn|ond|a|ac|plis|help|helpwch))"
)
#: followed and now outside: "he followed me home and is outside my house now"
_FOLLOWED_OUTSIDE = re.compile(
    rf"{WHO} (?:followed|chased|tracked) me(?: \w+){{0,3}}? (?:and )?(?:is|s|hes|shes|are) "
    r"(?:now |still |now still |still now )?(?:outside|at (?:my|the|our) (?:door|window))\b"
)
#: Welsh: he is coming up the stairs, is at the door, trying to get in
_COMING_UP_CY = re.compile(
    r"\bmae (?:\w+ ){0,3}?(?:e|o|fe|fo|hi|nhw)?\s?(?:n |yn )?dod i fyny ?r grisiau\b"
    r"|\bmae (?:\w+ ){0,3}?(?:e|o|fe|fo|hi|nhw)?\s?(?:n |yn )?(?:trio|ceisio) (?:dod|torri) i "
    r"mewn\b"
)


def in_danger(clauses: list[str], past: re.Pattern[str]) -> bool:
    """``clauses`` (``clean_text``) tell of an injury done now or danger now said in another
    order, in clauses not of the ``past``."""
    now = [c.strip() for c in clauses if c.strip() and not past.search(c)]
    if any(_danger_order(c) for c in now):
        return True
    text = " ".join(now)
    # (w59tonight, check60) an injury a person did stays danger with a sport named ("he broke
    # my arm after the football match"), unless it happened in play ("in a tackle"); (w60danger)
    # so does a blow to a pregnant belly
    told = _INJURED_BY.search(text) or (_HURT_BY.search(text) and _INJURY_NOW.search(text))
    if told or _BLOW_PREGNANT.search(text):
        return not _IN_PLAY.search(text)
    return not _SPORT.search(text) and bool(_WOUND.search(text))


def _danger_order(cleaned: str) -> bool:
    return any(
        reader.search(cleaned)
        for reader in (_BREAKING_IN, _HIDING, _HIDING_CY, _FOLLOWED_OUTSIDE, _COMING_UP_CY)
    )


#: a clause that is only the past: "that was 20 years ago", "when i was a kid", "in 2009"
_PAST_ALONE = re.compile(
    r"^(?:(?:but |and )?(?:that|this|it|all that|all this|which|that all|this all) "
    r"(?:was|happened|were|went on|stopped)(?: \w+){0,2}? )?"
    r"(?:(?:\w+ ){1,2}(?:years|year|yrs|decades) ago|years ago|a long time ago|ages ago|"
    r"when i was (?:\w+ ){0,2}?(?:\w+)|as a (?:kid|child|teenager|teen|boy|girl)|"
    r"in (?:19|20)\d\d|back in (?:19|20)\d\d|(?:\w+ ){0,2}?(?:years|decades) back)$"
)


def past_carried(clauses: list[str]) -> list[str]:
    """``clauses`` with a clause that is only the past ("that was 20 years ago") read into the
    clause before it too, so the threat or harm there is read as the past."""
    carried = list(clauses)
    for at in range(1, len(carried)):
        if _PAST_ALONE.search(carried[at].strip()):
            carried[at - 1] = f"{carried[at - 1]} {carried[at].strip()}"
    return carried
