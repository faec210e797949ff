"""(w47crisis, check46 F1, F5) Plans and acts of suicide or self-harm, and the Welsh of not
wanting to live, read as words of suicide: "i have the pills ready tonight", "took a load of
tablets", "i od'd", "going to jump off the bridge", "bought a rope", "said my goodbyes to
everyone", "cut too deep", Welsh "wedi cymryd tabledi", "gorddos", "dw i ddim eisiau byw".
The thesaurus's phrases ("want to die", "kill myself", "end it") read the wish; these read the
plan and the act, which it missed: a plan for tonight brought Childline alone, or the rape
line and Victim Support, and no suicide line at all.

An act already done or under way (an overdose taken, bleeding that will not stop:
``act_done``) puts a plain warning first on the results page: call 999 or go to A&E now. The
page's header says "If you are in danger, call 999" on every page; this is for an act done,
not for distress or a wish.

Over ``clean_text`` (lower case, no apostrophes: "od'd" is "odd", "i'n" is "in").
"""

from __future__ import annotations

import re

from .crisis_others import hurt_now, others_suicide
from .crisis_own import own_crisis
from .despair import despair_found
from .everyday_said import THING_OVERDOSED_AFTER, THING_OVERDOSED_BEFORE
from .lexicon import CLAUSES, clean_text
from .method_asked import method_asked
from .others_cy import others_meant_cy
from .others_place import others_at_a_place
from .others_said import others_said
from .others_suicidal import client_threatened
from .others_unresponsive import unresponsive_after_taking
from .others_wrists import others_wrists
from .overdose_said import overdose_said, without_act_time
from .own_cy import INTENT_MORE_CY, PLAN_MORE_CY, WORDS_MORE_CY, without_own_time_cy
from .own_farewell import farewell_said
from .own_harm_now import hurt_badly_now, life_said_now
from .own_overdose import whole_supply_taken
from .own_spoken_cy import DONE_OD_CY
from .plan_now import plan_now_found
from .suicide_cy import (
    END_ALL_CY,
    GOING_TO_CY,
    GOODBYE_NOTE_CY,
    HOW_MANY_MORE_CY,
    SUICIDE_WORDS_CY,
    WANT_CY,
    WAYS_CY,
)
from .wish_of_another import anothers_wish

#: (w49more) medicines named by name, as people count them out: antidepressants, painkillers,
#: sleeping and anxiety tablets
_MEDICINES = (
    r"(?:sertraline|citalopram|escitalopram|fluoxetine|prozac|amitriptyline|mirtazapine"
    r"|venlafaxine|duloxetine|paroxetine|codeine|co ?dydramol|tramadol|naproxen|aspirin"
    r"|diazepam|valium|zopiclone|propranolol|quetiapine|pregabalin|gabapentin|lithium"
    r"|morphine|oxycodone|antihistamines|piriton|nytol|night nurse|lemsip|beechams)"
)
#: pills, tablets and the medicines people name
_PILLS = (
    r"(?:pills|tablets|paracetamol|paracetamols|painkillers|pain killers|sleeping pills"
    r"|sleeping tablets|antidepressants|meds|medication|co ?codamol|ibuprofen"
    # (w49more, check52 F1) the medicines people name by name: "taken 15 sertraline"
    rf"|{_MEDICINES})"
)
#: how many: a quantity that makes taking them an overdose ("took my tablets" is not one)
_QUANTITY = (
    r"(?:all|a lot|lots|loads|a load|load|a bunch|a handful|handfuls|too many|way too many"
    # (seventeenth Welsh review F3) too much of a medicine named, and counts said in words
    r"|too much|way too much|far too much|far too many|ten|twelve|fifteen|sixteen|forty|sixty"
    r"|enough|\d+|twenty|thirty|fifty|a hundred|(?:a |the |two |2 |three |3 )?(?:whole |full "
    r"|entire )?(?:packets?|packs?|box|boxes|bottles?|strips?|tubs?))(?: of)? (?:my |the |her "
    r"|his |mums |dads |me mams |my mums |my dads )?"
)
_HOW_MANY = rf"(?:{_QUANTITY})?"
#: (w49more) "swallowed some pills": some, said with swallowing ("took some tablets for her
#: back" is a dose)
_SOME = r"(?:some|a few|a couple of|some of (?:my|the|her|his|mums|dads) )"
#: (w49more, check52 F1) how many, said with "had": from ten up, or the lot ("ive had 20
#: co-codamol", "had a whole packet of sertraline"); "had 2 paracetamol" is a dose
_HAD_MANY = (
    r"(?:[1-9]\d+|ten|twelve|fifteen|sixteen|twenty|thirty|forty|fifty|sixty|a hundred|all"
    r"|loads|a load|a lot|too many|way too many|far too many|a handful|(?:a |the )?(?:whole |full"
    r" |entire )?(?:packets?|packs?|box|boxes|bottles?|strips?|tubs?))(?: of)? (?:my |the |her "
    r"|his |mums |dads |my mums |my dads )?"
)
#: (w49more, check52 F1) a poison or household chemical swallowed or drunk: "i drank bleach",
#: "ive swallowed some antifreeze", "drunk the cleaning stuff"
_POISON = (
    r"(?:bleach|antifreeze|anti freeze|weedkiller|weed killer|rat poison|poison|slug pellets"
    r"|drain cleaner|oven cleaner|toilet cleaner|cleaning stuff|cleaning products?"
    r"|screenwash|white spirit|turps|paraquat|washing pods|laundry pods|washing up liquid)"
)
_POISON_AMOUNT = (
    r"(?:some of|some|a bit of|a lot of|loads of|a load of|a bottle of|half a bottle of"
    r"|a cup of|a glass of|a mouthful of|a mug of|a capful of) (?:the |my |our |mums |dads )?"
)
#: drunk or swallowed; "had", "took" and "ate" only with how much ("had bleach thrown at me",
#: "took the cleaning stuff away"), and not what was done with it after
_POISON_TAKEN = (
    r"\b(?:(?:drank|drunk|been drinking|swallowed|necked|downed|ingested) (?:the |my |our "
    rf"|mums |dads )?(?:{_POISON_AMOUNT})?|(?:had|taken|took|ate|eaten) {_POISON_AMOUNT})"
    rf"{_POISON}\b(?! (?:thrown|poured|away|off|out|over|on me|on my|in my eyes))"
)
#: (w49more, check52 F1) "overdose" said alone, the whole of the words: it may be now
_OVERDOSE_ALONE = re.compile(
    r"^ *(?:i |ive |an |a |help |need help )?(?:over ?dose|over ?dosed|gorddos)(?: help| now)? *$"
)
#: the time of an act past, not now ("took an overdose when i was 15", "od d years ago")
_LONG_AGO = (
    r"(?!(?: \w+){0,3} (?:years? ago|when i was|last year|as a (?:teen|teenager|kid|child)"
    r"|in (?:19|20)\d\d|months ago|back in"
    # Welsh: years ago, last year, when I was
    r"|(?:flynyddoedd|blynyddoedd|blynedde|fisoedd) yn ol|llynedd|pan (?:on|oeddwn|own) i))"
)

#: (sixteenth Welsh review F1) the Welsh of pills or an overdose taken, read as the English
#: is: what was taken (tabledi, pils, gorddos; English loan words in a Welsh sentence:
#: "overdose", "paracetamol", "painkillers"), with the article and "i gyd" or "yr holl" (all
#: the tablets) or how many (gormod o, llond llaw o: too many, a handful of)
_PILLS_CY = (
    r"(?:gorddos|orddos|nghorddos|overdose|over dose|od|tabledi|dabledi|nhabledi|pils|bils"
    r"|mhils|tabs|paracetamol|parasetamol|barasetamol|mharasetamol|pills|tablets|painkillers"
    r"|meds|moddion|foddion|meddyginiaeth|feddyginiaeth|tabledi cysgu|dabledi cysgu"
    # (seventeenth Welsh review F3) paracetamol as on the packet, soft- and nasal-mutated
    # (o baracetamol, fy mharacetamol), and the other medicines people name
    r"|baracetamol|mharacetamol|ibuprofen|ibuprofens|co ?codamol|gocodamol|antidepressants"
    # (w50cysuicide, twentieth Welsh review F9) the English "tablets" soft- and nasal-mutated
    r"|dablets|nhablets)"
)
#: (seventeenth Welsh review F3) how many, as a number: in digits from ten up (two tablets is
#: a dose, not an overdose) or in Welsh words (deg, ugain, tri deg: ten, twenty, thirty), with
#: the singular Welsh uses after a numeral ("30 tabled", "16 paracetamol") or "o" and the plural
_COUNT_CY = (
    r"(?:[1-9]\d+|deg|deuddeg|pymtheg|pymtheng|un ar bymtheg|deunaw|ugain|dau ddeg|deugain"
    r"|(?:tri|pedwar|pum|chwe|saith|wyth|naw) deg(?: a \w+)?|hanner cant|cant|cannoedd)"
)
_COUNTED_CY = (
    rf"{_COUNT_CY} (?:o )?(?:{_PILLS_CY}|tabled|dabled|pilsen|bilsen|pil|bil|tablet)"
    rf"(?: (?:{_PILLS_CY}))?"
)
_HOW_MANY_CY = (
    # (w49more, check52 F1) with the soft mutation after a verb: "cymerais ormod o dabledi"
    r"(?:gormod o |ormod o |llwyth o |lwyth o |lot o |llond llaw o |llawer o |lawer o "
    r"|lond llaw o |pecyn cyfan o "
    r"|pecynnau o |potel gyfan o |bocs cyfan o |llond pecyn o |pecyn o |paced o |dau becyn o "
    # (w64cy, welsh26 F1) of my, of the: "gormod o'n meds i", "llwyth o'r tabledi", "o fy"
    r"|(?:gormod|ormod|llwyth|lwyth|lot|llawer|lawer|llond llaw|lond llaw) (?:on|om|or|oi|o fy"
    r"|o y|o ei|o eu) )"
)
_ALL_CY = (
    rf"(?:(?:y |yr |fy |ei |eu )?{_PILLS_CY} (?:i gyd|gyd)|(?:yr |y |fy |ei )?holl {_PILLS_CY})"
)
#: (w64cy, welsh26 F1) not the kind of tablet named after, as "i took headache tablets" is
#: not read: "cymrais i dabledi cur pen" (headache tablets), "tabledi haearn" (iron tablets);
#: nor someone's pills taken to them or off them, as "i took mums tablets to her" is not:
#: "cymres i dabledi mam iddi" ("cymrais i dabledi mam" is read, as in English)
_KIND_CY = (
    r"(?! (?:cur pen|pen tost|ben tost|alergedd|alergi|clefyd y gwair|haearn|fitamin|fitaminau"
    r"|vitamin|vitamins|stumog|asthma|pwysau gwaed|calon|r galon|galon|teithio)\b"
    # ... unless someone else's, as "i took my dads heart tablets" is read: "tabledi calon dad"
    r"(?! (?:fy |y )?(?:mam|mami|dad|nhad|nain|taid|nhaid|mamgu|tadcu|chwaer|mrawd|ffrind)\b))"
    r"(?!(?: \w+){1,3} (?:iddi|iddo|iddyn|iddyn nhw|oddi ar\w*|ir fferyllfa|i r fferyllfa)\b)"
)
#: taken or swallowed: "wedi" or "newydd" (have / have just) and the verb, or the past
#: ("cymerais", "nes i lyncu": I took, I swallowed); "llyncu'r" is "llyncur" cleaned
_TAKEN_CY = (
    # (w50cysuicide, F9) "cymeryd", a common spelling of "cymryd"
    r"\b(?:(?:wedi|newydd|di) (?:cymryd|gymryd|cymeryd|gymeryd|llyncu|lyncu)|cymerais|gymerais"
    r"|cymres|gymres"
    # (w64cy, welsh26 F1) "I took" as the South says and writes it: cymrais, cymeres
    r"|cymrais|gymrais|chymrais|chymerais|cymeres|gymeres|chymres|chymeres"
    # (w49more) "ces i" / "ges i" / "cefais" (I had): "ces i ugain o dabledi"
    r"|llyncais|lyncais|ces|ges|cefais|gefais|chefais|(?:nes|wnes|mi wnes|wnaes|nath) i "
    r"(?:gymryd|gymeryd|lyncu)) (?:i )?"
    rf"(?:(?:{_HOW_MANY_CY}|{HOW_MANY_MORE_CY}){_PILLS_CY}|{_PILLS_CY}{_KIND_CY}|{_ALL_CY}"
    rf"|{_COUNTED_CY})\b"
    rf"|\b(?:wedi|newydd|di) (?:llyncur|lyncur|cymrydr|gymrydr|cymerydr|gymerydr) "
    rf"(?:{_PILLS_CY} (?:i gyd|gyd)"
    # (w49cy) "llyncu'r cwbl o'r tabledi": swallowed the lot of the tablets
    rf"|holl {_PILLS_CY}|(?:cwbl|cyfan|cwbwl) o(?:r| fy)? {_PILLS_CY})\b"
)
#: (w50cysuicide, F9) tablets swallowed, or many taken, after something else done: "dw i
#: wedi yfed potel o fodca a llyncu tabledi", "yfais i win a chymryd llwyth o dabledi" (as
#: "drank a bottle of vodka and swallowed tablets"); taken needs how many ("wedi bwyta a
#: chymryd fy nhabledi" is a dose)
_AND_TAKEN_CY = (
    r"\b(?:wedi|di|newydd|yfais|yfes|yfodd|(?:nes|wnes|mi wnes|wnaes|nath) i)\b(?: \w+){0,8}? "
    r"(?:a|ac|wedyn|yna|ac wedyn|a wedyn|ac yna) (?:(?:llyncu|lyncu) (?:i )?"
    rf"(?:{_HOW_MANY_CY}|{HOW_MANY_MORE_CY})?{_PILLS_CY}"
    r"|(?:cymryd|chymryd|gymryd|cymeryd|chymeryd|gymeryd) (?:i )?"
    rf"(?:(?:{_HOW_MANY_CY}|{HOW_MANY_MORE_CY}){_PILLS_CY}"
    # (w61cy, welsh25 F5) tablets said bare, with no "my", as "ive drunk vodka and taken
    # tablets" is read: "dwi di yfed fodca a cymryd tabledi" ("a chymryd fy nhabledi" is a dose)
    r"|(?:tabledi|dabledi|pils|bils|tablets|dablets|tabs|pills|paracetamol|parasetamol"
    r"|barasetamol|painkillers|tabledi cysgu|dabledi cysgu)(?! (?:fel arfer|bob dydd|bob nos"
    r"|yn ol y|fel mae|ar bresgripsiwn|y meddyg)\b)))\b"
)
#: (w49more) bleach, poison or antifreeze drunk or swallowed, in Welsh: "dw i wedi yfed
#: cannydd", "yfais i wenwyn", "nes i lyncu stwff glanhau"
_POISON_CY = (
    r"\b(?:(?:wedi|newydd|di) (?:yfed|llyncu|lyncu|cymryd|gymryd)|yfais|yfes|yfodd"
    r"|(?:nes|wnes|mi wnes|wnaes|nath) i (?:yfed|lyncu|gymryd)|llyncais|lyncais) (?:i )?"
    r"(?:ychydig o |potel o |botel o |llwyth o |lot o )?(?:cannydd|gannydd|channydd|bleach"
    r"|gwenwyn|wenwyn|ngwenwyn|antifreeze|gwrthrewydd|chwynladdwr|weedkiller|stwff glanhau"
    r"|hylif glanhau)\b"
)

#: an act done or under way: an overdose taken, pills swallowed, a cut too deep or that will
#: not stop bleeding (bleeding alone is not this: after a rape the recent-assault warning says
#: 999); Welsh: wedi cymryd / llyncu tabledi, gorddos (have taken / swallowed tablets, an
#: overdose), wedi torri'n rhy ddwfn (cut too deep)
_ACT = (
    r"\b(?:taken|took|takin|tooken|swallowed|necked|downed|had|done) (?:an? |another |a big )?"
    r"(?:over ?dose|od)\b"
    rf"|{THING_OVERDOSED_BEFORE}\bover ?dosed\b{THING_OVERDOSED_AFTER}"  # (w64life) "the garden"
    r"|\b(?:i|ive|i have|i ve|i just|just|have|has) (?:odd|od|oded|od ed|od d)\b"
    r"|\bodd on (?:my|her|his|the|some|pills|tablets|paracetamol|painkillers|meds)\b"
    rf"|\b(?:taken|took|takin|swallowed|necked|downed|eaten|ate) {_HOW_MANY}{_PILLS}\b"
    rf"|\b(?:swallowed|necked|downed) {_SOME} ?{_PILLS}\b"
    rf"|\b(?:i|ive|i ve|i have|i just|ive just|i ve just|just) had {_HAD_MANY}{_PILLS}\b"
    r"(?! (?:in|on|left|hidden|saved|at|under|for (?:my|her|his) (?:drawer|cupboard)))"
    rf"|{_POISON_TAKEN}"
    r"|\bcut (?:my ?self |me self )?(?:too|to|way too|really|very|so) deep\b"
    r"|\bcut (?:my ?self|me self|my (?:arm|arms|wrist|wrists|leg|legs))(?: \w+){0,4} (?:cant"
    r"|can t|cannot|wont|won t|will not) stop (?:the )?bleeding\b"
    rf"|{_TAKEN_CY}|{_POISON_CY}|{_AND_TAKEN_CY}|{DONE_OD_CY}"  # (w54cyown) "dwi di neud OD"
    r"|\b(?:torri|dorri) (?:fy hun |n hun )?(?:rhy ddwfn|yn rhy ddwfn)\b|\btorrin rhy ddwfn\b"
)
ACT_DONE = re.compile(rf"(?:{_ACT}){_LONG_AGO}")

#: (seventeenth Welsh review F4) a cut and heavy bleeding in one sentence: "ive cut my wrists,
#: its bleeding loads", Welsh "dw i wedi torri fy arddyrnau ac maen gwaedu lot" (I have cut my
#: wrists and it is bleeding a lot), "methu stopior gwaedu" (cannot stop the bleeding)
#: (a cut of an arm or leg said by the person: "he cut my arm" is an assault, not self-harm;
#: Welsh "torri fy mraich / nghoes" is as often "broke my arm / leg", so wrists and oneself)
_CUT = (
    r"\b(?:cut|slit|slashed|sliced) (?:my ?self|me self)\b|\bslit my wrists?\b"
    r"|\b(?:i|ive|i ve|i have|i just|just|i had) (?:\w+ )?(?:cut|slit|slashed|sliced) my (?:arm"
    r"|arms|wrist|wrists|leg|legs|thigh|thighs)\b"
    # (w53suicide, check56 finding 3) "i cut last night", "ive been cutting again": self-harm
    # said with no object (not "i cut my finger", "i cut the grass")
    r"|\b(?:i|ive|i ve|i have|i just|just|i had|i been|ive been|i was)(?: \w+)? (?:cut|cutting)"
    r"(?= (?:last night|tonight|today|earlier|again|this morning|yesterday|deep|deeper|too|and"
    r"|but|it|its|so|really|properly|bad|badly)\b| *$)"
    r"|\b(?:torri|dorri|thorri|torrin|dorrin) (?:fy hun|fy hunan|n hun|fy (?:arddwrn|arddyrnau"
    r"|ngarddwrn|mreichiau))\b"
)
_BLEEDING_HARD = (
    r"(?:bleeding|bleeds) (?:a lot|loads|lots|so much|heavily|badly|really badly|really bad"
    r"|everywhere|too much|like mad|non ?stop)\b|\b(?:so much|lots of|loads of|a lot of) blood\b"
    r"|\b(?:gwaedu|waedu)(?:n| yn| n)? (?:lot|llawer|ddrwg|drwm|ofnadwy|ym mhobman|gormod"
    r"|fawr|fel y diawl)\b|\b(?:lot|llawer|cymaint) o waed\b|\bgwaed ym mhobman\b"
    r"|\b(?:cant|can t|cannot|wont|won t|will not) stop (?:the )?bleeding\b"
    r"|\b(?:methu|ffili|ffaelu|ddim yn gallu|dim yn gallu|ddim yn|dim yn|ddim) stopio(?:r| y)? "
    r"(?:gwaedu|gwaed)\b"
)
CUT_BLEEDING = re.compile(rf"(?:{_CUT})(?: \w+){{0,8}}? (?:{_BLEEDING_HARD}){_LONG_AGO}")
#: where a sentence ends: a cut and its bleeding are often told either side of a comma
_SENTENCES = re.compile(r"[.!?;\n]+")

#: a plan: the means ready or the act said as what is going to happen
_PLAN = (
    rf"\b{_PILLS} (?:\w+ ){{0,2}}(?:ready|saved|saved up|stockpiled|lined up|counted out"
    r"|in front of me|next to me|hidden)\b"
    rf"|\b(?:saved|saving|stockpiled|stockpiling|hoarded|hoarding|collected|collecting"
    rf"|bought) (?:up )?{_HOW_MANY}{_PILLS}\b"
    r"|\b(?:going to|gonna|goin to|gona|about to|am going to|im going to|will) (?:jump|hang)\b"
    r"(?! (?:me|you|him|her|them|us|out|around|about|on|in|up|with|at|onto|into the pool))"
    r"|\bjump (?:off|from|of) (?:a |the |my |that )?(?:bridge|building|roof|cliff|balcony"
    r"|multi ?storey|car park|tower|flats)\b|\b(?:jump|step|walk) in front of (?:a|the) "
    r"(?:train|bus|lorry|car)\b"
    r"|\b(?:bought|got|tied|have|found|made|hung) (?:a |the |my )?(?:rope|noose)\b"
    r"(?! swing| ladder)"
    r"|\bnoose\b"
    r"|\bhang(?:ing)? (?:my ?self|me self)\b"
    r"|\b(?:said|saying|say) (?:my )?goodbyes? to (?:every(?:one|body)|all|my (?:family|friends"
    r"|mum|dad|kids|children|mam))\b|\bsaid my goodbyes\b|\bthis is (?:my )?goodbye\b"
    r"|\b(?:wrote|written|writing|write|left) (?:a |my )?(?:suicide|goodbye) (?:note|letter)s?\b"
    r"|\b(?:going to|gonna|goin to|will|im going to|am going to) (?:end|finish) (?:it|things)\b"
    r"|\bend(?:ing)? (?:it|things|my life) (?:tonight|today|now|this (?:weekend|week))\b"
    r"|\bwont be (?:here|alive|around) (?:tomorrow|in the morning|much longer"
    r"|by (?:the )?morning)\b"
    # Welsh: tabledi'n barod (tablets ready), neidio o'r bont (jump off the bridge), mynd i
    # neidio / grogi fy hun (going to jump / hang myself), rhaff (rope)
    r"|\b(?:tabledin|tabledi yn|pilsn|pils yn) barod\b|\bneidio (?:or|oddi ar y|o ben y) "
    r"(?:bont|adeilad|to|clogwyn)\b|\bmynd i (?:neidio|grogi|nghrogi|ladd fy hun)\b"
    r"|\b(?:crogi|grogi|nghrogi) fy hun\b"
    # (seventeenth Welsh review F2) a rope in hand or bought: mae gen i / gyda fi raff
    r"|\b(?:mae gen i|mae gyda fi|mae gynna i|prynais|brynais|wedi prynu) (?:y |fy )?(?:rhaff"
    r"|raff)\b(?! (?:ir|i|ar gyfer y) (?:siglen|cwch|babell|dringo))"
    # (w61cy, welsh25 F7) a rope tied, as "ive tied a rope": "dwi wedi clymu rhaff yn barod"
    # (not tied to a boat, a swing, a tent, a car or a post)
    r"|\b(?:wedi|di|newydd|nes i|wnes i) (?:clymu|glymu|cylymu|gylymu) (?:y |fy |r )?(?:rhaff"
    r"|raff)\b(?! (?:ir|i|ar|wrth|am|rownd) (?:y |yr |r )?(?:siglen|cwch|babell|pabell|car|trelar"
    r"|postyn|angor|ci|dringo))"
)
#: (check46 F5) the Welsh of not wanting to live or to be here, as "dont want to live" reads:
#: dw i ddim eisiau byw, dwi ddim isio bod yma, sa i moyn byw, dim eisiau bod yn fyw
_NOT_LIVE_CY = (
    r"\b(?:ddim|dim|sa i|smo fi|so fi) (?:eisiau|isio|isie|ishe|eisie|moyn|mo yn|am) "
    r"(?:byw|fyw|bod yma|bod yn fyw|bod yma mwyach|deffro)\b"
    r"|\bgwell (?:gen i|gyda fi|gennai) farw\b|\bgwell (?:i mi|i fi) farw\b"
)
#: the Welsh of killing, hurting, cutting or burning oneself, as "kill myself", "hurt myself",
#: "cut myself" read in English: lladd / brifo / niweidio / torri / llosgi fy hun
_SELF_HARM_CY = (
    r"\b(?:lladd|ladd|niweidio|brifo|frifo|anafu|torri|dorri|llosgi|losgi) "
    r"(?:fy hun|fy hunan|n hun|fy hunain)\b"
)
#: gorddos (an overdose), said alone, as "overdose" in the thesaurus
_OVERDOSE_CY = r"\b(?:gorddos|orddos|nghorddos)\w*"
#: (w49cy) the Welsh of ending it all meant, a way named, a goodbye note: "mynd i roi diwedd
#: ar y cyfan", "boddi fy hun", "wedi sgwennu llythyr ffarwel"
_PLAN_CY = (
    rf"\b(?:{GOING_TO_CY}|{WANT_CY}) (?:{END_ALL_CY})\b|\b(?:{WAYS_CY})\b"
    rf"|{GOODBYE_NOTE_CY}"
)
_SUICIDAL = re.compile(
    rf"(?:{_ACT})|{_PLAN}|{_NOT_LIVE_CY}|{_SELF_HARM_CY}|{_OVERDOSE_CY}|{CUT_BLEEDING.pattern}"
    rf"|{_PLAN_CY}|{SUICIDE_WORDS_CY}"
    rf"|(?:{INTENT_MORE_CY})|(?:{PLAN_MORE_CY})|(?:{WORDS_MORE_CY})"  # (w53cyown)
    # (w59cylife) "ive cut my wrists", as the Welsh "torri 'y ngarddyrne" (not one wrist on glass)
    r"|\b(?:cut|cutting|slit|slitting|slashed|slashing|sliced) (?:my|both my|both) wrists\b"
)


def plan_or_act(cleaned: str) -> re.Match[str] | None:
    """The first plan or act of suicide or self-harm in ``cleaned`` (``clean_text``), or the
    Welsh of not wanting to live: words of suicide the thesaurus's phrases do not read; (w48crisis)
    or a plan said as now (``plan_now.plan_now_found``: "holding a knife to my wrist"), or
    (w49more) despair of living said without them (``despair.despair_found``), or (w50despair)
    someone else's wish to die (``wish_of_another.anothers_wish``: "my son wants to kill
    himself")."""
    found = _SUICIDAL.search(cleaned) or plan_now_found(cleaned) or despair_found(cleaned)
    found = found or anothers_wish(cleaned)  # (w50despair) "my son wants to kill himself"
    # (w51acts) or an overdose of someone else's pills, or of some with feeling ill after; or
    # someone else's: "my friend says she is going to kill herself tonight"
    found = found or overdose_said(cleaned) or others_suicide(cleaned) or hurt_now(cleaned)
    found = found or whole_supply_taken(cleaned)  # (w55own) "took my whole prescription"
    found = found or own_crisis(cleaned)  # (w51acts) "im in crisis", "at breaking point"
    found = found or others_said(cleaned)  # (w53suicide) "my friend posted a goodbye note"
    found = found or others_at_a_place(cleaned) or others_wrists(cleaned)  # (w64life)
    found = found or others_meant_cy(cleaned) or client_threatened(cleaned)  # (w64life)
    found = found or unresponsive_after_taking(cleaned)  # (w57suicide) "wont wake after pills"
    found = found or farewell_said(cleaned)  # (w57suicide) "goodbye everyone", "how to hang"
    found = found or hurt_badly_now(cleaned) or life_said_now(cleaned)  # (w60life) "unalive"
    return found or method_asked(cleaned)  # (w53plan) "how many sleeping pills would kill me"


def act_done(text: str) -> bool:
    """``text`` (the words as typed) tells of an overdose taken, pills swallowed or a cut too
    deep, that will not stop bleeding or is bleeding heavily (``CUT_BLEEDING``, a sentence at
    a time), now and not long ago: the page says first to call 999 or go to A&E. Read a
    sentence or clause at a time: "i just overdosed. my cousin raped me when i was a kid" is
    an overdose now."""
    cleaned = clean_text(text)
    if _OVERDOSE_ALONE.match(cleaned) or overdose_said(cleaned) or hurt_now(cleaned):
        return True  # (w51acts) "i took my nans sleeping tablets", "my sister has cut her …"
    if whole_supply_taken(cleaned):
        return True  # (w55own, check58 F2) "took my whole prescription"
    if hurt_badly_now(text):
        return True  # (w60life, check61 F1) "my wrist wont stop bleeding"
    return any(ACT_DONE.search(clean_text(part)) for part in CLAUSES.split(text)) or any(
        CUT_BLEEDING.search(clean_text(part)) for part in _SENTENCES.split(text)
    )


def with_plan_or_act(
    names: list[str], rest: list[str], cleaned: str
) -> tuple[list[str], list[str]]:
    """``names`` with "suicide" when ``cleaned`` tells of a plan or act (``plan_or_act``) that
    no phrase named, and ``rest`` without the plan's words ("pills", "ready", "rope"): the
    national lines for thoughts of suicide are searched, as for "want to die"; (w54ensuicide,
    check57 F1) the plan's words leave the search when a phrase named suicide too: "bridge"
    in "im going to jump off a bridge" brought The Bridge SARC first."""
    found = plan_or_act(cleaned)
    if found is None:
        return names, rest
    plan = plan_now_found(cleaned)  # the whole plan: "going to jump off a bridge"
    place = others_at_a_place(cleaned)  # (w64life) "on the train tracks": not a service's words
    said = set(found[0].split()) | set(plan[0].split() if plan else ())
    said |= set(place[0].split() if place else ())
    despair = despair_found(cleaned)  # (w65note) "cant live with it anymore": not Family Lives
    said |= set(despair[0].split() if despair else ())
    named = names if "suicide" in names else [*names, "suicide"]
    return named, [w for w in rest if w not in said]


#: a plan and the time it is set for ("pills ready tonight", "tablets saved up for tonight",
#: "end it tonight", "heno"): the time of the plan, not of an assault
_PLAN_TIME = re.compile(
    rf"(?:{_PLAN})(?: \w+){{0,3}}? (?:tonight|tonite|2nite|today|this evening|later|heno|"
    r"this weekend|tomorrow)\b"
)


def without_plan_time(cleaned: str) -> str:
    """``cleaned`` without a plan and the time it is set for: "my cousin abused me and i have
    the pills ready tonight" did not tell of an assault last night, and the page warned of one
    "in the last few days"; (w51acts) nor did "last night i took some of my tablets"
    (``overdose_said.without_act_time``)."""
    return without_act_time(without_own_time_cy(_PLAN_TIME.sub(" ", cleaned)))  # (w53cyown)
