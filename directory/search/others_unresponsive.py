"""(w57suicide, check59 finding 1) Someone else's emergency said as what the person asking
sees, not as what was done: "my sister isnt breathing properly", "my boyfriend has stopped
breathing", "my nan wont wake up after her tablets", "my flatmate is unconscious and turning
blue"; and someone else's suicide said as "ending it" ("my husband left a note, he keeps
talking about ending it").

"My friend is not breathing" brought Childline, the NSPCC and the rape line, and "my mum is not
waking up after taking pills" the words "No service near you matches your words closely": no
warning at all, where "my dad took a lot of his tablets and wont wake up" had "Someone's life
at risk now? Call 999." Not breathing, or not waking, is a call to 999 whatever caused it.

- ``unresponsive`` (someone else not breathing, not waking, unconscious, turning blue, now):
  "Someone's life at risk now? Call 999." (``others_now.others_at_risk_now``);
- ``unresponsive_after_taking`` (the same, after pills or something taken): Samaritans in the
  talk box too (``suicide_acts.plan_or_act``), as for an overdose of someone else's;
- ``others_ending_it`` (someone else talking about, saying or threatening "ending it"): read as
  someone else's intent (``others_now``: the warning when a goodbye, now or "about to" goes
  with it, as for "ending his life").

Not oneself ("i cant breathe when i panic": panic, read elsewhere), a habit or a time of day
("my dad is not waking up early for work", "my baby stops breathing in his sleep", "my son
wont wake up for school"), the past ("my baby stopped breathing when he was born", "…last
year"), "ending it with his girlfriend", or a threat to keep the asker quiet ("if i tell").

Over ``clean_text`` (lower case, no apostrophes: "isn't" is "isnt").
"""

from __future__ import annotations

import re

from .others_cy import TAKEN_CY

#: someone the person asking is with or knows (not "i", "me")
_SOMEONE = (
    r"(?:she|he|they|shes|hes|theyre|someone|somebody|a (?:man|woman|girl|boy|lad|person|guy)"
    r"|this (?:man|woman|girl|boy|lad|person|guy)|(?:my|our|me) (?:\w+ )?(?:friend|mate|bestie"
    r"|bff|sister|brother|mum|mam|mom|mother|dad|father|son|daughter|baby|girlfriend|boyfriend"
    r"|partner|husband|wife|cousin|nan|nana|nanny|gran|granny|grandma|grandad|grandpa|aunt"
    r"|auntie|uncle|niece|nephew|flatmate|housemate|roommate|classmate|student|pupil|child|kid"
    r"|sis|bro|bf|gf|stepdad|stepmum|step dad|step mum|stepson|stepdaughter|fiance|fiancee|ex"
    r"|neighbour|neighbor|carer|client|patient|colleague)"
    # (w59cylife, welsh24 "not counted") a parent or grandparent named with no "my", as children
    # say it: "mum isnt breathing", "i cant wake dad up"
    r"|mum|mam|mom|mummy|mammy|mommy|dad|daddy|nan|nana|nanny|nain|gran|granny|grandma|grandad"
    r"|grandpa|taid)"
)
#: not breathing, not waking, unconscious, turning blue: now
_SIGN = (
    r"(?:(?:is|s|are|re) )?(?:not|isnt|is not|arent|hardly|barely) breathing"
    r"(?: (?:right|properly|normally|well|much))?"
    r"|(?:has |have |s |ve |just )?(?:stopped|stoped) breathing"
    r"|(?:cant|can t|cannot|can not|is struggling to|s struggling to|struggling to) breathe"
    r"|(?:wont|won t|will not|isnt|is not|s not|not) (?:wake|waking|woken|waken) up"
    r"|(?:wont|won t|will not) wake"
    r"|(?:is|s|are|re) (?:unconscious|unresponsive|turning blue|going blue)"
    r"|(?:has |s |just )?(?:collapsed|passed out)(?: and)? (?:wont|isnt|is not|not|cant)"
    r"|(?:lips|face|skin) (?:is |are )?(?:turning |going )?(?:blue|grey|gray)"
)
#: a habit, a time of day or a reason that is not an emergency: "not waking up early for work"
_HABIT = (
    r"(?:early|on time|in time|for (?:work|school|college|uni|his|her|their|breakfast|the)"
    r"|in the (?:mornings?|night)|at night|till|until|when (?:s?he|they|i) (?:sleeps?|cr(?:y|ies)"
    r"|laughs?|gets?)|through (?:his|her|their) nose|through the night|in (?:his|her|their) sleep"
    r"|at (?:\d|school|work)|any ?more (?:at|in) (?:school|class)|during|as well as|down|since"
    r"|without|around|near|because|cos|with (?:fear|fright|anxiety|worry|stress)"
    r"|when (?:s?he|they|i|you) (?:is|s|are|re|am|m|sees?|thinks?|talks?|hears?))"
)
_PAST = (
    r"(?:when (?:s?he|they|i) (?:was|were)|was born|at birth|years? ago|last (?:year|month|week)"
    r"|as a baby|once before)"
)
#: someone woken and not waking: "i cant wake him up", "we cant get her to wake up"
_CANT_WAKE = (
    r"\b(?:i|we|i just|we just) (?:cant|can t|cannot|can not|couldnt|could not) (?:(?:wake|rouse)"
    r" (?:her|him|them|my \w+|our \w+|mum|mam|mom|dad|nan|nana|gran|grandma|grandad)(?: up)?"
    r"|get (?:her|him|them|my \w+|our \w+) to wake"
    r"(?: up)?)\b"
)
_UNRESPONSIVE = re.compile(
    rf"(?:\b{_SOMEONE}\b(?: \w+){{0,8}}? (?:{_SIGN})\b|{_CANT_WAKE})(?! (?:\w+ )?{_HABIT}\b)"
    rf"(?!(?: \w+){{0,4}} {_PAST}\b)"
)
#: (w59tonight, check60 finding 4) Welsh: someone else not breathing, not waking, unconscious
#: or turning blue: "mae fy ffrind ddim yn anadlu", "dydy o ddim yn anadlu", "dyw hi ddim yn
#: anadlu", "mae o wedi stopio anadlu", "dydi o ddim yn deffro", "maer babin anymwybodol",
#: "mae ei gwefusau n las". Said after "mae" or the Welsh "is not" (dydy, dyw, dydi, tydi, dio)
#: with no "dwi", "fi" or "i" (the asker) between: not "dwi ddim yn anadlu" (panic, read
#: elsewhere). Not breathing fast or deeply ("anadlun gyflym", "anadlun ddwfn"): those say
#: nothing of "ddim".
_IS_CY = r"(?:mae|ma|maen|man|maer|dydy|dydi|dyw|tydi|tydy|dio|dydio|dydyn|dydyw|nid yw|nad yw)"
#: (nor the sky, the sea, the water or a light turning blue)
_NOT_ASKER_CY = (
    r"(?: (?!dwi\b|dw\b|dwin\b|fi\b|fin\b|sa\b|sai\b|rwy\b|rwyn\b|i\b|awyr\b|mor\b"
    r"|dwr\b|golau\b|paent\b|wal\b|tywydd\b)\w+)"
)
_SIGN_CY = (
    r"(?:ddim|dim) (?:yn |n )?(?:anadlun?|deffro|dihuno|ddeffro|ddihuno|symud nac anadlu)"
    r"|(?:wedi |di )?(?:stopio|peidio) (?:ac )?anadlu|(?:yn |n )?(?:methu|ffaelu|ffili) anadlu"
    r"|(?:yn |n )?anymwybodol|(?:yn |n )?(?:troi|mynd)(?:n| yn| n)? las"
    r"|(?:gwefusau|wefusau|wyneb|hwyneb|gwefusaun|wynebn)(?: \w+)? (?:yn |n )?las"
)
#: someone woken and not waking: "sa i'n gallu ei deffro hi", "dwi methu ei ddeffro fo", "alla
#: i ddim ei deffro" (not "dwi methu deffro yn y bore": the asker's own mornings)
_CANT_WAKE_CY = (
    r"\b(?:sa in gallu|sa i n gallu|sai n gallu|sain gallu|dwi ddim yn gallu|dw i ddim yn gallu"
    r"|dwi methu|dw i methu|dwin methu|dw in methu|rwyn methu|fin methu|alla i ddim|allai ddim"
    r"|fedra i ddim|fedrai ddim|dwi ffaelu|dwin ffaelu|fin ffili|dwi ffili|rydyn nin methu"
    r"|dan nin methu|ni ffili) (?:ei |i w )?(?:deffro|ddeffro|dihuno|ddihuno)"
    r"(?: (?:hi|o|fo|e|fe|nhw))?\b"
)
_HABIT_CY = (
    r"(?:drwy ei (?:drwyn|thrwyn)|drwyr trwyn|yn ei (?:gwsg|chwsg)|yn y nos|yn y bore|pan"
    r"|ers|yn gynnar|mewn pryd|ir ysgol|i fynd|efo|gyda|oherwydd|achos|heb)"
)
_PAST_CY = r"(?:pan oedd|pan gafodd|llynedd|blynyddoedd yn ol|flynyddoedd yn ol|y llynedd)"
#: (w59tonight) the one not breathing or not waking after "mae" or the Welsh "is not", or not
#: woken: not a habit nor the past just after
_AFTER_IS_CY = (
    rf"(?:\b{_IS_CY}{_NOT_ASKER_CY}{{0,4}}? (?:{_SIGN_CY})\b"
    rf"(?<!\bddim yn las)(?<!\bdim yn las)|{_CANT_WAKE_CY}(?=(?: hi| o| fo| e| fe| nhw)? *$|"
    rf" (?!{_HABIT_CY}\b)))(?! (?:\w+ )?{_HABIT_CY}\b)(?!(?: \w+){{0,4}} {_PAST_CY}\b)"
)
#: (w60life, check61 F5) the same, with the one named first or said as "hi"/"o": someone
#: else not waking, not breathing or unconscious:
#: "mae fy mam ddim yn deffro", "dydy hi ddim yn anadlu", "mae o'n anymwybodol", "methu ei
#: deffro hi"; not a habit ("ddim yn deffro yn y bore", "tan ganol dydd", "i'r ysgol")
_PERSON_CY = (
    r"(?:mam|fam|mham|nhad|tad|dad|mrawd|brawd|frawd|chwaer|ffrind|mab|fab|merch|ferch|babi"
    r"|mabi|nain|taid|mamgu|tadcu|ngwr|wr|ngwraig|wraig|nghariad|cariad|mhartner|partner)"
)
_NOT_WAKING_CY = r"(?:deffro|ddeffro|dihuno|ddihuno|anadlu|nadlu)"
_NAMED_FIRST_CY = (
    rf"(?:\b{_PERSON_CY}\b(?: \w+){{0,8}}? (?:ddim yn|dim yn|ddim|dim|ddimn) {_NOT_WAKING_CY}"
    rf"|\b(?:dydy|dydi|dyw|dydi|dyda|smo) (?:hi|o|e|fo|fe) (?:ddim )?(?:yn )?{_NOT_WAKING_CY}"
    rf"|\b(?:methu|ffaelu|ffili|ddim yn gallu) (?:ei |i )?(?:deffro|ddeffro|dihuno|ddihuno) "
    rf"(?:hi|o|e|fo|fe|fy {_PERSON_CY}|mam|dad)"
    rf"|\b(?:{_PERSON_CY}|hi|o|e|fo|fe)(?: \w+){{0,3}}? (?:yn|n) anymwybodol)\b"
    rf"(?! (?:\w+ )?(?:{_HABIT_CY}|bore|ar amser|tan|nes|ar y penwythnos|weithiau)\b)"
)
#: one Welsh reader of both ways of saying it: where the words say it both ways, the first
#: way's words are the ones read (``suicide_acts.with_plan_or_act`` takes them out of the
#: words searched), as when they were two readers asked in turn
_UNRESPONSIVE_CY = re.compile(rf"{_AFTER_IS_CY}|(?!.*?{_AFTER_IS_CY})(?:{_NAMED_FIRST_CY})")
#: something taken: pills, tablets, drugs, "something", a drink
_TAKEN = re.compile(
    r"\b(?:taken|taking|took|swallowed|swallowing|had|drunk|drank|after|snorted|injected)"
    r"(?: \w+){0,3}? (?:something|some stuff|stuff|pills|tablets|meds|medication|drugs|a load"
    r"|loads|overdose|an overdose|paracetamol|painkillers|sleeping pills|her pills|his pills"
    r"|their pills|her tablets|his tablets|their tablets|her meds|his meds|bleach|vodka)\b"
    rf"|{TAKEN_CY}"  # (w64cy, welsh26 F4) "yn anymwybodol ar ôl cymryd pils"
)
#: someone else speaking of "ending it": "he has been talking about ending it", "she keeps
#: saying shes going to end it all" (not "ending it with his girlfriend")
_ENDING_IT = re.compile(
    rf"\b{_SOMEONE}\b(?: \w+){{0,4}}? (?:(?:has |have |s |ve )?been |keeps |keep |is |s |are "
    r"|re )?(?:talking|talks|going on|saying|says|said|threatening|threatens|texting|messaging)"
    r" (?:about |that |to )?(?:(?:s?he|they) (?:is |s |are |re |will |ll |wants to |is going to"
    r"|s going to |are going to |re going to |going to |gonna |wants? to )?)?"
    r"(?:ending|end) (?:it|it all|things|everything)\b"
    r"(?! (?:with|between|off|for good with|early|at work))"
)
_QUIET = re.compile(r"^(?: \w+){0,4} (?:if|unless)\b")


def unresponsive(cleaned: str) -> re.Match[str] | None:
    """Someone else not breathing, not waking, unconscious or turning blue now, told in
    ``cleaned`` (``clean_text``); None for a habit, a time of day or the past."""
    return _UNRESPONSIVE.search(cleaned) or _UNRESPONSIVE_CY.search(cleaned)


def unresponsive_after_taking(cleaned: str) -> re.Match[str] | None:
    """Someone else not breathing or not waking (``unresponsive``) and something taken (pills,
    drugs, "something") said in ``cleaned``: the talk box's suicide lines fit too."""
    found = unresponsive(cleaned)
    return found if found is not None and _TAKEN.search(cleaned) else None


def others_ending_it(cleaned: str) -> re.Match[str] | None:
    """Someone else talking of ending it ("my dad has been talking about ending it") in
    ``cleaned``; None for a threat to keep the asker quiet ("…if i tell")."""
    found = _ENDING_IT.search(cleaned)
    if found is None or _QUIET.match(cleaned[found.end() :]):
        return None
    return found
