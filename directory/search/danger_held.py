"""(w50held, check53 findings 1 and 4) Danger now said in other ordinary words than
``danger_now`` and ``danger_near`` read, each of them shown no "In danger now? Call 999":

- held, kept or locked in now: "he wont let me leave", "im locked in the bathroom", "we are
  being kept at his flat", "he wont take me home";
- harm under way that goes on: "a lad keeps grabbing me and wont leave me alone";
- someone coming, said with fear or a plea ("please help hes coming"), or alone ("hes coming");
- cannot talk because someone is near ("i cant speak, my stepdad is outside");
- someone else in danger now or tonight: "my brother is alone with our uncle now and he hits
  him", "she has to go back home tonight and her dad abuses her", "is my cousin safe tonight,
  her stepdad said he would kill her", "my pupil is in danger from her father tonight";
- "999" or "sos" typed alone;
- (w51danger, check54) someone else hurt now said passively or heard, the one who harms in
  another child's room now, someone else locked in, a little one alone with someone tonight,
  "not safe tonight"; a door blocked or wedged, keys taken, trapped; "please help me now"
  (``SAID_NOW``, ``said_now``).

Not the past ("when i was 9 he locked me in the shed": ``danger_now`` reads a clause of the
past as no danger), not a parent's rule ("my dad wont let me out with my friends", "wont let me
go to the party": being held has no errand after it), not "i cant get out of bed", "locked
out", "she is safe now", nor a parent asking beforehand whether to let a child go ("is it safe
to let my son stay at his grandads tonight": a judgement for the NSPCC line, not a danger under
way).

Over ``clean_text`` (lower case, no apostrophes: "he's" is "hes").
"""

from __future__ import annotations

import re

from . import danger_near
from .danger_near import WHO

#: not, as written
_NOT = r"(?:wont|won t|will not|wouldnt let|refuses to|refusing to|not letting|isnt letting)"
#: a room or house where someone can be held
_ROOM = (
    r"(?:room|bedroom|bathroom|toilet|house|home|flat|shed|car|van|cellar|basement|garage|attic|"
    r"loft|cupboard|wardrobe|caravan|hotel|hotel room|place)"
)
#: the one held: me, us, or someone else
_HELD = r"(?:me|us|her|him|them|my \w+(?: \w+)?)"
#: someone else, as a person speaks of them: "my little sister", "her dad", "our stepdad"
_OTHER = r"(?:my|her|his|their|our) (?:\w+ ){0,2}?\w+"
#: now, or this evening
_NOW = r"(?:right now|now|rn|atm|at the moment|tonight|tonite|2nite|this evening)"
#: harm, as said of someone else
_HARM_VERB = r"(?:hurt|kill|rape|attack|beat|batter|hit|touch|strangle|stab|abuse|harm|smack)"

HELD = re.compile(
    # "he wont let me out", "he locked the door and wont let me leave", "they wont let her go
    # home" (not "wont let me out with my friends", "wont let me go to the party")
    rf"\b{_NOT} (?:let|allow) {_HELD} (?:to )?(?:out|leave|go|go home|go back home|get out)"
    rf"(?: of (?:the|this|his|her|their|my) {_ROOM})?(?: {_NOW})?$"
    rf"|\b{_NOT} (?:take|bring|drive|let) {_HELD} (?:back )?home\b"
    # "im locked in my room", "we are locked in the flat", "i am locked in" (not "locked out")
    r"|\b(?:im|i m|i am|i have been|ive been|i ve been|were|we are|we have been|shes|she is|"
    r"hes|he is|they are|theyre|being|been|got|get|getting|is|are) (?:\w+ )?locked in"
    rf"(?: (?:(?:my|the|a|his|her|their|this|our) {_ROOM}|here|again))?(?: {_NOW})?$"
    rf"|\b(?:im|i m|i am|were|we are|is|are) (?:\w+ )?locked in (?:my|the|a|his|her|their|this|our)"
    rf" {_ROOM}\b"
    # "he has locked the doors", "hes just locked the front door"
    r"|\b(?:has|s|just|has just|s just) locked (?:the|all the|my) (?:\w+ )?doors?\b"
    # "im being kept in a house", "she is being held at his flat", "they are keeping me here"
    r"|\bbeing (?:kept|held) (?:in|at|inside) (?:(?:a|the|his|her|their|this|some) )?"
    rf"(?:\w+ ){{0,2}}?{_ROOM}\b"
    r"|\bbeing (?:kept|held) (?:here|there|prisoner|captive|hostage|against)\b"
    rf"|\b(?:keeping|holding) {_HELD} (?:here|there|prisoner|captive|hostage|locked|in (?:a|the|"
    rf"his|her|their|this) {_ROOM})\b|\bheld (?:captive|hostage|prisoner)\b"
    # harm under way that goes on: "a man keeps grabbing me and wont leave me alone", "he wont
    # get off me"
    r"|\bkeeps? (?:touching|grabbing|groping|feeling|following|hitting|kissing|pulling) (?:me|us)"
    r"\b(?: \w+){0,4}? (?:and )?(?:wont|won t|will not) leave (?:me|us) alone\b"
    r"|\b(?:wont|won t|will not) (?:get off|let go of) (?:me|us)\b"
    # "999", "sos" typed alone
    r"|^(?:999|sos|s o s|call 999|need 999)(?: please| help| help me| now)?$"
)

#: someone coming, said with fear or a plea ("please help hes coming"), or alone ("he is
#: coming"), not "my dad is coming to the meeting"
#: (w64danger, check63 finding 2) or coming back, as texted: "hes coming back", "hes coming bak"
COMING = re.compile(
    rf"{WHO}(?: is| s| are)? coming(?: again| now| rn| here| for me| back| bak| bk| bck)?"
    # run on into the plea, as texted: "hes coming back i need help now pls"
    r"(?: again| now| rn)?(?:$|(?= (?:i need|i ned|i nd|pls|please|plz|help|someone)\b))"
)
#: cannot talk, said of now: "cant talk", "i cant speak hes outside" (not "i cant talk about
#: it", "cant talk to my mum")
HUSHED = re.compile(
    r"\b(?:cant|can t|cannot|dont dare|daren t|darent) (?:talk|speak|call|ring|phone)"
    r"(?! (?:about|to|with|of)\b)"
    # (w64danger, twenty-sixth Welsh review F2) Welsh, north and south: "sa i'n gallu siarad",
    # "fi methu siarad", "dwi'n methu siarad yn uchel" (not "methu siarad am y peth", "... â
    # mam", "... Cymraeg")
    r"|\b(?:methu|ffaelu|ffili|ddim yn gallu|sa i ?n gallu|sain gallu|smo fi ?n gallu"
    r"|dw im yn gallu|dwim yn gallu|alla i ddim|alla i m|allai ddim|allai m|fedra i ddim"
    r"|fedrai ddim|fedra i m|fedrai m|na i ddim) (?:siarad|ffonio|galw|deud dim|dweud dim)\b"
    r"(?! (?:am|efo|hefo|gyda|gydag|a|ag|i|wrth|cymraeg|saesneg|yn gyhoeddus|o flaen)\b)"
)
#: a plea or fear said alongside: "help me", "please help", "im scared"
PLEA = re.compile(
    r"\b(?:help|helpp+|pls|please|plz|scared|afraid|frightened|terrified|petrified|"
    r"need help|hurry|quick|quickly)\b"
)
#: (w64danger) the parts of a clause: "hes coming back and i need help now"
_AND = re.compile(r"\b(?:and|n|nd|but|so)\b")

#: someone else in danger now or tonight, said with its time
OTHER_NOW = re.compile(
    # "my brother is alone with our uncle now", "she is alone with him tonight"
    rf"\balone with (?:him|her|them|{_OTHER})\b(?: \w+){{0,3}}? {_NOW}\b"
    rf"|\b{_NOW} alone with\b"
    # "she has to go back home tonight", "he is going home tonight" (to the one who harms)
    r"|\b(?:has to|have to|got to|gotta|must|needs to|need to|is going|are going|going|goes|"
    r"will go|is being sent|being sent|is sent)(?: go| be)?(?: back)? (?:home|back)\b"
    rf"(?: \w+){{0,2}}? {_NOW}\b"
    # "she is staying there tonight", "my nephew is at his dads tonight", "hes sleeping at his
    # uncles tonight"
    # (a person's home, not "at the police station tonight")
    r"|\b(?:is|are|s|staying|sleeping|stopping|stays|sleeps)(?: staying| sleeping| stopping)? "
    r"(?:(?:at|round) (?:his|her|their|our|my) \w+|with (?:him|her|them|my|his|her|their|our)"
    rf"|there|over)\b(?: \w+){{0,3}}? {_NOW}\b"
    # "is my friend safe tonight", "is she ok right now"
    rf"|\bis (?:she|he|{_OTHER}) (?:safe|ok|okay|alright|all right) {_NOW}\b"
    # "going to be abused tonight", "in danger from her partner tonight", "a babysitter tonight"
    rf"|\b(?:going to|gonna|will|could|might) (?:be )?(?:abused|hurt|raped|attacked|touched|"
    rf"beaten|harmed|killed)\b(?: \w+){{0,3}}? {_NOW}\b"
    # "her partner is in the house right now" (and she is scared)
    rf"|\b{_OTHER} (?:is|s|are) (?:still )?(?:here|in the house|in (?:the|her|his|their|our) "
    rf"(?:house|home|flat|room|bedroom)|downstairs|upstairs|outside|at the door)(?: \w+){{0,3}}? "
    rf"{_NOW}\b"
)
#: someone else in danger, said with its time, harm said in the words: "she is in danger from
#: her partner tonight" (not "she is not in danger tonight")
DANGER_OTHER = re.compile(
    rf"(?<!\bnot )\bin (?:real |serious |immediate |grave )?danger(?: \w+){{1,3}}? {_NOW}\b"
)
#: harm said of someone else: "he hurts her", "her dad abuses her", "was arrested for child
#: abuse", "said he would kill her"
OTHER_HARM = re.compile(
    r"\b(?:abuse|abuses|abused|abusing|abuser|rape|rapes|raped|raping|rapist|hurts|hurt|"
    r"hurting|hits|hitting|beats|beating|touches|touching|touched|molests|molested|assaulted|"
    r"drunk|violent|threatened|threatening|arrested|offender|paedophile|pedophile|scared|"
    r"afraid|frightened|terrified)\b"
    rf"|\b(?:said|says|told her|told him|threatens|threatened) (?:he|she|they)(?: is| s)? "
    rf"(?:would|will|was going to|is going to|gonna|going to) {_HARM_VERB}\b"
)
#: said as over, or asked beforehand: "she is safe now", "is it safe to let my daughter stay"
_NOT_NOW = re.compile(
    r"\bsafe now\b|\b(?:she|he|they|shes|hes|theyre|who) (?:is |s |are |will be |feels? )?"
    r"(?:\w+ )?safe\b"
    r"|\b(?:is it|would it be|will it be|it is|its) (?:safe|ok|okay|alright|a good idea) to let\b"
    r"|\b(?:should|can|could|do) (?:i|we) (?:let|allow)\b"
)


#: (w51danger, check54 findings 1 and 6) danger now said in other ways again: someone else hurt
#: now, said passively ("my mum is being beaten right now", "my friend is getting hurt by her
#: dad rn") or heard ("i can hear him hitting her"); someone else locked in by another now ("her
#: husband has locked her in the bedroom"); someone else not safe now ("my little brother isnt
#: safe tonight"); held in by a door blocked, keys taken, or trapped ("he put a chair against
#: the door", "he jammed my door shut", "she took my keys so i cant leave", "im trapped in the
#: loft"); a plea said as now ("please someone help me now")
SAID_NOW = re.compile(
    r"\b(?:being|getting) (?:hurt|beaten|beat up|battered|hit|attacked|abused|raped|assaulted|"
    r"strangled|choked|stabbed|molested|touched|kicked|punched|smacked)\b(?: \w+){0,6}? "
    rf"(?:{_NOW}|as we speak)\b"
    r"|\bi (?:can|could) hear (?:him|her|them|my \w+(?: \w+)?) (?:hitting|hurting|beating|"
    r"attacking|abusing|raping|strangling|choking|kicking|punching|smacking)\b"
    r"|\b(?:has|have|s|just|has just|s just|is|are) (?:locked|locking|shut) (?:her|him|them|"
    r"my \w+(?: \w+)?) in\b"
    r"|\b(?:is|s|are|isnt|arent|aint) (?:not |still not )?safe (?:\w+ ){0,2}?"
    rf"{_NOW}\b"
    r"|\b(?:put|putted|pushed|wedged|jammed|propped|moved|stuck) (?:a |the |his |her |my )?"
    r"(?:\w+ ){0,2}?(?:chair|chairs|table|wardrobe|bed|drawers|chest|sofa|something|furniture) "
    r"(?:against|under|in front of|behind|up against) (?:my|the|our) (?:\w+ )?door\b"
    r"|\b(?:wedged|jammed|blocked|barricaded|nailed|screwed|tied|taped|bolted) (?:my|the|our) "
    r"(?:\w+ )?(?:door|doors|window|windows)(?: shut| closed)?\b"
    r"|\b(?:took|taken|has|hid|hidden|took away|taken away) (?:my|our) (?:keys?|phone|shoes)"
    r"(?: and (?:my |our )?(?:keys?|phone|shoes))? (?:so|and) (?:i|we) (?:cant|can t|cannot) "
    r"(?:leave|get out|go|escape)\b"
    r"|\b(?:im|i m|i am|were|we are|we re)(?: still| literally| actually| now)? trapped"
    rf"(?: (?:in|inside) (?:the|my|his|her|their|this|a|our) {_ROOM}\b| here\b|$)"
    r"|\b(?:someone|somebody|anyone|any1|some1|please|pls|plz)(?: please| pls| plz)? help (?:me|us)"
    r"(?: please| pls| plz)? (?:now|right now|rn|asap|quick|quickly|urgently)\b"
    r"|^(?:please |pls |plz )?help(?: me| us)?(?: please| pls| plz)? (?:now|right now|rn|asap|"
    r"urgently)(?: please| pls| plz)?$"
    # "my sister is in danger", "i think my daughter is in danger from her father" (not "is my
    # sister in danger", "in danger of failing")
    r"|^(?:i think |i know |i believe |im sure )?(?:my|our) (?:\w+ ){0,2}?\w+ (?:is|s|are) "
    r"(?:in|still in) (?:real |serious |grave )?danger(?: from (?:him|her|them|his \w+|her \w+|"
    r"their \w+|my \w+|our \w+)(?: \w+)?)?$"
    # "my brothers locked in his room by my dad", "im locked in and he took my phone"
    r"|\blocked in (?:\w+ ){0,3}?by (?:him|her|them|my \w+|his \w+|her \w+|their \w+|our \w+)"
    r"|\b(?:im|i m|i am|were|we are|shes|she is|hes|he is) (?:\w+ )?locked in (?:and|so|but)\b"
    # a little one alone with someone now: "my baby brother is alone with my mums boyfriend
    # tonight" (not "my daughter is with her dad tonight": contact said without fear)
    r"|\bmy (?:little|lil|baby|younger|small|wee) (?:\w+ )?(?:is|s|are) (?:\w+ )?alone with\b"
    rf"(?: \w+){{1,3}}? {_NOW}\b"
)
#: (w51danger) the one who harms in another child's room now ("my dad is in my sisters room
#: now", "my stepdad is in his room now"), danger when harm, fear, crying or a child's age is
#: said ("and she is crying", "my brother is 9")
IN_THEIR_ROOM = re.compile(
    rf"{WHO}(?: is| s| are)? in (?:his|her|their|my \w+(?: \w+)?) (?:room|bedroom|bed)\b"
    rf"(?: \w+){{0,3}}? {_NOW}\b"
)
#: ... and what is said with it
_ROOM_SIGNS = re.compile(
    r"\b(?:crying|cry|screaming|scream|shouting|doing (?:stuff|things|it|something)|"
    r"(?:is|s|hes|shes|aged|age) (?:\d{1,2}|five|six|seven|eight|nine|ten|eleven|twelve))\b"
)


def said_now(clauses: list[str]) -> bool:
    """(w51danger) The clauses (``clean_text``, none of the past) tell of danger now in the
    shapes of ``SAID_NOW``, or of the one who harms in another child's room now with harm,
    fear, crying or a child's age said (``IN_THEIR_ROOM``)."""
    if any(SAID_NOW.search(c) for c in clauses):
        return True
    text = " ".join(clauses)
    if not any(IN_THEIR_ROOM.search(c) for c in clauses):
        return False
    return bool(_ROOM_SIGNS.search(text) or any(danger_near.feared(c) for c in clauses))


def held_now(cleaned: str) -> bool:
    """A clause (``clean_text``) tells of someone held, kept or locked in now, of harm under
    way that goes on, or is "999" or "sos" alone (``HELD``)."""
    return HELD.search(cleaned) is not None


def near_said(clauses: list[str]) -> bool:
    """The clauses (``clean_text``, none of the past) tell of someone coming (``COMING``) with
    a plea or fear said, or said alone; or of someone near (``danger_near``) while the person
    cannot talk (``HUSHED``)."""
    text = " ".join(clauses).strip()
    said = [p.strip() for c in clauses for p in (c, *_AND.split(c)) if p.strip()]
    if COMING.fullmatch(text) or (any(COMING.search(p) for p in said) and PLEA.search(text)):
        return True
    spoken = [danger_near.SPOKEN_MA.sub("mae ", c) for c in clauses if c.strip()]
    near = any(COMING.search(c) or danger_near.NEAR_WORDS.search(c) for c in spoken)
    return near and any(HUSHED.search(c) for c in clauses)


def other_in_danger(clauses: list[str]) -> bool:
    """The clauses (``clean_text``, none of the past) tell of someone else in danger now or
    tonight: with the one who harms them, going back to them or staying with them, threatened
    or asked after, said with its time (``OTHER_NOW``) and with harm said (``OTHER_HARM``),
    and not said as over or asked beforehand."""
    text = " ".join(clauses)
    if _NOT_NOW.search(text):
        return False
    if DANGER_OTHER.search(text):
        return True
    return bool(OTHER_NOW.search(text) and OTHER_HARM.search(text))


def in_danger(clauses: list[str]) -> bool:
    """(w50held) The clauses (``clean_text``, none of the past) tell of danger now in one of
    the shapes above: held (``held_now``), someone coming or near (``near_said``), or someone
    else (``other_in_danger``)."""
    if any(held_now(c) for c in clauses) or said_now(clauses):
        return True
    return near_said(clauses) or other_in_danger(clauses)
