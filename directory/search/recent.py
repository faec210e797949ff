"""(tenth walk-through F2) Words telling of a sexual assault in the last few days ("raped me last
night", "did stuff to me at the weekend and i am bleeding", Welsh "neithiwr", "ddoe"): the
results page then says first what to do now (999 if hurt or in danger, 111 for medical advice,
a sexual assault referral centre), because medical care and evidence are time-limited.

(twelfth walk-through F1) The time is read as a time, not as a list of words: a part of today
("this evening", "earlier", "tonight", "bore 'ma", "heno"), a count back ("an hour ago", "a
couple of days ago", "dwy awr yn ôl"), yesterday or last night however it is typed ("yday",
"last nyt", "neithiwr", "echdoe"), a weekend ("at the wkend", "over the w/e", "dros y
penwythnos") or a day of the week ("on friday", "friday night", "nos Wener"). "Last week" counts
too: SARCs' forensic window is up to about seven days (Teesside SARC asks about "the last 10
days"; vaginal samples up to 7 days, emergency coil within 5) and the warning itself says "if it
happened in the last few days", so a reader past the window loses nothing by seeing it, while a
child raped six days ago loses the SARC if it is missing. A time said of a flashback, a
nightmare or a wish ("last night i had a flashback", "this evening i want to talk") is not the
time of the assault.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .attacked_cy import ATTACKED_SEXUALLY_CY, WHEN_CY
from .lexicon import FILLERS
from .recent_other import (
    asked_or_overdose,
    asked_what_to_do,
    hurt_of_a_habit,
    still_to_come,
    talked_about,
    without_everyday_touch,
    without_sex_asked,
    without_taught,
)
from .woke_unclothed import without_woke_unclothed

if TYPE_CHECKING:  # (who is asking reads the time too: ``asker_ages``)
    from .understand import Understood

#: the topics that tell of sexual abuse or rape (not abuse in the family alone: "my cousin hit me
#: yesterday" is not this)
_SEXUAL_TOPICS = frozenset({"sexual-abuse", "rape"})
#: (fifteenth walk-through F2) the Welsh of "bad", "nasty", "weird", "dirty" things
_BAD_CY = (
    r"drwg|drwg iawn|cas|rhyfedd|rhyfadd|od|ofnadwy|afiach|budr|budur|ych a fi|anghywir|"
    r"rhywiol|secsi"
)
_SEXUAL_WORDS = re.compile(
    r"\b(?:sex|sexual\w*|raped?|rapes|treisio|threisio|nhreisio)\b"
    # (w61other, check61 finding 4) "rape" misspelt as a word of its own, said of the one
    # harmed: "i was rapped", "got rapped", "been rapped" (not "he rapped on the door")
    r"|\b(?:was|got|get|gets|been|being|were|be) rapp?ed\b"
    # (twelfth walk-through F1) what a child calls it: "did it to me again", "does stuff to me",
    # "touched me", "down there"; Welsh "fy nghyffwrdd" (touched me), "gwneud pethau i mi"
    r"|\b(?:did|done|does|do|doing|keeps doing) (?:it|stuff|things|that|sex stuff|bad stuff|"
    r"bad things|sexual things) (?:to|with|on) (?:me|her|him|them|my \w+)\b"
    r"|\btouch(?:ed|es|ing)? (?:me|her|him|my \w+)\b|\bdown there\b|\bprivates?\b"
    # (w60danger, check61 finding 4) the act ends where its object does: "made me do stuff
    # earlier" (the time is the act's, however the sentence goes on)
    r"|\bmade me (?:do|touch|suck)(?: (?:it|stuff|things|that|sex stuff|bad stuff|bad things|"
    r"sexual things|stuff to him|stuff to her|things to him|things to her))?\b"
    r"|\bforced (?:himself|herself|me)\b"
    # (w63recent) Welsh "forced himself on me": "orfodi ei hun arna i"
    r"|\b(?:gorfodi|orfodi|gorfododd|orfododd) ei hun(?:an)? (?:arna i|arnaf i|arna fi|arni)\b"
    # (w62missing, check62 finding 6) spiking told without the word: "put something in my drink"
    r"|\b(?:put|puts|slipped|dropped|added) (?:something|sumthing|smthing|stuff|a pill|pills|drugs)"
    r" (?:in|into) (?:my|her|his|their|our) drinks?\b|\bdrugged (?:me|my drink|her drink)\b"
    # (w60danger) Welsh "down there": "mae'n brifo lawr fan'na" (it hurts down there)
    r"|\blawr (?:fan ?na|fan ?yna|fan ?nna|fanno|yn fan ?na)\b"
    # (w51recent) "had his hand down my pants", "hands in her knickers"
    r"|\bhands? (?:down|in|inside|up|under) (?:my|her|his|their) (?:pants|knickers|trousers|"
    r"skirt|shorts|pyjamas|pjs|boxers|bra|nightie|nightdress)\b"
    r"|\bnghyffwrdd\b|\b(?:gwneud|wneud|neud) (?:pethau|petha|pethe) (?:rhywiol )?"
    r"(?:i mi|i fi|efo fi|gyda fi)\b"
    # (fifteenth walk-through F2) the Welsh of "did bad things to me": "neud petha drwg i fi",
    # "gwneud pethau cas i mi", "nath e hi eto" (he did it again)
    rf"|\b(?:gwneud|wneud|neud|nath|wnaeth|naeth) (?:fi |fy |mi )?(?:pethau|petha|pethe) "
    rf"(?:{_BAD_CY}) (?:i mi|i fi|efo fi|gyda fi|hefo fi|arna i|arnaf i|ata i)\b"
    r"|\b(?:nath|wnaeth|naeth|neith|neud|gwneud|wneud) (?:e|o|fe|fo|hi) hi (?:eto|to|eto fyth)\b"
    # (w49cy, eighteenth Welsh review F8) the Welsh past of "sexually assaulted": "ymosododd
    # dyn arna i'n rhywiol", "ymosodwyd arna i'n rhywiol", "ymosod yn rhywiol arna i"
    rf"|{ATTACKED_SEXUALLY_CY}"
)

#: (sixteenth walk-through F1) the act not named at all: "did the thing again", "did that
#: thing", "did what he does", "was at it again", "came in again" (not "the thing where he
#: shouts")
_VAGUE_ACT = (
    r"\b(?:did|done|does|do|doing|keeps doing|kept doing) (?:the|that|this|his|her|their) "
    r"(?:same )?(?:thing|things|stuff)\b(?!(?: \w+){0,3} where\b)"
    r"|\bdid what (?:he|she|they) (?:always |usually )?(?:does|did|do)\b"
    r"|\b(?:was|is|were|been|being|s) at it again\b"
    r"(?!(?: \w+){0,3} (?:drinking|drunk|shouting|arguing|fighting|yelling|screaming|smoking))"
    r"|\b(?:came|come|comes|coming) in(?:to)? (?:my |the )?(?:room |bedroom |bed )?again\b"
    # (seventeenth walk-through F1) Welsh "did it again", "does it to me": "nath fy ewythr neud o
    # eto", "neud hi eto", "ei wneud eto", "mae o'n neud o i fi"
    r"|\b(?:neud|gwneud|wneud) (?:o|hi|e|fo) (?:eto|to|eto fyth|i fi|i mi)\b"
    r"|\b(?:ei|i) (?:wneud|neud)(?: (?:o|hi|e|fo))? (?:eto|to|i fi|i mi)\b"
)
_VAGUE_ACT_LAST = re.compile(rf"(?:{_VAGUE_ACT})(?: again| agen)?$")

#: how many, counting back hours or days ("an", "a couple of", "2", "few")
_FEW = (
    r"(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|few|a few|couple|a couple|couple of|"
    r"a couple of|several|half an|an hour or two|un|dwy|dau|ddwy|ddau|tair|tri|pedair|pedwar|"
    r"pum|pump|chwe|saith|ychydig|cwpl o)"
)
#: ... days, up to ten (a SARC's "last 10 days"): not "12 days ago"
_DAYS = (
    r"(?:[1-9]|10|a|one|two|three|four|five|six|seven|eight|nine|ten|few|a few|couple|a couple|"
    r"couple of|a couple of|several)"
)
#: the times of the last few days, English as said and as texted, and Welsh
_WHEN = (
    # today and its parts
    r"today|2day|tday|tdy|todays|tonight|tonite|2nite|2night|2nyt|tonyt|this "
    r"(?:morning|mornin|am|afternoon|arvo|aft|evening|evenin|eve)|"
    # (sixteenth walk-through F1) "this aftenoon" as a child types it; a part of a school day
    r"this (?:aftenoon|afternon|aftrnoon|aftnoon|afternoo|aftanoon|afternun|avo|mornig|morming|"
    r"evning|evenig)|after school|at (?:tea ?time|tea|lunch ?time|dinner ?time|break ?time)|"
    r"earlier(?! (?:in (?:my |his |her |their )?(?:life|childhood|years?)|years?|life|this "
    r"(?:year|month)|age))|just now|just happened|(?:just|newly) (?:(?:been|got) )?"
    # (check51 finding 1) "my stepdad just raped me", "my cousin just assaulted me"; (check52)
    # "he just left, he raped me"
    r"(?:raped|rapd|sexually assaulted|assaulted|attacked|abused|touched|molested)|"
    r"(?:he|she|they) (?:has |have )?just (?:left|gone|gone home|driven off)|"
    # (w51recent, check54 finding 9) a time only the story gives: waking to it ("woke up and
    # my step brother was touching me", "woke up to him on top of me"), or a child back from a
    # stay ("came back from her dads with a sore bottom", "when i picked him up from his
    # uncles"): told as one event, with the body or the act said now. Not "every time she
    # comes back", "whenever i woke up"
    r"(?<!whenever i )(?:woke|woken|awoke|awoken) up|"
    # (w63recent) ... in Welsh, the past told once: "ddeffrais i", "dihunes i" (I woke)
    r"(?:deffrais|ddeffrais|deffres|ddeffres|dihunais|ddihunais|dihunes|ddihunes) (?:i|in|fi)|"
    r"(?<!every time )(?<!whenever )(?<!each time )(?:came|got) (?:back|home) from|"
    r"picked (?:her|him|them) up from|"
    # counted back: "an hour ago", "a couple of days ago", "few hrs back", "a week ago"
    rf"{_FEW} ?(?:mins?|minutes?|hours?|hrs?|hr|h)(?: or (?:two|so|\d))? (?:ago|back)|"
    rf"(?:{_DAYS} |(?<!\d ))(?:days?|dys?|nights?) (?:ago|back)|"
    r"(?:a|one|1) (?:week|wk) (?:ago|back)|"
    # yesterday, last night, the other day
    r"yesterday|yday|ystrdy|yest|yesterdy|yesturday|yestrday|yesteday|yestaday|"
    r"last (?:night|nite|nyt|nght)|lastnight|lastnite|lst (?:night|nite)|"
    r"the other (?:day|night|nite|evening)|"
    # the past week and the weekend ("at the wkend", "over the w/e", "last weekend")
    r"(?:last|this|past|the last|the past) (?:week|wk)|(?:the|last|past) (?:few|couple of) days|"
    r"(?:this|the|last|past|dis|da) (?:weekend|wkend|wknd|wkd|week end|wk end|w e)|"
    # a day of the week ("on friday", "friday night", "last sat"), never "every friday"
    r"(?<!every )(?<!evry )(?:mon|tues|tue|wednes|weds|thurs|thur|fri|satur|sun)day"
    r"(?: night| nite| morning| evening| afternoon)?|"
    r"(?:on|last) (?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?: night| nite)?|"
    # Welsh: tonight, today, this morning, this afternoon, last night, yesterday, the day
    # before yesterday, the night before last, the weekend, last week, "nos Wener" (Friday
    # night), "dwy awr yn ôl" (two hours ago), "newydd gael fy…" (have just been…)
    r"heno|heddiw|bore ma|bora ma|bore heddiw|pnawn ma|pnawn heddiw|prynhawn ma|"
    r"prynhawn heddiw|p nawn ma|neithiwr|nithiwr|ddoe|echdoe|echnos|"
    r"(?:dros y|y|r|yn ystod y) penwythnos|penwythnos (?:diwethaf|dwetha|dwethaf|diwetha|yma|"
    r"ma)|wythnos (?:diwethaf|dwetha|dwethaf|diwetha)|yr wythnos (?:hon|yma|ma)|"
    r"(?<!bob )(?:nos|dydd|ddydd) (?:lun|llun|fawrth|mawrth|fercher|mercher|iau|wener|gwener|"
    r"sadwrn|sul)|"
    # (fifteenth Welsh review F1) "dau ddiwrnod" softens the day after "dau"; "wythnos yn ôl"
    rf"(?:{_FEW} )?(?:awr|oriau|munud|munudau|funud|diwrnod|ddiwrnod|diwrnodau|ddiwrnodau|"
    r"dyddiau|ddyddiau|deuddydd|tridiau|noson|nosweithiau) (?:yn ol|nol)|"
    r"(?:un |1 )?wythnos (?:yn ol|nol)|ers wythnos|newydd (?:gael|cael|ddigwydd)"
)
#: hurt that needs care now
_HURT = (
    r"(?:im|i am|i m|shes|she is|hes|he is|still|keep|keeps) bleeding|it hurts|it still hurts|"
    # (w60danger, check61 finding 4) "bleeding from down below after he forced me"
    r"(?:bleeding|bleedin|sore|hurting|torn)(?: from)? down (?:below|there)|"
    # (w63recent) bruises on the body now: "bruises everywhere after he forced himself"
    r"bruises|bruised|bruising|black and blue|"
    r"dwin gwaedu|mae hin gwaedu|gwaedu|cleisiau|gleisiau|nghleisio|wedi cleisio"
)
_RECENT = re.compile(rf"\b(?:{_WHEN}|{_HURT}|{WHEN_CY})\b")
_HURT_ONLY = re.compile(_HURT)

#: a time said of something else: a flashback, a nightmare, help sought ("last night i had a
#: flashback", "had a nightmare last night", "a support group on saturday", "counselling this
#: evening")
_OTHER_EVENT = re.compile(
    r"\b(?:flashbacks?|nightmares?|dreams?|dreamt|dreamed|"
    # (w63recent) remembering, thinking or talking of it: "it hurts when i think about what he
    # did"; not a memory lost ("woke up naked with no memory", "heb gofio dim")
    r"(?<!no )(?<!dont )(?<!cant )(?<!not )(?:memory|memories|remember\w*)|"
    r"(?:think|thinking|thought|talk|talking|meddwl|feddwl) (?:about|of|am)|"
    r"triggered|panic attacks?|reminded|hunllef\w*|atgof\w*|cofio|open|opens|opening|"
    r"available|appointments?|sessions?|groups?|meetings?|counselling|therapy|court|"
    # (fifteenth walk-through F2) telling: "i told my mum yesterday", "ddoe nes i ddeud wrth
    # mam" (yesterday I told mum) is the time of telling; (w54cydanger, welsh22 F4) not "i ddeud
    # na" (to say no: "rhy feddw i ddeud na, nos Sadwrn" is the assault's time)
    r"told|tell|telling|tellin|tld|ddeud|dweud|deud|ddweud|ddudes|ddeudes|ddeudis|ddywedais)\b"
    r"(?! na\b)"
)
#: ... or a wish or a feeling now, after the time ("this evening i want to talk to someone",
#: "today i feel awful")
_WISH = re.compile(
    r"\b(?:want|wanna|need|needed|wanted|looking|would like|feel|feeling|felt|struggling|"
    r"cope|coping|hoffwn|eisiau|isio|angen|teimlo)\b"
)
#: the assault said just before the time ("raped me last night"): that is its time
_ASSAULT_BEFORE = re.compile(
    r"\b(?:rap\w*|sex\w*|assault\w*|abus\w*|touch\w*|attack\w*|did|done|treisio|nhreisio|"
    r"threisio|nghyffwrdd|cam drin|happen\w*|hapen\w*|digwyddodd|ddigwyddodd|rhywiol"
    r"|ymosod\w*"
    # (w62missing) spiking: "slipped something in my drink at the club earlier"
    r"|spiked|drugged|slipped|(?<=put )something)\b"
)

#: ... but not long ago ("a few years ago", "when i was little"; not "when i was asleep last
#: night", which is now)
_LONG_AGO = re.compile(
    r"\b(?:years?|yrs?) ago\b|\bas a (?:child|kid|boy|girl)\b"
    r"|\bwhen (?:i|she|he|they|we) (?:was|were) (?:only |just |about |around )?"
    r"(?:\d{1,2}\b|little|young|younger|small|"
    r"a (?:child|kid|little|young|small|boy|girl|baby|toddler|teen|teenager)|"
    r"in (?:year|yr|primary|junior|infant|secondary|high school|school))"
    r"|\b(?:flynyddoedd|blynyddoedd|mlynedd) (?:yn ol|nol)\b|\bfel plentyn\b|\byn blentyn\b"
    # (fifteenth walk-through F2) "a long time ago"; Welsh "pan on in fach" (when I was
    # little), "pan oeddwn in 8", "ers talwm" (long ago), "amser maith yn ol"
    r"|\b(?:a )?(?:long time|long while) ago\b|\bages ago\b|\blong ago\b"
    r"|\bpan (?:o|on|oni|oeddwn|roeddwn|ron|oedd|odd|oeddan|oedden)\b(?: \w+){0,2} "
    r"(?:fach|fychan|bach|ifanc|ifancach|iau|blentyn|plentyn|hogan|hogyn|ysgol gynradd|"
    r"yr ysgol gynradd|\d{1,2}\b)"
    r"|\bers (?:talwm|talwn|amser maith|blynyddoedd)\b|\bamser maith (?:yn ol|nol)\b"
)


#: (w45ask) the time said of talking: "talk to someone tonight", "speak to somebody now",
#: "siarad efo rhywun heno"
_TALK_BEFORE = re.compile(
    r"\b(?:talk|talking|speak|speaking|chat|chatting|someone|somebody|anyone|any1|some1|sum1|"
    r"siarad|rhywun)\b"
)
#: ... unless an act is told in the past tense before it or just after ("he raped me, can i
#: talk to someone today", "talk to someone tonight he raped me"): a centre may still be needed
_PAST_ACT = re.compile(
    r"\b(?:raped|rapd|touched|did|done|assaulted|abused|attacked|happened|forced|treisio|"
    r"nhreisio|threisio|digwyddodd|ddigwyddodd)\b"
)


def _of_the_assault(cleaned: str, found: re.Match[str]) -> bool:
    """The time found is the assault's: said just after it ("raped me last night"), or with no
    flashback, nightmare or wish near it. (w50recent) Not a time of harm still to come ("she is
    staying there tonight"), of asking or finding out ("asked me tonight what sex is"), or of
    an overdose ("took an overdose last week"): ``recent_other``."""
    said_before = cleaned[: found.start()]
    timed = not _HURT_ONLY.fullmatch(found.group())
    # (w63recent) a hurt's cause may come later: "it hurts so much to talk about what he did"
    after = " ".join(cleaned[found.end() :].split()[: 4 if timed else 6])
    if not timed and hurt_of_a_habit(said_before):
        return False  # (w63recent) "he used to force himself on me and leave bruises"
    if timed and still_to_come(said_before, " ".join(cleaned[found.end() :].split()[:6])):
        return False
    if timed and talked_about(said_before) and not _PAST_ACT.search(cleaned):
        return False  # (w51recent) "how do i talk to my son about private parts tonight"
    before = " ".join(said_before.split()[-3:])
    if _ASSAULT_BEFORE.search(before):
        return True
    if timed and asked_what_to_do(said_before) and not _act_just_before(said_before):
        return False  # (w51recent) "… touched her, should i call the police tonight"
    if _OTHER_EVENT.search(before) or _OTHER_EVENT.search(after):
        return False
    if asked_or_overdose(before, after):
        return False
    if _TALK_BEFORE.search(before) and not _PAST_ACT.search(f"{said_before} {after}"):
        return False  # (w45ask) "want to talk to someone tonight, my stepdad does stuff to me"
    return not _WISH.search(after) or _act_just_before(said_before)


#: (w48crisis, check48 F3) where or with whom, said between the act and its time: "raped at a
#: party on saturday", "touched me in his car yesterday", "raped by my uncle last night",
#: Welsh "mewn parti", "yn y parc", "gan fy ewythr" (at a party, in the park, by my uncle)
_WHERE_LAST = re.compile(
    r"(?: (?:at|in|on|after|outside|behind|near|during|round|around|inside|from|by|under|with"
    r"|mewn|ger|gan|wrth|tu allan i|yn y|yn yr|yn nhy|ar ol) (?:\w+ ){0,3}?\w+){1,2}"
    r"(?: (?:on|at|in|last|this|over|nos|ddydd))?$"
)


def _act_just_before(text: str) -> bool:
    """(fifteenth walk-through F2) The words just before the time tell of the act, however
    many words they take ("did bad things to me yesterday", "neud petha drwg i fi neithiwr"),
    so a wish after the time ("…, dwi isio help") does not make the time another event's (a
    flashback or a telling after it still does). (w48crisis) A place or a person between the
    act and the time does not part them: "was raped at a party on saturday, i dont want my
    parents to know" lost the warning."""
    if _act_ends(text):
        return True
    kept = _WHERE_LAST.sub("", text.rstrip())
    if kept == text.rstrip():
        return False
    return _act_ends(kept) or bool(_ASSAULT_BEFORE.search(" ".join(kept.split()[-3:])))


def _act_ends(text: str) -> bool:
    """The last words of ``text`` tell of the act (``_act_just_before``)."""
    tail = " ".join(text.split()[-8:])
    if _VAGUE_ACT_LAST.search(tail):
        return True  # (sixteenth walk-through F1) "grandpa did the thing again this afternoon"
    return any(act.end() == len(tail) for act in _SEXUAL_WORDS.finditer(tail))


def told_long_ago(cleaned: str) -> bool:
    """The words say it happened long ago ("years ago", "when i was little", "fel plentyn")."""
    return bool(_LONG_AGO.search(cleaned))


def said_recently(cleaned: str) -> bool:
    """The words (``clean_text``) say something happened in the last few days (or of bleeding
    or pain from it), and nothing of long ago."""
    if _LONG_AGO.search(cleaned):
        return False
    return any(_of_the_assault(cleaned, found) for found in _RECENT.finditer(cleaned))


def recent_assault(understood: Understood, cleaned: str) -> bool:
    """Whether the words (``clean_text``) tell of sexual abuse or rape and say it happened in
    the last few days, or of bleeding or pain from it; never for someone worried about their
    own behaviour, nor for abuse long ago. (thirteenth walk-through F1) Not naming the act
    counts when the words tell of it otherwise: "it happened", "he did it", bleeding, pain,
    fear of pregnancy, with someone named who did it."""
    if understood.asker.persona == "own-behaviour":
        return False
    # (w62missing) "a film about rape in pshe today"; (w63recent) "touched my hand", and
    # waking undressed ("woke up naked because it was so hot": ``recent_warning`` reads it)
    rest = without_taught(without_everyday_touch(without_woke_unclothed(cleaned)))
    topic = rest == cleaned and any(c.name in _SEXUAL_TOPICS for c in understood.concepts)
    told = topic or bool(_SEXUAL_WORDS.search(without_sex_asked(rest)))
    told = told or told_unnamed(rest) or told_alone(rest)
    return told and (said_recently(cleaned) or care_of_the_last_days(understood, cleaned))


#: (w61other, check61 finding 4) care given only in the days after: emergency contraception
#: works up to five days after, so asking for it is the time ("i need the morning after pill
#: after being raped")
_CARE_OF_DAYS = re.compile(
    r"\b(?:morning after (?:pill|tablet)s?|emergency (?:contraception|contraceptive|pill)|"
    r"plan b|ellaone|ella one|levonelle|bilsen bore wedyn)\b"
)


def care_of_the_last_days(understood: Understood, cleaned: str) -> bool:
    """A rape or sexual assault named (its topic or its words, not only "it happened") with
    care that is given only in the days after it (``_CARE_OF_DAYS``), and nothing of long
    ago."""
    if not _CARE_OF_DAYS.search(cleaned) or _LONG_AGO.search(cleaned):
        return False
    return any(c.name in _SEXUAL_TOPICS for c in understood.concepts) or bool(
        _SEXUAL_WORDS.search(without_sex_asked(cleaned))
    )


#: (thirteenth walk-through F1) an assault told without naming it: it happened, someone did it,
#: it bleeds or hurts, a fear of pregnancy; Welsh "digwyddodd" (it happened), "mae'n dal i
#: waedu" (it is still bleeding), "mae'n brifo" (it hurts), "wnaeth e" (he did), "beichiog"
_UNNAMED = re.compile(
    r"\b(?:it|this|that|something) (?:happend|happened|hapened|happen|hapend|happed)\b"
    r"|\b(?:happened|happend) to me\b|\b(?:he|she|they) (?:did|done) (?:it|that|this|something)\b"
    # (fourteenth walk-through) "my step dad did it again last night": who did it named before
    r"|\b(?:did|done|does|doing) (?:it|that) (?:again|agen|2 me|to me)\b"
    # (sixteenth walk-through F1) the act not named at all: "did the thing again", "did that
    # thing", "did what he does", "was at it again", "came in again" (not "the thing where he
    # shouts")
    rf"|{_VAGUE_ACT}"
    r"|\b(?:bleeding|bleed|bled|it hurts|still hurts|it hurt|(?:im|its|it s|is|still|so) sore|"
    r"sore (?:down|there|bum|bottom)|in pain|pregnant|blood|"
    r"morning after pill|emergency contraception|pregnancy test|plan b)\b"
    r"|\b(?:digwyddodd|ddigwyddodd|nath|wnaeth|naeth) (?:e|o|hi|fe|fo)\b"
    # (fifteenth walk-through F2) "did something to me", "wedi gwneud rhywbeth i fi"
    r"|\b(?:did|done) something (?:to|2) me\b"
    r"|\b(?:gwneud|wneud|neud) (?:rhywbeth|rhwbath|rwbath|rhywbath) (?:i mi|i fi|efo fi|gyda fi)\b"
    r"|\b(?:waedu|gwaedu|brifo|mrifo|frifo|boenus|poenus|beichiog|feichiog|bilsen bore wedyn)\b"
)
#: ... with someone who did it: a person of one's life named ("my step brother", "it was my
#: uncle", "gan fy ewythr", "fy llysdad"), or "he" / "she" doing it
_SOMEONE = re.compile(
    r"\b(?:my|his|her|mums|dads|mum s|dad s|our|fy|ei|gan|gyda|efo) (?:\w+ )?"
    r"(?:step ?\w+|\w*(?:brother|sister|dad|father|mum|mother|uncle|aunt|auntie|cousin|"
    r"grandad|granddad|grandpa|grandfather|grandma|nan|gran|boyfriend|girlfriend|partner|"
    # (w51recent) whose house: "came back from her dads with a sore bottom"
    r"husband|mate|friend|neighbour|teacher|coach|babysitter|carer|tutor|ex)s?|brawd|frawd|mrawd|"
    r"chwaer|tad|dad|nhad|llys\w+|ewythr|yncl|nghefnder|cefnder|nghyfnither|taid|"
    r"nhaid|tadcu|dadcu|cariad|ffrind|cymydog|athro)\b"
    # (fifteenth walk-through F2) Welsh says who did it after the verb: "nath taid…" (grandad
    # did…), "wnaeth fy ewythr…", "nath e…" (he did…)
    r"|\b(?:nath|wnaeth|naeth|ddaru) (?:fy |y |yr |ei )?(?:\w+ )?"
    r"(?:taid|nhaid|tadcu|dadcu|nain|tad|dad|nhad|llys\w+|ewythr|yncl|brawd|mrawd|frawd|"
    r"cefnder|nghefnder|cariad|ffrind|cymydog|athro|mam|fam|chwaer|modryb|anti)\b"
    r"|\b(?:he|she|they|someone|somebody|a man|a boy|a guy|this guy|this man|e|o) "
    r"(?:did|done|made|forced|hurt|came|wnaeth|nath|naeth|wedi)\b"
    r"|\b(?:it was|twas|was) (?:a|an|my|this|that) \w+"
    # (sixteenth walk-through F1) someone named as a child names them, without "my": "grandpa
    # did the thing", "uncle came in again", "nans boyfriend did it"
    r"|\b(?:\w+s )?(?:grandpa|grandad|granddad|grandfather|grandma|nan|nana|nanna|gran|uncle|"
    r"auntie|aunt|cousin|step ?dad|step ?mum|step ?brother|step ?sister|dad|daddy|mum|mummy|"
    r"brother|sister|boyfriend|neighbour|babysitter|coach|teacher|tutor|carer) "
    r"(?:did|does|done|came|comes|come|was|is|keeps|kept|made|makes|has|had|touched|touches)\b"
    # ("it happened again by uncle", "… this afternoon, grandpa"; not "with mum": a companion)
    r"|\bby (?:grandpa|grandad|granddad|grandma|nan|gran|uncle|auntie|cousin|step ?dad|step ?mum|"
    r"step ?brother|dad|mum|brother|sister)\b"
    r"|\b(?:grandpa|grandad|granddad|nan|gran|uncle|cousin|step ?dad|step ?brother)$"
)


#: ... not a beating ("my dad hit me yesterday and my nose is bleeding"): that is other help
_BEATEN = re.compile(
    r"\b(?:hit|hits|punch\w*|kick\w*|slap\w*|beat|beats|beaten|battered|nose|lip|head|"
    r"cut myself|cutting|self harm\w*|taro|bwrw|trwyn|"
    # (fifteenth walk-through F2) Welsh mutated: "fy mwrw", "nharo", "cicio", "dyrnu"
    r"mwrw|fwrw|daro|nharo|tharo|cicio|gicio|nghicio|dyrnu|ddyrnu|slapio|slapian)\b"
    # (w61cy, welsh25 F1) a cut wrist or self-harm, in Welsh: "mae fy chwaer wedi torri ei
    # garddwrn ac yn gwaedu" is bleeding from self-harm, not a SARC's
    r"|\b(?:torri|dorri|thorri) (?:ei|eu|fy) (?:garddwrn|arddwrn|ngarddwrn|garddyrnau|arddyrnau"
    r"|ngarddyrnau|hun|hunan|hunain)\b|\bhunan ?niw\w*"
)


#: (w22read) an everyday care left undone, said with it: "did the thing again tonight and forgot
#: my tea", "and didnt pick me up", Welsh "ac anghofio fy swper" (and forgot my supper): the
#: thing is a habit of home life, not the act (unless the body tells otherwise)
_EVERYDAY = re.compile(
    r"\b(?:and|then|but|so) (?:(?:she|he|they|also|then|just|totally|completely|has|had) )?"
    r"(?:forgot|forgets|forget|forgotten|burnt|burned|burns|missed|didnt|did not|never|"
    r"wouldnt|would not|wont)(?: \w+){0,3}? (?:my|the|our|me|us|his|her) ?"
    r"(?:tea|dinner|lunch|breakfast|supper|packed lunch|pocket money|homework|washing|uniform|"
    r"pe kit|lift|school run|bus fare|birthday|parents evening|shopping)\b"
    r"|\b(?:forgot|forget|forgets|didnt|did not|never|wouldnt|wont) (?:to )?(?:pick|collect|"
    r"fetch|get) (?:me|us) (?:up|from)\b"
    r"|\b(?:ac|a|wedyn|ond) (?:wedi |nath |wnaeth |naeth )?(?:anghofio|llosgi|losgi|"
    r"ddim yn gwneud|ddim yn neud|heb wneud|heb neud)(?: \w+){0,3}? "
    r"(?:fy |y |yr |ein |ei )?(?:te|swper|cinio|brecwast|bwyd|pres poced|gwaith cartref|"
    r"golch|dillad ysgol|lifft|nhe|nghinio|mrecwast|mwyd|ngwaith cartref)\b"
)
#: ... the body telling of harm all the same ("… and i am bleeding")
_BODILY = re.compile(
    r"\b(?:bleed\w*|bled|blood|sore|pain|hurts|pregnan\w*|waedu|gwaedu|brifo|mrifo|beichiog)\b"
)


def told_unnamed(cleaned: str) -> bool:
    """An assault told without naming it: something happened, it bleeds or hurts, a fear of
    pregnancy, said with someone who did it ("it happend 2 days ago my step brother")."""
    if _BEATEN.search(cleaned):
        return False
    if _EVERYDAY.search(cleaned) and not _BODILY.search(cleaned):
        return False  # (w22read) "mum did the thing again tonight and forgot my tea"
    return bool(_UNNAMED.search(cleaned) and _SOMEONE.search(cleaned))


#: (w59child, check60 finding 9) something happened, nothing named: "it happened 2 days ago",
#: "something happened at a party on saturday"
_HAPPENED = re.compile(
    r"\b(?:it|this|something|smth|sumthing|summat|stuff|things) (?:happend|happened|"
    r"hapened|hapend|happen|went on)\b(?: to me)?"
    # Welsh "digwyddodd o ddoe" (it happened yesterday), "digwyddodd rhywbeth mewn parti"
    r"|\b(?:digwyddodd|ddigwyddodd)(?: (?:e|o|hi|fe|fo|rhywbeth|rwbath|rhwbath))?(?: i mi| i fi)?\b"
)
#: ... and, besides its time and where, only words that carry no need ("i dont know what to
#: do") or a plea or a fear
_PLEAS = frozenset(
    {"help", "scared", "frightened", "confused", "upset", "ok", "okay", "sure", "think", "pls",
     "plz", "please", "really", "bad", "worried"}
)  # fmt: skip


def told_alone(cleaned: str) -> bool:
    """The search says only that it happened, when and where ("it happened 2 days ago", "it
    happened last weekend at a party"), and nothing else. On this directory, "it" said alone is
    what brought them here: a child or a frightened adult often cannot name a sexual assault,
    and the warning it brings says "if it happened in the last few days" and what to do (999 if
    hurt, 111, a SARC), which costs little to someone whose "it" was something else and keeps
    the forensic and medical window for someone whose "it" was an assault. Not when anything
    else is said of what it was ("my dog died, it happened 2 days ago"; a beating: ``_BEATEN``),
    nor long ago or with no time (``said_recently`` reads the time: "it happened 20 years
    ago", "it happened when i was 7")."""
    happened = _HAPPENED.search(cleaned)
    if happened is None or _BEATEN.search(cleaned):
        return False
    rest = _RECENT.sub(" ", f" {cleaned[: happened.start()]} {cleaned[happened.end() :]}")
    rest = _WHERE_LAST.sub("", " " + " ".join(rest.split()))
    return all(word in FILLERS or word in _PLEAS for word in rest.split())
