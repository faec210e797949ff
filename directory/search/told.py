"""Whether the words tell of abuse already done to someone (a child, an adult survivor, a
parent telling of their child), or of a risk or a worry about someone's behaviour: the lines
for people worried about their own thoughts then come after the victims' services
(``order.worried_lines_last``), and the talk box offers what fits (``lines.py``).
"""

from __future__ import annotations

import re

from .asker_family import parents_in_general
from .examined import asks_for_examination
from .told_what import what_was_done
from .understand import Asker, Concept

#: (second walk-through F2) askers who tell of abuse done to them or to their child: the
#: lines for people worried about their own thoughts come after every victims' service
#: ... and, when nobody in particular asks, the concepts of abuse done ("my brother makes me
#: do things", "after my daughter was abused")
ABUSE_TOPICS = frozenset({"sexual-abuse", "family-abuse", "past-abuse", "rape"})

#: (second walk-through F2) words telling of abuse already done to someone ("my ex abused our
#: son", "her grandad touched her", "he makes me do things")
_ABUSE_DONE = re.compile(
    r"\b(?:abused|molested|raped|assaulted|groomed|touched (?:her|him|them|me)|hurt (?:her|him|"
    r"them|me)|(?:makes|made|making|makin|forces|forced) me|touches me|touching me|abuses me|"
    r"abusing me)\b"
    # (probe 12) made to do it: "his older cousin has been making him do sexual things",
    # "forced her to touch him"
    r"|\b(?:making|made|makes|makin|forcing|forced|forces|getting|got|gets|pressuring|"
    r"pressured) (?:her|him|them) (?:to )?(?:do|touch|watch|suck|perform|undress|look at)\b"
    # (third walk-through F4) the abuse named as what happened: "after abuse by a family
    # member", "sexual abuse from her uncle"; Welsh "wedi cael ei gam-drin" (has been abused)
    r"|\b(?:abuse|assault|rape|csa|cse) (?:by|from)\b"
    # (w25pro) "historic abuse of a 15 year old pupil by her grandad", "rape of a girl by…"
    r"|\b(?:abuse|assault|rape|csa|cse) of (?:\w+ ){1,5}?by\b"
    r"|\bafter (?:the |sexual |being |his |her )?abuse\b"
    # (fifth walk-through F3) done to the asker's own: "step grandad touched my kids",
    # "he has been interfering with our daughter", "molested my 6 year old"
    r"|\b(?:touch\w*|abus\w*|rap(?:ed|ing|es)|molest\w*|assault\w*|groom\w*|hurt\w*|"
    r"interfer\w* with|fiddl\w* with|grop\w*|did (?:things|stuff) to|does (?:things|stuff) to|"
    r"done (?:things|stuff) to|sexually (?:touched|abused|assaulted))"
    r" (?:my|our) (?:\w+ ){0,3}?(?:kids?|children|child|sons?|daughters?|boys?|girls?|"
    r"stepsons?|stepdaughters?|grandchildren|grandchild|grandsons?|granddaughters?|little ones?|"
    r"baby|toddler|twins|\d{1,2} ?(?:yo|year old|yr old))\b"
    r"|\b(?:wedi|cael|gael) (?:ei |eu |fy )?(?:gam|cam|cham|ngham) drin\b"
    # (fourth walk-through F2) "cafodd ei cham-drin" (she was abused), "mae ei lysdad yn ei
    # gam-drin" (her stepdad is abusing him), "cam-drin gan ei hewythr" (abuse by her uncle),
    # "wedi ei threisio" (was raped), "cyffwrdd â hi" (touched her)
    r"|\b(?:cafodd|gafodd|chafodd|yn|wedi) (?:ei |eu |fy |i )?(?:gam|cam|cham|ngham) drin\b"
    r"|\b(?:gam|cam|cham|ngham) drin (?:rhywiol )?(?:gan|gyda)\b"
    # (eighth walk-through) "cafodd fy merch 8 oed ei cham-drin": the child's age between
    r"|\b(?:cafodd|gafodd|chafodd|wedi)(?: \w+){0,5} (?:ei |eu )?(?:threisio|treisio|"
    r"molestio|cyffwrdd|gam drin|cam drin|cham drin|ngham drin)\b"
    r"|\bcyffwrdd (?:a |ag )?(?:hi|fe|fo|ef|ei|nhw)\b"
    # (w27parent) told in the passive, with who did it: "was touched by her step dad", "got
    # touched by an older boy", "disclosure of touching by grandfather"; Welsh "wedi cael ei
    # chyffwrdd gan…" (has been touched by), "yn ei chyffwrdd" (is touching her)
    r"|\b(?:sexually |inappropriately )?(?:touched|touching|fondled|fondling|groped|groping|"
    r"fiddled with|interfered with|felt up)(?: up)? by\b"
    r"|\b(?:(?:cafodd|gafodd|chafodd|wedi)(?: \w+){0,3}?|yn) (?:ei |eu |fy )?(?:gyffwrdd|"
    r"chyffwrdd|nghyffwrdd|cyffwrdd)\b"
    # ... "ar ôl i'w thaid ei chyffwrdd" (after her grandad touched her)
    r"|\bar ol (?:i|iw|ir|iddo|iddi)(?: \w+){0,3}? (?:ei |eu )?(?:gyffwrdd|chyffwrdd|cyffwrdd|"
    r"gam drin|cham drin|cam drin|threisio|dreisio|brifo|frifo)\b"
    # (sixth walk-through F3) a parent telling what their child told: "has been touching her",
    # "said his grandad hurt his private parts", "told me her uncle did things"; Welsh "wedi ei
    # gyffwrdd" (has touched him), "wedi'i brifo" (has hurt her)
    # (tenth walk-through F3) also with a word of how between: "has been sexually abusing him"
    r"|\b(?:has been|had been|have been|been|keeps|kept|keep|is|was)"
    r" (?:sexually |physically |inappropriately )?(?:touching|abusing|"
    r"hurting|molesting|raping|groping|interfering with|fiddling with|"
    r"doing (?:sexual |rude |bad )?(?:things|stuff) to)"
    r" (?:her|him|them)\b"
    # (tenth walk-through F3) what a young child tells in their own words: "touches her", "put
    # his finger in her front bum", "played a touching game with him"
    r"|\b(?:touches|abuses|molests|rapes|gropes|fondles) (?:her|him|them)\b"
    r"|\b(?:put|puts|putting|stuck|sticks) (?:his|her|their) (?:finger|fingers|hand|hands|thing|"
    r"willy|penis) (?:in|on|inside|down|up)\b"
    r"|\b(?:touching|tickling|secret|special|rude|naughty) games?\b"
    r"|\b(?:touch\w*|hurt\w*|abus\w*|grabb\w*|rubb\w*|fiddl\w* with|play\w* with) (?:her|his|"
    r"their) (?:private\w*|privates|bits|bottom|bum|fanny|willy|vagina|penis|genitals)\b"
    r"|\b(?:told|tells|said|says|disclosed) (?:me |us )?(?:that )?(?:\w+ ){0,3}?(?:has been |had "
    r"been |was |is |keeps |kept )?(?:touch\w*|hurt\w*|abus\w*|rap(?:ed|ing|es)|molest\w*|"
    r"did (?:sexual )?(?:things|stuff)|does (?:sexual )?(?:things|stuff)|made (?:her|him)|"
    r"makes (?:her|him))\b"
    r"|\b(?:wedi|wedii) (?:ei |i |eu )?(?:gyffwrdd|chyffwrdd|frifo|brifo|mrifo|cham drin|"
    r"gam drin|threisio)\b"
)
#: (ninth walk-through F6) things done to a child, told without a word of abuse: "did weird
#: things to him", "has done stuff to her", "been doing funny things with them", Welsh "wedi
#: gwneud pethau rhyfedd iddo fo" (has done strange things to him), "gwneud rhywbeth iddi hi"
_DONE_THINGS = re.compile(
    r"\b(?:did|does|done|doing|has done|had done|been doing|keeps doing|kept doing)"
    r"(?: (?:weird|strange|odd|funny|bad|rude|nasty|horrible|dirty|sexual|private|secret|"
    r"naughty|inappropriate|wrong|things|stuff|something|anything|them|these|those|some|"
    r"sex|sexy|grown up|adult|very|really)){0,3} (?:things|stuff|something|bits)"
    # (nineteenth walk-through F1) ... or said after it: "did something sexual to her"
    r"(?: (?:sexual|sexually|rude|inappropriate|wrong|bad|nasty|dirty|weird|strange))?"
    r" (?:to|with|on) (?:her|him|them|my|our|his|their)\b"
    r"|\b(?:gwneud|wneud|neud|gwnaeth|wnaeth|wnath|gwnath)(?: \w+){0,2}? (?:pethau|petha|pethe|"
    r"rhywbeth|rywbeth|rhwbath|rwbath)(?: \w+){0,2}? (?:iddo|iddi|iddyn|iddon|i fy|i ein|i r|"
    r"i w|efo fo|efo hi|efo nhw|gyda fe|gyda hi|gyda nhw|ir|iw)\b"
)
#: (w27parent) sexual images of a child asked for, got or sent, which is abuse done, not a
#: worry about someone's behaviour: "asking for pictures", "asked my 13 yr old for nudes", "got
#: my son to send pics of himself", "she sent photos to a man", "threatening to share them";
#: Welsh "gofyn iddi am luniau" (asking her for pictures), "lluniau noeth" (nude pictures),
#: "anfon lluniau" (send pictures)
_IMAGES_ASKED = re.compile(
    r"\b(?:ask|asks|asked|asking|askin|beg\w*|pressur\w*|persuad\w*|trick\w*|forc\w*|"
    r"blackmail\w*|coerc\w*|manipulat\w*|demand\w*|request\w*|wants|wanted)\b(?: \w+){0,4}? "
    r"(?:for |to send |send )?(?:\w+ )?(?:pictures|pics|photos|nudes|images|videos|vids|selfies)\b"
    r"|\b(?:got|gets|getting|made|makes|making|convinced|told|tells|telling)(?: \w+){0,3}? (?:to )?"
    r"(?:send|share|take|film)\b(?: \w+){0,3}? (?:pictures|pics|photos|nudes|images|videos|"
    r"vids|selfies)\b"
    r"|\b(?:sent|send|sending|sends|shared|sharing)(?: \w+){0,3}? (?:nudes|naked \w+|(?:pictures|"
    r"pics|photos|images|videos|selfies) (?:of (?:herself|himself|themselves|her body|his body)|"
    r"to (?:a|an|this|that|some|the) (?:\w+ )?(?:man|men|guy|bloke|adult|stranger|person)))\b"
    r"|\bthreat\w* to (?:share|post|send|leak|spread|show)\b|\bsextort\w*"
    r"|\bgofyn\b(?: \w+){0,4}? (?:am )?(?:luniau|lluniau|fideos|fideo)\b"
    r"|\b(?:lluniau|luniau) (?:noeth|rhywiol|anweddus)\b"
    r"|\b(?:anfon|hanfon|danfon|yrru|gyrru|rhannu)(?: \w+){0,3}? (?:lluniau|luniau|fideos|fideo)\b"
)
#: ... to the person asking ("he makes me do things", "abused me")
_DONE_TO_ME = re.compile(
    r"\b(?:(?:abused|molested|raped|assaulted|groomed|touched|hurt|makes|made|making|makin|"
    r"forces|forced|touches|touching|abuses|abusing) me)\b"
)
#: ... and words of a risk or a worry about someone's behaviour, for whom a line for people
#: worried about another's behaviour is right ("worried about my brother in law around my
#: kids", "a conviction", "signs my child is being abused", "keep my kids away from him")
_RISK = re.compile(
    r"\b(?:worr\w*|concern\w*|suspect\w*|suspicio\w*|proof|signs?|anonymous\w*|convict\w*|"
    r"prison|(?<!non )offen[cds]\w*|released|behaviour|behavior|keep \w+(?: \w+)? (?:away|safe)|"
    r"around (?:my|our|the) (?:kids|children|child)|is abusing"
    # (nineteenth walk-through F1) not the act said vaguely: "did something sexual to her"
    r"|(?<!something )(?<!things )(?<!stuff )sexual to)\b"
)
#: (w27parent) a worry for the child or the asker's own state, not about anyone's behaviour:
#: "im worried sick", "so worried about her", "concerned about how she is coping"
_WORRY_FOR_THEM = re.compile(
    r"\b(?:worried|worrying|concerned|anxious)(?: sick)?(?: (?:about|for) (?:her|him|them|"
    r"my (?:son|daughter|child|kid|boy|girl|little one)s?|how (?:she|he|they)(?: \w+){0,3}))?"
    r"(?= *$| (?:and|but|so|what|how|where|who|i|im|we|please|need|help|can|any|advice)\b)"
)


#: (w61thoughts, check61 §9) what someone disclosed of their own sexual interest in children:
#: "man disclosed he looks at indecent images of children", "patient disclosed she has
#: sexual thoughts about kids"; a risk to tell of, not abuse done
_DISCLOSED_OWN = re.compile(
    r"\bdisclos\w*(?: that)? (?:he|she|they|hes|shes|theyre|theyve)(?: \w+){0,3}? (?:look\w*|"
    r"view\w*|watch\w*|download\w*|search\w*|(?:sexual )?thoughts|urges|attract\w*|fantas\w*)\b"
)


def risk_said(cleaned: str) -> bool:
    """Words of a risk or a worry about someone's behaviour (``_RISK``), a worry for the child
    or the asker's own state (``_WORRY_FOR_THEM``: "im worried sick") aside; (w61thoughts) or
    someone's own sexual interest in children disclosed (``_DISCLOSED_OWN``)."""
    if _DISCLOSED_OWN.search(cleaned):
        return True
    return bool(_RISK.search(_WORRY_FOR_THEM.sub(" ", cleaned)))


#: (nineteenth walk-through F1) ... which the act said vaguely is when the asker's own child
#: did it: "my son is 12 and did something sexual to his sister" is about his behaviour, as
#: "her uncle did something sexual to her" is not
_OWN_CHILD_DID = re.compile(
    r"\bmy (?:\w+ )?(?:son|daughter|boy|girl|child|kid|stepson|stepdaughter|"
    r"\d{1,2} ?(?:year old|yr old|yo))(?: is \d{1,2}| \d{1,2})?(?: and)?(?: has| had)?"
    r" (?:did|done|does|been doing) (?:something|things|stuff) (?:sexual|inappropriate|rude) to\b"
)


def abuse_done_said(cleaned: str) -> bool:
    """The words (``clean_text``) say what was done to someone ("abused", "touched her", "was
    touched by", "did things to him"), sexual images of a child asked for or sent included
    (``_IMAGES_ASKED``), whoever asks."""
    return bool(
        _ABUSE_DONE.search(cleaned)
        or _DONE_THINGS.search(cleaned)
        or _IMAGES_ASKED.search(cleaned)
        or what_was_done(cleaned)  # (w59fit) "what his birth father did to him"
    )


def tells_of_abuse_done(asker: Asker, concepts: tuple[Concept, ...], cleaned: str = "") -> bool:
    """Whether the words are a child's, an adult survivor's, or a parent's (or someone not
    saying who they are) telling of abuse done, and nothing in them is about someone's own
    thoughts or a risk someone poses (``cleaned``: the words, ``clean_text``). A parent or
    someone unnamed must say it was done ("abused", "touched her"; someone unnamed: to them,
    "he makes me"); a parent worried about a partner or a child's behaviour is who a line for
    worried people is for."""
    named = {c.name for c in concepts}
    if "own-behaviour" in named or asker.persona in ("own-behaviour", "professional"):
        return False
    if asker.persona in ("child", "adult"):
        return True
    if asker.persona not in ("parent", "") or risk_said(cleaned) or _OWN_CHILD_DID.search(cleaned):
        return False
    if asker.persona == "parent" and parents_in_general(cleaned):
        # (probe 12) a question about parents in general ("support for parents whose child was
        # abused", "cymorth i rieni") tells of no child's abuse: the worried lines keep their place
        return False
    if asker.persona == "parent":
        # (w27parent) a child's forensic or medical examination asked for tells of it too
        return abuse_done_said(cleaned) or asks_for_examination(asker, concepts, cleaned)
    # nobody in particular: only someone telling of what is done to them ("he makes me")
    return bool(_DONE_TO_ME.search(cleaned)) and bool(named & ABUSE_TOPICS)


def tells_of_a_childs_harm(asker: Asker, concepts: tuple[Concept, ...], cleaned: str) -> bool:
    """(w34parent, twenty-seventh and twenty-eighth walk-throughs, person 2) A parent telling
    of abuse already done to a child: their own (``tells_of_abuse_done``), or parents' in
    general ("support for mums whose child was abused by a relative", "help i rieni, plentyn
    wedi cael ei gam-drin"), which ``tells_of_abuse_done`` leaves out so that the results keep
    the worried lines' place (probe 12). The lines to call now and the parents' line on the
    cards come before the line for people worried about someone's behaviour for both."""
    if asker.persona != "parent":
        return False
    if tells_of_abuse_done(asker, concepts, cleaned):
        return True
    return (
        "own-behaviour" not in {c.name for c in concepts}
        and parents_in_general(cleaned)
        and abuse_done_said(cleaned)
        and not risk_said(cleaned)
        and not _OWN_CHILD_DID.search(cleaned)
    )


#: (third probe, pattern 4) a young child's sexualised behaviour, which a professional tells as
#: a sign of what may have been done to the child ("health visitor, toddler with sexualised
#: behaviour", Welsh "plentyn bach gydag ymddygiad rhywiol"), not as a worry about someone's
#: own behaviour: the line that advises them about the child first
_CHILDS_SIGN = re.compile(
    r"\bsexuali[sz]ed (?:behaviou?rs?|play|language|drawings?|talk)\b"
    r"|\b(?:toddler|baby|infant|preschooler|(?:little|young|small) (?:child|boy|girl|one)|"
    r"(?:child|boy|girl) (?:aged |age )?[1-7]|[1-7] ?(?:year old|yr old|yo))\b(?: \w+){0,4}? "
    r"(?:sexual|inappropriate) (?:behaviou?rs?|play)\b"
    r"|\b(?:plentyn bach|babi|plentyn [1-7] oed)\b(?: \w+){0,3}? ymddygiad (?:rh?ywiol|"
    r"rhywioledig)\b|\bymddygiad rhywioledig\b"
)


def reports_abuse_done(cleaned: str) -> bool:
    """The words (``clean_text``) tell of abuse already done to someone, or disclosed ("a
    pupil disclosed sexual abuse at home", "her partner abused her son"), and of no risk or
    worry about someone's behaviour."""
    told = abuse_done_said(cleaned) or re.search(r"\bdisclosed\b|\bdisclosure\b", cleaned)
    if _CHILDS_SIGN.search(cleaned):
        return True  # (third probe) a young child's sexualised behaviour: a sign, not a risk
    return bool(told) and not risk_said(cleaned)


#: (eleventh walk-through F4) words about the one who harmed, or a worry short of abuse told,
#: for whom the services preventing abuse are right even when the words tell of abuse done:
#: harmful sexual behaviour ("hsb", "sexualised behaviour"), help for the one who did it
#: ("what do i do about my son", "service for the brother who did this"), a grooming worry;
#: in Welsh "ymddygiad" (behaviour), "poeni"/"pryder" (worry), "troseddwr" (offender)
_ABOUT_WHO_HARMED = re.compile(
    r"\bhsb\b|\bharmful sexual\b|\bsexuali[sz]ed\b|\bgrooming\b"
    r"|\bwho (?:did|has done|had done|done) (?:this|it|that)\b"
    r"|\bwhat (?:do|can|should|shall) (?:i|we) do (?:about|with) (?:my|our|him|her|the|them)\b"
    r"|\b(?:help|support|service|services|therapy|counselling|programme|work) (?:for|with) "
    r"(?:the|my|our|his|her) (?:\w+ ){0,3}?(?:brother|son|nephew|cousin|stepson|grandson|"
    r"young person|boy|lad) (?:who|that)\b"
    r"|\bymddygiad\b|\bpoeni\b|\bpryder\w*\b|\bdroseddwr\w*|\btroseddwr\w*|\bparatoi\b"
)


#: words of grooming, which tell of a worry or of abuse begun, not of more done
_GROOMING = re.compile(r"\bgroom(?:ing|s|ed)?\b")


def about_who_harmed(cleaned: str) -> bool:
    """(eleventh walk-through F4) The words (``clean_text``) are about the one who harmed or
    their behaviour, or a worry short of abuse told (``_ABOUT_WHO_HARMED``); (w27parent) not
    "grooming" alone when abuse beyond it is told ("he was grooming her and then abused her")."""
    found = {m.group(0) for m in _ABOUT_WHO_HARMED.finditer(cleaned)}
    if found == {"grooming"}:
        return not abuse_done_said(_GROOMING.sub("", cleaned))
    return bool(found)


def responding_first(asker: Asker, concepts: tuple[Concept, ...], cleaned: str = "") -> bool:
    """(eleventh walk-through F4) Whether the services answering abuse done (for the child,
    for the protective parent or professional) come before those preventing abuse (Stop It
    Now, Parents Protect): the words tell of abuse done (``tells_of_abuse_done``), or a
    professional reports what a child disclosed (``reports_abuse_done``), as the talk box
    reads them (``lines.told_or_neutral``); and, for anyone but the child or the survivor
    telling of it, not about the one who harmed, their behaviour or a worry
    (``about_who_harmed``)."""
    named = {c.name for c in concepts}
    if asker.persona in ("child", "adult"):
        return tells_of_abuse_done(asker, concepts, cleaned)
    told = tells_of_abuse_done(asker, concepts, cleaned) or (
        asker.persona == "professional"
        and "own-behaviour" not in named
        and reports_abuse_done(cleaned)
    )
    return told and not about_who_harmed(cleaned)


#: (w16par) the topics of sexual harm to a child that a parent's words may name
SEXUAL_HARM_TOPICS = frozenset({"sexual-abuse", "past-abuse", "rape", "grooming"})
#: (w16par) words of a worry that someone is grooming a child or behaving sexually towards
#: them, told without a word of abuse: "too friendly with my 9 year old", "wants to be alone
#: with her", "buying her presents", "keeps messaging my daughter", "inappropriate with my
#: son", "on the sex offenders register"; Welsh "meithrin perthynas amhriodol" (grooming),
#: "paratoi" (groom), "amhriodol" (inappropriate)
_WORRY_SIGNS = re.compile(
    r"\bgroom\w*\b|\bsexuali[sz]ed\b|\bsex offenders?\b|\bpa?edo\w*\b|\bnonce\b"
    r"|\b(?:too|very|overly|over|really|unusually|weirdly) (?:friendly|close|familiar|touchy|"
    r"affectionate|interested|attached|cuddly)\b"
    r"|\b(?:wants?|wanted|wanting|asks?|asked|asking|tries|tried|trying|insists?|insisting)"
    r" (?:to )?(?:be |get |spend time |stay |sleep over )?alone with\b"
    r"|\b(?:buying|buys|bought|giving|gives|gave|sending|sends|sent|getting|gets|got)"
    r" (?:her|him|them|my \w+|our \w+) (?:\w+ )?(?:presents|gifts|money|phones?|sweets|vapes)\b"
    r"|\b(?:messaging|messages|messaged|texting|texts|texted|snapchatting|dming|dms|chatting"
    r" (?:to|with)|talking to|contacting|befriend\w*) (?:my|our) (?:\w+ ){0,2}?(?:daughters?|"
    r"sons?|kids?|child|children|girls?|boys?|stepsons?|stepdaughters?|grandchildren|"
    r"grand(?:son|daughter)s?|\d{1,2} ?(?:yo|year old|yr old))\b"
    r"|\binappropriate\w* (?:\w+ ){0,2}?(?:with|towards|to|around) (?:my|our|her|him|them)\b"
    r"|\binappropriate\w* (?:touch\w*|messages?|texts?|photos?|pictures?|pics|comments?|contact|"
    r"relationship|games?)\b"
    r"|\bmeithrin perthynas\b|\bparatoi\b|\bamhriodol\b"
    # (w61kind, check61 §9) whether someone is safe with a child; play the child dislikes
    # ("how do i check if my new boyfriend is safe around my kids", "always tickling my daughter")
    r"|\bsafe (?:around|with|near|to be with|to leave with) (?:my|our) (?:\w+ )?(?:daughters?|"
    r"sons?|kids?|child|children|girls?|boys?|stepsons?|stepdaughters?|grandchildren)\b"
    r"|\b(?:tickl\w*|wrestl\w*|play fight\w*) (?:with )?(?:my|our) (?:\w+ )?(?:daughters?|sons?|"
    r"kids?|child|children|girls?|boys?|stepsons?|stepdaughters?|grandchildren)\b"
)


def worried_for_a_child(asker: Asker, concepts: tuple[Concept, ...], cleaned: str = "") -> bool:
    """(w16par) A parent whose words (``clean_text``) are about sexual harm to their child,
    told or feared: a topic of it (``SEXUAL_HARM_TOPICS``: "grooming", "abused"), words of a
    worry short of it (``_WORRY_SIGNS``: "too friendly", "messaging my daughter", "on the sex
    offenders register") or of abuse done. Not when the words are about the child's own
    thoughts of suicide or self-harm, for which the lines for a child's mental health are
    right whatever else is told."""
    named = {c.name for c in concepts}
    if asker.persona != "parent" or "suicide" in named:
        return False
    return bool(
        named & SEXUAL_HARM_TOPICS or _WORRY_SIGNS.search(cleaned) or abuse_done_said(cleaned)
    )


def worry_short_of_abuse(asker: Asker, concepts: tuple[Concept, ...], cleaned: str = "") -> bool:
    """(w16par) A parent's worry about someone's behaviour towards their child (grooming, "too
    friendly", "inappropriate with my son"), telling of no abuse done beyond the grooming
    (``_ABUSE_DONE``, ``_DONE_THINGS``) and of no rape: a forensic centre is not where it
    goes."""
    named = {c.name for c in concepts}
    if asker.persona != "parent" or "rape" in named:
        return False
    worry = _WORRY_SIGNS.search(cleaned) or ("grooming" in named and _RISK.search(cleaned))
    # (grooming feared is the worry itself: "is grooming him", "being groomed"; "was groomed"
    # and "has been groomed" tell of it done)
    told = re.sub(r"\bgroom(?:ing|s)?\b|\b(?:being|getting|get|is|be) groomed\b", "", cleaned)
    return bool(worry) and not (_ABUSE_DONE.search(told) or _DONE_THINGS.search(told))


#: (w29cards) the kinds of care for a child harmed that the words of a professional may ask for
#: (counselling, therapy, a centre, an ISVA, support for the family): none is what a line for
#: people worried about their own thoughts offers (it advises: a helpline, information)
CARE_FOR_THE_CHILD = frozenset(
    {"counselling-therapy", "sarc", "advocacy-isva", "family-support", "support-groups"}
)


def tells_of_harm_done(asker: Asker, concepts: tuple[Concept, ...], cleaned: str = "") -> bool:
    """``tells_of_abuse_done``, or (w29cards, twenty-third walk-through F5) a professional
    reporting abuse done to a child or disclosed (``responding_first``: not about the one who
    harmed or their behaviour; not an adult's abuse long ago, "past-abuse" with no child's
    age, or "adult" said) and asking for care for the child (``CARE_FOR_THE_CHILD``:
    "specialist counselling referral", "play therapy", "needs SARC and ISVA"): the services
    for the child and the family then come before the lines for people worried about their
    own thoughts (Stop It Now opened the "More services" page for a teacher's pupil of 12).
    A professional asking for advice as well keeps them where they are: Stop It Now advises
    on cases ("clinical psychologist needs advice on a 9 year old")."""
    if tells_of_abuse_done(asker, concepts, cleaned):
        return True
    if asker.persona != "professional" or not responding_first(asker, concepts, cleaned):
        return False
    asks = {code for c in concepts if c.kind == "need" for code in c.codes("support")}
    young = asker.for_age is not None and asker.for_age < 18
    past = "past-abuse" in {c.name for c in concepts}
    care = bool(asks & CARE_FOR_THE_CHILD) and not asks & {"information-advice", "helpline"}
    return care and (young or not past) and " adult" not in f" {cleaned}"


#: a parent asking for support for themselves, not only for their child: "for me", "myself",
#: "i cant cope", "falling apart", "struggling", "my own feelings"; Welsh "i fi fy hun", "fy
#: hun", "methu ymdopi" / "ddim yn ymdopi" (not coping), "cefnogaeth i fi" (over ``clean_text``)
_FOR_THEMSELVES = re.compile(
    r"\b(?:for me|myself|my self|me to talk|support me|help me cope|"
    r"(?:cant|can t|cannot|not|struggling to) cop(?:e|ing)|falling apart|struggling|"
    r"my own (?:feelings|head|mental health|support)|me as (?:a |his |her |their )?"
    r"(?:mum|mom|mother|dad|father|parent)|"
    r"i fi fy hun|fy hun|i mi|ymdopi|cefnogaeth i fi|help i fi|rhywun i fi)\b"
    # (w22read, seventeenth walk-through F7) the parent named beside the child: "help her and
    # me", "for him and for me", "me too", "me as well"; Welsh "iddo fo ac i fi" (for him and
    # for me), "i fi hefyd" (for me too), "a fi" (and me)
    r"|\b(?:help|support|for|someone for|someone to help) (?:her|him|them|us|my \w+) (?:and|&) "
    r"(?:for )?me\b|\bme (?:too|as well|aswell)\b"
    r"|\b(?:ac|a) (?:i )?fi\b(?! (?:yn|n|wedi)\b)|\bi fi (?:hefyd|hefyd plis)\b"
    # (w38ask) "i mi hefyd" (for me too); both of them, in Welsh and English: "i ni'n
    # dau" / "i'r ddau ohonon ni" (for the two of us), "i ni'n dwy", "for us both"
    r"|\bi mi hefyd\b"
    r"|\bi (?:ni n|nin|ni yn) (?:dau|dwy)\b|\bi r (?:ddau|ddwy) (?:ohonon ni|ohonom|ohonan ni)\b"
    r"|\bir (?:ddau|ddwy) (?:ohonon ni|ohonom|ohonan ni)\b|\bfor (?:us both|both of us)\b"
)


def for_themselves(asker: Asker, cleaned: str) -> bool:
    """Whether a parent's words ask for support for themselves (``_FOR_THEMSELVES``)."""
    return asker.persona == "parent" and bool(_FOR_THEMSELVES.search(cleaned))


#: (w33parent, twenty-seventh walk-through F4) ... and, for the line on a card saying its
#: listing supports parents (``supports.py``; not the order, which the judged set holds),
#: more ways of saying so:
_ALSO_FOR_THEMSELVES = re.compile(
    # the parent talking: "i need someone to talk
    # to", "i want to speak to somebody"; parents as "us": "support for us as parents", "help
    # for both of us", "we need support too"; Welsh "cymorth i fi" (help for me), "i ni fel
    # rhieni" (for us as parents)
    r"\bi (?:\w+ )?(?:need|want|would like|d like) (?:someone|somebody|anyone|a person) to "
    r"(?:talk|speak|chat) to\b|\bi (?:\w+ )?(?:need|want) to (?:talk|speak) to (?:someone|somebody|"
    r"anyone|a person)\b"
    r"|\b(?:help|support|counselling|therapy|someone|somebody|services?|groups?) for (?:us|both of "
    r"us|the two of us|me and (?:my )?\w+)\b|\bus as (?:parents|a family|her parents|his parents|"
    r"their parents|mum and dad)\b|\bwe (?:both |also )?(?:need|want) (?:some )?(?:support|help|"
    r"counselling|someone to talk to)\b"
    r"|\b(?:cymorth|cefnogaeth|help|cwnsela|rhywun) i fi\b|\bi ni fel (?:rhieni|teulu)\b"
)


def asks_for_themselves(asker: Asker, cleaned: str) -> bool:
    """Whether a parent's words ask for support for themselves in any of the ways
    ``for_themselves`` reads, or the more of ``_ALSO_FOR_THEMSELVES``."""
    also = asker.persona == "parent" and bool(_ALSO_FOR_THEMSELVES.search(cleaned))
    return also or for_themselves(asker, cleaned)
