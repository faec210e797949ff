"""(fourth probe) Who is asking, in words the other ``asker_*`` tables did not read: text-speak
("attracted 2 kids", "feelings 4 kids": to, for), thoughts about a child called inappropriate
("having inappropriate thoughts about a young person"), a worry about one's own thoughts
towards a child of the family ("worried about my thoughts towards my granddaughter"), a child
hurt "sexually" by the asker ("i hurt my son sexually when he was little"), a grown-up's words
for themselves ("grown woman", "for adult male"), and parents who name their child without
"my" ("lad's 12, …", Welsh "yr hogan 'cw": our girl at home). Over ``clean_text``'s words;
used by ``asker.who_is_asking``. Never what was done to the asker ("he hurt me sexually"), nor
someone else's thoughts ("my husband has inappropriate thoughts about…"), nor a grown man who
harmed a child ("a grown man keeps messaging me")."""

from __future__ import annotations

import re

from .asker_acts import _CHILD_OR_KIN, _DONE_TO_ME
from .asker_men import man_now
from .asker_own import _HARM_DONE, _HARMED_SPEAKER, _RELATIVE, _SOMEONE_ELSE

#: text-speak for "to" and "for" after the words they follow ("attracted 2 kids", "talking 2
#: a 13 year old", "feelings 4 kids"), and "u" for "you"; a number before a word is left
#: alone elsewhere ("mum of 2 kids", "2 year old")
_TO = re.compile(
    r"\b(attracted|drawn|talking|talk|chatting|chat|messaging|message|sexting|sending|sent|"
    r"send|going|addicted|urges|attraction|close|nudes|pics|pictures|inappropriate|aroused|"
    r"turned on|things|stuff|done|did|do|does|doing|happened|happening) 2 (?=[a-z])"
    # (a count, not "to": "sent 2 pics", "happened 2 years ago")
    r"(?!(?:years?|yrs?|months?|weeks?|days?|nights?|hours?|mins?|minutes|times|pics|pictures|"
    r"photos|messages|texts|nudes|videos|vids|things|more|of|or|and)\b)"
)
_FOR = re.compile(
    r"\b(feelings|urges|attraction|thoughts|desire|desires|lust|help|support|looking|"
    r"fancy|fancies|fall|fell|fallen) 4 (?=[a-z])"
)
_YOU = re.compile(r"\bu\b")
#: (probe 21) the field's terms spelled out, read as their short forms ("independent sexual
#: violence adviser for children": an isva)
_ISVA = re.compile(r"\bindependent sexual violence advis(?:e|o)rs?\b")


def textspeak_restored(cleaned: str) -> str:
    """ "sexually attracted 2 kids" read as "sexually attracted to kids"; (probe 21) the field's
    "independent sexual violence adviser" as "isva"."""
    cleaned = _ISVA.sub("isva", cleaned)
    return _YOU.sub("you", _FOR.sub(r"\1 for ", _TO.sub(r"\1 to ", cleaned)))


#: a young person, or a child in the asker's life, as the one thought of
_YOUNG = (
    r"(?:a |an |the |this |one of (?:my|our|the) )?(?:young (?!(?:man|men|woman|women|adults?|"
    r"wife|husband|mum|mom|dad|mother|father)\b)\w+|teenagers?|teens?|minors?|"
    r"(?:little |young )?(?:child|children|kids?)|little (?:girls?|boys?)|pupils?|students?|"
    r"underage \w+|"
    r"\d{1,2} ?(?:yo|y o|yr old|yrs old|year old|years old)(?: \w+)?)"
)
#: (probe 14, pattern 1) thoughts said to be wrong ("inappropriate", "improper"), or a worry
#: about one's own thoughts, towards a young person or a child of the family: "im having
#: inappropriate thoughts about a young person", "worried about my thoughts towards my
#: granddaughter" (never of harm done to the child: "thoughts about my son being abused")
_OWN_THOUGHTS_OF = re.compile(
    r"(?:\b(?:inappropriate|improper|unhealthy|wrong|sexual|dirty|pervy|perverted) (?:thoughts|"
    r"feelings|fantasies|urges|desires|attraction)"
    r"|\b(?:worried|scared|afraid|frightened|concerned|ashamed|terrified|disgusted|troubled|"
    r"worrying|panicking) (?:about|of|by) (?:my (?:own )?(?:\w+ )?|the )(?:thoughts|feelings|urges|"
    r"fantasies|desires|attraction)(?: i (?:have|get|keep having|am having|m having))?)"
    rf" (?:about|of|towards|toward|for|to|around) (?:{_RELATIVE}|{_YOUNG})\b"
    rf"(?! (?:\w+ ){{0,2}}?(?:being|been|was|were|getting|got|is|s|has been|had been) "
    rf"(?:\w+ )?{_HARM_DONE})"
)
#: (probe 14, pattern 1) a child hurt or harmed by the asker, said to be sexually: "i hurt my
#: son sexually when he was little", "ive sexually harmed a child"
_I = r"\b(?:i|ive|i ve|id|i d)(?: (?:have|had|once|also|then|may have|might have|ve|d|did))*"
_OWN_HURT = re.compile(
    rf"{_I} (?:hurt|harmed|violated) {_CHILD_OR_KIN}(?: \w+){{0,2}}? (?:sexually|in a sexual way)\b"
    rf"|{_I} (?:sexually|inappropriately) (?:hurt|harmed|violated) {_CHILD_OR_KIN}"
)


def own_worry(cleaned: str, age: int | None) -> bool:
    """The asker tells of their own thoughts towards a child in the words above, or of a child
    they hurt sexually (a grown-up's, or with no age said), never of harm done to them."""
    if _HARMED_SPEAKER.search(cleaned) or _DONE_TO_ME.search(cleaned):
        return False
    found = _OWN_THOUGHTS_OF.search(cleaned)
    if found and not _SOMEONE_ELSE.search(cleaned[: found.start()]):
        return True
    return (age is None or age >= 18) and _OWN_HURT.search(cleaned) is not None


#: (probe 14, pattern 3) a grown-up's words for themselves, said first or after "im", "as",
#: "for": "grown woman still scared of…", "support for adult male" (never a grown man named
#: as who did something: "a grown man keeps messaging me")
_GROWN_SELF = re.compile(
    r"^(?:a |im a |i am a |i m a )?grown (?:woman|man|adult|women|men|up)\b"
    r"(?! (?:\w+ )?(?:keeps|kept|has|had|is|was|touched|touches|messag\w*|sent|sends|texted|"
    r"asked|asks|tried|who|that|wants|wanted|made|makes|follows|followed|showed|shows|did|does)\b)"
    r"|\b(?:im|i am|i m|as|for|being) an? grown (?:woman|man|adult)\b"
    r"|\b(?:for|as|im|i am|i m) (?:an? )?adult (?:male|female|man|woman|men|women|survivors?)\b"
    # (w27child) a grown man or woman saying who is writing first: "bloke here, …", "hi, just
    # an ordinary fella here" ("fella": "man", ``spoken``)
    r"|^(?:(?:hi|hello|hey|hiya|ok|right|so|well|morning|evening) )*(?:just )?(?:an? )?"
    r"(?:(?:old|older|ordinary|normal|average|middle aged) )?(?:man|bloke|guy|woman|lady) here\b"
)


def grown_self(cleaned: str) -> bool:
    # (w38ask) or a grown man in his own everyday words: "im a bloke", "dad of two", "dwi'n ddyn"
    return _GROWN_SELF.search(cleaned) is not None or man_now(cleaned)


#: (probe 14, pattern 5) a child named first with their age and no "my", as parents say it in
#: the north of England ("lad's 12, found out…", "our lass is 9"), and Welsh "yr hogan 'cw",
#: "y plant acw" (our girl, the children, at home); never a child's own words ("boy 14 my
#: uncle…", "girl 13 here")
_CHILD_FIRST_AGED = re.compile(
    r"^(?:the |our )?(?:lad|lass|eldest|youngest|little un|little one|wee one|bairn|son|"
    r"daughter|young un)(?: s| is|s)(?: only| just)? \d{1,2}\b(?! (?:here|me|myself)\b)"
)
_AT_HOME_CY = re.compile(
    r"\b(?:r|yr|y|maer|mae r|efor|efo r|ir|i r|dan) (?:hogan|hogyn|ferch|mab|bachgen|hogia|"
    r"hogiau|plant|fechan|bychan|un fach|un bach) (?:cw|acw)\b"
)


#: (w50cymore, twentieth Welsh review F11) a Welsh parent's child named "the son", "the girl"
#: (as "our lass"), telling them: "nath y mab ddeud wrtha i…" (the son told me…), "wedodd y
#: groten wrtha i…", "mae'r hogan wedi deud wrtha i…"; not a child's friend ("yr hogan drws
#: nesa", "y ferch yn fy nosbarth": the girl next door, in my class); "maer hogan" is "mae'r
#: hogan" cleaned
_TOLD_CY = (
    r"(?:ddeud|deud|dweud|ddweud|wedodd|wedws|ddwedodd|ddywedodd|ddudodd|ddeudodd|dwedodd|"
    r"dudodd|son|gweud|weud)"
)
_THE_CHILD_CY = (
    r"(?:\b(?:y|yr|r)|\Br) (?:mab|ferch|groten|grotan|crwt|hogyn|hogan|bychan|fechan|llysfab|"
    # (w53cymore, welsh21 F9) "mae'r plant wedi dweud wrtha i" (the children have told me),
    # "yr wyres", "yr ŵyr" (the granddaughter, the grandson)
    r"llysferch|plant|plantos|wyres|wyr|ŵyr|wyrion|efeilliaid)"
    r"(?! (?:drws|yn yr ysgol|yn fy|o r ysgol|or ysgol|o dosbarth|arall|eraill|erill)\b)"
)
_TO_ME_CY = r"(?:wrtha|wrtho|wrthaf|wrthon)\b"
_CHILD_TOLD_ME_CY = re.compile(
    rf"{_THE_CHILD_CY}(?: \w+){{0,3}}? {_TOLD_CY} {_TO_ME_CY}"
    rf"|\b{_TOLD_CY} {_THE_CHILD_CY} {_TO_ME_CY}"
)
#: ... and a grandparent bringing up a grandchild: "dwi'n magu'n wyres" (I'm raising my
#: granddaughter; "magun wyres" once cleaned), "gofalu am ein hŵyr"
_RAISING_GRANDCHILD_CY = re.compile(
    r"\b(?:magu|fagu|gofalu am|ofalu am|edrych ar ol)(?:n| n| yn| fy| ein|r| r| yr| y) "
    r"(?:wyres|hwyres|wyr|hwyr|ŵyr|wyrion|hwyrion)\b"
    # (w53cymore, welsh21 F9) "nain ydw i" (I'm a nan), "mam-gu ydw i", "tad ydw i"; and "mae'r
    # wyres yn byw efo fi" (the granddaughter lives with me)
    r"|^(?:(?:helo|shwmae|su mae|sut mae|haia|iawn) )?(?:nain|taid|mam gu|mamgu|tad cu|tadcu"
    r"|mam|tad|rhiant|llysfam|llystad|mam faeth|tad maeth|gofalwr maeth|gofalwraig maeth) "
    r"(?:ydw i|ydwi|ydw|dw i|wyf i|ydwyf)\b"
    r"|\b(?:r|yr|y) (?:wyres|wyr|ŵyr|wyrion|plant) (?:yn byw|yn aros|wedi symud i fyw|wedi dod i "
    r"fyw) (?:efo|gyda|hefo|gyda) (?:fi|ni|mi)\b"
)

#: (w63cy2, twenty-fifth Welsh review F11) a Welsh parent's son or grandchild, "the son" ("mae'r
#: mab", "maer mab" cleaned) or "our son" ("mae'n mab i", "maen mab"), who has harmed someone:
#: "mae'r mab 15 wedi cyffwrdd â'i frawd bach" (the son, 15, has touched his little brother);
#: kin words only ("yr hogyn" is any boy: a child's "mae'r hogyn wedi cyffwrdd fi"), never
#: done to the asker
_CHILD_HARMED_OTHER_CY = re.compile(
    r"\b(?:y|yr|r|maer|maen|mae n|ein|fy) (?:mab|llysfab|wyr|ŵyr|wyres)\b(?: \w+){0,3}? "
    r"(?:wedi|di|yn|nath|wnaeth|newydd) (?:cam drin|gam drin|cyffwrdd|gyffwrdd|treisio|dreisio|"
    r"ymosod|molestio|cam fanteisio|gam fanteisio)\b(?! (?:a |ag |gyda |efo )?(?:fi|mi)\b)"
)


def parent_in_dialect(cleaned: str) -> bool:
    return bool(
        _CHILD_FIRST_AGED.search(cleaned)
        or _AT_HOME_CY.search(cleaned)
        or _CHILD_TOLD_ME_CY.search(cleaned)
        or _RAISING_GRANDCHILD_CY.search(cleaned)
        or _CHILD_HARMED_OTHER_CY.search(cleaned)
    )
