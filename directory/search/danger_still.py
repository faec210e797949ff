"""(w62danger, check62 findings 3 and 5) Danger now and injuries said in still other ways, each
read as a kind of thing people say, not as one sentence:

- someone drunk or angry on the way to the asker's room: "stepdad is drunk and coming up the
  stairs", "my brother is raging and heading to my room" (the kin may be named without "my");
- an attempt to take the asker away just escaped: "a man pulled me into his van but i got
  out" (a car or van, with the escape said);
- a baby or toddler hurt by someone: "she shook my baby", "he slapped the toddler"; not a baby
  monitor, seat or bottle;
- someone else helpless with a man there now: "my friend is unconscious and a guy is carrying
  her out", "my sister passed out and some lad is in the room with her";
- strangled in other words: "she squeezed my throat", "he put his hands round my neck", "he
  grabbed me by the throat";
- a bone that may be broken, with someone having done it: "my wrist might be fractured, she
  bent it back";
- blows that go on to a pregnant belly: "im pregnant and she keeps punching my stomach";
- bruises or cuts from what someone did: "ive got marks all over after he attacked me";
- Welsh, strangled lately or with pain said: "nath hi fy nhagu i heddiw", "mae fy ngwddw'n
  brifo ar ôl iddi fy nhagu" (not "roedd o'n fy nhagu i pan oeddwn i'n blentyn": the past),
  or in the perfect, which is of now: "mae o wedi fy nhagu i" (w64danger);
- (w64danger) in a car or taxi that will not stop or let them out, or touched there now: "im
  in a taxi and the driver wont pull over", "were in his van and he keeps rubbing my leg";
- (w64danger) sexual abuse on camera now: "he is livestreaming me naked", "shes making me
  take my top off on facetime" (``ON_CAMERA_NOW``, which ``images_threatened`` reads too).

Over ``clean_text`` clauses; a clause of the past ("used to", "years ago") is not read.
"""

from __future__ import annotations

import re

from .danger_near import WHO

#: kin named without "my", as people say them: "stepdad is drunk"
_KIN = (
    r"\b(?:step ?dad|step ?mum|step ?father|dad|mum|mam|mom|father|mother|brother|uncle|"
    r"grandad|boyfriend|bf|husband|partner|ex)"
)
_WHO_ANY = rf"(?:{WHO}|{_KIN})"
_TO_ME = re.compile(
    rf"{_WHO_ANY}(?: is| s)? (?:drunk|wasted|off his face|off her face|high|raging|angry|"
    r"furious|mad|kicking off)(?: again)? (?:and|&) (?:is |s )?(?:coming|heading|walking|"
    r"stomping|storming) (?:up ?stairs|up the stairs|to my room|into my room|to my bedroom|"
    r"towards me|for me)\b"
)
_VEHICLE = r"(?:car|van|truck|lorry|taxi|cab|motor)"
_TAKEN = re.compile(
    rf"{WHO} (?:grabbed|dragged|pulled|bundled|forced|pushed|shoved|threw)(?: me)?(?: and "
    rf"(?:dragged|pulled|bundled|forced|pushed|shoved|threw))? me (?:into|in) (?:his|her|their|"
    rf"a|the) {_VEHICLE}\b"
)
#: (w64danger, check63 finding 2) in a moving car or taxi now: "im in a taxi and the driver wont
#: stop", "we are in his van and he keeps touching my leg"
_IN_VEHICLE = re.compile(
    rf"\b(?:im|i am|i m|were|we are|we re|shes|she is|hes|he is)(?: \w+)? in (?:a|an|the|his|her|"
    rf"their|this|some|my) (?:\w+ )?(?:{_VEHICLE}|uber|minicab|bus|coach)\b"
)
#: ... and not let out, or touched there: "wont stop", "wont let me out", "keeps touching me"
_DRIVEN_ON = re.compile(
    r"\b(?:wont|won t|will not|refuses to|refusing to|isnt going to) (?:stop|pull over|let (?:me|"
    r"us) out|unlock)\b(?! \w+ing\b)"
)
_TOUCHED_THERE = re.compile(
    r"\b(?:keeps?|kept|keeps on|is|s|wont stop|won t stop|started) (?:touching|grabbing|groping|"
    r"stroking|feeling|rubbing|putting his hand on|putting her hand on) (?:me|us|my \w+)\b"
)
_ESCAPED = re.compile(
    r"\bi (?:escaped|got away|got out|ran|ran off|ran away|jumped out|managed to (?:get|run)"
    r"(?: away| out)?)\b"
)
_LITTLE = (
    r"(?:my|our|the|her|his) (?:\w+ )?(?:baby|babies|newborn|toddler|infant|little one|"
    r"little boy|little girl)\b(?! (?:monitor|seat|car seat|bottle|gate|bath|toy|doll|scan|"
    r"photo|pic|picture|clothes|food|pram|buggy|cot|chair|bag|stuff|things|wipes|milk))"
)
_LITTLE_HURT = re.compile(
    rf"{WHO}(?: (?:has|s|just|has just|keeps|kept))? (?:hit|hits|hitting|punched|kicked|"
    rf"shook|shaken|shaking|slapped|smacked|threw|thrown|hurt|burned|burnt|bit|strangled|choked|"
    rf"dropped|thrown|beat|beaten|battered) {_LITTLE}"
)
_HELPLESS = re.compile(
    r"\b(?:passed out|is unconscious|s unconscious|out cold|too drunk to (?:stand|walk|talk|"
    r"move)|blacked out|comatose|cant wake (?:her|him)|can t wake (?:her|him))\b"
)
_MAN_WITH = re.compile(
    r"\b(?:man|men|guy|guys|bloke|blokes|lad|lads|mate|mates|boy|boys|stranger|he|hes)\b"
    r"(?: \w+){0,3}? (?:in the room with (?:her|him)|alone with (?:her|him)|with (?:her|him) "
    r"(?:now|rn|in)|in (?:her|his|the) (?:room|bed|bedroom)|trying to (?:take|get|drag|carry|"
    r"move|put) (?:her|him)|taking (?:her|him)|carrying (?:her|him)|dragging (?:her|him)|"
    r"on top of (?:her|him)|touching (?:her|him)|undressing (?:her|him))\b"
)
_DID = rf"{WHO}(?: (?:has|s|just|has just|keeps|kept|is))?"
_NECK = r"(?:neck|throat)"
_STRANGLED = re.compile(
    rf"{_DID} (?:squeezed|squeezing|gripped|gripping|crushed|crushing|pressed on|pressing on|"
    rf"grabbed|grabbing|held|holding|clamped) (?:my {_NECK}|me (?:by|round|around) the {_NECK})\b"
    rf"|{_DID} (?:put|had|wrapped|got|pressed) (?:his|her|their|both) (?:hands?|arms?|fingers|"
    rf"knee|foot)(?: \w+)? (?:round|around|on|over|against) my {_NECK}\b"
)
_BONE = r"(?:arm|wrist|ribs?|leg|nose|jaw|finger|hand|collarbone|ankle|elbow|shoulder|thumb)"
_MAYBE_BROKEN = re.compile(
    rf"\bmy {_BONE} (?:might|may|could|must|feels like it might|feels like it could) (?:be|have)"
    r" (?:been )?(?:broken|broke|fractured|snapped|dislocated|cracked)\b"
)
_BY_SOMEONE = re.compile(
    rf"{_DID} (?:twisted|bent|yanked|wrenched|pulled|stamped on|stood on|slammed|hit|kicked|"
    r"punched|smashed|broke|threw|pushed|jumped on|sat on) (?:it|them|me|my \w+)\b"
)
_IN_PLAY = re.compile(
    r"\b(?:playing|football|rugby|match|game|training|tackle|accident|accidentally|trampoline"
    r"|gym|pe|sparring|wrestling)\b"
)
_PREGNANT = re.compile(r"\b(?:im|i am|i m)(?: \w+){0,3}? pregnant\b")
_BLOWS_GO_ON = re.compile(
    rf"{WHO}(?: is| s)? (?:keeps|kept|keep|is|s|wont stop|won t stop|keeps on) (?:kicking|"
    r"punching|hitting|kneeing|stamping on|thumping|booting|jumping on) (?:me in )?(?:the|my) "
    r"(?:stomach|belly|tummy|bump)\b"
)
_MARKED = re.compile(
    r"\b(?:i have|i ve|ive|i ve got|ive got|i have got|i got|im covered in|i m covered in|i am "
    r"covered in)(?: \w+)? (?:bruises|bruising|cuts|marks|welts|scratches|bite marks|a black eye|"
    r"two black eyes)\b(?: \w+){0,3}? "
    rf"(?:after|where|from|because|cos|since) {WHO}"
)

#: (w64danger, check63 finding 6) sexual abuse on camera now: filmed or streamed undressed, or
#: made to undress or do sexual things on camera ("he is livestreaming me without clothes on",
#: "shes making me take my top off on facetime"); not "livestreaming my gaming", nor "made me"
#: (the past: ``images_threatened`` reads images held over them)
_NAKED = (
    r"(?:naked|nude|undressed|topless|with no clothes|without (?:my |any )?clothes|in my (?:bra|"
    r"pants|knickers|underwear|boxers)|in the (?:shower|bath))"
)
_ON_CAMERA = (
    r"(?:on|over|in front of) (?:the |a |my |his |her )?(?:camera|cam|webcam|video|video call|"
    r"facetime|live|livestream|stream|snap|snapchat|skype|zoom|call|discord)"
)
ON_CAMERA_NOW = re.compile(
    rf"{WHO}(?: is| s| are)? (?:livestreaming|live streaming|streaming|filming|recording|videoing|"
    rf"broadcasting|screen recording) me(?: \w+){{0,2}}? {_NAKED}"
    rf"|{WHO}(?: is| s| are)? (?:making|forcing|pressuring|pushing|telling) me (?:to )?"
    r"(?:take (?:my|off my) (?:clothes|top|bra|pants|knickers|underwear|boxers|shirt)(?: off)?"
    r"|take off my \w+|undress|strip|get naked|get undressed|touch myself"
    rf"|do (?:stuff|things|sexual things|sex stuff))(?: \w+){{0,3}}? {_ON_CAMERA}\b"
)
#: Welsh: strangled, said as done ("iddo fy nhagu", "nath o fy nhagu i", "ces i fy nhagu")
_STRANGLED_CY = re.compile(
    r"\b(?:iddo|iddi|iddyn|nath (?:e|o|hi|fe|fo)|naeth (?:e|o|hi|fe|fo)|wnaeth (?:e|o|hi|fe|fo)|"
    r"gwnaeth (?:e|o|hi|fe|fo)|ces i|ges i|gesi|cesi) (?:fy |n )?(?:nhagu|stranglo)\b"
)
#: (w64danger, check63 finding 5) said in the perfect, which is of now: "mae o wedi fy nhagu i",
#: "mae hi di fy nhagu" (not "... o'r blaen": before)
_STRANGLED_PERFECT_CY = re.compile(
    r"\b(?:mae|ma) (?:e|o|hi|fe|fo|nhw|fy \w+|rhywun|dyn)(?: newydd| wedi| di)+ (?:fy |n )?"
    r"(?:nhagu|stranglo|nhagun)\b(?!(?: i| fi)? (?:o r blaen|or blaen|unwaith)\b)"
)
#: lately, or pain said: last night, today, tonight, this morning, yesterday; hurts, can't breathe
_LATELY_CY = re.compile(
    r"\b(?:neithiwr|heddiw|heno|bore ma|gynnau|ddoe|nawr|rwan|brifo|poen|methu anadlu)\b"
)


def in_danger(clauses: list[str], past: re.Pattern[str]) -> bool:
    """``clauses`` (``clean_text``) tell of danger now or an injury done in one of the ways
    above, in clauses not of the ``past``."""
    now = [c.strip() for c in clauses if c.strip() and not past.search(c)]
    text = " ".join(now)
    readers = (_TO_ME, _LITTLE_HURT, _STRANGLED, _MARKED, _STRANGLED_PERFECT_CY, ON_CAMERA_NOW)
    if any(reader.search(text) for reader in readers):
        return True
    if _TAKEN.search(text) and _ESCAPED.search(text):
        return True
    if _IN_VEHICLE.search(text) and (_DRIVEN_ON.search(text) or _TOUCHED_THERE.search(text)):
        return True
    if _HELPLESS.search(text) and _MAN_WITH.search(text):
        return True
    if _STRANGLED_CY.search(text) and _LATELY_CY.search(text):
        return True
    if _PREGNANT.search(text) and _BLOWS_GO_ON.search(text):
        return True
    return bool(
        _MAYBE_BROKEN.search(text) and _BY_SOMEONE.search(text) and not _IN_PLAY.search(text)
    )
