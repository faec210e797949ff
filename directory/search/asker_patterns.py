"""The patterns that read who seems to be asking from first-person signals ("im 14", "my
stepdad", "my daughter told me", "referral"), over ``clean_text``'s words. Used by
``asker.who_is_asking`` (split from ``understand``: issue 24). Those for someone worried about
their own thoughts or behaviour ("my own thoughts") are in ``asker_own``."""

from __future__ import annotations

import re

from .asker_adult_cy import WELSH_ADULT_MORE

_AGE = re.compile(
    r"\b(?:im|i am|iam|aged|age|im now|i am now)\s+(\d{1,2})\b"
    r"|\b(?:im|i am)\s+(?:a |an )?(\d{1,2})\s*(?:yo|y o|yrs? old|years? old|year old)\b"
    # Welsh: "dwi'n 14", "dw i'n 14", "rwy'n 14", "rydw i'n 14", "dw i yn 14" ("oed" after it
    # or not)
    r"|\b(?:dwin|dwi n|dw in|dw i n|rwyn|rwy n|rwy in|rydwin|rydw in|rydw i n|dwi yn|dw i yn"
    r"|rwy i yn|rydw i yn)\s+(\d{1,2})\b"
    # "40 now", "now 52": an age said in passing
    # (w24age) not "when i was 15 now im 25": "now" there begins the age the asker is now
    r"|(?<!\bat )\b(\d{2}) now\b(?! (?:im|i am|i m|aged)\b)|\bnow (\d{2})\b"
)


#: an age said about someone ("13 year old boy", "15yo", "under 10s", Welsh "13 oed"): it says
#: who the help is for, and is not itself a word to look for
_AGE_PHRASE = re.compile(
    r"\b(?:(\d{1,2})\s*(?:yo|y o|yrs? old|years? old|year olds|oed)"
    r"|(?:under|aged under) (\d{1,2})s?)\b"
)


#: words after an age that make it a grown-up's, or before it that make it who did it ("by a
#: 15 year old"): never the age of the person the help is for
_GROWN_AFTER = frozenset(["adult", "adults", "person", "gentleman", "neighbour", "neighbor"])


#: what a number before these words counts: not years of age
_NOT_AGE = r"times|minutes|hours|days|weeks|months|miles|pm|am|years ago|yrs ago|year ago"


#: a parent's child's age: "my daughter is 9", "my son aged 12", "shes 9", "he is only 6"
_CHILD_AGE = re.compile(
    r"\b(?:daughter|son|child|kid|boy|girl|stepdaughter|stepson|grandchild|granddaughter|"
    r"grandson|niece|nephew|little one|toddler|teenager|teen|lad|lass|youngest|eldest)\s+"
    r"(?:(?:is|s|who is|whos|aged|age|is only|is just|is now|turned|just turned)\s+)?"
    r"(\d{1,2})\b(?!\s(?:{_NOT_AGE})\b)"
    r"|\b(?:shes|hes|she is|he is|they are|theyre)\s+(?:only |just |now )?(\d{1,2})\b"
    r"(?!\s(?:{_NOT_AGE})\b)".replace("{_NOT_AGE}", _NOT_AGE)
)


_CHILD = re.compile(
    r"\b(?:im|i am)\s+(?:a\s+)?(?:kid|child|teen|teenager|boy|girl|in year \d+)\b"
    r"|^(?:kid|child|teen|teenager) here\b"  # (asker probe) "kid here, my grandmas boyfriend…"
    r"|\bmy (?:stepdad|step dad|stepfather|dad|father|mum|mom|mother|uncle|brother|cousin|"
    r"grandad|granddad|grandpa|teacher|coach)\b.*\b(?:me|my room|my bed)\b"
    r"|\b(?:mums|moms|mum s) (?:boyfriend|partner)\b|\bmy teacher\b|\bat school\b"
    r"|\b(?:touches|touched|touching) me\b|\bcomes? in(?:to)? my room\b|\bour secret\b"
    r"|\bfy llystad\b|\bdwi n \d{1,2}\b"
    # Welsh: "fy nhad … fi" (my father … me), "cyffwrdd â fi" (touching me)
    r"|\bfy (?:nhad|mam|llysfam|ewythr|mrawd|nghefnder|nghyfnither|nhaid|nain|athro|llysfrawd|"
    r"llyschwaer)\b.*\bfi\b"  # (twenty-second walk-through F1: "llysfrawd fi yn brifo fi")
    r"|\bcyffwrdd (?:a |â )?fi\b|\bfy (?:nghyffwrdd|ngham drin|mrifo)\b"
    r"|\b(?:dont|do not|scared to|afraid to) (?:want to )?go home\b"
    r"|\bmy (?:stepdad|step dad|stepfather|stepmum|uncle|brother|cousin|grandad|granddad|"
    r"grandpa|mums boyfriend|mum s boyfriend)\b"
)


#: (w23child) a child's word said of a brother, a sister or a cousin ("my baby brother", "my 5
#: year old sister", "my kid sister"): a child's family, not a parent's child
_NOT_SIBLING = (
    r"(?! (?:little |baby |big |older |younger |half |step |kid |twin )?(?:brothers?|sisters?|"
    r"bros?|sis|siblings?|cousins?|half ?brothers?|half ?sisters?|step ?brothers?|step ?sisters?)"
    r"\b(?! in law))"
)
_PARENT = re.compile(
    r"\b(?:my|our) (?:daughter|son|child|children|kid|kids|stepdaughter|stepson|grandchild|"
    r"granddaughter|grandson|niece|nephew|little one|baby)\b"
    + _NOT_SIBLING
    + r"|\b(?:im|i am) (?:a )?(?:parent|mum|mom|dad|father|mother|foster carer|carer)\b|\bas a "
    r"parent\b|\bfy (?:mhlentyn|merch|mab|mhlant)\b|\b(?:non abusing|non offending|protective) "
    r"(?:parents?|mums?|moms?|mothers?|dads?|fathers?|carers?)\b"
    r"|\b(?:my|our) \d{1,2}\s*(?:yo|y o|yrs? old|years? old)\b"
    + _NOT_SIBLING
    # (fifth walk-through F3) "our two boys", "my daughters", "both my kids"
    + r"|\b(?:my|our) (?:(?:two|three|four|five|both|twin|older|younger|eldest|youngest|little) )"
    r"{0,2}(?:daughters|sons|boys|girls|kids|children|little ones|twins|grandkids|grandchildren|"
    r"lads|lasses)\b"
    r"|\bboth (?:my|our) (?:kids|children|boys|girls|sons|daughters)\b"
)


_PROFESSIONAL = re.compile(
    r"\b(?:referrals?|refer|referring|safeguarding|dsl|pupils?|clients?|caseload|"
    r"service users?|practitioners?|colleagues?|multi agency|lado|professionals?|patients?|"
    r"(?:as a|im a|i am a) (?:teacher|gp|social worker|nurse|health visitor|police officer)|"
    # the field's own terms: people outside it rarely use them
    r"isva|chisva|cse|hsb|harmful sexual behaviou?r|pre trial therapy|barnahus|child house|"
    r"signpost|signposting|s47|section 47|strategy meeting|child protection plan|"
    # (w25pro) "cyfeirio" (refer), as often said as "atgyfeirio"; never "fy nghyfeirio" (refer me)
    r"atgyfeirio|atgyfeiriad|atgyfeiriadau|cyfeirio|gyfeirio|diogelu)\b"
)


_ADULT = re.compile(
    r"\bwhen i was (?:a |little|young|younger|a kid|a child|\d)|\bas a (?:child|kid)\b"
    r"|\bwhen we were (?:kids|children|young|little|younger|teenagers|teens)\b"
    r"|\b(?:abused|raped|hurt) as (?:a )?(?:child|children|kid|kids|teenager)\b"
    r"|\bchildhood (?:sexual )?(?:abuse|trauma)\b|\bcptsd\b"
    r"|\byears ago\b|\bin my childhood\b|\bgrowing up\b|\b(?:im|i am) (?:an? )?(?:adult|"
    r"man|woman|survivor)\b|\badult survivor|\bpan oeddwn\b|\bplentyndod\b"
    # children rarely call themselves survivors; adults looking for help do
    r"|\bsurvivors?\b|\bg?oroesw(?:yr|r)\b"
)


#: (eleventh walk-through F5) a decade of one's life, "in my 60s", "in my late forties"
_DECADE = (
    r"(?:early |mid |late )?(?:[2-9]0 ?s|twenties|thirties|forties|fifties|sixties|seventies|"
    r"eighties|nineties)\b"
)
_MALE = re.compile(
    r"\b(?:im|i am) (?:a )?(?:man|guy|boy|bloke|lad|male)\b|\bmale survivor|g?oroesw\w* gwrywaidd"
    # what the asker was ("abused as a boy"), never who did it ("a man", "he", "my uncle")
    r"|\b(?:as|when i was) a (?:boy|lad|young (?:boy|lad))\b"
    # (issue 25) "as a man", "when i was a little boy", "im a 13 year old boy"
    r"|\bas a (?:man|bloke|guy)\b|\b(?:as|when i was) a (?:little|small) (?:boy|lad)\b"
    r"|\b(?:im|i am) a \d{1,2} ?(?:year old|yr old|yo|y o) (?:boy|lad)\b"
    # (fourteenth walk-through F6) "…touches me 13 yr old boy": said last, of the writer
    r"|\bme\b.*(?<!\ba )(?<!\bmy )(?<!\bour )(?<!\bthe )(?<!\bby )(?<!\bfor )\b\d{1,2} ?"
    r"(?:year old|yr old|yrs old|years old|yo|y o) (?:boy|lad)$"
    # (eleventh walk-through F5) "man in my 60s", "bloke in my late forties"
    r"|\b(?:man|bloke|guy|gent|fella|male) in my " + _DECADE
)


_FEMALE = re.compile(
    r"\b(?:im|i am) (?:a )?(?:woman|girl|female|lady)\b"
    r"|\b(?:as|when i was) a (?:girl|young girl)\b"
    r"|\bas a (?:woman|lady)\b|\b(?:as|when i was) a (?:little|small) girl\b"
    r"|\b(?:im|i am) a \d{1,2} ?(?:year old|yr old|yo|y o) girl\b"
    r"|\bme\b.*(?<!\ba )(?<!\bmy )(?<!\bour )(?<!\bthe )(?<!\bby )(?<!\bfor )\b\d{1,2} ?"
    r"(?:year old|yr old|yrs old|years old|yo|y o) (?:girl|lass)$"
    r"|\b(?:woman|lady|female) in my " + _DECADE
)


# --- who is asking, more ways of saying it (issue 25): kept apart from the lists above ---
_ADULT_MORE = re.compile(
    r"\bas a (?:boy|girl|lad|teen|teenager|youngster|young (?:boy|girl|lad|teenager))\b"
    # (issue 25) "abused as a little girl", "when i was a small boy"
    r"|\b(?:as|when i was) a (?:little|small) (?:boy|girl|lad|lass)\b"
    r"|\bwhen i was (?:a )?(?:boy|girl|lad|teen|teenager|at school|in school|small)\b"
    r"|\b(?:decades|years|yrs|many years|a long time|long time) (?:ago|back)\b"
    r"|\bhistoric(?:al)? (?:abuse|case)"
    r"|\bnon recent\b|\bback in the\b|\bin the (?:19)?[5-9]0s\b|\b(?:now|im|i am) in my \d0s\b"
    r"|\b(?:im|i am|now) (?:\d{2}) and\b|\bnever told anyone\b|\bstill affects me\b"
    # (second walk-through F6) "men abused in childhood", "a bloke in my 40s", "abused by a
    # coach at 11" (an age then, not now)
    r"|\b(?:abused|raped|molested|groomed|assaulted)\b[a-z ]{0,40}\bat (?:the )?(?:age )?(?:of )?"
    r"\d{1,2}\b"
    r"|\b(?:abused|raped|molested|groomed|hurt) (?:in|during) (?:my |their |his |her )?"
    r"(?:childhood|teens|teenage years)\b|\b(?:man|woman|bloke|guy|lady) in (?:my|his|her) \d0s\b"
    r"|" + WELSH_ADULT_MORE  # Welsh: "fel plentyn", "oedolion", "erioed … wrth neb"
)


_PARENT_MORE = re.compile(
    r"\bas (?:a|the) (?:mum|mom|mother|dad|father|parent|carer|foster carer|grandparent|"
    r"gran|nan|grandma|grandad|step ?mum|step ?parent|guardian)\b"
    r"|\b(?:im|i am) (?:a |the |his |her |their )?(?:mum|mom|mother|step ?mum|guardian|"
    r"grandparent|gran|nan|grandma|foster parent|adoptive parent|kinship carer)\b"
    r"|\b(?:mum|mom|mother|dad|father|parent) of (?:a|an|two|three|\d)\b"
    r"|\b(?:my|our) (?:little|young|youngest|eldest|oldest|teenage|baby|step|adopted|foster|"
    r"\d{1,2} ?(?:yo|year old|yr old)) ?(?:daughter|son|child|boy|girl|kid|one|daughters|sons|"
    r"lad|lass|boys|girls|kids|lads|bairn)\b"
    + _NOT_SIBLING
    + r"|\b(?:my|our) (?:toddler|teenager|teen|baby|eldest|youngest|boy|lad)\b"
    + _NOT_SIBLING
    # (seventh walk-through F2) "stepgrandad abused my girl", "my little one", "my little un"
    + r"|\b(?:my|our) (?:girl|lass|little one|little un|little uns|little ones|wee one|bairn)\b"
    r"(?! ?friend)"
    r"|\b(?:mum|mom|dad|mother|father|parent|step ?dad|step ?mum|grandparent|nan|gran) here\b"
    # (w16par, noticed) "i have two kids", "ive got a little girl": a parent saying so
    r"|\b(?:i have|i ve got|ive got|i have got|i got) (?:a |an |one |two |three |four |five |"
    r"\d )?(?:young |little |small )?(?:kids|children|child|daughters?|sons?|boys?|girls?|"
    r"little ones)\b"
    # (second walk-through F4) "support for mum after daughter was abused", "for a dad whose
    # son was groomed": a parent asking, for themselves
    r"|\b(?:mum|mums|mom|moms|mother|mothers|dad|dads|father|fathers) (?:after|whose|whos) "
    r"(?:my |her |his |their |our )?(?:daughter|son|child|children|kid|kids)\b"
)


#: a professional saying what they are ("i'm a school nurse"): wins over a child's words
#: in what they report ("a pupil says her stepdad comes in her room")
_PRO_SELF = re.compile(
    r"\b(?:as an?|im an?|i am an?|i m an?|i work as an?|working as an?|i work in|im in)\s+"
    r"(?:school |practice |community |mental health |specialist |senior |designated )?"
    r"(?:teacher|gp|doctor|social worker|nurse|health visitor|midwife|police officer|"
    r"detective|counsellor|counselor|therapist|psychologist|psychiatrist|youth worker|"
    r"support worker|key worker|family support worker|probation officer|paramedic|dsl|"
    r"safeguarding lead|safeguarding officer|head teacher|headteacher|teaching assistant|"
    r"senco|sendco|camhs|isva|caseworker|case worker|practitioner|social care|"
    r"early help|residential worker|foster agency|youth offending)\b"
    r"|\b(?:my|a) (?:client|service user|patient|pupil|student|caseload)s?\b.*\b(?:disclosed|"
    r"told me|has told|said|says|referral|refer)\b|\bone of my (?:pupils|students|clients|"
    r"patients|young people)\b|\b(?:child|pupil|student|young person) (?:has )?disclosed\b"
)


# --- who is asking, read from how people tell it (third walk-through): kept apart too ---
#: (third walk-through F3) abuse told in the present tense as done to the asker, with no age:
#: "someone in my family hurts me", "he keeps coming in my room", "my cousin does things to
#: me": a child's or a young person's words (an adult's past ("as a boy", "years ago") is read
#: first, and wins)
_CHILD_NOW = re.compile(
    r"\b(?:hurts|hurting|touches|touching|abuses|abusing|rapes|raping|molests|molesting|"
    r"gropes|groping|fiddles with|fiddling with|feels up|feeling up|kisses|kissing) me\b"
    r"|\b(?:does|doing|keeps doing|is doing) (?:things|stuff|sexual (?:things|stuff)|sex stuff|"
    r"bad (?:things|stuff)|rude (?:things|stuff)|horrible (?:things|stuff)) (?:to|with) me\b"
    r"|\b(?:comes?|coming|creeps?|creeping|sneaks?|sneaking|gets?|getting) in(?:to)? (?:my )?"
    r"(?:room|bed|bedroom)\b"
    r"|\bkeeps? (?:touching|hurting|coming|creeping|sneaking|kissing|making me|trying to)\b"
    r"|\bwhen (?:my )?(?:mum|mom|mam|dad|nan|gran|parents)(?: is| are|s)? (?:out|at work|asleep|"
    r"away|not home|in bed)\b"
)


#: ... not a child's when it is a grown-up's life: a partner, a boss, a landlord ("my
#: husband hurts me"); a mother's or a sister's partner ("mums boyfriend") is a child's word
_GROWN_UP_LIFE = re.compile(
    r"\b(?:husband|wife|partner|fiance|fiancee|girlfriend|boyfriend|ex|boss|manager|supervisor|"
    r"colleague|coworker|co worker|landlord|flatmate|housemate|lecturer|customer|"
    r"client|work colleague)\b"
)


_MOTHERS_PARTNER = re.compile(
    r"\b(?:mums?|moms?|mams?|dads?|sisters?|brothers?|aunts?|aunties?|nans?|grans?|cousins?) "
    r"(?:boyfriend|partner|girlfriend|husband|wife)\b"
)


#: (third walk-through F4) a parent telling what their child told them ("son 8 told me",
#: "my girl is 7"), without "my son"
_PARENT_TOLD = re.compile(
    r"\b(?:son|daughter|stepson|stepdaughter|grandson|granddaughter)\s+(?:aged |age |is )?"
    r"\d{1,2}\b"
    r"|\b(?:son|daughter|stepson|stepdaughter|grandson|granddaughter)\s+(?:has |just |finally )?"
    r"(?:told|disclosed|said|says|admitted|confided)\b"
    r"|\b(?:my|our) (?:girl|boy|lass|wee one)\s+(?:is |aged |age |has )?(?:\d{1,2}\b|told\b|said\b|"
    r"says\b|disclosed\b)"
)


#: (third walk-through F1, F6) an adult recalling: "childhood" is a time in the past (a child
#: does not call now their childhood); Welsh "pan yn blentyn", "pan o'n i'n hogyn" (when I
#: was a child, a boy), "cefais / ges i fy ngham-drin" (I was abused: past), "roeddwn i'n cael
#: fy ngham-drin" (I was being abused)
_ADULT_RECALLING = re.compile(
    r"\bchildhood\b"
    r"|\bpan (?:yn|on in|o n i n|own in|oeddwn in|oeddwn i n|roeddwn in|roeddwn i n|oeddwn yn|"
    r"ro n i n|ron in) (?:blentyn|plentyn|ifanc|fach|fychan|hogyn|hogan|fachgen|ferch|iau|"
    r"ifancach|yn yr ysgol)\b"
    # (seventh walk-through F5) "cam-drin gan fy nhad yn blentyn" (as a child: the past), not
    # "rwyf yn blentyn" (I am a child)
    r"|(?<!rwyf )(?<!rydw i )(?<!rydw )(?<!wyf )(?<!dw i )(?<!ydw i )(?<!ydw )(?<!dwi )(?<!rwy )"
    r"(?<!dw )(?<!dal )"
    r"\b(?:yn|fel) (?:blentyn|plentyn|hogyn|hogan|fachgen|ferch ifanc)\b"
    r"|\b(?:cefais|gefais|ces i|ges i|ces|ges|mi ges i|mi gefais) (?:fy |i fy )?(?:ngham drin|"
    r"cam drin|gam drin|nhreisio|treisio|ngham-drin|nghyffwrdd|molestio)\b"
    r"|\b(?:roeddwn|oeddwn|ro n i|ron i|on i|o n i)(?: i)? ?n cael fy\b"
)


#: a professional saying what they are, after it or as the words' first: "health visitor
#: here", "social worker: a 12 year old disclosed..."
_PRO_ROLE = (
    r"(?:teacher|gp|doctor|social worker|school nurse|nurse|health visitor|midwife|"
    r"police officer|counsellor|counselor|therapist|youth worker|support worker|dsl|"
    r"safeguarding lead|headteacher|head teacher|senco|practitioner|caseworker)"
)


_PRO_HERE = re.compile(
    rf"\b{_PRO_ROLE} here\b|^(?:(?:a|the|school) )?{_PRO_ROLE}\b"
    # (not what one did: "teacher touched me", "gp said")
    r"(?! (?:\w+ )?(?:touch\w*|hurt\w*|abus\w*|rap\w*|made|makes|does|did|keeps|kiss\w*|"
    r"groom\w*|molest\w*|fiddl\w*|grop\w*|assault\w*|sent|sends|asks|asked|says|said|told|"
    r"tells|is|was|has)\b)"
    # (fourth walk-through F1) nor what one asks for: "counsellor for men abused as kids",
    # "therapist near me", "counsellor needed"
    r"(?! (?:for|near|needed|wanted|who|that|to help|specialising|specializing|please)\b)"
)


# --- who is asking, read from how people tell it (fourth walk-through): kept apart too ---
#: (F1) grown-ups abused when they were young, said of a group or in the third person: "men
#: abused as kids", "adults who were abused as children", "blokes abused as lads", "help for
#: women who were raped when they were girls": adult survivors (a child says "me")
_ADULTS_RECALLING = re.compile(
    r"\b(?:men|women|adults|blokes|guys|lads|fellas|males|females|ladies|grown ups|grownups|"
    r"people|those|survivors|dynion|ddynion|oedolion|menywod|fenywod|merched|ferched|pobl|bobl)"
    r"\b(?: \w+){0,3} (?:abused|raped|molested|groomed|assaulted|hurt|harmed|interfered with|"
    # (w25speech) Welsh: "a gamdriniwyd", "a gafodd eu cam-drin", "a dreisiwyd"
    r"cam drin|gam drin|cham drin|camdriniwyd|gamdriniwyd|cam driniwyd|gam driniwyd|treisiwyd|"
    r"dreisiwyd|threisio|treisio|dreisio)\b(?: \w+){0,4} (?:as (?:a )?"
    r"(?:kids?|children|child|boys?|girls?|lads?|lasses|teens?|teenagers?|youngsters?|youths?|"
    r"youngsters)|when (?:they were|we were) (?:\w+ )?(?:young|little|kids|children|boys|girls|"
    r"lads|teens|teenagers|at school)|in (?:their|our) (?:childhood|youth|teens)|fel plant"
    # "yn blant" (as children), "pan oedden nhw'n blant" (when they were children)
    r"|yn blant|yn fechgyn|yn ferched|yn ifanc|yn eu plentyndod|pan (?:oedden|roedden|o n) "
    r"(?:nhw|nhwn|ni|nin) ?n? ?(?:blant|fechgyn|ferched|ifanc))\b"
    r"|\b(?:abused|raped|molested|groomed|assaulted) (?:as|when they were) (?:boys|girls|lads|"
    r"lasses|teens|teenagers|youngsters|kids|children)\b"
)


#: ... whose sex the group names: "men", "blokes" (or "boys", "lads": what they were then)
_ADULTS_MALE = re.compile(r"\b(?:men|blokes|guys|fellas|males|dynion|ddynion|boys|lads|fechgyn)\b")


_ADULTS_FEMALE = re.compile(
    r"\b(?:women|ladies|females|menywod|fenywod|merched|ferched|girls|lasses)\b"
)


#: (F2) a Welsh parent: "ein merch" (our daughter), "fy hogyn" (my boy), "help i riant" (help
#: for a parent), "dw i'n fam" (I am a mother), "fel rhiant" (as a parent)
_PARENT_CY = re.compile(
    r"\bein (?:plentyn|mhlentyn|merch|mab|plant|hogyn|hogan|bachgen)\b"
    r"|\bfy (?:hogyn|hogan|mhlant|llysferch|llysfab|wyres|wyr|mhlentyn|merch|mab|machgen)\b"
    r"|\b(?:i|ar gyfer|fel|i r|ir) (?:riant|rhiant|rhieni|rieni)\b"
    r"|\b(?:dwi n|dw in|dw i n|rwy n|rwyn|rydw i n|rydw in|rwyf in|rwyf i n|dwin|dwi yn|dw i yn|"
    r"rydw i yn|rwyf yn|wi n|win) (?:fam|dad|riant|rhiant|llysfam|llystad|nain|taid|famgu|dadcu|"
    r"fam faeth|dad maeth|ofalwr maeth|fam sengl|dad sengl)\b"
    # (w19age) the English rules' Welsh counterparts: "fel mam" (as a mum), "cymorth i fam"
    # (help for a mum), "mae gen i ddau o blant" (i have two kids), "fy un bach" (my little one)
    r"|\bfel (?:mam|tad|nain|taid|mamgu|tadcu|llysfam|llystad|gofalwr maeth|mam faeth|tad maeth|"
    r"gofalwr|gwarcheidwad)\b(?! (?:i mi|i fi|fi|yn fy)\b)"
    r"|\b(?:cymorth|help|cefnogaeth|cyngor|cwnsela) (?:i|ar gyfer) (?:fam|dad|famau|dadau|"
    r"mamau|tadau|nain|neiniau|deidiau|ofalwyr)\b(?! (?:fi|i)\b)"
    r"|\b(?:mae gen i|mae gyda fi|mae gennyf|ma gen i|ma gyda fi|mae gena i)"
    r"(?: (?:un|ddau|dau|ddwy|dwy|dri|tri|dair|tair|bedwar|pedwar|bedair|pedair|bump|o|\d{1,2}))*"
    r" (?:blant|blentyn|ferch|fab|fachgen|hogyn|hogan|efeilliaid|llysferch|llysfab)\b"
    r"|\b(?:fy|ein) (?:un bach|un fach|rhai bach|plant bach|mhlant bach)\b"
)


#: (fifth walk-through F3, F4, F9) an age written after who it is, without "aged" or "year
#: old": "boy 15", "girl, 10", "pupil 12" (never a count: "girl 2 times", "boy 3 years")
_NOUN_AGE = re.compile(
    r"\b(?:boy|girl|lad|lass|child|kid|pupil|student|young person|teen|teenager|inpatient|"
    # (w25pro) a professional's "yp 16", Welsh "merch 15 oed", "bachgen 14 oed"
    r"patient|adolescent|client|resident|yp|plentyn|blentyn|disgybl|claf|merch|ferch|bachgen|"
    r"fachgen|person ifanc)\s+"
    r"(?:aged |age |of )?(\d{1,2})\b(?!\s(?:{_NOT_AGE}|years?|yrs?|year olds?|oclock)\b)".replace(
        "{_NOT_AGE}", _NOT_AGE
    )
)


#: a school year in England and Wales ("year 9 pupil", "a yr 6 girl", "in year 10"): the
#: pupil's age at the start of that school year (year 9: 13, turning 14)
_SCHOOL_YEAR = re.compile(
    r"\b(?:year|yr) (\d{1,2}) (?:pupil|student|girl|boy|child|kid|lad|lass)s?\b"
    r"|\b(?:im|i am|i m|is|she is|he is|shes|hes|who is|whos) in (?:year|yr) (\d{1,2})\b"
    # (twelfth walk-through F5) the child named first ("child in year 2", "a boy in yr 4"), the
    # year run together ("y2 pupil", "yr2", "year2"), Welsh "plentyn ym mlwyddyn 2", "disgybl
    # bl 2", "merch blwyddyn 3"
    r"|\b(?:child|kid|pupil|student|girl|boy|lad|lass|son|daughter|plentyn|disgybl|merch|"
    r"bachgen|hogyn|hogan)s? (?:who is |whos |is |currently |now )?(?:in|ym|yn) "
    r"(?:year|yr|y|mlwyddyn|flwyddyn|blwyddyn|bl) ?(\d{1,2})\b(?! (?:ago|old|olds)\b)"
    r"|\b(?:y|yr|year)(\d{1,2}) (?:pupil|student|girl|boy|child|kid|lad|lass)s?\b"
    r"|\b(?:blwyddyn|bl|flwyddyn) ?(\d{1,2}) (?:disgybl|plentyn|merch|bachgen|hogyn|hogan)\b"
    r"|\b(?:disgybl|plentyn|merch|bachgen|hogyn|hogan) (?:blwyddyn|bl|flwyddyn) ?(\d{1,2})\b"
)
#: (twelfth walk-through F5) a child in reception, the school year before year 1 (age 4):
#: "child in reception", "a reception pupil", Welsh "plentyn yn y dosbarth derbyn" (not "at
#: reception", a front desk, nor "derbyn cymorth": to receive help)
_RECEPTION = re.compile(
    r"\b(?:child|kid|pupil|student|girl|boy|son|daughter)s? (?:who is |whos |is )?in "
    r"(?:the )?reception\b|\breception (?:class|pupil|child|kid|girl|boy|age|year)s?\b"
    r"|\bdosbarth derbyn\b"
)


#: (fifth walk-through F9) a child's age said last, alone ("my brother makes me do stuff i
#: dont want 13"), unless a word before it makes it a time, a count or a past age ("at 13",
#: "when i was 13", "for 13")
_TRAILING_NUMBER = re.compile(r"(?:^|\s)(\w+) (\d{1,2})$")

#: (issue 25, ages) an adult's own age said in passing, not after "im" or "aged": "struggling
#: at 47", "still suffering at 60", "at 52 i still", "at 38 and still" (a life now, not the age
#: something happened: "abused at 12", "at 18 i left home" are not read)
_AT_AGE_NOW = re.compile(
    r"\b(?:struggling|suffering|coping|living|dealing|stuck|haunted|hurting|still|even|"
    r"finally|now|crying|broken|lost|alone|here|and)(?: with (?:it|this|that))? at (\d{2})\b"
    r"(?! ?(?:{_NOT_AGE})\b)"
    r"|\bat (\d{2}) (?:i still|i m still|im still|i am still|still|i cant|i can t|i now|"
    r"and still|and i still|now"
    # (probe 14, pattern 3) "at 50 i finally told my wife", "at 45 ive only just…"
    r"|i finally|finally|ive finally|i ve finally|i have finally|i only just|only now|"
    r"i only now|ive only just|i ve only just)\b".replace("{_NOT_AGE}", _NOT_AGE)
)

#: ... or a number said last, after a request or a feeling ("looking for a therapist, 58"):
#: the punctuation is gone by then, so the word before it says whether it is an age; a sex
#: word before it is the asker's ("…, woman 46") unless "he was" says whose ("he was male 19")
_ADULT_TRAILING = re.compile(
    r"(?:^|\s)(?:(?<!\bwas )(?<!\bis )(?<!\bhe )(?<!\bshe )(?<!\bhes )(?<!\bshes )(?<!\bwere )"
    r"(?<!\bare )|(?!(?:male|female|man|woman) ))(\w+) (\d{2})$"
)

#: ... or said first, as people say who they are: "13yo, …", "15 year old here" (not "15 year
#: old brother")
_AGE_FIRST = re.compile(
    r"(\d{1,2}) ?(?:yo|y o|yrs? old|years? old|year old)\b(?! (?:boy|girl|son|daughter|brother|"
    r"sister|cousin|child|kid|lad|lass|man|woman|male|female|neighbour|friend|step\w*)s?\b)"
)

_NOT_BEFORE_AGE = frozenset(
    ["was", "were", "at", "of", "from", "to", "until", "till", "before", "after", "since", "for",
     "in", "on", "by", "than", "about", "around", "over", "under", "year", "years", "yr", "yrs",
     "aged", "age", "the", "a", "an", "number", "no", "page", "room", "flat", "house", "bus",
     "route", "class", "key", "stage", "ks", "top", "last", "past", "every", "times", "x", "is",
     "hes", "shes", "he", "she", "are", "theyre", "turned", "just", "only"]
)  # fmt: skip


#: ... said as who the help is for, not a word to look for
_SCHOOL_YEAR_WORDS = re.compile(
    r"\b(?:year|yr) (?:[1-9]|1[0-3])\b(?! (?:ago|old|olds)\b)"
    # (twelfth walk-through F5) "y2", "yr2", Welsh "blwyddyn 2", "bl 2"
    r"|\b(?:y|yr|year)(?:[1-9]|1[0-3])\b|\b(?:blwyddyn|mlwyddyn|flwyddyn|bl) ?(?:[1-9]|1[0-3])\b"
)


#: (fifth walk-through) school staff telling of a pupil: "yr 8 student told me", "a year 10
#: pupil disclosed" (a child says "im in year 8")
_PRO_SCHOOL = re.compile(
    r"\b(?:pupil|student)s? (?:has |had |just |then )?(?:told me|disclosed|confided)\b"
    r"|(?<!\bim a )(?<!\bi am a )\b(?:year|yr) \d{1,2} (?:pupil|student)s?\b"
    # (w23child) Welsh: "disgybl blwyddyn 8 wedi datgelu…" (a year 8 pupil has disclosed)
    r"|\b(?:disgybl|myfyriwr|myfyrwraig) (?:blwyddyn|bl|flwyddyn) ?\d{1,2} (?:wedi|yn) datgelu\b"
)


# --- who is asking, more ways of saying it (sixth walk-through): kept apart too ---
#: (F1) the age of someone one writes to, meets or sleeps with ("sexting a 14 year old", "with a
#: 15yo"): never the age the help is for
_AGE_OF_OTHER = re.compile(
    r"\b(?:with|sexting|sexted|texting|messaging|chatting|talking|groomed|grooming|met|meeting|"
    r"dating|seeing|fancy|fancies|kissed|slept|sent|sending|to) (?:to |with |up with )?"
    r"(?:a|an|this|the|that|some) $"
)
#: ... or of who does something ("a 40 year old has been sexting me")
_AGE_DOING = frozenset(
    ["has", "is", "was", "keeps", "kept", "sent", "sends", "made", "makes", "touched", "asked",
     "asks", "messaged", "messages", "groomed", "abused", "raped", "hurt"]
)  # fmt: skip


#: (issue 25, ages) someone else's age said with "aged" ("my boy aged 5", "pupil age 12"): not
#: the asker's own
_OTHERS_AGED = re.compile(
    r"\b(?:boy|girl|son|daughter|child|kid|lad|lass|pupil|student|client|patient|niece|nephew|"
    r"grandson|granddaughter|stepson|stepdaughter|brother|sister|cousin|friend|one|baby|toddler|"
    r"teen|teenager|person|man|woman)s? (?:aged|age) \d{1,2}\b"
)


#: (issue 25, ages) a grown-up's age said with their sex, as people describe themselves: "male
#: 61", "man 58", "woman, 44", "f 16", "m15" (at the start, or after "i am", "im a")
_SEX_AGE = re.compile(
    r"(?:^|\b(?:im|i am|i m|iam)(?: an?)? )(?:(male|man|bloke|guy|dyn|gwr|m)|"
    r"(female|woman|lady|dynes|menyw|f)) ?"
    # (not a postcode: "m15 4fn")
    r"(\d{1,2})\b(?! ?(?:{_NOT_AGE}|years? ago|yrs? ago|times)\b)(?! ?\d[a-z]{2}\b)".replace(
        "{_NOT_AGE}", _NOT_AGE
    )
    + r"|^(\d{1,2}) ?(?:(m|male)|(f|female))\b"
)

#: (eighth walk-through) a span of childhood ages after words of abuse ("abused by my step father
#: from age 8 to 14", "age 7-11", "aged 6 to 11", "from the age of 9 until 13", "between 8 and
#: 12"): when it happened, and so never the asker's age now
_AGE_SPAN = re.compile(
    r"\b(?:from |between )?(?:the )?(?:ages?|aged)(?: of)? (\d{1,2}) (?:(?:to|until|till|til|and|"
    r"through|thru) )?(?:age )?(\d{1,2})\b"
    r"|\b(?:from|between) (\d{1,2}) (?:to|until|till|til|and) (\d{1,2})\b"
    r"(?: (?:years old|year old|yrs old|yrs|yo))?"
    # (probe 19) "when i was 10-14" (cleaned: "10 14")
    r"|\bwhen i was (\d{1,2}) (?:to |and |or |until |till |til |)(\d{1,2})\b"
)
#: words of abuse done, before which a span of ages says when it happened
_ABUSE_BEFORE_SPAN = re.compile(r"\b(?:abus\w*|raped?|molest\w*|touch\w*|hurt|groomed)\b")
