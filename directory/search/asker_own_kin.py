"""(probe 16, pattern 1) Someone worried about their own thoughts or acts towards a child, in
words the other ``asker_*`` tables did not read: "feelings for" a child of the family (the
English idiom for attraction: "i have feelings for my nephew"), fantasies about teenage or
young girls or boys, thinking about touching a child or a relative, grooming said of oneself
("i think im grooming…", "help me stop grooming…"), pretending to be younger to talk to
children, a past sexual act with a younger relative and the fear of doing it again, help
asked "for someone who" is aroused by children, and in Welsh: worry about one's feelings
towards a child of the family ("poeni am fy nheimladau tuag at fy llysfab"), attraction to
underage girls ("cael fy nenu at ferched ifanc dan oed") and an act on a relative said without
"I" ("wedi cyffwrdd fy nith yn amhriodol"). Never what was done to the asker, nor someone
else's thoughts or acts ("my husband has feelings for my niece"), nor a parent's love for
their own child ("my feelings for my son"). Over ``clean_text``'s words; used by
``asker.who_is_asking``."""

from __future__ import annotations

import re

from .asker_acts import _CHILD_OR_KIN, _CY_CHILD, _CY_DONE_TO_ME, _DONE_TO_ME
from .asker_arousal import own_arousal
from .asker_own import _HARMED_SPEAKER

#: a child of the family who is not the asker's own child, or a young person, said after
#: "feelings for" (a parent's "feelings for my son" are love, not attraction)
_NOT_OWN_CHILD = (
    r"(?:my |our |a |an |the |this |one of my )?(?:\d{1,2} ?(?:yo|y o|yr old|yrs old|year old|"
    r"years old) |little |young |younger |teenage |teen |wee |baby )*"
    r"(?:nieces?|nephews?|step ?daughters?|step ?sons?|step ?kids?|step ?children|"
    r"grand(?:daughter|son|child|kid)s?|grandchildren|god(?:daughter|son|child)s?|pupils?|"
    r"students?|(?:partners|wifes|girlfriends|boyfriends|husbands|sisters|brothers|friends|"
    r"neighbours|neighbors|cousins) (?:\w+ )?(?:kids?|sons?|daughters?|child|children|boy|girl)|"
    r"(?<=little )cousins?|(?<=younger )cousins?|(?<=young )cousins?|(?<=baby )cousins?|"
    r"(?<=little )(?:sisters?|brothers?)|(?<=baby )(?:sisters?|brothers?)|teens?|teenagers?|"
    r"minors?|(?<=year old )(?:girl|boy)|(?<=yr old )(?:girl|boy)|(?<=yo )(?:girl|boy)|"
    r"\d{1,2} ?(?:yo|y o|yr old|yrs old|year old|years old))\b"
)
#: someone else named as who has the feelings, thoughts or did it, before them
_SOMEONE_ELSE = re.compile(
    r"\b(?:he|she|they|hes|shes|theyre|his|her|their|husband|wife|partner|boyfriend|"
    r"girlfriend|dad|father|stepdad|uncle|brother|grandad|son|man|guy)\b"
    # ("i need to talk to someone about…": who is asked, not who did it)
    r"|(?<!\bto )(?<!\bwith )\b(?:someone|somebody)\b"
)
#: "(i have) feelings for my niece", "a crush on a 14 year old", "fallen for my stepdaughter"
_FEELINGS_FOR = re.compile(
    r"\b(?:(?:sexual|romantic|strong|weird|wrong|inappropriate|real) )?(?:feelings|a crush|"
    rf"crush|fallen|fell|falling) (?:for|on|towards|toward) {_NOT_OWN_CHILD}"
)
#: fantasies or sexual thoughts about teenage or young girls or boys, or the girls or boys of
#: the family ("fantasies about teenage girls in my family")
_FANTASIES = re.compile(
    r"\b(?:sexual |sexy |dirty |rude )?(?:fantasies|fantasy|fantasi[sz]ing|fantasi[sz]e|dreams|"
    r"thoughts|thinking) (?:about|of|over|involving) (?:the |some |a |my )?"
    r"(?:(?:teenage|teen|young|younger|little|underage|school|pre ?teen) (?:girls|boys|kids|"
    r"lads|lasses|relatives|ones)|(?:girls|boys|kids|children) in my family)\b"
    # (probe 17) never of harm done to them: "thinking about young girls being abused"
    r"(?! (?:who |that )?(?:are |were |is |was )?(?:being|been|getting|got) )"
)
#: thinking about doing it to a child or a relative: "cant stop thinking about touching my
#: nephew", "i keep imagining kissing a 13 year old" (never "thinking about him touching me")
_DOING_TO = (
    r"\b(?:thinking|thoughts|think|fantasi\w+|dreaming|daydream\w*|imagin\w*|picturing) "
    r"(?:about |of )?(?:touching|abusing|molesting|kissing|fondling|groping|having sex with|"
    r"doing (?:sexual )?(?:things|stuff) (?:to|with)|being sexual with|sleeping with) "
)
_THINKING_OF_DOING = re.compile(_DOING_TO + _CHILD_OR_KIN)
#: (w25speech) ... said of "them", "him", "her" after the child or relative is named ("i look
#: after my nieces and ive had thoughts about touching them")
_THINKING_OF_THEM = re.compile(_DOING_TO + r"(?:them|him|her)\b")
_NAMED_FIRST = re.compile(rf"\b{_CHILD_OR_KIN}")
#: grooming said of oneself: "i think im grooming…", "help me stop grooming", "am i grooming"
_OWN_GROOMING = re.compile(
    r"\b(?:i|im|i m|i am|ive|i ve|i have|am i|me stop|stop myself|myself from)"
    r"(?: (?:been|started|keep|kept|was|am|m|actually|probably|maybe|think im|think i m|"
    r"might be|could be))* grooming\b(?! me\b)"
)
#: pretending to be younger, or a child, to talk to children: "ive been chatting to teens
#: online pretending to be younger"
_PRETENDING = re.compile(
    r"\bpretend\w* (?:to be|im|i m|i am|that im|that i am) (?:younger|a (?:kid|child|teen\w*|"
    r"boy|girl|minor|schoolgirl|schoolboy)|their age|\d{1,2})\b"
)
_I_SAID = re.compile(r"\b(?:i|im|i m|ive|i ve|i am|i have|i was|me|myself|my own)\b")
#: a sexual act done by the asker with a child or a relative ("i did something sexual with my
#: younger cousin"), and the fear of doing it again or the wish to stop
_I_DID_WITH = re.compile(
    r"\b(?:i|ive|i ve|id|i d)(?: (?:have|had|once|also|then|may have|might have|did))* "
    r"(?:did|done) (?:something|things|stuff) (?:sexual|inappropriate|rude|wrong|sexually) "
    rf"(?:with|to) {_CHILD_OR_KIN}"
)
_YOUNGER = re.compile(r"\b(?:younger|little|baby|small|wee|\d{1,2} ?(?:yo|year old|yr old))\b")
_AGAIN = re.compile(
    r"\b(?:do|doing|did|happen|happening) (?:it|this|that|something|anything) (?:\w+ )?again\b"
    r"|\b(?:want|need|help me|help|how) (?:to )?stop\b|\bnever do it again\b"
    r"|\bhow (?:do|can|could|would|should) i stop\b"  # (probe 21) "how do i stop"
    r"|\b(?:guilty|ashamed|shame|cant forgive myself)\b"
    # (w35j) the wish never to harm: "i dont want to hurt her", "i would never hurt anyone"
    r"|\b(?:dont|do not|never|would never|wouldnt) (?:want to |wanna |ever )?(?:hurt|harm|touch|"
    r"abuse) (?:her|him|them|anyone|any1|a child|kids|children|anybody)\b"
)
#: help asked "for someone who…" (the asker, or someone they worry about: Stop It Now's either
#: way): "anonymous help for someone who gets turned on by children"
_FOR_SOMEONE_WHO = re.compile(
    r"\b(?:help|support|advice|therapy|treatment|counselling|someone to talk to) (?:\w+ )?"
    r"for (?:someone|somebody|a person|people|anyone|a man|men|a woman) (?:who|that|whos) "
)

#: (w61thoughts, forty-seventh walk-through F3) the asker's own thoughts or feelings about a
#: child of the family, a younger step or half brother or sister among them (never one said
#: without: "my thoughts about my step brother frighten me" may be what he did to them) ...
_OWN_THOUGHTS_ABOUT = re.compile(
    r"\b(?:my|i have|ive|i ve|i get|i keep having|im having|i m having|i am having|having|"
    r"getting) (?:own |sexual |weird |strange |dark |bad |wrong |intrusive |unwanted )?"
    r"(?:thoughts|feelings|urges) (?:about|for|towards|toward|of|around) "
    rf"(?:{_NOT_OWN_CHILD}|(?:my |our |a )?(?:little |younger |baby |\d{{1,2}} ?(?:yo|yr old|"
    r"year old) )(?:step|half) ?(?:sisters?|brothers?|siblings?)\b)"
    # (never what may happen to them, or something of theirs: "… about my niece moving away")
    r"(?!(?: s)? (?:\w+ing|safety|welfare|future|health|school\w*|well ?being|exams?)\b)"
)
#: ... that they say frighten them, or that they have never acted on ("my thoughts about my
#: niece frighten me i have never done anything")
_FEARED = re.compile(
    r"\b(?:frighten\w*|scar(?:e|es|ed|ing)|terrif\w*|horrif\w*|disgust\w*|sicken\w*|"
    r"worr(?:y|ies|ied)|freak\w*(?: me)? out) (?:me|myself)\b"
    r"|\b(?:i|im|i m|i am) (?:so |really |very )?(?:scared|frightened|terrified|afraid|ashamed|"
    r"disgusted)\b|\bnever (?:done|did|acted|touched) (?:anything|on (?:it|them))\b|\bnever acted\b"
)


# --- Welsh ---
#: worry about one's feelings or thoughts towards a child of the family or a child ("dwi'n
#: poeni am fy nheimladau tuag at fy llysfab"), or such feelings called sexual
_FEELINGS_CY = (
    r"(?:nheimladau|teimladau|deimladau|meddyliau|feddyliau|ffantasiau|chwantau|nymuniadau|"
    r"atyniad|hatyniad)"
)
_WORRY_CY = re.compile(
    r"\b(?:poeni|pryderu|ofni|ofn|gofidio|cywilydd|becso|poeni n fawr) (?:\w+ ){0,2}?"
    rf"(?:am|ynghylch|ynglyn a|o|gan) (?:fy |ein )?{_FEELINGS_CY}"
    r"(?: rh?ywiol| amhriodol| anweddus)? (?:tuag at|tuag|am|at|i) "
    rf"(?:{_CY_CHILD}|ferched ifanc|fechgyn ifanc|bobl ifanc)"
    rf"|\bfy {_FEELINGS_CY} (?:rh?ywiol|amhriodol|anweddus) (?:tuag at|am|at) {_CY_CHILD}"
)
#: attraction to underage or young girls and boys ("cael fy nenu at ferched ifanc dan oed")
_DRAWN_CY = re.compile(
    r"\b(?:nenu|denu|ddenu)(?:n| n| yn)?(?: rh?ywiol)? (?:at|gan) (?:ferched|merched|fechgyn|"
    r"bechgyn|genod|hogiau|hogia|bobl ifanc|pobl ifanc|rai|rhai) (?:ifanc |bach |ifanc iawn )?"
    r"(?:dan oed|dan 16|dan 18|ifanc iawn|bach)\b"
)
#: an act on a child or relative, said first with the "I" left unsaid, as Welsh allows ("wedi
#: cyffwrdd fy nith yn amhriodol"), or with a wish to stop ("… dwi angen help i stopio")
_DID_CY = re.compile(
    r"^(?:dwi |dw i |rwy |rydw i |fi |i )?wedi (?:bod yn amhriodol (?:gyda|efo|hefo) |"
    r"(?:cyffwrdd|gyffwrdd|cam drin|gam drin|camdrin|treisio|ymyrryd|molestio)"
    rf"(?: a| â| ag| yn rhywiol| yn amhriodol)? ){_CY_CHILD}"
)


def _mine(pattern: re.Pattern[str], cleaned: str) -> bool:
    """``pattern`` is found with nobody else named before it as who does it."""
    found = pattern.search(cleaned)
    return found is not None and not _SOMEONE_ELSE.search(cleaned[: found.start()])


#: ... of touching or abusing, not of kissing or going out with (a young person's crush)
_THINKING_OF_TOUCHING = re.compile(
    r"\b(?:thinking|thoughts|think|fantasi\w+|imagin\w*|picturing) (?:about |of )?(?:touching|"
    r"abusing|molesting|fondling|groping|doing (?:sexual )?(?:things|stuff) (?:to|with)) "
    + _CHILD_OR_KIN
)


#: ... or of looking at or thinking of a child of the family "in a sexual way" (walk-through 21
#: F1: "im 13 and i keep looking at my little sisters body in a sexual way")
_SEXUAL_GAZE = re.compile(
    r"\b(?:look\w*|star\w*|watch\w*|think\w*|thoughts) (?:at |about |of )?"
    + _CHILD_OR_KIN
    + r"(?: s)?(?: \w+){0,3} (?:in a sexual way|sexually)\b"
    # (probe 21) ... or watching one and feelings the asker finds strange ("i watched my younger
    # brother in the bath and got weird feelings")
    + r"|\b(?:look\w*|star\w*|watch\w*|perv\w*) (?:at |on )?"
    + _CHILD_OR_KIN
    + r"(?: \w+){0,6} (?:and )?(?:got|get|gets|getting|have|had|having|feel|felt) (?:these |such )?"
    r"(?:weird|strange|funny|wrong|bad|sexual|dirty|odd) (?:feelings?|thoughts|urges)\b"
)


#: (w35j) ... or of feelings or thoughts about a child of the family said younger, with the wish
#: to stop or never to harm ("im 14 and i get feelings about my little cousin whos 6 i dont want
#: to hurt her"): alone, a young person's "feelings for my cousin" may be a crush
_FEELINGS_ABOUT = re.compile(
    r"\b(?:feelings?|thoughts|urges) (?:about|for|towards|toward|over) " + _CHILD_OR_KIN
)


#: (w48kin, thirty-sixth walk-through F5) thoughts the young person calls wrong themselves
#: ("i get weird thoughts about my little cousin and it freaks me out"): not a crush
_ODD_THOUGHTS = re.compile(r"\b(?:weird|strange|wrong|sexual|dirty|odd|funny|rude) $")


def _young_thoughts(cleaned: str) -> bool:
    found = _THINKING_OF_TOUCHING.search(cleaned) or _SEXUAL_GAZE.search(cleaned)
    feelings = None if found else _FEELINGS_ABOUT.search(cleaned)
    if feelings and not _SOMEONE_ELSE.search(cleaned[: feelings.start()]):
        odd = _ODD_THOUGHTS.search(cleaned[: feelings.start()])
        return bool(_YOUNGER.search(feelings[0]) and (odd or _AGAIN.search(cleaned)))
    if not found or _SOMEONE_ELSE.search(cleaned[: found.start()]):
        return False
    return bool(_YOUNGER.search(found[0]) or _AGAIN.search(cleaned))


def own_towards_kin(cleaned: str, age: int | None) -> bool:
    """The asker tells of their own feelings, thoughts or acts towards a child or a child of
    the family in the words above (a grown-up's, or with no age said), never of harm done to
    them."""
    if _HARMED_SPEAKER.search(cleaned) or _DONE_TO_ME.search(cleaned):
        return False
    if _CY_DONE_TO_ME.search(cleaned):
        return False
    if _WORRY_CY.search(cleaned) or _DRAWN_CY.search(cleaned) or _DID_CY.search(cleaned):
        return True
    if age is not None and age < 18:
        # (a child's crush on a teen, a child's "thoughts about boys"); (w25speech) but a young
        # person's thoughts of touching a child said younger, or with the wish to stop, are
        # their own ("im 15 and i keep thinking about touching my little brother"), as their
        # act is (``asker_acts._young_persons_act``; nobody under 13 is read so)
        return age >= 13 and _young_thoughts(cleaned)
    if _mine(_FEELINGS_FOR, cleaned) or _mine(_FANTASIES, cleaned):
        return True
    if _mine(_OWN_THOUGHTS_ABOUT, cleaned) and _FEARED.search(cleaned):
        return True  # (w61thoughts) "my thoughts about my niece frighten me"
    if _mine(_THINKING_OF_DOING, cleaned) or _mine(_OWN_GROOMING, cleaned):
        return True
    them = _THINKING_OF_THEM.search(cleaned)
    if them and _mine(_THINKING_OF_THEM, cleaned) and _NAMED_FIRST.search(cleaned[: them.start()]):
        return True
    pretending = _PRETENDING.search(cleaned)
    if pretending and _I_SAID.search(cleaned[: pretending.start()]):
        return not _SOMEONE_ELSE.search(cleaned[: pretending.start()])
    did = _I_DID_WITH.search(cleaned)
    if did and _mine(_I_DID_WITH, cleaned):
        # with the wish to stop or fear of doing it again, or with a younger child ("with my
        # younger cousin": the asker was the older)
        return bool(_AGAIN.search(cleaned) or _YOUNGER.search(did[0]))
    someone = _FOR_SOMEONE_WHO.search(cleaned)
    return bool(someone and own_arousal("i " + cleaned[someone.end() :]))
