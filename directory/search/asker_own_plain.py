"""(probe 18, patterns 1 and 3) Someone telling of their own sexual thoughts, urges or acts
towards children in plain words the other ``asker_*`` tables did not read: slang for attraction
("i think im into kids"), attraction to an age band ("stop being attracted to under 16s"), a
police visit about images on their own device, sexual messages or talk to a child or a child
of the family, the "I" said once at the start ("i went on a site … and chatted dirty to a 12
year old"), sexual or intrusive thoughts about their own baby or a named relative ("intrusive
sexual thoughts about my baby"), illegal material about children, and in Welsh: talking
sexually with a girl or boy said by age ("siarad yn rhywiol gyda merch 13"), fantasies about a
grandchild or a relative ("ffantasïau am fy wyres"), illegal things about children ("pethau
anghyfreithlon am blant"). Never someone else's ("my partner has sexual thoughts about our
baby": a worried parent), never what was done to the asker, and a young person's own words
about someone near their age are not read as theirs. Over ``clean_text``'s words; used by
``asker_own_more.own_in_more_words``."""

from __future__ import annotations

import re

from .asker_acts import _CY_DONE_TO_ME, _DONE_TO_ME
from .asker_arousal import nearest_is
from .asker_child import KIDS_TASTES
from .asker_own import _CY_SHOWN_TO_ME, _HARMED_SPEAKER, _SHOWN_TO_ME

#: an age under 18 said of someone ("13yo", "12 year old", "14 yr old")
_MINOR_AGE = r"(?:[1-9]|1[0-7]) ?(?:yo|y o|yr old|yrs old|year old|years old)"
#: young people as a group, or by an age band ("under 16s", "under 18s", "teenage girls")
_YOUNG = (
    r"(?:(?:young|little|small|underage|under age|younger|pre ?teen|teenage|teen) (?:girls|boys|"
    r"kids|children|teens|teenagers|lads|ones)|kids|children|minors|schoolgirls|schoolboys|"
    r"pre ?teens|teens|teenagers|(?:girls|boys|kids|children) under (?:1[0-8]|[1-9])|"
    rf"under ?(?:1[0-8]|[1-9]) ?s|{_MINOR_AGE}s?(?: girls?| boys?)?)"
)
#: who is asking as "I", and who else may be (the nearest said before a match decides)
_ME = frozenset(["i", "im", "ive", "id", "iam", "ill", "myself"])
_SOMEONE = frozenset(
    ["he", "she", "they", "hes", "shes", "theyre", "theyve", "someone", "somebody", "husband",
     "wife", "partner", "boyfriend", "girlfriend", "bf", "gf", "son", "brother", "dad", "father",
     "stepdad", "uncle", "grandad", "cousin", "man", "guy", "friend", "neighbour", "ex",
     "teacher", "coach", "mum", "mother", "sister", "nephew", "daughter", "people", "who"]
)  # fmt: skip

#: "im into kids", "i think im into young girls" (not "into kids tv", "into kids parties")
_INTO = re.compile(
    r"\b(?:im|i m|i am|iam|ive always been|ive been|i ve been|i was|am i|i might be|i may be)"
    rf"(?: \w+){{0,2}}? into {_YOUNG}\b"
    r"(?! (?:tv|shows?|films?|movies?|books?|clothes|toys|games?|cartoons?|music|sports?|"
    r"parties|party|activities|crafts|programmes?|channels?|football|clubs?|ministry|work)\b)"
    rf"(?! (?:{'|'.join(KIDS_TASTES)})\b)"  # (w23child) "into kids youtube", "kids anime"
)
#: attraction to young people or an age band: "stop being attracted to under 16s", "im
#: attracted to teenagers", "my attraction to under 18s"
_DRAWN = re.compile(
    r"\b(?:stop|stopping|quit|cure|get rid of|not be|help with|help for|treatment for|therapy "
    r"for|deal with|cope with)(?: myself)?(?: from)? being (?:sexually )?(?:attracted|drawn) "
    rf"(?:to|towards) {_YOUNG}\b"
    r"|\b(?:i|im|i m|i am|iam|ive|i think im|am i)(?: \w+){0,2}? (?:sexually )?(?:attracted|drawn) "
    rf"(?:to|towards) {_YOUNG}\b"
    rf"|\bmy (?:sexual )?(?:attraction|attractions|urges|feelings) (?:to|towards|for) {_YOUNG}\b"
)
#: (fortieth walk-through F1) thoughts of their own said in their own way: "my head goes
#: somewhere dark around children", "my mind goes to bad places near kids"; "i get dark
#: thoughts around kids", "wrong feelings towards children"
_MY_HEAD = re.compile(
    r"\bmy (?:head|mind|brain|thoughts) (?:\w+ )?(?:goes|go|going|went|gets|get|wanders|wander|"
    r"turns|turn|drifts|drift) (?:\w+ ){0,3}?(?:dark|bad|wrong|weird|horrible|sick|disgusting)\b"
    r"(?: \w+){0,3}? (?:around|about|near|towards|with|when (?:im|i m|i am) (?:around|near|with)|"
    rf"when i see) {_YOUNG}\b"
)
#: (forty-first walk-through F2) where the mind goes near a child of the family, said with
#: fear or shame: "i'm frightened by where my mind goes when i'm around my little nephew"
_WHERE_MY_MIND = re.compile(
    r"\b(?:scared|frightened|afraid|terrified|worried|ashamed|disgusted|sick)\b(?: \w+){0,4}? "
    r"(?:where|what) my (?:head|mind|thoughts|brain) (?:\w+ )?(?:goes|go|going|went|wanders|"
    r"does|do|turns)\b(?: \w+){0,3}? (?:around|near|with|about|towards) (?:my |our |the )?"
    r"(?:little |young |baby )?(?:nephew|niece|grandson|granddaughter|stepson|stepdaughter|"
    rf"{_YOUNG})\b"
)
_DARK_THOUGHTS = re.compile(
    r"\b(?:dark|bad|wrong|sick|horrible|disturbing|disgusting|weird) (?:sexual )?(?:thoughts|"
    r"feelings|urges|ideas|fantasies) (?:\w+ )?(?:about|around|towards|near|when (?:im|i m|i am) "
    rf"(?:around|near|with)) {_YOUNG}\b"
)
#: a device of the asker's own ("my laptop", "my work phone")
_MY_DEVICE = (
    r"my (?:own |work |old |new )?(?:laptop|phone|mobile|computer|pc|tablet|ipad|hard ?drive|"
    r"devices?|computers|phones|laptops)"
)
#: the police at the door about images on the asker's own device: "got a visit from police
#: about images on my laptop", "police came round about pictures on my phone"
_POLICE_ABOUT_MINE = re.compile(
    r"\b(?:visit|visited|call|called|knock|knocked|raid|raided|came|come|turned up|showed up|"
    r"arrived|round|seized|took)\b(?: \w+){0,6}? (?:about|over|for|because of|regarding|re|"
    r"investigating) (?:the |some |certain |)(?:\w+ )?(?:images|pictures|pics|photos|videos|"
    rf"vids|files|content|material|downloads)\b(?: \w+){{0,3}}? (?:on|in|from) {_MY_DEVICE}\b"
)
_POLICE = re.compile(r"\b(?:police|officers|cops|detectives|ceop|nca)\b")
#: sent there, or shown to the asker: a victim's words (not images the asker kept)
_SENT_TO_ME = re.compile(
    r"\b(?:sent|send|sends|put|planted|forwarded|airdropped|hacked|of me|of my|of our|him|her)\b"
)

#: who the talk or messages were aimed at: a child of the family, or a child said by age or as
#: a child ("my 13yo cousin", "a 12 year old", "my little cousin", "kids")
_KIN = (
    r"(?:cousin|niece|nephew|step ?daughter|step ?son|step ?sister|step ?brother|grand"
    r"(?:daughter|son|child|kid)|god(?:daughter|son|child))s?"
)
_TARGET = (
    r"(?:my |a |an |this |the |some |our )?(?:"
    rf"(?:{_MINOR_AGE} |little |younger |young |baby |teenage |underage |under age )(?:{_KIN}|"
    r"sisters?|brothers?|"
    r"girls?|boys?|kids?|child|neighbours?)"
    rf"|{_KIN}|{_MINOR_AGE}s?|minors?|kids|children|a child|a kid|young girls|young boys|"
    r"little girls|little boys|schoolgirls?|schoolboys?)"
)
#: sexual talk or messages: "sending sexual msgs to", "chatted dirty to", "sexting"
_SEXUAL_TALK = re.compile(
    r"\b(?:sext\w*|(?:chatt\w*|chat|talk\w*|messag\w*|text\w*|snapchatt\w*|dm\w*|writ\w*|"
    r"flirt\w*) (?:sexually|dirty|rude|in a sexual way|about sex|inappropriately)|"
    r"(?:send\w*|sent) (?:\w+ )?(?:sexual|dirty|rude|explicit|naughty|sexy|nude|naked|"
    r"inappropriate) (?:msgs|messages|texts|pics|pictures|photos|snaps|videos|vids|stuff|"
    r"things|selfies|images|chats)|(?:send\w*|sent) nudes)"
    rf"(?: online)? (?:to|with) {_TARGET}\b"
    rf"|\bsext\w*(?: online)?(?: to| with)? {_TARGET}\b"
)
#: sexual or intrusive thoughts about the asker's own baby or a named relative ("intrusive
#: sexual thoughts about my baby", "fantasies about my granddaughter"); not "intrusive thoughts
#: about harming my baby" (a new parent's fear of harm, with no sexual word)
_RELATIVE = (
    r"(?:my|our) (?:own |little |newborn |baby |young |\d{1,2} ?(?:yo|y o|yr old|year old|"
    r"month old) )*(?:baby|babies|newborn|toddler|son|daughter|child|children|kids?|boy|girl|"
    r"grandson|granddaughter|grandchild|grandchildren|grandkids?|niece|nephew|cousin|stepson|"
    r"stepdaughter|step son|step daughter|little sister|little brother|baby sister|baby brother|"
    r"pupils?|students?)s?"
)
_THOUGHTS_OF_KIN = re.compile(
    r"\b(?:sexual|intrusive sexual|sexual intrusive|unwanted sexual|inappropriate|inappropriate "
    r"sexual|dirty|sexy|rude|sexualised|sexualized) (?:thoughts|feelings|fantasies|images|"
    r"urges|dreams|ideas|pictures in my head)(?: \w+)?? (?:about|of|towards|toward|involving|"
    rf"around|for) {_RELATIVE}\b"
    rf"|\b(?:fantasies|fantasising|fantasizing|fantasise|fantasize|fantasy) (?:about|of|over) "
    rf"{_RELATIVE}\b"
)
#: illegal or sexual material about children, watched, kept or wished stopped
_ILLEGAL_ABOUT = re.compile(
    r"\b(?:illegal|indecent|dodgy|sexual|disgusting|wrong) (?:stuff|things|content|material|"
    r"sites|websites|videos|vids|images|pics|pictures|photos) (?:of|with|involving|about|"
    r"featuring|showing) (?:young |little |underage )?(?:kids|children|minors|teens|"
    r"under ?\d{1,2} ?s)\b"
)
_LOOKING = re.compile(
    r"\b(?:watch\w*|look\w* at|view\w*|download\w*|brows\w*|search\w* for|keep\w*|kept|sav\w*|"
    r"collect\w*|stop|stopping|quit|addicted|hooked)\b"
)

# --- Welsh ---
#: a girl or boy said young or by age ("merch 13", "bachgen ifanc"), or a child
_CY_YOUNG = (
    r"(?:(?:fy |ein )?(?:merch|ferch|bachgen|fachgen|hogan|hogyn|geneth|rhywun) (?:\d{1,2}|"
    r"ifanc|fach|bach|dan oed|dan \d{1,2})|(?:fy |ein )?(?:plentyn|blentyn|phlentyn|plant|blant|"
    r"phlant|nith|nai|nghyfnither|nghefnder|cyfnither|gyfnither|cefnder|gefnder|llysferch|"
    r"lysferch|llysfab|lysfab|wyres|wyr|disgybl|ddisgybl)|person ifanc|bobl ifanc|pobl ifanc)"
)
_CY_TALK = re.compile(
    r"\b(?:siarad|sgwrsio|tecstio|negesu|negeseua|fflyrtio|anfon negeseuon|anfon lluniau|"
    r"yrru negeseuon|gyrru negeseuon)n?(?: yn)? (?:rhywiol|rywiol|budr|noeth|anweddus|"
    rf"amhriodol)(?: \w+){{0,3}}? (?:efo|gyda|hefo|â|a|ag|at|i) {_CY_YOUNG}\b"
)
#: fantasies about a grandchild, a relative or a child ("ffantasïau am fy wyres")
_CY_FANTASIES = re.compile(
    r"\b(?:ffantasiau|ffantasi|ffantasio|ffantaseiddio)(?: rh?ywiol)? (?:am|at|tuag at|ynghylch) "
    rf"{_CY_YOUNG}\b"
)
#: illegal or indecent things about children, looked at ("gwylio pethau anghyfreithlon am
#: blant", "stwff anweddus o blant")
_CY_ILLEGAL = re.compile(
    r"\b(?:pethau|pethe|petha|stwff|deunydd|ddeunydd|cynnwys|gynnwys|lluniau|luniau|fideos|"
    r"delweddau|ddelweddau|ffilmiau|gwefannau|safleoedd) (?:anghyfreithlon|anweddus|rhywiol|"
    r"budr|amhriodol) (?:am|o|gyda|efo|yn ymwneud a|sy n ymwneud a|yn cynnwys|gan) "
    r"(?:blant|plant|phlant|blentyn|plentyn|phlentyn|rai dan oed|bobl ifanc)\b"
)
_CY_LOOKING = re.compile(
    r"\b(?:gwylio|wylio|edrych|lawrlwytho|llwytho|rhannu|chwilio|cadw|stopio|methu stopio|"
    r"rhoi r gorau)\b"
)
#: someone else named before as who did it ("mae fy ngŵr…", "mae gan fy mrawd…", "roedd e"),
#: not "mae gen i" (I have)
_CY_SOMEONE = re.compile(
    r"\b(?:mae|maen|roedd|oedd|wnaeth|gwnaeth|bu|buodd)\b(?! (?:gen i|gen i n|gennyf|gennym|"
    r"gynnon ni|i|fi|yn rhaid i mi)\b)|\b(?:gan|ganddo|ganddi|ganddyn|ganddynt)\b"
)


def _by_me(before: str) -> bool:
    """The nearest who said before is the asker ("i", "im", "ive"), or nobody is named."""
    return nearest_is(before, _ME, _SOMEONE)


def _mine(pattern: re.Pattern[str], cleaned: str) -> re.Match[str] | None:
    found = pattern.search(cleaned)
    return found if found is not None and _by_me(cleaned[: found.start()]) else None


#: the other's age in the words matched ("13yo", "merch 13")
_OTHER_AGE = re.compile(
    r"\b(\d{1,2}) ?(?:yo|y o|yr|year|oed)|\b(?:merch|bachgen|hogan|hogyn) (\d+)"
)


def _older_than(found: re.Match[str], age: int | None) -> bool:
    """A grown-up, or no age said, or a young person more than two years older than the child
    their words name by age ("im 17 … my 13yo cousin"); never one near their own age."""
    if age is None or age >= 18:
        return True
    other = _OTHER_AGE.search(found[0])
    return other is not None and int(other[1] or other[2]) < age - 2


def _welsh_own(cleaned: str, age: int | None) -> bool:
    if _CY_DONE_TO_ME.search(cleaned) or _CY_SHOWN_TO_ME.search(cleaned):
        return False
    for pattern in (_CY_TALK, _CY_FANTASIES):
        found = pattern.search(cleaned)
        if found and not _CY_SOMEONE.search(cleaned[: found.start()]):
            return _older_than(found, age)
    found = _CY_ILLEGAL.search(cleaned)
    return bool(
        found and _CY_LOOKING.search(cleaned) and not _CY_SOMEONE.search(cleaned[: found.start()])
    )


def own_in_plain_words(cleaned: str, age: int | None) -> bool:
    """The asker tells of their own sexual thoughts, urges or acts towards children in the
    words above; never what was done to them, nor someone else's."""
    if _HARMED_SPEAKER.search(cleaned) or _DONE_TO_ME.search(cleaned):
        return False
    if _welsh_own(cleaned, age):
        return True
    if age is None or age >= 18:
        if _mine(_INTO, cleaned) or _mine(_DRAWN, cleaned) or _mine(_THOUGHTS_OF_KIN, cleaned):
            return True
        if _MY_HEAD.search(cleaned) or _WHERE_MY_MIND.search(cleaned):
            return True
        if _mine(_DARK_THOUGHTS, cleaned):
            return True  # (fortieth walk-through F1) "my head goes somewhere dark around kids"
        police = _POLICE_ABOUT_MINE.search(cleaned)
        if police and _POLICE.search(cleaned) and not _SENT_TO_ME.search(police[0]):
            return not _SHOWN_TO_ME.search(cleaned)
        illegal = _mine(_ILLEGAL_ABOUT, cleaned)
        if illegal and _LOOKING.search(cleaned) and not _SHOWN_TO_ME.search(cleaned):
            return True
    talk = _mine(_SEXUAL_TALK, cleaned)
    return talk is not None and _older_than(talk, age)
