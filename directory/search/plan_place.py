"""(w56own, forty-fourth walk-through F1) A way of dying said as a place or an act, and "… and
end it" said at the end of a sentence of intent.

"I'm going to walk into the sea tonight and end it" showed no warning and Samaritans second;
"… walk into the sea later" showed neither. People say the way as where they will go: into the
sea, a river or a lake, in front of a train or a lorry, onto the railway line or the motorway,
off a bridge, a roof or a cliff. Said as going to do it now, tonight or later, or "and end it",
it is a plan under way, as "drown myself tonight" is: ``plan_now`` reads these too, and the
page says first "If your life is at risk now, call 999 or go to A&E.", with Samaritans first.

"… and end it" at the end of a sentence that says what they are going to do ("im going to go
upstairs and end it") is read the same, as "im going to end it" already is.

Not a swim or a walk: "walk into the sea for a swim", "going to the river with the kids
tonight", "walk along the sea front later", "getting the train tonight to leeds"; not the past
("i was going to walk into the sea", "i walked into the sea"); not a relationship ("im going
to tell him tonight and end it").

Over ``clean_text`` (lower case, no apostrophes: "I'm" is "im"), a clause at a time.
"""

from __future__ import annotations

#: meaning to, said of now or soon (not "was going to", "used to")
_NOT_PAST = (
    r"(?<!was )(?<!were )(?<!nearly )(?<!almost )(?<!used to )(?<!never )(?<!dont )(?<!are )"
    r"(?<!we )"
)
_MEAN_TO = (
    r"(?:going to|gonna|goin to|gona|gunna|am going to|about to|bout to|will|ill|i will"
    r"|planning to|plan to|want to|wanna|just want to|might)"
)
_MOVE = (
    r"(?:walk|go|wade|run|jump|step|lie down|lay down|lie|lay|throw (?:my ?self|me self)"
    r"|fling (?:my ?self|me self)|put my ?self)"
)
_MOVING = r"(?:going|walking|wading|running|stepping|jumping)"
_WATER = r"(?:the |a )?(?:sea|river|lake|reservoir|canal|ocean|waves|loch|water|quarry)\b"
_PLACE = (
    rf"(?:(?:out |straight |right )?(?:into|in to|(?<!go )(?<!going )in) {_WATER}"
    r"(?! ?(?:front|side|wall|view|edge))"
    r"|(?:in front of|under) (?:a |the |an )?(?:train|lorry|truck|bus|car|van|traffic|oncoming"
    r" traffic|coach)\b"
    r"|(?:into|in to) (?:the |oncoming )?(?:traffic|road|path of (?:a |the )?\w+)\b"
    r"|(?:onto|on to|on) (?:the |a )?(?:railway(?: line| tracks)?|train tracks|tracks|track"
    r"|motorway|line)\b"
    r"|off (?:a |the |that )?(?:bridge|roof|cliff|cliffs|building|car park|multi ?storey"
    r"|balcony|tower|flats|pier)\b)"
    # not a day out: "for a swim", "with the kids", "to see the boats"
    r"(?! (?:for|with|to|and (?:have|get|see|swim|paddle))\b)"
    r"(?!.*\b(?:swim|swimming|paddle|paddling|dip|surf|surfing|fishing|mates|friends|kids"
    r"|children|family|dog|boat|holiday|beach|practice|training)\b)"
)
#: when: now, tonight, later, soon
_WHEN = (
    r"(?:right now|now|rn|tonight|tonite|2nite|this evening|today|later|later on|in a bit"
    r"|in a minute|soon|after (?:this|dark))\b"
)
#: what it is for: "and end it", "and never come back"
_AND_END = (
    r"(?:and|to|n) (?:end it(?: all)?|end things|end my life|end everything|die|not come (?:back"
    r"|out|home)|never come (?:back|out|home)|keep (?:walking|going)|let (?:it|the water|the sea"
    r"|the waves) take me|be done with it|finish it)\b"
)
#: said with "I" first where it is, so that whoever was named before is not its subject
_WAY = (
    rf"(?:(?:(?:i|im|i am|i m)(?: just| really)? )?{_MEAN_TO} {_MOVE}"
    rf"|(?:im|i am|i m)(?: just)? {_MOVING}) {_PLACE}"
)
#: not about a partner or a friendship: "tell him tonight and end it"
_NOT_RELATIONSHIP = (
    r"(?!(?: \w+)*? (?:him|her|them|boyfriend|girlfriend|partner|husband|wife|relationship"
    r"|friendship|marriage|engagement|contract|job|call|chat|conversation|argument)\b)"
)
#: (w58it, check60 F3) into the water or off a height with nothing after: "im going to walk
#: into the river". Not a road or a motorway, which are also driven on.
_INTO_WATER_OR_OFF = (
    rf"(?:(?:out |straight |right )?(?:into|in to|(?<!go )(?<!going )in) {_WATER}"
    r"|off (?:a |the |that )?(?:bridge|cliff|cliffs|multi ?storey|pier)\b)"
)
_WAY_LAST = (
    rf"(?:(?:(?:i|im|i am|i m)(?: just| really)? )?{_MEAN_TO} {_MOVE}"
    rf"|(?:im|i am|i m)(?: just)? {_MOVING}) {_INTO_WATER_OR_OFF} *$"
)
#: (w58it, check60 F3) Welsh: "dwi isio cerdded i'r môr", "dwi am neidio o'r bont" (I want to
#: walk into the sea, jump off the bridge), with nothing after. Not "mynd i'r môr" (go to the
#: sea) nor "cerdded ar hyd yr afon" (walk along the river).
_WAY_LAST_CY = (
    r"\b(?:dwi|dw i|dwin|dw in|rwyn|rydw i|rydwi|fin|fi)(?: n)? (?:isio|eisiau|eisio|moyn|am"
    r"|mynd i|ar fin) (?:(?:neidio|camu|gamu|nhaflu fy hun|taflu fy hun|daflu fy hun)"
    r" (?:i mewn ir|i mewn i|ir|i|oddi ar|or|o) (?:y |yr )?(?:mor|afon|llyn|bont|pont|clogwyn"
    r"|dibyn|to|tor|lanfa|pier)"
    # walking "i'r" is to as well as into: only the sea, or "i mewn i" (into) said
    r"|(?:cerdded|gerdded) (?:ir mor|i mewn ir (?:mor|afon|llyn)|i mewn i(?:r)? (?:mor|afon|llyn)))"
    r" *$"
)
WAY_AS_PLACE = (
    rf"{_WAY_LAST_CY}|"
    rf"{_NOT_PAST}\b{_WAY}(?: \w+){{0,4}}? (?:{_WHEN}|{_AND_END})"
    rf"|{_NOT_PAST}\b{_WAY_LAST}"
    rf"|\b{_WHEN}(?: \w+){{0,2}}? {_WAY}"
    # "… and end it" at the end of a sentence of intent: "im going to go upstairs and end it"
    rf"|{_NOT_PAST}\b(?:(?:im|i am|i m|i)(?: just)? (?:going to|gonna|goin to|gunna|about to"
    rf"|bout to|will)|ill|i ll)(?= ){_NOT_RELATIONSHIP}(?: \w+){{1,8}}? and end (?:it|it all|things"
    r"|everything) *$"
)
