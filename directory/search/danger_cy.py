"""(w50cydanger, twentieth Welsh review F3-F5, check53 finding 1) Danger now as Welsh speakers
say it, read as the English is read ("hes going to kill me", "he has a knife", "hes
threatening me", "im hiding in the bathroom", "im not safe at home", "im scared to go home",
"he locked me in"). ``danger_now`` reads the written forms ("mae e'n mynd i'n lladd i", "dw i
ddim yn ddiogel nawr", "dwi ofn mynd adra"); these are the spoken ones it missed:

- threats: spoken "ma" for "mae" ("ma fe'n mynd i ladd fi"), "am" of intent ("mae o am fy
  lladd i"), "neith/neiff/wneith" of the future ("neith o ladd fi"), "bygwth" ("mae o'n
  bygwth fi", "mae e'n fy mygwth i");
- a weapon: "mae gan fy nhad gyllell", "mae gyda fe gyllell", "mae gynno fo gyllell", "mae
  cyllell gyda fe" (mutated or not);
- hiding: "dw i'n cuddio yn y toilet", "dwi'n cuddio o dan y gwely"; "ma fe yn y tŷ" said
  with fear (``danger_near`` reads "mae" only);
- not safe at home: "dw i ddim yn ddiogel gartref", "sa i'n saff adre" (not "ddim yn teimlo'n
  saff" without a time: the English "i dont feel safe at home" is not read as now either);
- frightened to go home: "mae ofn arna i fynd adre", "dw i'n rhy ofnus i fynd adra", "sa i
  moyn mynd adre", "dwi'n scared i fynd adra", "gatre";
- locked in: "mae e wedi cloi fi mewn", "mae o wedi fy nghloi i", "dydy e ddim yn gadael i mi
  fynd allan" with a door locked, out of the house, or fear said; "dydy o ddim yn gadael i mi
  fynd" said alone.

(w51cydanger, check54 findings 1, 4 and 5) Also: the one who harms them coming over, round,
home or here now, tonight or soon ("dod draw heno", "adre cyn bo hir", "mewn awr"), said with fear
or harm in any clause ("ac mae gen i ofn", "mae o'n fy nghyffwrdd": ``welsh_feared``); "mae o ar
ei ffordd" said of him alone; harm still to come in the future tense ("bydd o'n fy nghyffwrdd
eto"); a child alone with him ("ar ei phen ei hun efo fo heno") or him in another child's room
now ("yn ystafell fy mrawd bach rŵan"). Not someone coming with no fear said ("mae fy nain yn
dod draw heno"), a habit with no time ("bob nos"), a parent asking beforehand.

(w53cydanger, welsh21 F7) Also: someone hitting them or someone at home, said with "now" or a
cry for help in the clause ("mae o'n waldio fi rŵan", "ma fe'n bwrw fy mam i nawr": the present
is also of habit, so not "mae o'n curo mam bob nos"), not the rain ("bwrw glaw", "mae hi'n bwrw
hi"), a carpet ("curo'r carped") or a game ("curo fi ar fifa"); him coming up the stairs or to
their room, with fear, help or a time said ("plis help ma fe'n dod lan staer"), not a habit ("yn
y nos"); fear with him home, "sgeard" as young people type "scared", "gatre" as the south says
"adra", kin without "fy" ("mae dad adra a dw i ofn"); not going home with fear said ("sa i'n
mynd gatre heno ma ofn arna i"), not "sa i'n mynd gatre tan ar ôl ysgol". "Curo'r drws" keeps
the warning ``danger_now`` gives it: Welsh says knocking and banging with one verb.

Not for the past (``danger_now`` reads a clause of the past, "pan o'n i'n 10 roedd e'n cloi fi
mewn", as no danger), not for a threat to keep a secret ("mae e'n bygwth fi os dw i'n deud"),
not for a question about children in general ("sut mae gwybod os yw plentyn yn ddiogel
gartref"), not for a rule of the house ("dydy dad ddim yn gadael i mi fynd allan gyda fy
ffrindiau"). "Dw i ddim eisiau mynd adre achos mae'n ddiflas" still gets the warning, as "i dont
want to go home because its boring" does in English: a child may give a small reason for a
large one, and the line costs a bored child little.

Over ``clean_text`` (lower case, no apostrophes or accents: "mae e'n" is "mae en", "tŷ" is
"ty").
"""

from __future__ import annotations

import re

from . import danger_near
from .danger_cy_feared import feared_now_cy
from .danger_cy_plain import said_plainly_cy
from .danger_cy_said import said_in_danger

#: is (spoken "ma" as written "mae")
_MAE = r"\b(?:mae|ma|mai)"
#: who may harm them: he, she, they, my dad, my stepdad, mum's boyfriend, "dad fi"
_WHO = (
    r"(?:e|o|fe|fo|hi|nhw|fy \w+(?: \w+)?|nhad|dad|tad|llystad|mam|llysfam|cariad (?:mam|fy mam)"
    r"|partner (?:mam|fy mam)|(?:dad|tad|llystad|llysdad|lystad|mam|llysfam|brawd|llysfrawd"
    r"|wncwl|yncl|ewyrth|ewythr|bamp|taid|tadcu|cefnder|cariad|partner) (?:fi|i)"
    # (w51cydanger) kin said without "fy": "ma taid yn dod rownd", "mae wncwl ar ei ffordd"
    r"|taid|tadcu|tad cu|bamp|bampi|nain|mamgu|wncwl|yncl|ewythr|ewyrth|llysdad|lystad|dadi)"
)
#: ... with "is" and the progressive "yn" as written: "mae en", "ma fe yn", "mae fy nhad yn"
_WHO_IS = rf"{_MAE} {_WHO}(?: i)?(?: ?n| yn)?"
#: harm to them, after a verb-noun's "to" ("i ladd fi", "i'n lladd i", "i fy mrifo i")
_HARM = (
    r"(?:(?:fy |n |y )(?:lladd|mrifo|nghuro|nhreisio|nharo|mwrw|nhrywanu|nhagu|nghyffwrdd|"
    r"nghamdrin|ngham drin|stabio)\b"
    r"|(?:ladd|lladd|frifo|brifo|guro|curo|dreisio|treisio|daro|taro|fwrw|bwrw|drywanu|trywanu|"
    r"dagu|tagu|stabio|hitio|gyffwrdd|cyffwrdd) (?:fi|mi|ni|i)\b)"
)
#: a weapon, as it comes after "gan fy nhad" (mutated) or not
_WEAPON = r"(?:cyllell|gyllell|chyllell|nghyllell|gwn|wn|arf|morthwyl|forthwyl|machete)"
#: will (be), the future as said: "bydd", "fydd", "mi fydd", "fe fydd", "bydde", "neith"
_WILL = r"(?:(?:mi |fe )?(?:bydd|fydd|bydde|fydde|byddan|fyddan)|neith|neiff|wneith|wnaiff)"
#: "do it again", "do that to me": "gwneud o eto", "neud e eto", "wneud hynny i mi"
_AGAIN = (
    r"(?:gwneud|neud|wneud) (?:o|e|fe|fo|hi|hynny|hyn|yr un peth|pethau|petha|pethe)"
    r" (?:eto|i mi|i fi|i ni)\b"
)
#: home, as said in the north and south
_HOME = r"(?:adra|adre|adref|gartre|gartref|gatre|getre|tre|nol adre|yn ol adre|nol gatre)"
#: I (am): "dw i", "dwi'n", "rydw i'n", "wi'n", "fi'n"
_I = r"\b(?:dw i|dwi|dw|rydw i|rydw|rwy|rwyf|rwyf i|wi|fi|ydw i)(?: ?n| yn)?"

DANGER_CY = re.compile(
    # "ma fe'n mynd i ladd fi", "mae o am fy lladd i heno", "mae e isio fy mrifo i"
    rf"{_WHO_IS} (?:mynd|dod|am|isio|eisiau|eisie|ishe|moyn|bwriadu)(?: i)?(?: ?n)? {_HARM}"
    # "neith o ladd fi", "wneith e fy lladd i", "fe wnaiff fy nhad fy mrifo i heno"
    rf"|\b(?:neith|neiff|neif|wneith|wneiff|wnaiff|naiff|wnaith|naith|gneith) {_WHO} {_HARM}"
    # "mae o'n bygwth fi", "mae e'n fy mygwth i", "mae fy nhad yn bygwth fy lladd i"
    rf"|{_WHO_IS} (?:bygwth|bigwth) (?:fi|mi|ni|fy|n |{_HARM})"
    rf"|{_WHO_IS} (?:fy|n) mygwth\b"
    # "mae gan fy nhad gyllell", "mae gyda fe gyllell", "mae gynno fo gyllell", "mae ganddo fo
    # gyllell", "mae o efo cyllell", "mae e'n dal cyllell", "mae cyllell gyda fe"
    rf"|{_MAE} (?:gan|gen|gyda|gydag|efo|gynno|gyno|gynnoh|ganddo|ganddi|gynni|gyddo)"
    # (w62danger, check62) not a new knife for the kitchen: "cyllell newydd i'r gegin"
    rf"(?: {_WHO})? {_WEAPON}\b(?!(?: newydd)?(?: \w+)?? (?:ir|i r|yn y|or|o r) gegin\b)"
    rf"|{_WHO_IS} (?:efo|gyda|gydag|dal|cario|chwifio) (?:y |ei |fy )?{_WEAPON}\b"
    rf"|{_MAE} (?:cyllell|gwn|arf|morthwyl) (?:gan|gyda|gydag|efo|gynno|gyno|ganddo|ganddi)\b"
    # "dw i'n cuddio yn y toilet", "dwi'n cuddio o dan y gwely", "rwy'n cuddio tu ôl i'r drws"
    rf"|{_I} cuddio (?:yn (?:y|yr|fy|ei|r)|mewn|o dan|dan|tu ol|tu cefn|tu ôl|yn y|lan staer"
    r"|lan lofft|lan llofft|lawr staer|i fyny)\b"
    # "dw i ddim yn ddiogel gartref", "sa i'n saff adre", "dw i'm yn ddiogel yn y tŷ"
    r"|\b(?:(?:dw i|dwi|dydw i|dydw|sa i|so i|dw i m|dwim|dw im) ddim yn|sa i ?n|sain|sai|"
    r"smo fi ?n|smo fin|so fi ?n|so fin|dw im yn|dwim yn) (?:ddiogel|saff) (?:yn )?"
    r"(?:gartref|gartre|adre|adref|adra|gatre|yn y ty|yn fy nghartref|yn y cartref|yma|fan hyn|"
    r"fama|fan yma)\b"
    # "mae ofn arna i fynd adre", "dw i'n rhy ofnus i fynd adra", "dwi'n scared i fynd adra"
    rf"|\bofn (?:arna i|arnai|arnaf i|arnaf|arna fi|arno i) (?:i )?(?:fynd|mynd) {_HOME}\b"
    rf"|\b(?:ofnus|ofn|scared|scarred|sgared|scard|sgerd|dychryn|dychryn i) (?:i |o )?(?:fynd|"
    rf"mynd) (?:nol |yn ol |yn nol )?{_HOME}\b"
    # "sa i moyn mynd adre heno", "sai'n moyn mynd gatre", "smo fi moyn mynd nôl adre"
    r"|\b(?:sa i|sai|sa i ?n|sain|smo fi|smo fi ?n|smo fin|so fi|so fin|dw im|dwim|dw i m)"
    rf" (?:moyn|isio|isho|eisiau|eisie|ishe|am) (?:fynd|mynd) (?:nol |yn ol |yn nol )?{_HOME}\b"
    r"|\b(?:ddim|dim) (?:isio|isho|eisiau|eisie|ishe|moyn) (?:fynd|mynd) (?:nol |yn ol )?(?:gatre|"
    r"getre)\b"
    # locked in: "mae e wedi cloi fi mewn", "mae o wedi fy nghloi i", "dw i wedi nghloi mewn"
    r"|\bcloi (?:fi|mi|ni)\b(?! (?:allan|mas|tu allan|tu fas))|\b(?:fy |n )?nghloi\b"
    r"|\bcloi (?:fi |ni )?(?:i )?mewn\b|\bcloi (?:fy|n) (?:hun|hunan) (?:yn|mewn|i mewn)\b"
    # (w51cydanger, check54 finding 5) harm still to come, in the future tense: "bydd o'n fy
    # nghyffwrdd eto", "fydd e'n fy mrifo i", "mi fydd fy llystad yn gwneud o eto"
    rf"|\b{_WILL} {_WHO}(?: ?n| yn) {_HARM}"
    rf"|\b{_WILL} {_WHO}(?: ?n| yn) {_AGAIN}"
)

#: locked, said of a door or a room: "mae e wedi cloi'r drws"
_LOCKED = re.compile(
    r"\bcloi ?r (?:drws|drysau|stafell|ystafell)\b|\bdrws (?:wedi|ar) (?:ei )?gloi\b"
)
#: not let out: "dydy e ddim yn gadael i mi fynd allan", "neith o ddim gadael fi fynd"
_NOT_LET_OUT = re.compile(
    r"\b(?:ddim|dim|byth) (?:yn )?(?:gadael|gadel|gadal) (?:i )?(?:mi|fi|ni) (?:fynd|mynd|adael|"
    r"gadael|gadel)\b(?P<rest>(?: \w+)*)$"
    r"|\b(?:so|smo) (?:e|fe|o|fo|hi|nhw) ?n (?:gadael|gadel) (?:i )?(?:mi|fi|ni) (?:fynd|adael)\b"
    r"(?P<rest2>(?: \w+)*)$"
)
#: ... the rest, when it is only where they would go: out, out of the house, now
_OUT_ONLY = re.compile(
    r"^(?: (?:allan|mas|i maes|o r|or|o y|ty|tŷ|fflat|stafell|ystafell|car|nawr|rwan|heno|"
    r"o gwbl|o yma|o fan hyn))*$"
)
#: out of the house, room, car: "gadael i mi adael y tŷ", "fynd allan o'r tŷ"
_PLACE_SAID = re.compile(r"\b(?:ty|tŷ|fflat|stafell|ystafell|llofft|car)\b")
#: a threat to keep a secret: "os dw i'n deud", "os wna i ddweud wrth unrhyw un"
_IF_TOLD = re.compile(
    r"\bos (?:dw i ?n|dwi ?n|dwin|wna i|na i|wnai|bydda i|fydda i|ydw i n) (?:deud|dweud|ddeud|"
    r"ddweud|son|sôn|sgwrsio)\b|\bi (?:beidio|peidio) (?:a |â )?(?:deud|dweud|son)\b"
)
#: a fear or a danger said of the past: "o'n i'n rhy ofnus i fynd adre" (not "mae o'n i fyny")
_WAS = re.compile(
    r"\b(?:ron i|ron in|roni|oeddwn|roeddwn)\b|(?<!mae )(?<!ma )\bon (?:i|in)\b(?! fyny)"
)
#: a question about children in general: "sut mae gwybod os yw plentyn yn ddiogel gartref"
_GENERAL = re.compile(
    r"\b(?:os yw|os ydy|os ydi|os oes|beth os|be os|sut|beth i w wneud|be i neud|arwyddion)\b"
    r".*\b(?:plentyn|plant|rhywun|person|disgybl|disgyblion|pobl ifanc|person ifanc)\b"
)


#: now, tonight or soon, as said north and south: "heno", "rŵan", "nawr", "cyn bo hir", "mewn
#: awr", "toc", "unrhyw funud"
_SOON = (
    r"(?:heno|rwan|nawr|ar hyn o bryd|cyn bo hir|cyn hir|yn fuan|toc|yn y munud|heddiw|"
    r"unrhyw (?:funud|eiliad|foment)|mewn (?:\w+ ){0,2}?(?:munud|funud|munudau|eiliad|awr)|"
    r"ar ol (?:ysgol|gwaith|swper|te)|pnawn ma|prynhawn ma)"
)
#: where someone comes: over, round, here, home, back, upstairs, to fetch me
_TO = (
    r"(?:draw|drosodd|drosto|rownd|acw|yma|ma|adra|adre|adref|gartre|gartref|gatre|getre|nol|"
    r"yn ol|lan|i fyny|lan staer|lan lofft|lan llofft|i r ty|ir ty|in ty ni|i n ty ni|"
    r"i (?:fy|n) (?:stafell|ystafell|llofft|nol|nol i|nghasglu)|i nol fi|i gasglu fi)"
)
#: someone coming, said with its time: "mae fy ewythr yn dod draw heno", "mae o'n cyrraedd
#: adre cyn bo hir" (the present is also of habit: "mae o'n dod i fy stafell" with no time is
#: not read as now)
_COMING_NOW = re.compile(rf"{_WHO_IS} (?:dod|dwad|cyrraedd|gyrraedd) {_TO}\b")
#: someone on the way, or coming in the future tense: "ma fe ar ei ffordd", "bydd fy llystad
#: adref", "fydd o'n dod acw", "daw e adre", "pan fydd o adra"
_COMING = re.compile(
    rf"{_WHO_IS} ar (?:ei|eu|y) ffordd\b"
    rf"|\b(?:{_WILL}|(?:mi |fe )?(?:daw|ddaw)|pan (?:fydd|ddaw|gyrhaeddith|gyrhaeddiff)) {_WHO}"
    rf"(?: ?n| yn)?(?: dod| dwad| cyrraedd| gyrraedd)? {_TO}\b"
)
#: the time said: now, tonight, soon
_SOON_SAID = re.compile(rf"\b{_SOON}\b")
#: a habit, not now: "bob nos", "weithiau", "yn aml"
_HABIT = re.compile(
    r"\b(?:bob|pob) (?:nos|dydd|tro|penwythnos|wythnos|amser|bore|dydd sul|dydd sadwrn)\b"
    r"|\b(?:weithiau|yn aml|wastad|fel arfer)\b"
)
#: "he is coming" or "on his way" said of him alone, the clause no more: "mae o ar ei ffordd
#: yma rŵan", "ma fe'n dod", "maen nhw'n dod nawr"
_COMING_ALONE = re.compile(
    rf"(?:{_MAE}|maen) (?:e|o|fe|fo|hi|nhw)(?: ?n| yn)? (?:dod|dwad|ar (?:ei|eu|y) ffordd)"
    rf"(?: {_TO})?(?: {_SOON})?(?: eto)?"
)
#: someone else, a child, alone with him now or tonight: "mae fy chwaer fach ar ei phen ei hun
#: efo fo heno", "mae'r plant ar eu pennau eu hunain gyda fe nawr"
_ALONE_WITH = (
    r"\bar (?:ei |eu )?(?:ben|phen|pen|pennau|benna) (?:ei |eu )?(?:hun|hunan|hunain)"
    r"(?: bach)? (?:efo|hefo|gyda|gydag|gydai|gydar|gydau|efor|efoi|hefor|hefoi)\b"
)
#: someone in another's room or bed: "mae fy nhad yn ystafell fy mrawd bach", "ma fe yn
#: llofft y plant", "mae o yng ngwely fy chwaer"
_IN_THEIR_ROOM = (
    rf"{_MAE} {_WHO} (?:yn|yng) (?:y |yr )?(?:ystafell|stafell|llofft|ngwely|gwely)"
    r"(?: wely)? (?:fy|ei|ein|eu|y|yr) \w+"
)
#: with someone else now: "mae o efo fy chwaer fach rŵan", "mae fy llystad gyda'r plant heno"
_WITH_THEM = (
    rf"{_MAE} {_WHO}(?: yn)? (?:efo|hefo|gyda|gydag|gydar|efor) (?:fy|ei|ein|eu|y|yr|r|)"
    r" ?(?:\w+ ){1,2}?"
)
#: someone else in danger, said with its time: danger now on its own
_OTHER_NOW = re.compile(rf"(?:{_ALONE_WITH}|{_IN_THEIR_ROOM})(?: \w+){{0,4}}? {_SOON}\b")
#: ... said without a time, or with someone else: danger now with fear or harm said
_OTHER_IF_FEARED = re.compile(rf"{_ALONE_WITH}|{_IN_THEIR_ROOM}|{_WITH_THEM}{_SOON}\b")
#: harm said in Welsh that ``danger_near.FEAR`` does not read: "mae o'n fy nghyffwrdd", "mae
#: e'n ei churo hi", "mae o'n ei cham-drin hi", "helpwch fi"
HARM_SAID = re.compile(
    r"\b(?:fy|n|ei|y) (?:nghyffwrdd|chyffwrdd|gyffwrdd|nghuro|churo|guro|nharo|tharo|daro|mwrw"
    r"|bwrw|fwrw|nghamdrin|ngham drin|cham drin|gam drin|nhreisio|threisio|dreisio|mrifo|frifo"
    r"|brifo|nhagu|thagu|dagu)\b"
    r"|\b(?:cyffwrdd|gyffwrdd|curo|guro|taro|daro|bwrw|fwrw|hitio|treisio|dreisio|tagu|dagu)"
    r" (?:fi|mi|ni|hi|fo)\b"
    r"|\b(?:helpwch fi|helpa fi|plis help|help plis|crynu|panicio|gen i ofn|ofn arna)\b"
    # (w53cydanger, welsh21 F7) "scared" as young people type it in Welsh: "dwi'n sgeard"
    r"|\b(?:sgeard|sgerd|sgeerd|sgered|sgared|sgard|sgerod|scerd|sceard|sgeardd|sgerdd)\b"
)
#: a parent asking beforehand: "ydy hi'n saff i'w gadael hi ar ei phen ei hun efo fo"
_ASKED_BEFORE = re.compile(
    r"\b(?:ydy|ydi|a yw|yw) (?:hi|e|o|fe|fo) ?n (?:ddiogel|saff|iawn|syniad da)\b"
    r"|\b(?:a )?(?:ddylwn|ddylen|ga) (?:i|ni) (?:adael|gadael|ganiatau)\b"
)
#: a threat of what happens if found out: "bydd e'n fy lladd i os yw e'n ffeindio allan"
_IF_FOUND = re.compile(
    r"\bos (?:ydy|yw|ydi|bydd|fydd|wneith|neith|ceith|caiff|geith|gaiff) (?:e|o|fe|fo|hi|nhw)"
    r" ?n? (?:ffeindio|darganfod|gwybod|clywed|wybod)\b"
)


#: (w53cydanger, welsh21 F7) hitting, north and south, as said: "waldio", "bwrw", "curo",
#: "hitio", "dyrnu", "cicio", "slapio", "pwnio", "colbio", "leinio", "taro", "tagu"
_HITTING = (
    r"(?:waldio|bwrw|curo|hitio|dyrnu|cicio|slapio|pwnio|colbio|leinio|taro|tagu|cam drin|"
    r"camdrin|brifo|stido|clatsio|clatsho|clatshio|clatsian)"
)
#: ... with "my", "his" or "her" before it, mutated: "fy mwrw", "fy nghuro", "ei churo hi"
_HITTING_MINE = (
    r"(?:fy|n|ei|eu|ein) (?:waldio|mwrw|bwrw|fwrw|nghuro|churo|guro|curo|hitio|nyrnu|dyrnu|"
    r"thyrnu|ddyrnu|nghicio|chicio|gicio|slapio|mhwnio|phwnio|bwnio|ngholbio|cholbio|golbio|"
    r"leinio|nharo|tharo|daro|nhagu|thagu|dagu|ngham drin|nghamdrin|cham drin|gam drin|mrifo|"
    r"phrifo|frifo|stido|nghlatsio|chlatsio|glatsio|clatsio|clatsho|glatsho)"
)
#: a person hit: me, us, her, him, mum, dad, "fy mam", "'n chwaer i", "y plant", "mam fi"
_HIT = (
    r"(?:fi|mi|ni|hi|fo|fe|nhw|mam|mami|dad|nain|mamgu|mam gu|y plant|y babi|y bachgen|"
    r"yr hogan|y ferch|(?:fy|n|ein|ei|eu) \w+(?: bach| fach)?|(?:mam|chwaer|brawd|babi) (?:fi|i))"
)
#: he, she, they, my dad is (at it): "mae o'n", "ma fe'n", "mae'n", "maen nhw'n", "mae dad yn
#: dal i", "mae o wrthi'n"
_HITTER_IS = (
    rf"(?:{_WHO_IS}|\bmaen(?: nhw ?n| nhw yn)?)(?: (?:wrthi|dal|dal i|yn dal i)(?: ?n| yn)?)?"
)
#: now, as said: "rŵan", "nawr", "ar hyn o bryd", "reit nawr", "yn syth"
_NOW_SAID = r"(?:rwan|nawr|ar hyn o bryd|ar y funud|heno|yn syth|rwan hyn|nawr hyn)"
#: a cry for help said with it: "plis help", "helpwch", "ffoniwch yr heddlu"
_HELP = re.compile(
    r"\b(?:helpwch|helpa fi|help plis|plis help|pls help|help pls|help fi|ffoniwch (?:yr )?"
    r"heddlu|ffonio r heddlu|ffonior heddlu)\b"
)
#: someone hitting them or someone at home, under way: "mae o'n waldio fi rŵan", "ma fe'n
#: bwrw fy mam i nawr", "mae dad yn curo mam rŵan" (not "curo'r carped", "bwrw glaw")
#: (w64danger, check63 finding 2) the state said first: "mae fy nhad yn feddw ac yn taro mam"
_STATE_AC = r"(?: (?:feddw|wedi meddwi|chwil|flin|gandryll|wyllt|wallgo)(?: iawn)? ac(?: yn| n)?)?"
_HITTING_NOW = re.compile(
    rf"{_HITTER_IS}{_STATE_AC} (?:{_HITTING} {_HIT}|{_HITTING_MINE})(?: i| fi| hi| fo| fe)?\b"
    rf"(?P<rest>(?: \w+)*)"
)
#: a game won or the rain, not a blow: "mae fy mrawd yn curo fi ar fifa", "mae hi'n bwrw hi"
_GAME = re.compile(
    r"\b(?:gem|gemau|fifa|ffifa|fortnite|minecraft|xbox|playstation|ps4|ps5|pel droed|ras|"
    r"cardiau|gardiau|gwyddbwyll|chwarae|sgor|pwyntiau|pwynt)\b"
    # the rain: "mae hi'n bwrw hi lawr", "bwrw glaw"
    r"|\bbwrw (?:hi )?(?:lawr|i lawr|glaw|eira|cesair|cenllysg|yn drwm|hen wragedd)\b"
    r"|\bhi ?n bwrw hi\b"
)
#: coming up the stairs or to their room: "ma fe'n dod lan staer", "mae o'n dod i fyny'r
#: grisiau", "mae dad yn dod i fy stafell"
_UPSTAIRS = re.compile(
    rf"{_WHO_IS} (?:dod|dwad|cerdded|rhedeg) (?:lan staer|lan star|lan y staer|lan lofft|"
    r"lan llofft|lan y grisiau|i fynyr grisiau|i fyny grisiau|i fynyr staer|i fyny staer|"
    r"i fyny|fyny grisiau|fynyr grisiau|fyny staer|lan|(?:i mewn |mewn )?i (?:fy|n) "
    r"(?:stafell|ystafell|llofft|ngwely)|i r llofft|ir llofft)\b"
)
#: not going home, said with fear: "sa i'n mynd gatre heno ma ofn arna i", "dw i ddim yn mynd
#: nôl adra"
_NOT_GOING_HOME = re.compile(
    r"\b(?:sa i ?n|sain|sai|smo fi ?n|smo fin|so fi ?n|so fin|dw im yn|dwim yn|dw i m yn|"
    r"(?:dw i|dwi|dydw i|dydw) ddim yn|na i ddim|wna i ddim|dw i ddim am|dwi ddim am) "
    rf"(?:mynd|fynd) (?:nol |yn ol |yn nol )?{_HOME}\b"
)
#: someone home or in the house, kin said without "fy" ("mae dad adra", "ma llystad fi gatre"):
#: danger now with fear said, as "my dad is home and im scared" is
_HOME_NOW = re.compile(
    rf"{_MAE} {_WHO}(?: yn| wedi dod| di dod)? (?:adra|adre|adref|gartre|gartref|gatre|getre|"
    r"nol adre|nol gatre|nol adra|yn ol|yn y ty|yn y tŷ|lawr staer|lan staer)\b"
)
#: home, said in the south ("gatre", "getre"), as ``danger_near`` reads the north's "adra"
_GATRE = re.compile(r"\b(?:gatre|getre)\b")


#: at night, as a habit: "yn y nos", "gyda'r nos", "ganol nos"
_AT_NIGHT = re.compile(r"\b(?:yn y nos|gyda r nos|gydar nos|ganol nos|ganol y nos)\b")


def _hitting_now(cleaned: str) -> bool:
    """(w53cydanger, welsh21 F7) Someone hitting the person asking, or someone at home, said
    with "now" or with a cry for help ("mae o'n waldio fi rŵan", "ma fe'n bwrw mam nawr", "mae
    dad yn curo mam helpwch ni"). Not a game ("curo fi ar fifa"), a carpet or the rain.
    (w64danger, check63 finding 2) The present said with no time is read as the English "my
    dad is hitting mum" is, as now ("mae fy nhad yn taro mam"), unless a habit or a condition
    is said with it ("bob nos", "weithiau", "pan", "os", "ers blynyddoedd")."""
    found = _HITTING_NOW.search(cleaned)
    if found is None or _GAME.search(cleaned):
        return False
    if re.search(rf"\b{_NOW_SAID}\b", found.group("rest")) or _HELP.search(cleaned):
        return True
    return not (_HABIT.search(cleaned) or _AT_NIGHT.search(cleaned) or _WHEN_IF.search(cleaned))


#: (w64danger) when or if, a habit or a condition said, not a blow now: "pan mae o'n feddw"
#: or for a long time: "ers blynyddoedd" (for years), "o hyd", "trwy'r amser"
_WHEN_IF = re.compile(
    r"\b(?:pan|os|weithiau|bob tro|byth|erioed|arfer|ers|o hyd|trwy r amser|drwy r amser)\b"
)


def _coming_up(cleaned: str, feared: bool) -> bool:
    """(w53cydanger, welsh21 F7) Coming up the stairs or to their room, said with fear, help or
    "now" ("plis help ma fe'n dod lan staer"), not as a habit ("bob nos", "yn y nos")."""
    if _UPSTAIRS.search(cleaned) is None:
        return False
    timed = _SOON_SAID.search(cleaned) is not None
    if not timed and (_HABIT.search(cleaned) or _AT_NIGHT.search(cleaned)):
        return False
    return timed or feared or welsh_feared(cleaned)


def welsh_feared(cleaned: str) -> bool:
    """(w51cydanger) A clause (``clean_text``) says harm in Welsh as ``danger_near.FEAR`` does
    in English ("mae o'n fy nghyffwrdd", "he touches me"; "mae e'n ei churo hi")."""
    return HARM_SAID.search(cleaned) is not None


def _coming_or_other(cleaned: str, feared: bool) -> bool:
    """(w51cydanger, check54 findings 1, 4 and 5) Someone coming now, tonight or soon, said
    with fear or harm ("mae fy ewythr yn dod draw heno ac mae gen i ofn", "bydd fy llystad
    adref cyn bo hir ac mae o'n fy mrifo") or of him alone ("mae o ar ei ffordd yma rŵan");
    someone else with the one who harms them now or tonight ("mae fy chwaer fach ar ei phen ei
    hun efo fo heno", "mae fy nhad yn ystafell fy mrawd bach rŵan"). Not said with no fear
    ("mae fy ewythr yn dod draw heno"), nor asked beforehand."""
    if _ASKED_BEFORE.search(cleaned):
        return False
    if _COMING_ALONE.fullmatch(cleaned) or _OTHER_NOW.search(cleaned):
        return True
    if not (feared or welsh_feared(cleaned)):
        return False
    timed = _SOON_SAID.search(cleaned) is not None
    if _HABIT.search(cleaned) and not timed:
        return False
    if timed and _COMING_NOW.search(cleaned):
        return True
    return bool(_COMING.search(cleaned) or _OTHER_IF_FEARED.search(cleaned))


def welsh_danger_now(cleaned: str, feared: bool) -> bool:
    """A clause (``clean_text``, not of the past) tells in spoken Welsh that the person asking
    is in danger now (``DANGER_CY``, a door locked and not let out, "ma fe yn y tŷ" with fear
    said: ``feared``, as ``danger_now`` reads it)."""
    if _IF_TOLD.search(cleaned) or _IF_FOUND.search(cleaned) or _GENERAL.search(cleaned):
        return False
    if _WAS.search(cleaned) or danger_near.JOKE_KILL.search(cleaned):  # (w59cydanger) a joke
        return False
    if DANGER_CY.search(cleaned) or _kept_in(cleaned, feared) or said_in_danger(cleaned):
        return True
    if said_plainly_cy(cleaned, feared):  # (w55cy) "dwi ddim yn ddiogel", "yn ei hystafell hi"
        return True
    if feared_now_cy(cleaned):  # (w56cy) "hitting fi right now", "mod i mewn perygl"
        return True
    if _coming_or_other(cleaned, feared) or _hitting_now(cleaned) or _coming_up(cleaned, feared):
        return True
    if (feared or welsh_feared(cleaned)) and (
        _NOT_GOING_HOME.search(cleaned) or _HOME_NOW.search(cleaned)
    ):
        return True
    spoken = _GATRE.sub("gartre", danger_near.SPOKEN_MA.sub("mae ", cleaned))
    if spoken == cleaned:
        return False
    return danger_near.near_now(spoken) or (feared and danger_near.near_if_feared(spoken))


def _kept_in(cleaned: str, feared: bool) -> bool:
    """Not let out: with a door locked, a place ("... i mi adael y tŷ"), or fear said, or said
    alone ("dydy o ddim yn gadael i mi fynd"). Not a rule of the house ("... i mi fynd allan gyda
    fy ffrindiau", "mae parti nos Sadwrn a dydy mam ddim yn gadael i mi fynd")."""
    found = _NOT_LET_OUT.search(cleaned)
    if found is None:
        return False
    rest = found.group("rest") or found.group("rest2") or ""
    if _LOCKED.search(cleaned) or _PLACE_SAID.search(rest):
        return True
    alone = not rest and len(cleaned[: found.start()].split()) <= 3
    return alone or (feared and _OUT_ONLY.match(rest) is not None)
