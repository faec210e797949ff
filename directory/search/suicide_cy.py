"""(w49cy, eighteenth Welsh review F3, F4, F7) Ways of ending one's life, goodbye notes and
the amounts of pills taken, said the Welsh way, read as their English twins are ("end it all",
"hang myself", "drown myself", "ive written a goodbye note", "swallowed a bottle of pills").
Before, "dw i'n mynd i roi diwedd ar y cyfan heno", "…hongian fy hun…", "dw i wedi sgwennu
llythyr ffarwél" and "dw i wedi llyncu potel o dabledi" brought no warning and no Samariaid,
where the English brought both.

Patterns (strings) over ``clean_text`` (lower case, accents folded, no apostrophes: "â'r" is
"ar"), for ``plan_now`` (the life-at-risk warning for a plan), ``suicide_intent`` (for a wish
or intent of one's own, with or without a time) and ``suicide_acts`` (words of suicide, and
the overdose warning), each with the soft, nasal and aspirate mutations the words take.
"""

from __future__ import annotations

#: oneself: fy hun, fy hunan (South), 'n hun (spoken)
_SELF = r"(?:fy hun|fy hunan|n hun|fy hunain)"

#: end it all: rhoi diwedd ar y cyfan / y cwbl / bopeth / fy mywyd / bethau (put an end to
#: everything), dod â'r cyfan / phopeth i ben (bring it all to an end), gorffen y cyfan /
#: popeth (finish it all); with the soft mutation after "i", "am" and "ar" (roi, ddod, orffen,
#: bopeth). Not "gorffen e" alone, which is as often homework as a life.
_ALL = (
    r"(?:y cyfan|yr cyfan|r cyfan|cyfan|y cwbl|r cwbl|cwbl|popeth|bopeth|phopeth|fy mywyd"
    r"|y cwbwl|r cwbwl|pethau|bethau|phethau|petha|betha|phetha"
    # (w50cysuicide, twentieth Welsh review F6) the North's "pob dim" (everything), soft after
    # "ar" and as an adverb ("gorffen bob dim"), aspirate after "â" ("dod â phob dim i ben")
    r"|pob dim|bob dim|phob dim|popdim|bopdim|pob peth|bob peth|phob peth)"
)
END_ALL_CY = (
    rf"(?:rhoi|roi|rhoid|roid) diwedd (?:ar |ar y |ar yr )?{_ALL}(?: i gyd)?"
    rf"|(?:dod|ddod|dwad|ddwad) (?:a |ag |ar )?{_ALL}(?: i gyd)? i ben"
    rf"|(?:gorffen|orffen|ngorffen|cwpla|gwpla) {_ALL}(?: i gyd)?"
)

#: a way named, of oneself: hongian / hongio / crogi (hang), boddi (drown), gwenwyno
#: (poison), saethu (shoot), taflu (throw) fy hun, with the soft mutation after "i" and "am"
#: (foddi, wenwyno, daflu, grogi), and "'n hun" said onto the verb ("hongio'n hun")
WAYS_CY = (
    r"(?:hongian|hongio|crogi|grogi|nghrogi|boddi|foddi|mboddi|gwenwyno|wenwyno|ngwenwyno"
    rf"|saethu|taflu|daflu|nhaflu)(?: {_SELF}|n hun|n hunan)"
)

#: meaning or about to: mynd i, am, ar fin (going to, mean to, about to)
GOING_TO_CY = r"(?:mynd i|yn mynd i|n mynd i|am|ar fin)"

#: a goodbye note written or left: wedi ysgrifennu / sgwennu / gadael llythyr ffarwél /
#: nodyn hwyl fawr / llythyr i ddweud hwyl fawr / nodyn hunanladdiad (have written / left a
#: goodbye letter, a note to say goodbye, a suicide note), and the past "sgwennais i", "nes i
#: sgwennu"
_WRITTEN = (
    r"(?:(?:wedi|newydd|di|nes i|wnes i|mi wnes i|wnaes i|nath i) (?:ysgrifennu|sgrifennu"
    r"|sgwennu|ysgwennu|sgwenu|ysgrifenu|gadael|adael)"
    r"|ysgrifennais|sgrifennais|sgwennais|sgwenes|sgwennes|gadewais|adewais)"
)
_NOTE = r"(?:llythyr|lythyr|llythyrau|lythyrau|nodyn|nodiadau|neges|negeseuon)"
_GOODBYE = (
    r"(?:ffarwel|ffarwelio|hwyl fawr|i ddweud hwyl fawr|i ddeud hwyl fawr|i ffarwelio"
    r"|hunanladdiad)"
)
#: (w64cy, welsh26 F4) a letter written to the family or to everyone, with nothing after it but
#: being ready, as "ive written a letter to my family" is read: "wi wedi sgwennu llythyr i fy
#: nheulu, dwi'n barod i fynd", "sgwennais i lythyrau i bawb"; not one about something after it
#: ("llythyr i'r teulu am be nath o") nor for a purpose
_TO_FAMILY = (
    r"(?:i |ir |at |at y |i fy |at fy )?(?:nheulu|teulu|deulu|bawb|pawb|mhlant|plant|blant"
    r"|anwyliaid|ngwr|ngwraig|nghariad)"
)
_READY_ONLY = (
    r"(?: (?:a |ac )?(?:dwin|dw in|dwi n|dwi|dw i|win|fin|rwyn|rydw in|dwi yn) (?:hollol |yn )?"
    r"barod(?: i fynd| i adael| nawr| rwan)?)? *$"
)
GOODBYE_NOTE_CY = (
    rf"\b{_WRITTEN} (?:\w+ )?(?:{_NOTE} (?:i |ir |at |at y )?(?:\w+ )?{_GOODBYE}"
    rf"|(?:fy |y )?{_NOTE} {_GOODBYE})\b"
    rf"|\b{_WRITTEN} (?:\w+ )?(?:fy |y )?{_NOTE} {_TO_FAMILY}{_READY_ONLY}"
)

#: how many pills, said the Welsh way: a bottle, a packet, a box or a strip of them (potel,
#: paced, pecyn, bocs, stribed, with their mutations after "o", "wedi" and a number), and the
#: lot of them (y cwbl, y cyfan, pob un o'r: all, every one of the)
HOW_MANY_MORE_CY = (
    r"(?:(?:hanner |llond |dwy |dau |tair |tri |\d+ )?(?:potel|botel|photel|poteli|boteli"
    r"|bocs|focs|bocsys|focsys|paced|baced|phaced|pacedi|bacedi|pecyn|becyn|phecyn|pecynnau"
    r"|becynnau|stribed|stribedi|strip|tub|twb|pacad|bacad|phacad|pacedi)(?: cyfan| gyfan)?"
    r"|y cwbl|y cyfan|r cwbl|r cyfan|y cwbwl|r cwbwl|pob un|bob un|pob dim) "
    r"o(?:r| y| fy| ei)? "
)

#: (w50cysuicide, twentieth Welsh review F6) wanting or meaning to, the ways Wales says it:
#: eisiau, isio / isho / ishio (North), isie / ishe (Mid and South), moyn / mofyn (South), am
#: (mean to), angen (need), mynd i (going to), "mi wna i" (I will)
WANT_CY = (
    r"(?:eisiau|eisie|isio|isho|ishio|isia|isiau|isie|ishe|moyn|mo yn|mofyn|am|angen|mynd i"
    r"|yn mynd i|n mynd i|wna i|wnaf i|na i|wnai)"
)
#: not: "dw i ddim isio marw", "sa i moyn marw" (I do not want to die)
_NOT = r"(?<!ddim )(?<!dim )(?<!sa i )(?<!sai )(?<!smo fi )(?<!so fi )(?<!dwim )"
#: (w50cysuicide, F6) wanting to die, of anyone (the talk box's suicide lines are there for a
#: parent whose child says it too, as for "eisiau marw"): "dwi isho marw", "dw i am farw"
#: (not "poeni am farw", "ofn am farw": worried about, afraid of dying)
_WISH_TO_DIE = (
    rf"{_NOT}(?<!poeni )(?<!ofn )(?<!ofni )(?<!son )(?<!siarad )\b{WANT_CY} (?:marw|farw)\b"
)
#: (w50cysuicide, F7) hurting, cutting or burning oneself with "'n hun" said onto the verb:
#: "brifo'n hun", "torri'n hun" ("torrin hun" cleaned), as "brifo fy hun" is read
_HURT_SELF = (
    r"\b(?:brifon|frifon|torrin|dorrin|thorrin|llosgin|losgin|niweidion|anafun|lladdn|laddn)"
    r" (?:hun|hunan)\b"
)
#: (w50cysuicide, F7, check53) no point or no reason to live, as "theres no point living"
#: brings Samaritans: does dim / sdim / dos na'm / nid oes pwynt byw, pwynt i fi fyw, dim
#: rheswm i fyw, and the question "beth yw'r pwynt byw" (what is the point of living);
#: (w52suicide) and the life-at-risk warning, as the English "whats the point of living" has
#: (``suicide_intent``)
_LIVE = (
    r"(?:mewn |i |i mi |i fi |imi |ifi |im )?(?:byw|fyw|bod yn fyw|bod yma|cario mlaen"
    r"|cario ymlaen|gario mlaen|gario ymlaen|mynd ymlaen|fynd ymlaen)\b"
)
NO_POINT_CY = (
    rf"\b(?:dim|ddim|sdim|nam|snam|sam|nid oes) (?:unrhyw )?(?:pwynt|bwynt|rheswm) {_LIVE}"
    rf"|\b(?:beth|be) (?:ywr|yw r|ydyr|ydy r|ydir|dir|di r|di) (?:pwynt|rheswm) {_LIVE}"
)
#: (w52suicide, check55 F6) considering it: "rwy'n ystyried hunanladdiad / lladd fy hun /
#: rhoi diwedd ar fy mywyd" (considering suicide, killing myself, ending my life)
CONSIDERING_CY = (
    r"(?:ystyried|hystyried) (?:hunanladdiad|lladd fy hun|ladd fy hun|lladd fy hunan"
    r"|ladd fy hunan|cymryd fy mywyd|rhoi diwedd ar (?:fy mywyd|y cyfan|bopeth))\b"
)
#: words of suicide, self-harm or despair of living in Welsh the other patterns did not read,
#: for ``suicide_acts.plan_or_act`` (Samariaid into the talk box; no warning by themselves)
SUICIDE_WORDS_CY = rf"{_WISH_TO_DIE}|{_HURT_SELF}|{NO_POINT_CY}|\b{CONSIDERING_CY}"
