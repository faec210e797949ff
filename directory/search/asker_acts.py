"""(probe 11) Someone telling of their own acts or urges towards a child, in words the lists of
``asker_own`` miss: an act told in any tense with the asker as who did it ("i touched my
little cousin", "i sexually abused my sister when we were kids"), a child's age said of the
other person ("pics of 12 yr olds", "messaging a girl i think is 15"), "stop fancying young
girls", and the Welsh for these ("wnes i gam-drin fy chwaer", "sgwrsio'n rhywiol efo plentyn
14 oed", "ofn beth allwn i ei wneud i fy nith", "stopio edrych ar ddelweddau o blant", every
mutated form of "pedoffeil"). Never what was done to the asker ("he touched me when i was
12", "my cousin made me touch him", "cefais fy ngham-drin"). Over ``clean_text``'s words
(apostrophes gone: "dw i'n" is "dw in"). Used by ``asker.who_is_asking``."""

from __future__ import annotations

import re

from .asker_own import _HARMED_SPEAKER, kin_viewing
from .asker_patterns import _ADULT, _ADULT_MORE, _ADULT_RECALLING, _ADULTS_RECALLING
from .viewing_cy import CY_PICTURES, CY_VIEWING

# --- English -------------------------------------------------------------------------------
#: a child, or a child of the family, as the one an act is done to ("my little cousin", "a
#: 12 year old", "my niece", "kids"); brothers, sisters and cousins too, of any age then
_CHILD_OR_KIN = (
    r"(?:(?:my|our|a|an|the|this|that|his|her|their|some|one of my|one of the) )?"
    r"(?:(?:\d{1,2} ?(?:yo|y o|yr old|yrs old|year old|years old)|little|young|younger|baby|"
    r"small|step|half|own|wee|\w+s) ){0,2}"
    r"(?:nieces?|nephews?|daughters?|sons?|step ?daughters?|step ?sons?|grand(?:daughter|son|"
    r"child|kid)s?|grandchildren|kids?|children|child|sisters?|brothers?|siblings?|cousins?|"
    r"(?:step|half) ?(?:sisters?|brothers?)|"  # (probe 21) "my stepsister", "my halfbrother"
    r"pupils?|students?|god(?:daughter|son|child)s?|girls?|boys?|babies|baby|toddlers?|"
    r"minors?|foster (?:child|children|kid|kids)"
    # (probe 12) a child said only by age ("my partners 8 year old", "a 12 yo")
    r"|\d{1,2} ?(?:yo|y o|yr old|yrs old|year old|years old))\b"
)

#: doing it, with the asker as who did it, in any tense: "i touched", "i have abused", "ive
#: been touching", "i sexually assaulted", "i did sexual things to" (never "i was touched",
#: nor "i did stuff with": a child's words for what happened between them)
_I_DID = (
    r"\b(?:i|ive|i ve|id|i d"
    # (probe 12) "i" said once for two things: "im 45 and have abused…", "im a dad and touched…"
    r"|(?:im|i am|i m)(?: \w+){1,3}? and)"
    r"(?: (?:have|had|did|once|also|then|sexually|inappropriately|actually|accidentally|"
    r"may have|might have|must have|used to|sometimes|repeatedly|even|still|think i|know i|"
    r"admit i|confess i|ve|d))*"
    r" (?:touched|touch|abused|abuse|molested|molest|raped|rape|groomed|fondled|fondle|groped|"
    r"grope|fiddled with|interfered with|sexually assaulted|exposed myself to|flashed|"
    r"did (?:sexual |rude |bad |inappropriate )?(?:things|stuff|something) to|"
    # (probe 12) vague words for it: "did something sexual to", "been inappropriate with",
    # "behaved inappropriately towards" (never "did stuff with": see above)
    r"(?:did|done) (?:something|things|stuff) (?:sexual|inappropriate|rude|wrong) to|"
    r"(?:been|was|got) (?:sexually )?inappropriate (?:with|to|towards|around)|"
    r"(?:acted|behaved|behave|act) (?:sexually )?inappropriately (?:with|to|towards|around)|"
    r"made (?:him|her|them) (?:touch|do)|"
    # (probe 14) "i crossed a line with my niece", "crossed the line sexually with a 12 year old"
    r"crossed (?:a|the) line (?:sexually |physically )?with)"
    r"|\b(?:i|ive|i ve)(?: (?:was|am|m|have been|ve been|been|keep|kept|started|cant stop|"
    r"can t stop))+ (?:touching|abusing|molesting|raping|grooming|fondling|groping|fiddling with|"
    r"interfering with)"
)
_OWN_ACT = re.compile(rf"(?:{_I_DID})(?: (?:sexually|inappropriately))? {_CHILD_OR_KIN}")
#: (third probe, pattern 1) ... or making a child do it: "i made my little cousin do sexual
#: things", "ive forced my stepson to touch me" (never "made me": ``_DONE_TO_ME``)
_OWN_MADE = re.compile(
    r"\b(?:i|ive|i ve|id|i d)(?: (?:have|had|once|also|then|sometimes|ve|d))* (?:made|make|"
    rf"forced|force|got|get|pressured|tricked|bribed) {_CHILD_OR_KIN} (?:to )?(?:touch (?:me|my|"
    r"him|her|it|them|each other)|do (?:sexual|rude|sex|dirty|bad|naughty) (?:things|stuff)|"
    r"do (?:things|stuff|something) (?:sexual|rude)|do (?:things|stuff) (?:to|with|for) me|"
    r"suck|lick|undress|get naked|take (?:off )?(?:their|his|her) (?:clothes|pants|knickers)|"
    r"watch (?:porn|sexual|dirty|rude))\b"
)
#: (third probe, pattern 2) a risk or danger to children, said of oneself: "im a risk to
#: children", "scared i could be a danger to kids", "someone who is a risk to children, thats
#: me"; not a survivor's fear of it ("am i a risk to my kids because i was abused")
_RISK_TO_CHILDREN = re.compile(
    r"\b(?:im|i am|i m|i could be|i might be|i may be|am i|that im|that i am|i feel like im|"
    r"i worry im|scared im|afraid im|worried im|think im) (?:a )?(?:real |serious )?(?:risk|"
    r"danger|threat) to (?:children|kids|a child|minors|young (?:girls|boys|people)|"
    r"my (?:\w+ )?(?:kids|children|nieces?|nephews?|grandchildren|step ?kids))\b"
    r"|\b(?:risk|danger|threat) to (?:children|kids|a child|minors)\b(?: \w+){0,3} "
    r"(?:thats|that s|that is|its|it s|it is|this is) me\b"
)
_I_WAS_HARMED = re.compile(
    r"\bi was (?:\w+ )?(?:abused|raped|molested|assaulted|groomed|interfered with)\b"
    r"|\b(?:abused|raped|molested|assaulted) me\b"
)
#: (probe 12) ... or said first with "i" left out, as people type ("did something sexual to my
#: younger cousin years ago", "been inappropriate with my stepdaughter"), of a child named with
#: "my", "our" or "a" (not "abused children support": who it is for)
_OWN_ACT_FIRST = re.compile(
    r"^(?:(?:have|had|once|then) )*(?:did (?:something|things|stuff) (?:sexual|inappropriate) to|"
    r"(?:been|was) (?:sexually )?inappropriate (?:with|to|towards)|touched|abused|molested|"
    r"fondled|groped|raped|sexually abused|sexually assaulted)(?: sexually| inappropriately)? "
    rf"(?=(?:my|our|a|an|one of my) ){_CHILD_OR_KIN}"
)
#: (probe 12) ... or done to "him", "her", "them", with a child named before ("my partner's 8
#: year old, i've been inappropriate with her", "my niece is 7 and i touched her")
_OWN_ACT_ON_THEM = re.compile(rf"(?:{_I_DID})(?: (?:sexually|inappropriately))? (?:him|her|them)\b")
_CHILD_NAMED = re.compile(rf"\b(?=(?:my|our|a|an|the|his|her|their) ){_CHILD_OR_KIN}")
#: ... unless someone else is named after it as who did it ("touched my daughter, her coach did")
_SOMEONE_AFTER = re.compile(r"\b(?:he|she|they|hes|shes|his|her|their|someone|somebody|by)\b")

#: what was done to the asker, which makes an act theirs to tell, not one they did: "made me",
#: "forced me", "i had to touch", "he had me", "i was made to" ("touched me" is
#: ``_HARMED_SPEAKER``; not "i know i have to stop")
_DONE_TO_ME = re.compile(
    r"\b(?:made|makes|making|make|forced|forces|forcing|tricked|pressured|pressures|pushed|"
    r"bribed) me\b|\b(?:told|tells|asked|asks|got|gets|wanted|wants|paid) me to\b"
    r"|\bi (?:had|have) to (?:touch|do|watch|suck|kiss|let|lick|hold|rub|undress|sleep with|keep)\b"
    r"|\b(?:he|she|they) (?:had|has|have) me\b|\bi (?:was|were|got) "
    r"(?:made|forced|told|tricked|pressured)\b|\blet (?:him|her|them)\b|\b(?:touched|abused|"
    r"raped|molested|groomed|assaulted) by\b"
)

#: a child's age said of the other person, after who it is: "a girl i think is 15", "a boy
#: who is 13", "a lad aged 14", "a girl whos only 12"
_MINOR_SAID = (
    r"(?:a |an |this |the |some )?(?:(?:girl|boy|kid|teen|teenager|lad|lass|minor)s?|child|"
    r"children|someone|somebody|young (?:girl|boy|lad|person)s?)"
    r"(?: (?:i think|i found out|i now know|i later found out|who|that|i know))?"
    r" (?:is|s|was|are|were|whos|thats|aged|age|who is|who was|who are) (?:only |just |about |"
    r"around |under )?(?:[1-9]|1[0-7])\b"
)
#: children said by age ("pics of 12 yr olds", "videos of 14 year olds", "11 yo girls")
_AGED_CHILDREN = (
    r"(?:[1-9]|1[0-7]) ?(?:yos|(?:yo|y o|yr|yrs|year|years) ?olds|(?:yo|y o|yr old|yrs old|"
    r"year old|years old)(?: (?:girls?|boys?|kids?|children))?)\b"
)
_OWN_PICTURES_AGED = re.compile(
    # looking at pictures of children said by age
    r"(?:^|\b(?:i|ive|i ve|im|i m|have|had|been|keep|kept|cant stop|can t stop|stop|"
    r"addicted to)\s)(?:been |keep |kept |started |always |still |m )?(?:look\w* at|view\w*|"
    r"watch\w*|download\w*|sav\w*|collect\w*|search\w* for|shar\w*)(?: \w+){0,2} (?:images|"
    r"pictures|pics|photos|videos|vids|content|porn) (?:of|with|involving) (?:\w+ )?"
    rf"(?:{_AGED_CHILDREN})"
)
#: talking to, or meeting, someone whose age under 18 is said after them ("been messaging a
#: girl i think is 15"): the asker's when a grown-up's age or a wish to stop is said too (a
#: child may be talking to another)
_OWN_TALK_AGED = re.compile(
    r"(?:^|\b(?:i|ive|i ve|im|i m|i am|have|had|been|keep|kept)\s)(?:been |keep |kept |"
    r"started |have been |ve been |was |am |m )?(?:chat\w*|talk\w*|messag\w*|text\w*|"
    r"snapchat\w*|sext\w*|flirt\w*|meet\w*|met up|slept|sleep\w*|dating|seeing|groom\w*)"
    rf"(?: up| sexually| dirty| online)*(?: to| with)?(?: online)? {_MINOR_SAID}"
)
_KNOWN_WRONG = re.compile(
    r"\b(?:stop|stopping|wrong|shouldnt|should not|illegal|ashamed|guilty|disgusted with myself)\b"
)

#: sexual thoughts or urges about a child said by age: "sexual thoughts about a 12 year old",
#: "urges towards 14 year olds", Welsh "ysfa rywiol at ferch 13 oed"
_URGE_AGED = re.compile(
    r"\b(?:sexual (?:thoughts|feelings|fantasies|urges|attraction|interest)|urges|fantasies|"
    r"fantasi[sz]ing|fantasi[sz]es?|attraction|attracted|turned on|aroused) (?:about|towards|"
    rf"for|to|around|by|in) (?:a |an |my |this |some |the |our )?(?:{_AGED_CHILDREN})"
    r"|\b(?:meddyliau|feddyliau|teimladau|deimladau|ffantasiau|atyniad|ysfa|chwant\w*) rh?ywiol "
    r"(?:am|at|tuag at) (?:\w+ ){0,2}?(?:[1-9]|1[0-7]) oed\b"
)

#: (like "i fancy young girls", ``asker_own._OWN_MORE``) a wish to stop, or a struggle, fancying
#: or being drawn to children: "how do i stop fancying young girls", "cant stop being attracted"
_STOP_FANCYING = re.compile(
    r"\b(?:stop|stopping|quit|cant stop|can t stop|keep|kept|help with|control|not)"
    r" (?:fancying|being attracted to|being into|lusting after|fantasi[sz]ing about|"
    r"being drawn to|being turned on by) (?:(?:young|little|underage|small|pre ?teen|younger) "
    r"(?:kids|children|girls|boys|teens|teenagers)|kids|children|minors)\b"
)

#: (like "paedophile", ``asker_own._LABEL``) the adjective and the Welsh word in all its mutations:
#: "pedoffeil", "bedoffeil", "mhedoffeil", "phedoffeil" (and "pedoffil", "pedoffilia")
_LABEL_MORE = r"(?:paedophilic|pedophilic|peadophilic|(?:p|b|mh|ph)edoff(?:e|i)?il\w*)"
#: said of oneself in Welsh: "dw i'n bedoffeil", "fy mod i'n bedoffeil", "ydw i'n bedoffeil?",
#: "pedoffeil ydw i"
_CY_SELF_LABEL = re.compile(
    rf"\b(?:in|fin|i n|fi n|dwin|dwi yn|dw i yn|rwyn|rydw in|ydw in|i yn) {_LABEL_MORE}"
    rf"|\b{_LABEL_MORE} (?:ydw|dw|wyf|ydwyf) i\b"
)
#: the word alone ("pedoffeil help", "paedophilic urges"), unless someone else is named
_BARE_LABEL_MORE = re.compile(rf"\b{_LABEL_MORE}")
_SOMEONE_NAMED = re.compile(
    r"\b(?:he|she|they|hes|shes|his|her|their|someone|somebody|my (?!own|urges|thoughts|"
    r"feelings|mind)\w+|our \w+|by)\b"
    # Welsh: "fy nhad" (my father), "ei", "eu", "mae'r cymydog" (the neighbour is)
    r"|\b(?:fy (?!mod|hun|meddyliau|nheimladau|ysfa|hunan)\w+|ein \w+|eu \w+|ei \w+|"
    r"cymydog|cymdog|e|o|hi|nhw|ef|gan)\b"
)

# --- Welsh ---------------------------------------------------------------------------------
#: a child, or a child of the family, in Welsh, mutated or not ("blentyn", "fy nith")
_CY_CHILD = (
    r"(?:(?:fy|ein) )?(?:plentyn|blentyn|phlentyn|mhlentyn|plant|blant|phlant|mhlant|nith|"
    r"nithoedd|nai|neiaint|chwaer|chwaer fach|mrawd|mrawd bach|nghefnder|nghyfnither|cefnder|"
    r"gefnder|cyfnither|gyfnither|merch|ferch|mab|fab|llysferch|lysferch|llysfab|lysfab|wyres|"
    r"wyr|disgybl|ddisgybl|babi|fabi|merch fach|ferch fach|bachgen bach|fachgen bach|hogan "
    r"fach|hogyn bach|rhywun dan oed)\b"
)
#: what I did ("wnes i gam-drin", "dw i wedi cyffwrdd â", "cyffyrddais â", "cam-driniais")
_CY_I_DID = (
    r"\b(?:wnes i|nes i|gwnes i|wnes|gwnes|dw i wedi|dwi wedi|rydw i wedi|rwy wedi|rwyf wedi|"
    r"wyf wedi|rydwi wedi|fi wedi|i wedi)"
    # (probe 12) "gwnes i rywbeth rhywiol i'm nai" (did something sexual to my nephew)
    r" (?:(?:gwneud |wneud )?(?:rywbeth|rhywbeth|bethau|pethau) (?:rh?ywiol|amhriodol|anweddus)"
    r" (?:i|im|i m|i fy|efo|gyda|hefo)|(?:bod|ymddwyn) yn amhriodol (?:gyda|efo|hefo|tuag at)|"
    r"gyffwrdd|cyffwrdd|gam drin|cam drin|gamdrin|camdrin|dreisio|treisio|folestio|"
    r"molestio|ymyrryd|ymosod yn rhywiol|feithrin perthynas amhriodol|meithrin perthynas "
    r"amhriodol)"
    r"|\b(?:cyffyrddais|gyffyrddais|cam driniais|gam driniais|camdriniais|treisiais|"
    r"dreisiais|molestiais|folestiais)(?: i)?"
    # (probe 12) "roeddwn i'n amhriodol gyda fy nith" (I was inappropriate with my niece)
    r"|\b(?:roeddwn i n|roeddwn in|ron in|ro n i n|on in|o n i n|bues i n|bues in) (?:yn )?"
    r"amhriodol (?:gyda|efo|hefo|tuag at)"
)
_CY_OWN_ACT = re.compile(
    rf"(?:{_CY_I_DID})(?: (?:yn rhywiol|n rhywiol|â|a|ag|efo|gyda|hefo))* "
    rf"{_CY_CHILD}"
)
#: what was done to the asker in Welsh: made or forced to, "i mi" (to me), "fy ngham-drin"
_CY_DONE_TO_ME = re.compile(
    r"\b(?:gwneud i mi|gwneud i fi|wnaeth (?:e|o|hi|nhw) i mi|i mi ei|i fi ei|orfodi|gorfodi|"
    r"gorfododd|orfododd|fy ngorfodi|fy ngham drin|fy nghyffwrdd|fy nhreisio|cefais fy|ges i fy|"
    r"ces i fy|gefais fy)\b"
)
#: a third person before, in Welsh: "mae dyn wedi bod yn...", "roedd fy ewythr...", "wnaeth e"
_CY_SOMEONE_ELSE = re.compile(
    r"\b(?:mae|maen|roedd|oedd|bu|wnaeth|gwnaeth|dyn|dynes|menyw|fy|ein|ei|eu|rhywun|e|o|hi|"
    r"nhw|ef)\b"
)
#: talking in a sexual way with a child: "sgwrsio'n rhywiol efo plentyn 14 oed", "anfon
#: negeseuon rhywiol at ferch 13 oed" (never "fy merch": a parent's child)
_CY_CHATTING = re.compile(
    r"\b(?:sgwrsio|siarad|tecstio|negesu|negeseua|fflyrtio|anfon negeseuon|anfon lluniau|"
    r"yrru negeseuon|gyrru negeseuon)n?(?: yn)? (?:\w+ )?(?:rhywiol|rywiol|budr|noeth)"
    r"(?: \w+){0,3}? (?:efo|gyda|hefo|â|a|ag|at|i) (?!fy |ein )"
    r"(?:(?:[pb]lentyn|phlentyn|[pb]lant|phlant|rhywun dan oed)\b|(?:\w+ )?(?:[1-9]|1[0-7]) oed\b)"
)
#: afraid of what I could do to a child: "ofn beth allwn i ei wneud i fy nith", "poeni y
#: gallwn i frifo plentyn"
_CY_AFRAID = re.compile(
    r"\b(?:ofn|ofni|poeni|pryderu|dychryn|gofid|gofidio)\b(?: \w+){0,3}? "
    r"(?:gallwn|allwn|alla|galla|wnawn|wnaf|wna|byddwn|fyddwn|allen|gallen|mi|i mi) i? ?"
    r"(?:ei |n |yn )?(?:wneud|neud|frifo|brifo|gyffwrdd|cyffwrdd|gam drin|cam drin|niweidio|"
    r"ymosod)\b(?: \w+){0,3}? (?:i |â |a |ar )?"
    rf"{_CY_CHILD}"
)
#: (probe 12) afraid of what I am going to do, said in the future: "ofn fy mod i'n mynd i
#: gam-drin plentyn", "mae arna i ofn y bydda i'n cam-drin plentyn", "poeni y gwna i frifo fy
#: nith", or "dwi ofn cam-drin plentyn" (I am afraid of abusing a child); never someone else's
#: ("ofn ei fod e'n mynd i…", "ofn y bydd e'n…")
_CY_AFRAID_FUTURE = re.compile(
    r"\b(?:ofn|ofni|poeni|pryderu|dychryn|gofid|gofidio) (?:(?:fy |y )?mod i ?n mynd i|"
    r"(?:y |fe |mi )?(?:bydda|byddaf|fydda|fyddaf|gwna|gwnaf|wna|wnaf|galla|alla|gallaf|allaf)"
    r" i ?n?|(?:y |fe |mi )?(?:byddaf|fyddaf|gwnaf|wnaf|gallaf|allaf))"
    r" (?:yn )?(?:gam drin|cam drin|frifo|brifo|gyffwrdd|cyffwrdd|niweidio|ymosod ar)"
    r"(?: \w+){0,2}? (?:i |â |a |ar )?"
    + _CY_CHILD
    + r"|\b(?:dwi|dw i|rwy|rwyf|rydw i|mae arna i|mae gen i|sgen i) ofn (?:gam drin|cam drin) "
    r"(?:plentyn|blentyn)\b(?! (?:gan|sydd|sy|yn cael)\b)"
)
#: (probe 12) an urge to look at or touch children, and thoughts about children "in a sexual
#: way", English and Welsh: "the urge to look at kids online", "sut mae stopio'r ysfa i edrych
#: ar blant" (how to stop the urge to look at children), "dwi'n meddwl am blant iau mewn ffordd
#: rywiol" (I think about younger children in a sexual way): the asker's own unless someone
#: else is named before (``_SOMEONE_NAMED``)
_URGE_TO = re.compile(
    r"\b(?:urges?|compulsion|temptation) to (?:look at|watch|touch|see|search for|be alone with)"
    r" (?:\w+ ){0,2}?(?:children|kids|child|kid|minors|(?:young|little) (?:girls|boys))\b"
    r"|\b(?:ysfa|hysfa|awydd|chwant)(?: rh?ywiol)? i (?:edrych ar|wylio|gwylio|gyffwrdd|cyffwrdd|"
    r"weld|gweld|chwilio am) (?:\w+ ){0,2}?(?:blant|plant|phlant|blentyn|plentyn)\b"
    r"|\b(?:meddwl|feddwl|meddyliau|feddyliau|teimladau|deimladau|ffantasio|breuddwydio) (?:am|at|"
    r"tuag at) (?:\w+ ){0,2}?" + _CY_CHILD + r"(?: \w+){0,2} mewn ffordd (?:rywiol|rhywiol)\b"
    r"|\b(?:blant|plant|phlant|blentyn|plentyn)(?: \w+)? mewn ffordd (?:rywiol|rhywiol)\b"
    # (third probe, pattern 2) a wish to touch a child that keeps coming: "i keep wanting to
    # touch my nephew", "cant stop wanting to touch kids" (not a wish once said: "i want to
    # hug my son")
    r"|\b(?:keep|kept|still|cant stop|can t stop|always|often|sometimes) (?:wanting|feeling "
    r"like|getting (?:the )?urges?|having (?:the )?urges?) to (?:touch|fondle|grope|molest|"
    rf"abuse|feel up|be sexual with) {_CHILD_OR_KIN}"
    # (not "touch my baby sisters hair")
    r"(?!\w*(?: \w+)? (?:hair|hands?|face|head|cheeks?|shoulders?|arms?|back|feet|toys?|phone|"
    r"things)\b)"
    # (third probe, pattern 2) "stopio meddwl am fy llysferch yn rhywiol" (thinking about my
    # stepdaughter sexually: the word after whom it is about)
    r"|\b(?:meddwl|feddwl|meddylio|ffantasio) am (?:fy |ein )?(?:blant|plant|phlant|blentyn|"
    r"plentyn|nith|nai|merch|ferch|mab|fab|llysferch|lysferch|llysfab|lysfab|wyres|wyr|ŵyr|"
    r"chwaer fach|mrawd bach|nghefnder|nghyfnither|disgyblion|nisgyblion)(?: \w+)?"
    r" (?:yn rh?ywiol|n rh?ywiol|mewn ffordd rh?ywiol)\b"
    # ... and a danger to children, said of oneself: "dwi'n berygl i blant", "dwi'n meddwl mod
    # i'n berygl i blant", "ydw i'n risg i blant?"
    r"|\b(?:dwin|dwi n|dw in|dw i n|rwyn|rwy n|rydw in|rydw i n|rwyf in|ydw in|ydw i n|mod in|"
    r"mod i n|mod i yn|fy mod in) (?:\w+ )?(?:[bp]erygl?|fygythiad|bygythiad|risg) (?:i|tuag "
    r"at|at) (?:blant|plant|phlant|blentyn|plentyn|fy mhlant|bobl ifanc)\b"
)
#: looking at pictures of children, with a wish to stop or said of oneself ("sut i stopio
#: edrych ar ddelweddau o blant", "dw i'n gwylio fideos o blant")
# (w59cylife) moved to ``viewing_cy``, with the everyday ways said ("sbio ar luniau plant")
_CY_PICTURES = CY_PICTURES
_CY_VIEWING = CY_VIEWING

#: (like ``asker_own._OWN_ARRESTED``) arrested, questioned or charged over pictures of children
#: or talk to a child, said of oneself in Welsh ("wedi fy arestio am luniau o blant", "ces i fy
#: holi gan yr heddlu am ddelweddau"), or "mae'r heddlu wedi cymryd fy ngliniadur"
_CY_ARRESTED = re.compile(
    r"\b(?:wedi fy|ges i fy|ces i fy|cefais fy|gefais fy|mi ges i fy|dw i wedi cael fy|dwi wedi "
    r"cael fy) (?:arestio|harestio|holi|nghyhuddo|cyhuddo|rhybuddio|nal|dal)\b(?: \w+){0,4} "
    r"(?:am|ar ol|oherwydd|dros) (?:\w+ ){0,2}?(?:luniau|lluniau|ddelweddau|delweddau|fideos|"
    r"fideo|negeseuon|sgwrsio|secstio|porn)\b"
    r"|\bheddlu (?:wedi |yn )?(?:cymryd|mynd a|atafaelu) fy (?:ngliniadur|ffon|nghyfrifiadur|"
    r"nyfeisiau|nhabled|laptop)\b"
)

#: ... never when the asker tells what was done to them ("cefais fy ngham-drin", "lluniau
#: ohona i": pictures of me), when the police asking is about that
_CY_HARMED = re.compile(
    r"\b(?:fy ngham drin|fy nghamdrin|fy nghyffwrdd|fy nhreisio|fy molestio|fy ngorfodi|ohona i|"
    r"ohonof|ohona fi|ata i|ata fi|ataf)\b"
)


def own_acts(cleaned: str, age: int | None) -> bool:
    """Own acts or urges towards a child told in these other words (see the module), never when
    what was done to the asker is told. Thoughts, urges and pictures are a young person's own
    too ("im 16 and i think im paedophilic", as ``asker_own`` reads "im 17 and i think im a
    paedophile"); an act with, or talk to, another child is not when the asker says they are
    under 18 ("im 13 and i touched my little sister": a child's words are Childline's)."""
    if _CY_SELF_LABEL.search(cleaned):
        return True
    if _CY_ARRESTED.search(cleaned) and not _CY_HARMED.search(cleaned):
        return True
    if _BARE_LABEL_MORE.search(cleaned) and not _SOMEONE_NAMED.search(cleaned):
        return True
    if any(p.search(cleaned) for p in (_HARMED_SPEAKER, _DONE_TO_ME, _CY_DONE_TO_ME)):
        return False
    # (probe 17: ``_URGE_AGED`` is read in ``asker_own_more``, with whose and the ages)
    if any(p.search(cleaned) for p in (_STOP_FANCYING, _OWN_PICTURES_AGED)):
        return True
    if _RISK_TO_CHILDREN.search(cleaned) and not _I_WAS_HARMED.search(cleaned):
        return True
    if _CY_AFRAID.search(cleaned) or _CY_AFRAID_FUTURE.search(cleaned):
        return True
    urge = _URGE_TO.search(cleaned)
    if urge and not _SOMEONE_NAMED.search(cleaned[: urge.start()]):
        return True
    if _first_person_cy(_CY_VIEWING, cleaned):
        return True
    if age is not None and age < 18:
        return _young_persons_act(cleaned, age)
    if _act_on_a_child(cleaned):
        return True
    first = _OWN_ACT_FIRST.match(cleaned)
    if first and not _SOMEONE_AFTER.search(cleaned, first.end()):
        return True
    if _OWN_TALK_AGED.search(cleaned) and (age is not None or _KNOWN_WRONG.search(cleaned)):
        return True  # (a grown-up's own age said, or that it is wrong)
    return _first_person_cy(_CY_CHATTING, cleaned)


#: (probe 12) the other child's age, said after them or as theirs ("my 9 year old cousin", "shes
#: 9", "merch 6 oed"), and a young person's remorse or wish to stop ("i feel sick", "i regret
#: it", "rwy'n difaru")
_OTHER_AGE = re.compile(
    r"\b(?:shes|hes|she is|he is|she was|he was|who is|whos|who was|aged|age) (?:only |just )?"
    r"(\d{1,2})\b(?! ?(?:times|minutes|hours|days|weeks|months|years|yrs|miles|pm|am)\b)"
    r"|\b(\d{1,2}) ?(?:yo|y o|yr old|yrs old|year old|years old|oed)\b"
)
_REMORSE = re.compile(
    r"\b(?:(?:i )?feel (?:so |really )?(?:sick|awful|terrible|disgusting|disgusted|ashamed|"
    r"guilty)|hate myself|regret\w*|ashamed|guilty|disgusted with myself|(?:want|need|have) to "
    r"stop|how (?:do|can) i stop|difaru|edifar\w*|cywilydd"
    r"|harmful sexual behaviou?r|hsb)\b"  # (w23child) the young person's own name for it
    # (w25speech) not wanting to do it again: "i dont want to do it again", "dwi ddim isio gneud"
    r"|\b(?:(?:dont|do not|don t|never|didnt|did not) (?:ever )?(?:want|mean) to do (?:it|that|"
    r"this|anything like that)(?: ever)?|(?:wont|will not|never) do (?:it|that|this)) again\b"
    r"|\b(?:dwi|dw i|dwin|dw in|fin|wi) ddim (?:isio|eisiau|moyn|eisie|am) (?:gneud|gwneud|neud|"
    r"wneud)(?: hynny| o| e| hyn)? (?:eto|byth eto)\b"
    # (third probe, pattern 1) "i feel horrible", "whats wrong with me", "im a monster"
    r"|\b(?:(?:i )?feel (?:so |really |very )?(?:horrible|bad about (?:it|what i did)|like a "
    r"monster|dirty)|(?:what s|whats|what is|is there something|is something) wrong with me|"
    r"(?:im|i am|i m) (?:a )?(?:monster|horrible person|bad person|disgusting)|scared of myself|"
    r"hate what i did|cant forgive myself|(?:beth sy n|be sy n) bod arna i|teimlo n ofnadwy)\b"
)
#: (third probe, pattern 1) an act the young person calls sexual, on a brother, sister or
#: cousin said to be younger ("i did sexual stuff to my little brother", Welsh "gwnes i bethau
#: rhywiol i fy chwaer fach"): harmful sexual behaviour however it is felt; a plain "touched"
#: is not (a child's word for many things)
_SAID_SEXUAL = re.compile(
    r"\b(?:sexual\w*|rude (?:things|stuff)|sex stuff|porn\w*|rh?ywiol|anweddus)\b"
)
_SAID_YOUNGER = re.compile(
    r"\b(?:little|younger|baby|wee|small|kid) (?:brother|sister|cousin|sibling|bro|sis|"
    r"step ?brother|step ?sister|half brother|half sister)s?\b"
    r"|\b(?:chwaer fach|mrawd bach|brawd bach|cefnder bach|nghefnder bach|cyfnither fach|"
    r"nghyfnither fach|chwaer iau|mrawd iau|brawd iau)\b"
)


def _act_on_a_child(cleaned: str) -> bool:
    """An act told with the asker as who did it, to a child named with it or before it."""
    if _OWN_ACT.search(cleaned) or _CY_OWN_ACT.search(cleaned) or _OWN_MADE.search(cleaned):
        return True
    on_them = _OWN_ACT_ON_THEM.search(cleaned)
    return on_them is not None and _CHILD_NAMED.search(cleaned[: on_them.start()]) is not None


def _young_persons_act(cleaned: str, age: int) -> bool:
    """(probe 12) A young person's own act on a child clearly younger than them (an age said
    three or more years below theirs: "im 16 and i touched my 9 year old cousin"), or with
    remorse said: harmful sexual behaviour, which Stop It Now's helpline answers for anyone
    "worried about their own sexual thoughts or behaviour towards children" and its work in
    Wales "including young people" (the listings' own words). A child's words about another
    child with neither ("im 13 and i touched my little sister") stay a child's, and nobody
    under 13 is read so."""
    if age < 13 or not _act_on_a_child(cleaned):
        return False
    younger = [int(g) for found in _OTHER_AGE.finditer(cleaned) for g in found.groups() if g]
    if any(other <= age - 3 for other in younger) or _REMORSE.search(cleaned):
        return True
    return bool(_SAID_SEXUAL.search(cleaned) and _SAID_YOUNGER.search(cleaned))


def _first_person_cy(pattern: re.Pattern[str], cleaned: str) -> bool:
    """``pattern`` is found with nobody else named before it in Welsh ("mae dyn wedi bod yn
    sgwrsio'n rhywiol efo…": a man has been…)."""
    found = pattern.search(cleaned)
    return found is not None and not _CY_SOMEONE_ELSE.search(cleaned[: found.start()])


#: (probe 12) "under age", "under-age", "under aged" as one word, as the patterns read it
#: ("attracted to under age girls"); not "under age 10", "under age of consent"
_UNDER_AGE = re.compile(r"\bunder ?aged?\b(?! (?:of|\d)\b)")


def underage_as_one_word(cleaned: str) -> str:
    return _UNDER_AGE.sub("underage", cleaned)


#: (like ``asker_patterns._OTHERS_AGED``) someone else's age said with "aged": "someone aged
#: 15", "children aged 12", "a minor aged 14" (the asker's own is "im 15", "aged 15 myself")
_AGED_OTHER = re.compile(
    r"\b(?:someone|somebody|anyone|anybody|minors?|people|children|youngsters|pupils|students|"
    r"rhywun|plant|blant|plentyn|blentyn|merch|ferch|bachgen|fachgen) (?:aged|age) \d{1,2}$"
)


def aged_other(cleaned: str, end: int) -> bool:
    """The age said with "aged" that ends at ``end`` is someone else's (``_AGED_OTHER``)."""
    return _AGED_OTHER.search(cleaned[max(0, end - 40) : end]) is not None


#: words of someone harmed ("me", not "me 40 yr old": probe 21), as ``lines.box_asker`` reads
HARMED_WORDS = re.compile(
    r"\b(?:me(?! \d{1,2}\b)|abus\w*(?! (?:images|pictures|pics|videos|material|content|"
    r"imagery)\b)|rape|raped|rapist|victims?|survivors?)\b"
    r"|\b(?:ata i|ata fi|ohona i|ohonof|dd?angosodd|anfonodd|dd?angos i mi)\b"  # (probe 17)
)  # (tenth walk-through F1: "child abuse images" are no one harmed speaking)
#: an adult survivor's own words ("as a child", "years ago", "childhood"), beside an age
_SURVIVOR_WORDS = (_ADULT, _ADULT_MORE, _ADULT_RECALLING, _ADULTS_RECALLING)
_OWN_AGE = re.compile(r"\b(?:im|i am|i m|now|aged) \d{2}\b")
#: (w16par, noticed) someone else named as the one who offended ("my ex is on the sex
#: offenders register", "our neighbour is a registered sex offender", "he was convicted of
#: child sex offences"): the words are about them, not the asker's own behaviour
_OTHERS_OFFENCE = re.compile(
    r"\b(?:my|our|her|his|their|the|a|an) (?:\w+ ){0,2}?(?:ex|partner|husband|hubby|wife|"
    r"boyfriend|girlfriend|neighbou?r|dad|father|step ?dad|stepfather|brother|uncle|grandad|"
    r"granddad|grandfather|son|cousin|friend|man|woman|lodger|landlord|coach|teacher|family "
    r"member|relative|nephew|brother in law|father in law)s? (?:\w+ ){0,2}?(?:is|was|s|has been|"
    r"got|went) (?:\w+ ){0,3}?(?:sex offen\w*|on the register|convicted|charged|jailed|"
    r"arrested|in prison)\b"
    r"|\b(?:he|she|they) (?:is|was|s|has been|got) (?:\w+ ){0,2}?(?:sex offen\w*|on the "
    r"(?:sex offenders )?register)\b"
)


def worried_unsaid(persona: str, age: int | None, named: list[str], cleaned: str) -> bool:
    """The words name someone's sexual thoughts or behaviour (the concept: "indecent images
    therapy", "urges counselling"), no one harmed speaks, and nobody says who is asking, or
    only a grown-up's age does ("im 45 indecent images help": an age does not make a
    survivor): the asker is read as worried about it, for the cards as the talk box reads them
    (``lines.box_asker``): "paedophilic urges therapy" had a rape crisis centre first."""
    if "own-behaviour" not in named:
        return False
    if HARMED_WORDS.search(cleaned) and not kin_viewing(cleaned):
        return False  # ("support for me": a partner's, of someone who looked at images)
    if _OTHERS_OFFENCE.search(cleaned) and not kin_viewing(cleaned):
        return False  # (a family of someone arrested over images: Stop It Now supports them)
    if not persona and age is None:
        return True
    # (the age itself is no survivor's word: "im 40 and" is one of ``_ADULT_MORE``'s; probe 21:
    # nor a grown-up's age or word for himself, "me 40 yr old, …", "fella here, havin…")
    rest = _OWN_AGE.sub(" ", cleaned)
    grown = persona == "adult" or (not persona and age is not None and age >= 18)
    return grown and not any(p.search(rest) for p in _SURVIVOR_WORDS)
