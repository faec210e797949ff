"""(w54cyown, twenty-second Welsh review F1, F5) One's own wish or plan to die, an overdose
done, self-harm and despair, said as Wales speaks them, read as their English twins are.

- A wish or plan (``INTENT_SPOKEN_CY``, read with ``own_cy.INTENT_MORE_CY``: the life-at-risk
  warning and Samariaid): the South's "'yn hunan" (myself: "wi moyn lladd 'yn hunan", "wi'n
  mynd i ladd 'yn hunan heno"), a plan said with the English loan "planio" or with "bwriadu"
  ("dwi'n planio lladd fy hun"), "diweddu'r cwbl" (end it all), "gorffen e" (finish it) after
  having had enough ("wi di cal digon, wi'n mynd i orffen e heno"), and "'ma" for "yma" or
  "dwi'm" for "dwi ddim" in "sa i moyn bod 'ma rhagor", "dwi'm isio bod yma"; and the asker on
  a cliff's edge or with a goodbye message sent (``EDGE_CY``, ``GOODBYE_SENT_CY``, which
  ``others_cy`` reads for someone else). Before, these
  brought no warning (some no Samariaid either), where "i want to kill myself", "im planning
  to kill myself" and "ive had enough, im going to end it tonight" brought both.
- An overdose done (``DONE_OD_CY``, for ``suicide_acts``' act done: the overdose warning):
  "dwi di neud OD", "nes i gael overdose", as "ive done an OD".
- Self-harm and despair (``WORDS_SPOKEN_CY``, read with ``own_cy.WORDS_MORE_CY``: Samariaid,
  no warning, as in English): the loan "cytio" (cutting: "dw i wedi bod yn cytio", "cytio fy
  hun"), the South's "torri 'y nghoese / 'y mreichie" (cutting my legs, arms), someone else's
  "torri ei hun(an)", and "sai'n gallu neud hyn rhagor" (I can't do this anymore).

Not "gorffen e heno" alone (as often homework as a life), "cytio gwallt / gwair" (cutting
hair, grass), "torri 'y nghoes" (a broken leg), the past ("nes i drio lladd 'yn hunan
llynedd": ``suicide_intent`` reads the past), nor, for the warning, someone else's words.

Patterns (strings) over ``clean_text`` (lower case, no apostrophes: "'yn hunan" is "yn hunan",
"diweddu'r" is "diweddur", "dwi'm" is "dwim").
"""

from __future__ import annotations

#: oneself, every way said: fy hun(an), 'n hun(an), 'yn hun(an) (South), fi'n hun(an)
_SELF = (
    r"(?:fy hun|fy hunan|fy hunain|yn hun|yn hunan|y hunan|n hun|n hunan|fin hun|fin hunan"
    r"|fi n hun|fi n hunan|in hunan|i n hunan)"
)
#: wanting, meaning or planning to: moyn, isio, eisiau, am, mynd i, and the plan said plainly
#: (planio, bwriadu, cynllunio: plan, intend)
_WANT = (
    r"(?:eisiau|eisie|isio|isho|ishio|isia|isie|ishe|moyn|mofyn|am|angen|mynd i|yn mynd i"
    r"|n mynd i|wna i|na i|planio|plano|plannu|yn planio|n planio|bwriadu|fwriadu|mwriadu"
    r"|cynllunio|gynllunio)"
)
#: not: "sa i moyn", "dwi ddim isio" (I do not want), "poeni am" (worried about)
_NOT = r"(?<!ddim )(?<!dim )(?<!sa i )(?<!sai )(?<!smo fi )(?<!so fi )(?<!dwim )"
_NOT += r"(?<!poeni )(?<!ofn )"
#: everything, one's life: y cwbl, y cyfan, popeth, fy mywyd ("diweddu'r cwbl" is "diweddur
#: cwbl" cleaned)
_ALL = (
    r"(?:(?:y |r |yr )?(?:cwbl|cwbwl|cyfan)|popeth|bopeth|fy mywyd|pethe|pethau|bethe|bethau"
    r"|pob dim|bob dim)"
)
_END_ALL = rf"(?:diweddu|ddiweddu|niweddu) {_ALL}|(?:diweddur|ddiweddur) (?:cwbl|cwbwl|cyfan)"
#: (w61cy, welsh25 F2) the South's "cwpla" (finish): "wi moyn cwpla'r cwbwl heno" ("cwplar"
#: cleaned), "wi'n bwriadu cwpla popeth", as "end it all"; not work to finish by a time or with
#: someone ("cwpla popeth erbyn dydd Gwener", "cwpla pethe gyda fe"), nor "angen" (need to)
_FINISH_ALL = (
    rf"(?<!angen )(?:(?:cwplar|gwplar|chwplar) (?:cwbl|cwbwl|cyfan)|(?:cwpla|gwpla|chwpla) {_ALL})"
    r"\b(?! (?:erbyn|cyn|ar gyfer|gyda|gydag|efo|hefo|yn y gwaith|yn yr ysgol|yn gynta|gynta"
    r"|yn gyntaf|o waith|or gwaith|cartref|adre)\b)"
)
#: had enough (of it all, not "digon o fwyd": enough food), then finishing it: "wi di cal
#: digon, wi'n mynd i orffen e heno"
_HAD_ENOUGH = (
    r"\b(?:wedi|di|newydd) (?:cael |cal |gael |gal )?(?:digon|llond bol|lond bol)\b"
    r"(?! (?:o|ar|gyda|efo|hefo|i|bwyd|amser)\b)"
)
_FINISH_IT = (
    r"(?:gorffen|orffen|cwpla|gwpla|pennu|bennu|diweddu|ddiweddu|gorffen hi|orffen hi)"
    r" (?:e|fe|o|fo|hi|hyn|hwn|y cwbl|y cyfan|pethe|pethau|bethe|bethau)\b"
)
#: not wanting to be here or alive, "dwi'm" and "'ma" said too: "sa i moyn bod 'ma rhagor"
#: (w56cy, welsh23 F8) ... but "bod yma yn yr ysgol" (here at school, at work, in class) is a
#: place not wanted, not a life: Samariaid still, and no warning, as "i dont want to be here at
#: school" in English
HERE_NOT_A_PLACE_CY = (
    r"(?! (?:yn yr|yn y|yn|mewn|ar y|efo|gyda|hefo) ?(?:ysgol|gwaith|dosbarth|coleg|wers|gwers"
    r"|parti|clwb|swyddfa|gwersyll|cyfarfod|brifysgol|prifysgol|ngwaith|nosbarth|nhim|gem)\b)"
)
_NOT_HERE = (
    r"\b(?:ddim|dim|dwim|sa i|sai|smo fi|so fi|sa fi"
    # (w61cy, welsh25 F2) with "'n": "sa i'n moyn", "smo fi'n moyn", "dwi'm yn isio"
    r"|sa in|sain|sa i n|smo fin|so fin|sa fin|dwim yn) (?:eisiau|eisie|isio|isho|isie|ishe|moyn"
    rf"|mofyn|am) (?:byw|fyw|bod yma{HERE_NOT_A_PLACE_CY}|bod ma{HERE_NOT_A_PLACE_CY}|bod yn fyw"
    r"|deffro)\b"
)
#: (w54cyown, welsh22 F3) a goodbye sent: wedi anfon / gyrru / hala neges ffarwel, neges i
#: ffarwelio, tecst i ddeud hwyl fawr (has sent a goodbye message, a text to say goodbye)
GOODBYE_SENT_CY = (
    r"\b(?:anfon|danfon|nanfon|gyrru|yrru|hala|tecstio|decstio|postio|bostio|sgwennu|ysgrifennu"
    r"|gadael|adael) (?:\w+ ){0,2}?(?:neges|negeseuon|tecst|decst|text|nodyn|llythyr|lythyr)"
    r"(?: \w+)?? (?:ffarwel|ffarwelio|i ffarwelio|hwyl fawr|i ddeud hwyl fawr|i ddweud hwyl fawr"
    r"|i ddeud ta ta)\b"
    # (w56cy, welsh23 F8) not a goodbye to someone leaving: a teacher or a colleague, someone
    # "sy'n ymddeol / gadael / symud" (who is retiring, leaving, moving)
    r"(?!(?: (?:i|ir|i r|at|at y|at yr|in|i n|i fy|in|i ein|in))?(?: \w+)?? (?:athro|athrawes"
    r"|athrawon|pennaeth|mhennaeth|cydweithiwr|cydweithwyr|cyd weithiwr|cyd weithwyr|staff|bos"
    r"|rheolwr|gweinidog|ficer|cymydog|cymdogion|nosbarth|dosbarth)\b"
    r"|(?: \w+){0,4}? (?:syn|sydd yn|sydd n|oedd yn|odd yn) (?:ymddeol|gadael|symud|mynd i ffwrdd"
    r"|mynd i fyw)\b)"
)
#: (w54cyown, welsh22 F3) on the edge of a cliff, a drop or a bridge: ar ymyl / erchwyn y
#: clogwyn, y dibyn, y bont, ar ben y clogwyn; not a house or a walk there ("byw mewn tŷ ar
#: ymyl y clogwyn", "cerdded ar ymyl y clogwyn")
EDGE_CY = (
    r"(?<!ty )(?<!byw )(?<!cerdded )(?<!gerdded )(?<!rhedeg )(?<!llwybr )(?<!carafan )\bar "
    r"(?:(?:ymyl|erchwyn|dibyn) (?:y |yr )?(?:clogwyn|clogwyni|dibyn|bont|pont|to|adeilad"
    r"|maes parcio|rheilffordd)|ben (?:y |yr )?(?:clogwyn|clogwyni|dibyn|bont|pont))\b"
)
#: the asker on the edge, or their goodbye sent: "dw i'n sefyll ar ymyl y clogwyn", "dwi wedi
#: anfon neges ffarwel" (as "im standing on the edge of the cliff"); the asker said, as "ar
#: ymyl y dibyn" alone is also "on the brink" of anything
_I_AM = r"\b(?:dw i|dwi|dwin|dw in|rydw i|rydwi|rwy|rwyn|wi|win|fi|fin|dwi di|dw i wedi)"
_MINE_NOW = rf"{_I_AM}(?: \w+){{0,3}}? (?:{EDGE_CY}|{GOODBYE_SENT_CY})"
#: one's own wish or plan said these ways: the warning and Samariaid
INTENT_SPOKEN_CY = (
    rf"{_NOT}\b{_WANT} (?:lladd|ladd) {_SELF}\b|{_NOT}\b{_WANT} (?:{_END_ALL})\b"
    rf"|{_NOT}\b{_WANT} {_FINISH_ALL}"  # (w61cy) "wi moyn cwpla'r cwbwl heno"
    rf"|{_HAD_ENOUGH}(?: \w+){{0,8}}? {_WANT} {_FINISH_IT}|{_NOT_HERE}|{_MINE_NOW}"
)

#: (w64cy, welsh26 F1) just now or feeling ill: tonight, today, last night, a while ago, "dwi'n
#: teimlo'n sâl" (I feel sick), chwydu (vomiting)
_SOON_CY = (
    r"neithiwr|nithiwr|heno|heddiw|bore ma|pnawn ma|p nawn ma|prynhawn ma|gynne|gynnau|gynna"
    r"|(?:awr|hanner awr|munud|oriau) (?:yn ol|nol)|(?:teimlon|teimlo n|teimlo yn) (?:sal|sic"
    r"|benysgafn|rhyfedd|ofnadwy|cysglyd)|chwydu|chwdu|taflu (?:i )?fyny|benysgafn"
)
#: an overdose done: "dwi di neud OD", "wedi cael overdose", "nes i neud OD" (as "ive done an
#: OD"); the past ("llynedd") is read by ``suicide_acts``
DONE_OD_CY = (
    r"\b(?:(?:wedi|di|newydd) (?:neud|gwneud|wneud|gneud|cael|gael|cal|gal)|(?:nes|wnes|mi wnes"
    r"|wnaes|nath) i (?:neud|wneud|gneud|gael|gal)|ges i|ces i|gesi|cesi) (?:yr |an |a )?"
    r"(?:od|overdose|over dose|gorddos|orddos)\b"
    # (w64cy, welsh26 F1) the loan said as the asker's verb: "nes i overdose", "dwi wedi
    # overdosio", "gorddosiais i" (as "i overdosed")
    r"|\b(?:nes|wnes|mi wnes|wnaes) i (?:overdose|over dose|gorddos|orddos|od|overdosio)\b"
    r"|\b(?:dwi|wi|dw i|fi|rwyf|rydw i|dwin|win|fin)(?: wedi| di| newydd)? (?:overdosio|overdoso"
    r"|gorddosio|orddosio)\b|\b(?:overdosies|overdosiais|gorddosiais|orddosiais|gorddoses"
    r"|orddoses) i\b"
    # ... and the noun first, with when or with feeling ill after: "overdose neithiwr a dwi'n
    # teimlo'n sâl" (as "overdosed last night and i feel sick"), "gorddos bore 'ma"
    rf"|^ *(?:help |plis )?(?:overdose|over dose|gorddos|orddos)(?: \w+){{0,3}}? (?:{_SOON_CY})\b"
)

#: a body's parts, plural (a broken arm or leg is singular), the South's too: 'y mreichie,
#: 'y nghoese ("'y" is "y" cleaned)
_PARTS = (
    r"(?:fy|y|yn) (?:mreichiau|mreichie|nghoesau|nghoese|nghluniau|nghlunie|arddyrnau|arddyrne"
    r"|ngarddyrnau|ngarddyrne|nghroen|nghorff)"
)
#: cutting, the English loan said the Welsh way: cytio, and its mutations
_CUT = r"(?:cytio|gytio|nghytio|cuttio|gyttio|cytian)"
#: self-harm and despair, said these ways: Samariaid, no warning
WORDS_SPOKEN_CY = (
    # been cutting, with no object: "dw i wedi bod yn cytio", "dwi'n cytio"
    rf"\b(?:bod yn|n|yn) {_CUT}(?= *$| (?:a|ac|ond|eto|ers|bob|yn|eto|achos|pan)\b)"
    # cutting oneself or one's arms, legs: "cytio fy hun", "torri 'y nghoese"
    rf"|\b{_CUT} (?:{_SELF}|{_PARTS})\b"
    rf"|\b(?:torri|dorri|thorri|llosgi|losgi) {_PARTS}\b"
    # someone else's: "mae fy ffrind yn torri ei hun", "ma ffrind fi'n cytio ei hunan"
    rf"|\b(?:torri|dorri|{_CUT}|llosgi|losgi|brifo|frifo|niweidio|anafu) (?:ei|eu)"
    r" (?:hun|hunan|hunain)\b"
    # I can't do this anymore: "sai'n gallu neud hyn rhagor", "dw i ddim yn gallu gwneud hyn
    # ddim mwy", "methu neud hyn rhagor", "alla i ddim neud hyn dim mwy"
    r"|\b(?:(?:sain|sa in|sai|ddim yn|dim yn|dwim yn|dwim|smo fin|so fin|ddim n) (?:gallu|galli)"
    r"|methu|ffili|ffaelu|fethu|alla i ddim|alla i ddim|fedra i ddim|fedrai ddim|allai ddim)"
    r" (?:neud|gwneud|wneud|gneud|diodde|dioddef|handlo|cario mlaen|cario ymlaen|mynd mlaen"
    r"|mynd ymlaen) (?:hyn |hwn |e |fe |o )?(?:rhagor|ddim mwy|dim mwy|mwyach|mwy)\b"
    # (w61cy, welsh25 F2) ending oneself, the South's way: "meddwl am gwpla'n hunan" (as
    # "thinking of ending myself": Samariaid, no warning)
    r"|\b(?:cwplan|gwplan|chwplan|cwpla fy|gwpla fy|cwpla yn|gwpla yn) (?:hun|hunan)\b"
)
