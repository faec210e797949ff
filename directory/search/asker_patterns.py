"""The patterns that read who seems to be asking from first-person signals ("im 14", "my
stepdad", "my daughter told me", "referral", "my own thoughts"), over ``clean_text``'s words.
Used by ``asker.who_is_asking`` (split from ``understand``: issue 24)."""

from __future__ import annotations

import re

_AGE = re.compile(
    r"\b(?:im|i am|iam|aged|age|im now|i am now)\s+(\d{1,2})\b"
    r"|\b(?:im|i am)\s+(?:a |an )?(\d{1,2})\s*(?:yo|y o|yrs? old|years? old|year old)\b"
    # Welsh: "dwi'n 14", "dw i'n 14", "rwy'n 14", "rydw i'n 14", "dw i yn 14" ("oed" after it
    # or not)
    r"|\b(?:dwin|dwi n|dw in|dw i n|rwyn|rwy n|rwy in|rydwin|rydw in|rydw i n|dwi yn|dw i yn"
    r"|rwy i yn|rydw i yn)\s+(\d{1,2})\b"
    # "40 now", "now 52": an age said in passing
    r"|(?<!\bat )\b(\d{2}) now\b|\bnow (\d{2})\b"
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
    r"grandson|niece|nephew|little one|toddler|teenager|teen|lad)\s+(?:(?:is|s|who is|whos|aged|"
    r"age|is only|is just|is now|turned|just turned)\s+)?(\d{1,2})\b(?!\s(?:{_NOT_AGE})\b)"
    r"|\b(?:shes|hes|she is|he is|they are|theyre)\s+(?:only |just |now )?(\d{1,2})\b"
    r"(?!\s(?:{_NOT_AGE})\b)".replace("{_NOT_AGE}", _NOT_AGE)
)


_CHILD = re.compile(
    r"\b(?:im|i am)\s+(?:a\s+)?(?:kid|child|teen|teenager|boy|girl|in year \d+)\b"
    r"|\bmy (?:stepdad|step dad|stepfather|dad|father|mum|mom|mother|uncle|brother|cousin|"
    r"grandad|granddad|grandpa|teacher|coach)\b.*\b(?:me|my room|my bed)\b"
    r"|\b(?:mums|moms|mum s) (?:boyfriend|partner)\b|\bmy teacher\b|\bat school\b"
    r"|\b(?:touches|touched|touching) me\b|\bcomes? in(?:to)? my room\b|\bour secret\b"
    r"|\bfy llystad\b|\bdwi n \d{1,2}\b"
    # Welsh: "fy nhad … fi" (my father … me), "cyffwrdd â fi" (touching me)
    r"|\bfy (?:nhad|mam|llysfam|ewythr|mrawd|nghefnder|nghyfnither|nhaid|nain|athro)\b.*\bfi\b"
    r"|\bcyffwrdd (?:a |â )?fi\b|\bfy (?:nghyffwrdd|ngham drin|mrifo)\b"
    r"|\b(?:dont|do not|scared to|afraid to) (?:want to )?go home\b"
    r"|\bmy (?:stepdad|step dad|stepfather|stepmum|uncle|brother|cousin|grandad|granddad|"
    r"grandpa|mums boyfriend|mum s boyfriend)\b"
)


_PARENT = re.compile(
    r"\b(?:my|our) (?:daughter|son|child|children|kid|kids|stepdaughter|stepson|grandchild|"
    r"granddaughter|grandson|niece|nephew|little one|baby)\b|\b(?:im|i am) (?:a )?(?:parent|"
    r"mum|mom|dad|father|mother|foster carer|carer)\b|\bas a parent\b|\bfy (?:mhlentyn|merch|"
    r"mab|mhlant)\b|\b(?:non abusing|non offending|protective) parent\b"
    r"|\b(?:my|our) \d{1,2}\s*(?:yo|y o|yrs? old|years? old)\b"
    # (fifth walk-through F3) "our two boys", "my daughters", "both my kids"
    r"|\b(?:my|our) (?:(?:two|three|four|five|both|twin|older|younger|eldest|youngest|little) )?"
    r"(?:daughters|sons|boys|girls|kids|children|little ones|twins|grandkids|grandchildren)\b"
    r"|\bboth (?:my|our) (?:kids|children|boys|girls|sons|daughters)\b"
)


_PROFESSIONAL = re.compile(
    r"\b(?:referrals?|refer|referring|safeguarding|dsl|pupils?|clients?|caseload|"
    r"service users?|practitioners?|colleagues?|multi agency|lado|professionals?|patients?|"
    r"(?:as a|im a|i am a) (?:teacher|gp|social worker|nurse|health visitor|police officer)|"
    # the field's own terms: people outside it rarely use them
    r"isva|chisva|cse|hsb|harmful sexual behaviou?r|pre trial therapy|barnahus|child house|"
    r"signpost|signposting|s47|section 47|strategy meeting|child protection plan|"
    r"atgyfeirio|diogelu)\b"
)


_OWN = re.compile(
    r"\bmy (?:own )?(?:sexual )?(?:thoughts|urges|feelings) (?:about|towards) (?:children|kids)"
    r"|\bmy own (?:sexual )?thoughts\b|\bmy urges\b|\b(?:im|i am|i feel|i m) attracted to\b"
    r"|\battracted to (?:younger |young |little |small )?(?:children|kids|child|minors|boys|"
    r"girls)\b"
    # (fifth walk-through F1) "im 19 and attracted to younger teens"
    r"|\battracted to (?:younger|young|underage) (?:teens|teenagers|teen girls|teen boys)\b"
    r"|\battracted to (?:pre ?teens|underage)\b"
    r"|\bi (?:think|keep thinking|fantasi[sz]e) about (?:children|kids|young|little)\b"
    r"|\bi (?:have|had|get) (?:sexual )?thoughts\b|\bi (?:looked|look|have looked|viewed|"
    r"downloaded) at\b|\bi (?:looked|look|have looked|viewed|downloaded)\b.*\bimages\b"
    r"|\bi (?:might|could|am going to) (?:hurt|abuse|touch)\b|\bstop myself\b"
    r"|\bworried about (?:myself|my own)\b|\bfy meddyliau\b"
)


_ADULT = re.compile(
    r"\bwhen i was (?:a |little|young|younger|a kid|a child|\d)|\bas a (?:child|kid)\b"
    r"|\bwhen we were (?:kids|children|young|little|younger|teenagers|teens)\b"
    r"|\b(?:abused|raped|hurt) as (?:a )?(?:child|children|kid|kids|teenager)\b"
    r"|\bchildhood (?:sexual )?(?:abuse|trauma)\b|\bcptsd\b"
    r"|\byears ago\b|\bin my childhood\b|\bgrowing up\b|\b(?:im|i am) (?:an? )?(?:adult|"
    r"man|woman|survivor)\b|\badult survivor|\bpan oeddwn\b|\bplentyndod\b"
    # children rarely call themselves survivors; adults looking for help do
    r"|\bsurvivors?\b|\bgoroeswyr\b|\bgoroeswr\b"
)


_MALE = re.compile(
    r"\b(?:im|i am) (?:a )?(?:man|guy|boy|bloke|lad|male)\b|\bmale survivor"
    # what the asker was ("abused as a boy"), never who did it ("a man", "he", "my uncle")
    r"|\b(?:as|when i was) a (?:boy|lad|young (?:boy|lad))\b"
)


_FEMALE = re.compile(
    r"\b(?:im|i am) (?:a )?(?:woman|girl|female|lady)\b"
    r"|\b(?:as|when i was) a (?:girl|young girl)\b"
)


# --- who is asking, more ways of saying it (issue 25): kept apart from the lists above ---
#: the names people give themselves when worried about their own sexual interest in children
_LABEL = (
    r"(?:paedo|pedo|peado|paedophile|pedophile|peadophile|paedofile|pedofile|paedophiles|"
    r"pedophiles|hebephile|ephebophile|nonce|minor attracted(?: person)?|map)"
)


#: "i think im a paedophile", "am i a pedo", "im scared im a paedophile"
_SELF_LABEL = re.compile(rf"\b(?:im|i am|i m|iam|am i|i might be|could i be)\s+(?:an? )?{_LABEL}\b")


#: the word alone ("paedophile", "pedophile help"): said of oneself unless someone else is named
_BARE_LABEL = re.compile(rf"\b{_LABEL}\b|\bpaedophilia\b|\bpedophilia\b")


_ABOUT_SOMEONE = re.compile(
    r"\b(?:abused|raped|touched|hurt|groomed|molested|attacked|assaulted) (?:me|my|her|him)\b"
    r"|\b(?:to|on) me\b|\bmy (?:\w+ )?(?:child|children|son|daughter|kid|kids|dad|father|"
    r"stepdad|uncle|brother|partner|husband|boyfriend|neighbour|neighbor|friend|teacher|"
    r"coach|cousin|grandad|granddad)\b|\b(?:neighbour|neighbor|next door|lives near|"
    r"living near|moved in|released|in my street|in our street)\b"
)


_OWN_MORE = re.compile(
    r"\b(?:i have|i get|ive got|i ve got|having|dealing with|sexual|my) urges\b"
    # (walk-through F7) "urges i cant control about kids", "sexual thoughts about my niece"
    r"|\burges\b(?: \w+){0,5} (?:about|towards|for|around) (?:my )?(?:children|kids|child|"
    r"minors|young|little|underage|teens|boys|girls|niece|nephew)\b"
    r"|\b(?:sexual (?:thoughts|feelings|fantasies|urges)|fantasies|fantasi[sz]ing) (?:about|"
    r"towards|for|of) (?:my |a |young |little )?(?:nieces?|nephews?|step ?daughter|step ?son|"
    r"daughter|son|grand\w+|pupils?|students?|children|kids|child|minors|girls|boys)\b"
    r"|\burges (?:towards|about|for|around) (?:children|kids|minors|young|little|underage)"
    r"|\bsexual(?:ly)? (?:attracted|attraction|interest|feelings|fantasies) (?:to|in|towards|"
    r"for|about) (?:children|kids|minors|young|little|underage|teens|teenagers|boys|girls|"
    r"pre ?teens)"
    r"|\bi (?:fancy|find|am into|m into) (?:young|little|underage|small|pre ?teen)?\s?"
    r"(?:kids|children|girls|boys|teens|minors)\b"
    r"|\bi (?:watch|view|viewed|download|downloaded|look at|looked at|keep looking at|"
    r"search for|searched for|searching for|have been looking at|ve been looking at)\b"
    r".*\b(?:child porn|cp|underage|indecent|illegal images|csam|young girls|young boys|"
    r"kids|children|minors)\b"
    r"|\b(?:scared|afraid|frightened|worried|terrified) (?:that )?i (?:might|will|ll|could|"
    r"would|am going to|may) (?:hurt|abuse|touch|offend|do something)"
    r"|\b(?:dont|do not|never) want to (?:offend|hurt a child|abuse|touch a child)"
    r"|\b(?:afraid|scared) of (?:what i might do|my thoughts|myself)\b"
    r"|\b(?:intrusive|unwanted|disturbing|sexual) thoughts (?:about|of|towards) "
    r"(?:children|kids|minors|a child|young|little)"
    r"|\bmy (?:own )?(?:sexual )?(?:thoughts|urges|feelings|attraction|fantasies|desires) "
    r"(?:about|towards|for|to|around) (?:young |little |younger |small )?(?:children|kids|"
    r"teens|teenagers|minors|girls|boys|a child|a kid)"
    r"|\bnever acted on (?:it|them|my)\b"
)


_ADULT_MORE = re.compile(
    r"\bas a (?:boy|girl|lad|teen|teenager|youngster|young (?:boy|girl|lad|teenager))\b"
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
    # Welsh: "fel plentyn" / "fel plant" (as a child), "pan on in blentyn" (when I was a
    # child), "oedolion" / "oedolyn" (adults, an adult: help for grown-ups)
    r"|\bfel (?:plentyn|plant|bachgen|merch)\b|\bpan o ?n i ?n (?:blentyn|ifanc|fach|fychan)\b"
    r"|\boedolion\b|\boedolyn\b"
)


_PARENT_MORE = re.compile(
    r"\bas (?:a|the) (?:mum|mom|mother|dad|father|parent|carer|foster carer|grandparent|"
    r"gran|nan|grandma|grandad|step ?mum|step ?parent|guardian)\b"
    r"|\b(?:im|i am) (?:a |the |his |her |their )?(?:mum|mom|mother|step ?mum|guardian|"
    r"grandparent|gran|nan|grandma|foster parent|adoptive parent|kinship carer)\b"
    r"|\b(?:mum|mom|mother|dad|father|parent) of (?:a|an|two|three|\d)\b"
    r"|\b(?:my|our) (?:little|young|youngest|eldest|oldest|teenage|baby|step|adopted|foster|"
    r"\d{1,2} ?(?:yo|year old|yr old)) ?(?:daughter|son|child|boy|girl|kid|one|daughters|sons)\b"
    r"|\b(?:my|our) (?:toddler|teenager|teen|baby|eldest|youngest|boy|lad)\b"
    r"|\b(?:mum|mom|dad|mother|father|parent|step ?dad|step ?mum|grandparent|nan|gran) here\b"
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
    r"|\b(?:cefais|gefais|ces i|ges i|ces|ges|mi ges i|mi gefais) (?:fy |i fy )?(?:ngham drin|"
    r"cam drin|gam drin|nhreisio|treisio|ngham-drin|nghyffwrdd|molestio)\b"
    r"|\b(?:roeddwn|oeddwn|ro n i|ron i|on i|o n i)(?: i)? ?n cael fy\b"
)


#: (third walk-through F7) first-person words about one's own thoughts or viewing, with no
#: one else as the subject before them: "i keep having thoughts about kids", "looked at
#: images of kids online", "cant stop thinking about children in a sexual way"
_OWN_THOUGHTS = re.compile(
    r"\b(?:i |ive |i ve |i have |been |keep |kept |cant stop |can t stop |cannot stop )"
    r"(?:\w+ ){0,3}(?:thoughts|thinking|fantasi\w+|urges|feelings) (?:about|of|towards|around) "
    r"(?:young |little |small |underage |younger )?(?:kids|children|child|minors)\b"
    # (not "thoughts about kids who are being abused")
    r"(?! (?:who |that )?(?:being|getting|are|were|was|is|have been|get)\b| in my family|"
    r" in care| at risk)"
    r"|\b(?:kids|children|child|minors) in a sexual way\b"
)


_OWN_VIEWING = re.compile(
    r"(?:^|\b(?:i|ive|i ve|have|had|been|keep|kept)\s)(?:been |keep |kept )?(?:look(?:ed|ing)? at|"
    r"view(?:ed|ing)?|watch(?:ed|ing)?|download(?:ed|ing)?|search(?:ed|ing)? for|sav(?:ed|ing)) "
    r"(?:\w+ ){0,3}(?:images|pictures|pics|photos|videos|vids|content|material)\b"
    r"(?: \w+){0,3} (?:kids|children|child|minors|underage|under age|young girls|young boys|"
    r"teens)\b"
)


#: someone else is who looked or thinks ("my husband has been looking at images of kids")
_SOMEONE_ELSE = re.compile(
    r"\b(?:he|she|they|hes|shes|theyve|theyre|my|our|his|her|their|someone|somebody)\b"
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
    r"people|those|survivors|dynion|oedolion|menywod)\b(?: \w+){0,3} (?:abused|raped|molested|"
    r"groomed|assaulted|hurt|harmed|interfered with|cam drin|gam drin)\b(?: \w+){0,4} (?:as (?:a )?"
    r"(?:kids?|children|child|boys?|girls?|lads?|lasses|teens?|teenagers?|youngsters?|youths?|"
    r"youngsters)|when (?:they were|we were) (?:\w+ )?(?:young|little|kids|children|boys|girls|"
    r"lads|teens|teenagers|at school)|in (?:their|our) (?:childhood|youth|teens)|fel plant)\b"
    r"|\b(?:abused|raped|molested|groomed|assaulted) (?:as|when they were) (?:boys|girls|lads|"
    r"lasses|teens|teenagers|youngsters|kids|children)\b"
)


#: ... whose sex the group names: "men", "blokes" (or "boys", "lads": what they were then)
_ADULTS_MALE = re.compile(r"\b(?:men|blokes|guys|fellas|males|dynion|boys|lads)\b")


_ADULTS_FEMALE = re.compile(r"\b(?:women|ladies|females|menywod|girls|lasses)\b")


#: (F2) a Welsh parent: "ein merch" (our daughter), "fy hogyn" (my boy), "help i riant" (help
#: for a parent), "dw i'n fam" (I am a mother), "fel rhiant" (as a parent)
_PARENT_CY = re.compile(
    r"\bein (?:plentyn|mhlentyn|merch|mab|plant|hogyn|hogan|bachgen)\b"
    r"|\bfy (?:hogyn|hogan|mhlant|llysferch|llysfab|wyres|wyr|mhlentyn|merch|mab|machgen)\b"
    r"|\b(?:i|ar gyfer|fel|i r|ir) (?:riant|rhiant|rhieni)\b"
    r"|\b(?:dwi n|dw in|dw i n|rwy n|rwyn|rydw i n|rydw in|rwyf in|rwyf i n) (?:fam|dad|riant|"
    r"rhiant|llysfam|llystad)\b"
)


#: (fifth walk-through F3, F4, F9) an age written after who it is, without "aged" or "year
#: old": "boy 15", "girl, 10", "pupil 12" (never a count: "girl 2 times", "boy 3 years")
_NOUN_AGE = re.compile(
    r"\b(?:boy|girl|lad|lass|child|kid|pupil|student|young person|teen|teenager)\s+"
    r"(?:aged |age |of )?(\d{1,2})\b(?!\s(?:{_NOT_AGE}|years?|yrs?|year olds?|oclock)\b)".replace(
        "{_NOT_AGE}", _NOT_AGE
    )
)


#: a school year in England and Wales ("year 9 pupil", "a yr 6 girl", "in year 10"): the
#: pupil's age at the start of that school year (year 9: 13, turning 14)
_SCHOOL_YEAR = re.compile(
    r"\b(?:year|yr) (\d{1,2}) (?:pupil|student|girl|boy|child|kid|lad|lass)s?\b"
    r"|\b(?:im|i am|i m|is|she is|he is|shes|hes|who is|whos) in (?:year|yr) (\d{1,2})\b"
)


#: (fifth walk-through F9) a child's age said last, alone ("my brother makes me do stuff i
#: dont want 13"), unless a word before it makes it a time, a count or a past age ("at 13",
#: "when i was 13", "for 13")
_TRAILING_NUMBER = re.compile(r"(?:^|\s)(\w+) (\d{1,2})$")


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
_SCHOOL_YEAR_WORDS = re.compile(r"\b(?:year|yr) (?:[1-9]|1[0-3])\b(?! (?:ago|old|olds)\b)")


#: (fifth walk-through) school staff telling of a pupil: "yr 8 student told me", "a year 10
#: pupil disclosed" (a child says "im in year 8")
_PRO_SCHOOL = re.compile(
    r"\b(?:pupil|student)s? (?:has |had |just |then )?(?:told me|disclosed|confided)\b"
    r"|(?<!\bim a )(?<!\bi am a )\b(?:year|yr) \d{1,2} (?:pupil|student)s?\b"
)


# --- who is asking, more ways of saying it (sixth walk-through): kept apart too ---
#: words for sexual images of children, as people say them ("child porn", "cp", "indecent
#: pictures", "videos of kids")
_CSAM = (
    r"(?:child (?:porn\w*|(?:sex\w* )?abuse (?:images|pictures|videos|material)|sex\w* (?:images|"
    r"pictures|videos))|kiddie porn|"
    r"cp|csam|csem|underage (?:porn\w*|images|pictures|pics|videos|vids|content|girls|boys)|"
    r"indecent (?:images|pictures|pics|photos|videos|vids|content|material)|illegal (?:images|"
    r"pictures|pics|videos|content|porn\w*)|(?:sexual |naked |nude |explicit )?(?:images|"
    r"pictures|pics|photos|videos|vids|content|porn) (?:of|with|involving) (?:young |little |"
    r"underage |small )?(?:kids|children|child|minors|teens|girls|boys)|(?:pre ?)?teen porn)"
)


#: (F1) looking at it, said of oneself: "ive been watching child porn", "i keep downloading cp",
#: "sharing indecent images" (not "he showed me child porn": ``_first_person`` and
#: ``_SHOWN_TO_ME``)
_OWN_CSAM_VIEWING = re.compile(
    r"(?:^|\b(?:i|ive|i ve|im|i m|i am|have|had|been|keep|kept|cant stop|can t stop|"
    r"cannot stop|addicted to)\s)(?:been |keep |kept |started |always |still |sometimes |was |"
    r"am |m )?"
    r"(?:watch\w*|look\w* at|view\w*|download\w*|shar\w*|sav\w*|collect\w*|search\w* for|"
    r"stream\w*|trad\w*|access\w*|send\w*|sent|seek\w* out|found myself (?:watching|looking at))"
    rf" (?:\w+ ){{0,3}}?{_CSAM}\b"
)


#: ... or named with a wish to stop, or to get help for it: "child porn, want to stop", "cp
#: addiction", "how do i stop looking at underage stuff"
_CSAM_STOP = re.compile(
    rf"\b{_CSAM}\b(?: \w+){{0,8}} (?:want to stop|need to stop|wanna stop|to stop|stop|"
    r"quit|addict\w*|help me|get help|need help)\b"
    rf"|\b(?:stop|quit|addicted to|addiction to|hooked on) (?:\w+ ){{0,3}}?{_CSAM}\b"
)


#: what was done to the asker with images ("he showed me", "made me watch", "shared pictures
#: of me"): a victim's words
_SHOWN_TO_ME = re.compile(
    r"\b(?:showed|shows|showing|sent|sends|sending|made|makes|forced|forces|shared|shares|"
    r"posted|leaked|took|takes|taking) me\b|\b(?:of|with) me\b|\bmy (?:pictures|pics|photos|"
    r"nudes|videos|images)\b"
)


#: (F1) talking sexually to a child, said of oneself: "ive been sexting a 14 year old",
#: "chatting to a 13yo online and it got sexual", "i groomed a kid", "sent nudes to a minor"
_MINOR = (
    r"(?:(?:a|an|this|the|with a|with an|some) )?(?:\d{1,2} ?(?:yo|y o|yr old|yrs old|year old|"
    r"years old)(?: girl| boy| kid| child)?|minors?|underage (?:girl|boy|kid|teen)s?|"
    r"(?:young |little |school ?)(?:girl|boy|kid)s?|kids?|child|children|schoolgirls?|"
    r"schoolboys?|(?:young |under ?age )?teens?)"
)
_OWN_SEXTING = re.compile(
    r"(?:^|\b(?:i|ive|i ve|im|i m|i am|have|had|been|keep|kept)\s)"
    r"(?:been |keep |kept |started |have been |ve been |was |am |m )?"
    r"(?:sext\w*|groom\w*|send\w* nudes to|sent nudes to|ask\w* for nudes from|"
    r"talk\w* (?:dirty|sexually) (?:to|with)|"
    r"sexually (?:messag\w*|chatt\w*|talk\w*) (?:to|with))"
    rf" {_MINOR}\b"
    # ... or writing to, meeting or sleeping with someone whose age under 18 is said
    r"|(?:^|\b(?:i|ive|i ve|im|i m|i am|have|had|been|keep|kept)\s)"
    r"(?:been |keep |kept |started |have been |ve been |was |am |m )?"
    r"(?:chat\w*|talk\w*|messag\w*|text\w*|snapchat\w*|flirt\w*|meet\w*|met up|slept|"
    r"sleep\w*|dating|seeing|in a relationship|sen[dt]\w* (?:\w+ )?(?:messages|texts|pics|"
    r"pictures|photos|videos))(?: up| sexually| dirty| online)*(?: to| with)?(?: online)? "
    r"(?:a |an |this |the |some )?(?:[1-9]|1[0-7]) ?(?:yo|y o|yr old|yrs old|year old|years old)\b"
    # ... or "messages i sent to a 14 year old"
    r"|\b(?:messages|texts|pics|pictures|photos|videos|nudes) i (?:sent|send|ve sent|have sent) "
    r"(?:to )?(?:a |an |this |the )?(?:[1-9]|1[0-7]) ?"
    r"(?:yo|y o|yr old|yrs old|year old|years old)\b"
)


#: (F1) thoughts about a child of the family, or one in one's care, said of oneself: "i think
#: about my niece in a sexual way", "im attracted to my stepson", "i get turned on by my
#: partners daughter" (with ``_SEXUAL_WAY`` said somewhere)
_RELATIVE = (
    r"(?:my|our) (?:\w+ )?(?:nieces?|nephews?|daughters?|sons?|step ?daughters?|step ?sons?|"
    r"grand(?:daughter|son|child|kid)s?|grandchildren|kids|children|child|little (?:sister|"
    r"brother|cousin)s?|younger (?:sister|brother|cousin)s?|baby (?:sister|brother)|"
    r"pupils?|students?|god(?:daughter|son)s?)"
)
_OWN_RELATIVE = re.compile(
    r"\b(?:i|im|ive) (?:am |m |have |ve |keep |get |got |feel |cant stop |can t stop |"
    r"have been |ve been |been |sometimes |often |still |find myself |started |sexually )*"
    r"(?:think\w*|thought|fantasi[sz]\w*|dream\w*|attracted|aroused|turned on|drawn|fixated|"
    r"obsessed|having (?:\w+ )?(?:thoughts|feelings|urges|fantasies)|"
    r"(?:\w+ )?(?:thoughts|feelings|urges|fantasies))"
    rf"(?: sexually)? (?:about|of|towards|to|by|for|on|around) {_RELATIVE}\b"
)
_SEXUAL_WAY = re.compile(
    r"\b(?:sexual\w*|that way|in that way|inappropriate\w*|the wrong way|wrong way|not right|"
    r"arent right|aren t right|arent normal|turned on|aroused|attracted|fantasi\w*|urges|"
    r"dirty|horny|arousing)\b"
)


#: (F1) arrested, caught or investigated for images or for talking to a child, said of
#: oneself: "i got arrested for images", "police took my laptop", "under investigation for
#: indecent images"
_OWN_ARRESTED = re.compile(
    r"(?:^|\b(?:i|ive|i ve|im|i m|i am|was|been|got|have)\s)(?:been |was |got |am |m |being |"
    r"under |recently |just )*(?:arrest\w*|caught|investigat\w*|questioned|interviewed|charged|"
    r"cautioned|convicted|raided|on bail|on police bail|released under investigation)"
    r"(?: \w+){0,3} (?:for|over|about|with|after|because of|looking at|watching|downloading)"
    r"(?: \w+){0,3} (?:images|pictures|pics|photos|videos|vids|porn\w*|cp|csam|downloading|"
    r"indecent|online offen\w*|sexting|grooming|messages|chatting|a child|a minor|child \w+)\b"
    r"|\bpolice (?:took|seized|have|raided|came for) (?:my|our) (?:laptop|phone|computer|pc|"
    r"devices|tablet|house)\b"
)


#: (F1) Welsh: sexual thoughts, feelings or attraction towards children, of oneself ("dw
#: i'n cael meddyliau rhywiol am blant", "atyniad rhywiol at blant", "dwi'n cael fy nenu'n
#: rhywiol at blant", "mae gen i feddyliau rhywiol am blant")
_OWN_CY = re.compile(
    r"\b(?:meddyliau|feddyliau|teimladau|deimladau|ffantasiau|atyniad|hatyniad|ysfa|chwant\w*|"
    r"awydd) (?:\w+ ){0,2}?(?:rhywiol )?(?:am|at|tuag at|ynghylch|ynglyn a|ynglŷn â) "
    r"(?:blant|plant|phlant|blentyn|plentyn|phlentyn|bobl ifanc)\b"
    r"|\b(?:fy |cael fy |yn cael fy )?(?:nenu|denu|ddenu)(?:n| n| yn)?(?: rhywiol)? (?:at|gan) "
    r"(?:blant|plant|phlant|blentyn|plentyn|phlentyn)\b"
    r"|\b(?:atyniad|meddyliau|teimladau) rhywiol\b(?: \w+){0,3} (?:blant|plant|phlant)\b"
)


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
    r"(?:^|\b(?:im|i am|i m|iam)(?: an?)? )(?:(male|man|bloke|guy|m)|(female|woman|lady|f)) ?"
    # (not a postcode: "m15 4fn")
    r"(\d{1,2})\b(?! ?(?:{_NOT_AGE}|years? ago|yrs? ago|times)\b)(?! ?\d[a-z]{2}\b)".replace(
        "{_NOT_AGE}", _NOT_AGE
    )
    + r"|^(\d{1,2}) ?(?:(m|male)|(f|female))\b"
)


#: (sixth walk-through) someone harmed speaking ("he was arrested for touching me", "my abuser
#: has been charged"): words like "arrested" or "offender" are then about who did it, not a
#: search about one's own behaviour
_HARMED_SPEAKER = re.compile(
    r"\b(?:abused|raped|touched|touching|hurt|molested|assaulted|attacked|groomed|did to|done to|"
    r"does to|doing to|did it to|interfered with) me\b|\b(?:my|the) (?:abuser|rapist|attacker)s?\b"
)
