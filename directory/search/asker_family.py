"""(probe 12) Survivors who are parents, parents who say no "my", and time said as years since:
a parent telling of their OWN childhood abuse ("mum of 2, abused by my dad as a kid", Welsh "dw
i'n fam i ddau, ges i fy ngham-drin") is an adult survivor, while one telling of their child's is
a parent; "it's been 30 years since he abused me" is the past; "help for parents whose child…",
"what to do if your child says…", "signs a child is being abused", Welsh "arwyddion bod plentyn…"
are an adult worried about a child; "daughters 16" is "daughter's 16" typed without the
apostrophe. Used by ``asker.who_is_asking`` over ``clean_text``'s words."""

from __future__ import annotations

import re

from .asker_carers import adult_told_childhood
from .spoken import described_child_plain

#: the asker's own child named ("my daughter", "our kids", "my teen", "fy merch", "ein plant"):
#: a parent telling of their child, whatever else they tell of themselves
_MY_CHILD = re.compile(
    r"\b(?:my|our) (?:\w+ )?(?:daughters?|sons?|child|children|kids?|boys?|girls?|little ones?|"
    r"baby|babies|toddler|teen|teens|teenager|teenagers|stepdaughters?|stepsons?|lad|lass|"
    r"eldest|youngest|grandchild|grandchildren|grandkids|granddaughters?|grandsons?)\b"
    # (w33parent) a child named by age alone: "my fifteen year old", "our 9 yr old", "my 15yo"
    r"|\b(?:my|our) (?:\w+ ){0,2}?(?:(?:year|years|yr|yrs) olds?|\d{1,2} ?yo)\b(?! (?:husband|"
    r"wife|partner|brother|sister|boyfriend|girlfriend|bf|gf|ex|friend|mate|cousin|neighbour|"
    r"mum|mom|dad|mother|father|self|nephew|niece)\b)"
    r"|\b(?:fy|ein) (?:mhlentyn|mhlant|plant|merch|mab|machgen|llysferch|llysfab|wyres|wyr)\b"
)

#: the asker's own abuse as a child, told as the past: "abused by my dad as a kid", "i was
#: abused", "he abused me", "my childhood", Welsh "ges i fy ngham-drin" (I was abused)
_OWN_CHILDHOOD = re.compile(
    r"\b(?:abused|raped|molested|groomed|assaulted|interfered with|touched)(?: me)?"
    r"(?: by(?: \w+){1,4}?)? (?:as (?:a )?(?:kid|child|boy|girl|teen|teenager|youngster)|"
    r"when i was (?:a |an )?(?:kid|child|little|young|younger|boy|girl|teen|teenager|\d)|"
    r"growing up|in my childhood)\b"
    r"|\bi was (?:sexually )?(?:abused|raped|molested|groomed|assaulted)\b"
    r"|\b(?:abused|raped|molested|groomed|assaulted) me\b|\bmy (?:own )?childhood\b"
    r"|\b(?:ges i|ces i|cefais|gefais|mi ges i) (?:fy |i fy )?(?:ngham drin|nhreisio|nghyffwrdd|"
    r"molestio)\b"
)


def survivor_parent(cleaned: str, age: int | None = None) -> bool:
    """A parent (or carer) telling of their own abuse as a child, and of no child of theirs:
    an adult survivor ("29 yo mum of 2, abused by my dad as a kid"), not a parent asking about
    their child ("mum of 2, my ex abused my daughter"); (probe 19) with an adult's age said,
    their child named only as why it comes back now (``asker_carers.adult_told_childhood``)."""
    if not _OWN_CHILDHOOD.search(cleaned):
        return False
    return not _MY_CHILD.search(cleaned) or adult_told_childhood(cleaned, age)


#: years since something, as adults count them: "its been 30 years since", "25 years on",
#: "decades since", Welsh "30 mlynedd yn ôl", "ers 30 mlynedd" (30 years ago, for 30 years)
_YEARS_SINCE = re.compile(
    r"\b(?:over |nearly |almost |about |around |more than )?(\d{1,2}) (?:years|yrs) "
    r"(?:since|on|later)\b"
    r"|\b(?:decades|many years|so many years) (?:since|on|later)\b"
    r"|\b(\d{1,2}) (?:mlynedd|blynedd) (?:yn ol|ers)\b|\bers (\d{1,2}) (?:mlynedd|blynedd)\b"
    # (w63cy2, welsh25 "not counted") or counted after: "to court after 30 years", "after all
    # these years", Welsh "ar ôl 30 mlynedd", "ar ôl yr holl flynyddoedd"
    r"|\bafter (?:over |nearly |almost |about |around |more than )?(\d{1,2}) (?:years|yrs)\b"
    r"(?! old\b)|\bafter (?:all (?:these|those)|so many|many) years\b"
    r"|\bar ol (?:dros |bron |tua )?(\d{1,2}) (?:mlynedd|blynedd)\b"
    r"|\bar ol (?:yr holl (?:flynyddoedd|blynyddoedd)|cymaint o (?:flynyddoedd|amser)|"
    r"blynyddoedd)\b"
)
#: (probe 14, pattern 3) ... or what was done carried for as many years as a child has lived:
#: "been carrying what my grandad did for 40 yrs", "kept it to myself for 20 years" (not "he
#: abused me for 3 years", nor "for 40 years old")
_YEARS_CARRIED = re.compile(
    r"\bfor (?:over |nearly |almost |about |around |more than |the last |the past )?"
    r"(\d{1,2}) (?:years|yrs)\b(?! old\b)"
)
_ADULT_AFTER_YEARS = 18
#: years after which whoever it happened to as a child is a grown-up now
_GROWN_AFTER_YEARS = 12


def long_since(cleaned: str) -> bool:
    """Words that count the years since something at twelve or more ("its been 30 years since
    my dad abused me"): a grown-up's past, as "30 years ago" is."""
    for found in _YEARS_SINCE.finditer(cleaned):
        said = next((g for g in found.groups() if g), None)
        if said is None or int(said) >= _GROWN_AFTER_YEARS:
            return True
    return any(int(f.group(1)) >= _ADULT_AFTER_YEARS for f in _YEARS_CARRIED.finditer(cleaned))


#: a grown-up life now, said without "im" ("in my forties and only now dealing with…")
_IN_MY_DECADE = re.compile(
    r"\bin my (?:late |early |mid )?(?:[2-9]0s|twenties|thirties|forties|fifties|sixties|"
    r"seventies|eighties)\b"
)


def in_my_decade(cleaned: str) -> bool:
    return bool(_IN_MY_DECADE.search(cleaned))


#: an adult asking about a child who is not theirs by name: "help for parents whose child…",
#: "parents of abused children", "what to do if your child says…", "signs a child is being
#: abused", "how do i know if a child…", Welsh "cefnogaeth i rieni", "eich plentyn" (your
#: child), "arwyddion bod plentyn…" (signs that a child…)
_A_CHILD_WORD = (
    r"(?:child|children|kid|kids|son|sons|daughter|daughters|boys?|girls?|teens?|teenagers?|"
    r"toddlers?|baby|babies|little ones?)"
)
_PARENTS = r"(?:parent|parents|carers|mums|moms|dads|mothers|fathers|grandparents|foster carers)"
#: (w34parent, noticed) parents as who gets the help: "where do parents get help when…"
_PARENTS_GET = (
    r"|\b(?:where|how|who|what) (?:do|does|can|could|should|would|might|will) (?:a |the )?"
    rf"{_PARENTS}(?: (?:and|or|&) {_PARENTS})? (?:get|find|go|turn|look|ask|seek)\b"
    # (thirty-first walk-through F5) "who helps parents after…", "who can support carers"
    r"|\bwho (?:helps|supports|advises|looks after|can help|can support|is there for) "
    rf"(?:a |the )?{_PARENTS}\b"
)
_PARENTS_ASKING = re.compile(
    r"\b(?:help|support|advice|info|information|counselling|counseling|groups?|services?|"
    r"guidance|resources) (?:(?:is|are) (?:there|available) |available |out there )?(?:for|to) "
    rf"(?:a |the )?{_PARENTS}\b"
    + _PARENTS_GET
    + rf"|\b(?:parent|parents|carers|mums|moms|dads|mothers|fathers) (?:of|whose|whos|with) "
    rf"(?:a |an |the |their )?(?:\w+ ){{0,2}}?{_A_CHILD_WORD}\b"
    rf"|\b(?:your|ur) (?:own |little |young |teenage |\d{{1,2}} ?(?:year old|yr old|yo) )?"
    rf"{_A_CHILD_WORD}\b"
    rf"|\b(?:signs?|symptoms|how (?:do i|do you|to|can i|can you|would i|would you) "
    rf"(?:know|tell|spot|recognise|recognize))\b(?: \w+){{0,5}}? (?:a |your |ur |the |my )?"
    rf"{_A_CHILD_WORD}\b"
    r"|\b(?:eich|dy) (?:plentyn|mhlentyn|blentyn|plant|blant|merch|ferch|mab|fab|bachgen|"
    r"fachgen)\b"
    r"|\b(?:arwyddion|arwydd) (?:bod|fod|o|os|fod yna|cam drin|gam drin)\b(?: \w+){0,3}? "
    r"(?:plentyn|blentyn|"
    r"phlentyn|plant|blant)\b"
    r"|\bsut (?:i |mae |dw i n |dwi n )?(?:gwybod|wybod|adnabod|sylwi)\b(?: \w+){0,4}? "
    r"(?:plentyn|blentyn|plant|blant)\b"
    # (probe 15) "mam i ferch 14" (mother of a girl of 14), "dwi'n dad i ddau" (father of two)
    r"|\b(?:mam|fam|tad|dad|rhiant|riant|nain|taid|mamgu|tadcu) (?:i|o) (?:ferch|fab|fachgen|"
    r"blentyn|blant|ddau|ddwy|dri|dair|bedwar|bedair|\d)\b"
)


#: (third probe, pattern 6) parents who speak as "we": "we are the parents of a 9 year old",
#: "as parents of a teenager", "we're his mum and dad" ("were" once cleaned), Welsh "ni yw
#: rhieni …", "rydyn ni'n rhieni i …" (never "my parents were…": "were" then follows a name)
_WE_PARENTS = re.compile(
    r"(?:^|\b(?:we|and we|we both|both of us|me and my (?:husband|wife|partner)) )"
    r"(?:are|re|were) (?:the |his |her |their |a |both )?"
    r"(?:parents|mum and dad|mom and dad|mam and dad|dad and mum|mums|dads|foster parents|"
    r"adoptive parents|foster carers|grandparents|step ?parents)\b"
    r"|\bas (?:the )?(?:parents|foster parents|adoptive parents|grandparents|foster carers) "
    r"(?:of|to)\b"
    r"|\b(?:ni yw|ni ydy|ni ydi|ni ywr|ni yw r|(?:rydyn|rydym|ydyn|dyn|dan|rydan|ryn) "
    r"(?:nin|ni n)) (?:rhieni|rieni|ei rieni|ei rhieni|eu rhieni|mam a dad|fam a dad|"
    r"rhieni maeth)\b"
)


def parents_asking(cleaned: str) -> bool:
    """An adult asking about a child not named as theirs (``_PARENTS_ASKING``), or parents
    speaking as "we" (``_WE_PARENTS``), who tell of nothing done to them ("signs i was abused
    as a child" is a survivor's)."""
    said = _PARENTS_ASKING.search(cleaned) or _WE_PARENTS.search(cleaned)
    return bool(said) and not _OWN_CHILDHOOD.search(cleaned)


#: parents or carers in general, as whom help is asked for: "support for parents whose child…",
#: "parents of abused children", Welsh "cymorth i rieni" (help for parents)
_PARENTS_IN_GENERAL = re.compile(
    r"\b(?:for|to) (?:a |the )?(?:parent|parents|carers|mums|moms|dads|mothers|fathers|"
    r"grandparents|foster carers)\b"
    r"|\b(?:parents|carers|mums|moms|dads|mothers|fathers) (?:of|whose|whos|with)\b"
    r"|\b(?:i|ar gyfer|i r|ir) (?:rieni|rhieni|riant|rhiant)\b" + _PARENTS_GET
)


def parents_in_general(cleaned: str) -> bool:
    """Help asked for parents in general, and no child of the asker's named ("my daughter")."""
    return bool(_PARENTS_IN_GENERAL.search(cleaned)) and not _MY_CHILD.search(cleaned)


#: a child's age typed without the apostrophe: "daughters 16" (daughter's 16), "sons 8"
_APOSTROPHE_DROPPED = re.compile(
    r"\b(daughter|son|stepdaughter|stepson|granddaughter|grandson|child|kid|niece|nephew|lad|"
    r"lass|youngest|eldest)s "
    r"(\d{1,2})\b(?! (?:(?:and|or|to) \d|times|minutes|hours|days|weeks|months|miles|years|yrs)\b)"
)


def apostrophe_restored(cleaned: str) -> str:
    """ "daughters 16 she says…" read as "daughter is 16 she says…" (one child, their age);
    "my stepdads son" as "my stepbrother" (``kins_child_as_kin``); (w25speech) "my autistic
    son" as "my son" (``spoken.described_child_plain``)."""
    cleaned = kins_child_as_kin(described_child_plain(cleaned))
    return _APOSTROPHE_DROPPED.sub(r"\1 is \2", cleaned)


#: (eighteenth walk-through F1) the asker's elder kin, named as whose child someone is ("my
#: stepdads son", "my mums partners daughter", "my aunties son", "my nans boyfriends grandson")
_ELDER_KIN = (
    r"(?:step ?)?(?:dad|daddy|da|mum|mummy|mom|mam|mother|father)|stepfather|stepmother|"
    r"aunt|aunty|auntie|uncle|nan|nana|nanna|nain|gran|granny|grandma|grandad|grandpa|"
    r"grandmother|grandfather|taid"
)
_PARTNER_OF_KIN = r"partner|boyfriend|girlfriend|bf|gf|fiance|fiancee|husband|wife|ex"
_KINS_CHILD = re.compile(
    rf"\b(?:(?:my|our) )?(?:({_ELDER_KIN})s )((?:new )?(?:{_PARTNER_OF_KIN})s )?"
    r"(?:(step ?)?(?:son|boy|lad)|(step ?)?(?:daughter|girl)|"
    r"(grandson|grandaughter|granddaughter))\b"
)
_AUNTS_AND_UNCLES = re.compile(r"^(?:aunt|aunty|auntie|uncle)$")
_GRANDPARENTS = re.compile(r"^(?:nan|nana|nanna|nain|gran|granny|grandma|grandad|grandpa|grand)")


def _as_kin(found: re.Match[str]) -> str:
    whose, partner, step_son, step_daughter, grandchild = found.groups()
    male = grandchild is None and step_daughter is None and "daughter" not in found[0]
    male = male or (grandchild is not None and grandchild.startswith("grandson"))
    if _AUNTS_AND_UNCLES.match(whose):
        kin = "cousin"
    elif _GRANDPARENTS.match(whose) and grandchild is None:
        kin = "uncle" if male else "aunt"
    elif grandchild is not None:
        kin = "cousin"
    elif partner or step_son or step_daughter or whose.startswith("step"):
        kin = "stepbrother" if male else "stepsister"  # a partner's or a step-parent's child
    else:
        kin = "brother" if male else "sister"
    return f"my {kin}"


def kins_child_as_kin(cleaned: str) -> str:
    """(eighteenth walk-through F1) Someone named as the child of the asker's elder kin ("my
    stepdads son is 17", "my mums partners son (16)", "my aunties son") is the asker's step-
    brother, brother or cousin, so that his age is his and never makes the asker his parent;
    the asker's own partner's child ("my partners son is 9", "my husbands daughter") is a
    step-child, and is left as it is."""
    return _KINS_CHILD.sub(_as_kin, cleaned)
