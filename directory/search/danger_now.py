"""(w48danger) Someone who says they are in danger now: "i am in danger right now", "hes coming
to hurt me tonight", "my stepdad is banging on my door", "he locked me in", Welsh "dw i mewn
perygl". The header says "If you are in danger, call 999" on every page, in small print above
the search; a results page for these words showed the helplines and a centre first, and said
nothing of what to do if the person cannot speak (call 999, then press 55 from a mobile,
as Get help now says). The page now says both first, as it does for an overdose taken.

Only danger said of the person asking and said as now: not "is my daughter in danger", not
"in danger of losing my home", not "he said he would hurt me if i told" (a threat to keep a
secret, not an attack on its way), not "i never felt safe at home".

Over ``clean_text`` (lower case, no apostrophes: "he's" is "hes", "I'm" is "im").
"""

from __future__ import annotations

import re

from . import (
    child_missing,
    danger_cy_hurt,
    danger_cy_told,
    danger_cy_tonight,
    danger_held,
    danger_hurt,
    danger_injury,
    danger_more,
    danger_near,
    danger_on_me,
    danger_orders,
    danger_plain,
    danger_said,
    danger_spoken,
    danger_still,
    danger_told,
)
from .abuse_languages import other_language_danger
from .danger_cy import welsh_danger_now, welsh_feared
from .danger_denied import without_denied
from .lexicon import CLAUSES, clean_text

#: now, or in the next hours
_NOW = r"(?:right now|now|rn|tonight|tonite|2nite|at the moment|atm|today|this minute)"
#: the person asking, as people write it
_I_AM = r"\b(?:i am|im|i m|am)(?: (?:really|so|very|actually|genuinely|still))?"
#: someone else who is about to harm them ("he", "my stepdad", "the man next door":
#: ``danger_near.WHO``)
_SOMEONE = danger_near.WHO
#: harm that is on its way: said as coming now, or with the time it will come
_HARM = r"(?:hurt|kill|rape|attack|beat|batter|hit|touch|strangle|stab) (?:me|us)\b"

DANGER_NOW = re.compile(
    # "i am in danger (right now)", "im not safe right now", "i dont feel safe tonight"
    rf"{_I_AM} in (?:real |serious |immediate )?danger\b(?! of\b)"
    rf"|{_I_AM} not safe (?:(?:\w+ ){{0,2}}?{_NOW}|at home|here|in (?:my|this) "
    r"(?:house|home|room))\b"
    rf"|\bi (?:dont|do not|don t) feel safe (?:\w+ ){{0,2}}?{_NOW}\b"
    # "hes coming to hurt me", "he is on his way to kill me", "my stepdad is going to hit me
    # tonight", "she is about to attack me"
    rf"|{_SOMEONE}(?: is| s| are)? (?:coming(?: back)?(?: home)? to|on (?:his|her|their) way"
    rf"(?: \w+){{0,2}}? to|about to) {_HARM}"
    rf"|{_SOMEONE}(?: is| s| are)? (?:going to|gonna|gunna|will) {_HARM}(?: \w+){{0,4}}? {_NOW}\b"
    rf"|{_SOMEONE}(?: is| s| are)? (?:going to|gonna|gunna) kill me\b"
    r"|\b(?:scared|afraid|frightened|fear|fearing) for my life\b"
    rf"|{_SOMEONE}(?: is| s| are)? coming (?:back|home|round|over)(?: \w+){{0,2}}? {_NOW}\b"
    # (w53tidy) not an errand said: "my teacher is coming round tonight to talk to my mum"
    r"(?! (?:to|for) (?:(?:talk|speak|chat)(?: to| with)? (?:my |our )?(?:mum|mam|dad|parents"
    r"|carers?|foster)|help (?:my|with)|fix|drop|pick|collect|tea|dinner|a cup|a brew|a meeting"
    r"|parents evening)\b)"
    # harm under way: "someone is hurting me now", "he is abusing her right now in the next room"
    rf"|{_SOMEONE}(?: is| s| are)? (?:hurting|hitting|abusing|raping|touching|attacking|beating|"
    r"strangling|choking) (?:me|us|her|him|them|my \w+)"
    r"(?: \w+){0,4}? (?:right now|now|rn|atm)\b"
    # anyone in danger now, said with its time: "my child is in danger right now", "im 11 and in
    # danger right now"
    r"|(?<!\bnot )\bin (?:real |serious |immediate )?danger (?:right now|now|rn|tonight)\b"
    # (check51 finding 2) "my niece is at immediate risk tonight", "child in immediate danger"
    # (not "they are not in immediate danger")
    r"|(?<!\bnot )\b(?:at|in) immediate (?:risk|danger)\b"
    r"|\bat (?:real |serious )?risk (?:right now|now|rn|tonight)\b"
    # "i need the police now", "its an emergency"
    r"|\bneed (?:the )?police (?:right now|now|urgently|asap)\b"
    r"|^(?:(?:its|it is|this is) an )?emergency(?: help)?$"
    # "he is banging on my door", "hes trying to get in", "he is outside my room", "he locked
    # me in"
    # (w62danger) not said in the past: "the neighbours were banging on the door at midnight"
    r"|(?<!\bwere )(?<!\bwas )\b(?:banging|kicking|pounding) (?:on |at )?(?:my|the) "
    r"(?:bedroom |front |bathroom )?door\b"
    rf"|{_SOMEONE}(?: is| s| are)? (?:(?:keeps |keep )?(?:trying|tryin|tryna|trynna) (?:to )?"
    r"(?:get|break|come) in|breaking in|"
    r"outside (?:my|the) (?:bedroom |front |bathroom )?(?:door|room|bedroom|house|flat|window))"
    r"|\b(?:locked|locking|shut) me in\b"
    # (check51 finding 2) "i locked myself in the bathroom", "he just tried to get into my bed"
    r"|\b(?:ive |i ve |i have |i )?(?:locked|barricaded) myself in\b"
    r"|\bjust tried to (?:get|break|come|climb|force his way|force her way) (?:in|into|in to)\b"
    # (thirty-seventh walk-through F1) hiding now, or from someone: "im hiding in the bathroom
    # now", "hiding from my stepdad"; Welsh "dw i'n cuddio yn y stafell molchi nawr"
    rf"|{_I_AM} hiding\b(?: \w+){{0,4}}? {_NOW}\b"
    rf"|{_I_AM} hiding (?:in|under|behind|inside|upstairs|downstairs) (?:the|my|a|his|her)\b"
    r"|\bhiding (?:(?:in|under|behind|upstairs|downstairs)(?: \w+){0,3}? )?from (?:him|her|them|"
    r"my \w+)\b"
    r"|\b(?:dw i|dwi|dw in|dwin|rydw i|rydw in|rwy|rwyn|rwyf)(?: yn)? cuddio\b(?: \w+){0,4}? "
    r"(?:nawr|rwan|rŵan|heno)\b|\bcuddio (?:rhag|rhagddo|oddi wrth) (?:e|o|fe|fo|hi|nhw|fy \w+)\b"
    r"|\b(?:wont|will not|won t) let me (?:leave|out of) (?:the|my|this) (?:house|room|flat|car)\b"
    # (check52 finding 2) a weapon or a threat now: "he has a knife", "hes got a knife", "hes
    # threatening to kill me", "says im next"; violence under way to someone at home, "my
    # stepdad is hitting my mum"; "trying to get in my room" said after who it is
    rf"|{_SOMEONE}(?: has| s| has got| got| s got| is holding| s holding) (?:a |his |her )?"
    r"(?:knife|gun|weapon|blade|machete|hammer|bat)\b"
    rf"|{_SOMEONE}(?: is| s| are)? threatening (?:me|us|to (?:kill|hurt|stab|rape|beat|hit) "
    r"(?:me|us))\b|\bsays? (?:im|i m|i am) next\b"
    rf"|{_SOMEONE} (?:is|s|are) (?:hitting|beating|attacking|strangling|choking|stabbing) (?:me|us|"
    r"her|him|them|my \w+)\b"
    r"|\btrying to (?:get|break|come) in(?:to)? (?:my|the) (?:room|bedroom|door|house|bathroom|"
    r"toilet|flat)\b"
    # (thirty-eighth walk-through F1) trapped: "i cant get out" said last, "i cant get out of
    # the house" (not "i cant get out of bed")
    r"|\b(?:cant|can t|cannot) (?:get out|get away|escape)(?: of (?:the|my|this|his|her) "
    r"(?:house|home|room|bedroom|flat|car|bathroom))?(?: now| rn| right now)?$"
    # Welsh: "dw i mewn perygl" (I am in danger), "dw i ddim yn ddiogel nawr / heno" (I am not
    # safe now / tonight)
    r"|\b(?:dw i|dwi|rydw i|rwy|rwyf|rwyf i|dw i n|rydw i n|rydw in|dwin|yr wyf) mewn perygl\b"
    r"(?! o\b| i golli\b)"  # (w54) not "mewn perygl o golli fy swydd" (of losing my job)
    r"|\b(?:dw i|dwi|dydw i|dydw|sa i|so i) ddim yn (?:ddiogel|saff) (?:\w+ ){0,2}?(?:nawr|heno|"
    r"rwan|rŵan|ar hyn o bryd)\b"
    # (seventeenth Welsh review F1) as the English: banging on the door, outside the house,
    # trying to break in, here now, feeling unsafe now, anyone in danger now
    r"|\b(?:curo|cnocio|bangio|cicio|waldio|dyrnu)r? (?:ar |wrth |yn erbyn )?(?:y |fy |fyn )?"
    r"(?:drws|ddrws|ffenest|ffenestr)\b"
    r"|\b(?:tu allan|tu fas|y tu allan|y tu fas) (?:i r|ir|i fy|i y|ir) ?(?:ty|tŷ|drws|ddrws|"
    r"stafell|ystafell|llofft|fflat|ffenest)\b"
    # (w59cydanger) "trio torri mewn" is read by ``danger_cy_hurt``, not into an account
    r"|\bmae (?:e|o|hi|nhw|fe|fo) (?:yma|yn y ty|yn y tŷ|adre|adref|gartref|lawr staer|lan "
    r"staer) (?:nawr|rwan|rŵan|heno)\b"
    r"|\b(?:teimlo n|teimlon|teimlo yn|yn) (?:anniogel|anniogel iawn|ddim yn saff|ofnus iawn)"
    r" (?:\w+ ){0,2}?(?:nawr|rwan|rŵan|heno|ar hyn o bryd)\b"
    r"|\bmewn perygl (?:nawr|rwan|rŵan|heno|ar hyn o bryd)\b"
    # (welsh19 F1) harm under way, as the English "he is raping me now": "mae o'n fy nhreisio i
    # nawr", "mae e'n fy mrifo i rŵan", "mae fy llystad yn fy nghuro i nawr"
    r"|\bmae (?:e|o|hi|fe|fo|nhw|fy \w+)(?: n| yn|n) (?:fy )?(?:nhreisio|nhrisio|mrifo|nghuro|"
    r"nghyffwrdd|ngham drin|nghamdrin|nharo|hitio|mwrw|mhwnio|nhagu|nghloi)(?: i| fi)?"
    r"(?: \w+){0,3}? (?:nawr|rwan|ar hyn o bryd|heno)\b"
    # (eighteenth Welsh review F5, F6) as people say it: "mae e'n bwrw fi nawr", "mae'n dod i
    # fy mrifo i nawr", "mae e'n mynd i'n lladd i", "ofn am fy mywyd"; "sa i'n saff nawr",
    # "dw i'm yn saff rŵan", "dw i ddim yn teimlo'n saff adre heno", "mewn peryg", "ma fe 'ma"
    r"|\bmae (?:e|o|hi|fe|fo|nhw|fy \w+)(?: n| yn|n) (?:bwrw|taro|hitio|curo|brifo|treisio|"
    r"cyffwrdd|cam drin) (?:fi|i|mi)\b(?: \w+){0,3}? (?:nawr|rwan|heno|ar hyn o bryd)\b"
    r"|\b(?:maen|mae n|mae (?:e|o|hi|fe|fo|nhw|fy \w+)(?: n| yn|n)) (?:dod|mynd) i(?: ?n| fy| y)? "
    r"(?:mrifo|brifo|lladd|ladd|nghuro|nhreisio|mwrw|nharo)\b"
    r"|\bofn am fy mywyd\b"
    r"|\b(?:sa i ?n|sa in|smo fi ?n|smo fin|so fi ?n|so fin|dw im yn|dwim yn|(?:dw i|dwi|dydw i) "
    r"ddim yn(?: teimlo ?n)?) (?:saff|ddiogel)\b(?: \w+){0,2}? (?:nawr|heno|rwan|ar hyn o bryd)\b"
    r"|\bmewn peryg (?:nawr|rwan|heno|ar hyn o bryd)\b"
    r"|\b(?:ma|mae) (?:e|o|fe|fo|hi) (?:ma|yma) (?:nawr|rwan|heno)\b"
    # (check52 finding 3) "mae o dal yma" (he is still here)
    r"|\bmae (?:e|o|fe|fo|hi|nhw|fy \w+) (?:dal|yn dal|dal i fod) (?:yma|yn y ty|yn y tŷ|lawr "
    r"staer|lan staer)\b"
)


#: the time of a danger past, not now ("he locked me in when i was 8", "years ago")
_PAST = re.compile(
    r"\b(?:when i was|years ago|as a (?:child|kid|teen|teenager|girl|boy)|used to|back then"
    r"|growing up|last year|in (?:19|20)\d\d"
    # (w60danger, check61) "he said hed kill me, that was ages ago"
    r"|ages ago|a long time ago|long ago|yonks ago"
    # Welsh: used to, when I was, as a child, years ago, last year, was
    r"|arfer|pan o ?n i|pan oeddwn|yn blentyn|flynyddoedd yn ol|blynyddoedd yn ol|llynedd"
    r"|roedd|oedd)\b"
)


#: (forty-first walk-through F1) words of harm or coming typed with the last g dropped, as
#: children write them ("hes bangin on the door", "hes comin", "kickin my door"): read whole
_G_DROPPED = re.compile(
    r"\b(bang|kick|hitt|punch|hurt|touch|com|shout|scream|yell|try|follow|watch|wait|knock|bash"
    r"|smash|break|grabb|chas|beat|rap|abus|hold|lock|stabb|chok|strangl|gett|be|do)in\b"
)


def _clauses(text: str) -> list[str]:
    """``text`` (as typed) a clause at a time, each ``clean_text``, dropped g's restored, "s"
    for "is" spelled out (w54endanger), a game won said as played (w53tidy) and (w59tonight)
    danger said to be absent taken out ("nobody is in danger now": ``danger_denied``)."""
    cleaned = (_G_DROPPED.sub(r"\1ing", clean_text(part)) for part in CLAUSES.split(text))
    read = [danger_plain.spelled_out(danger_near.without_games(c)) for c in cleaned]
    read = [without_denied(c) for c in read]  # (w59tonight) "nobody is in danger now"
    return danger_injury.past_carried(read)  # (w58hurt) "…, that was 20 years ago"


def in_danger_now(text: str) -> bool:
    """``text`` (the words as typed) tells that the person asking is in danger now: the page
    says first to call 999, and how to when they cannot speak. Read a sentence or clause at a
    time, so a later clause's time ("it happened years ago, tonight i cant sleep") is not
    read into an earlier one; (w49danger) someone harmful near or coming with no time said
    ("my mums boyfriend is in the house") counts when fear or harm is said in any clause of
    now ("..., i am scared": ``danger_near``)."""
    text = other_language_danger(text) or text  # (w62danger) "me pega ahora", "ma bate acum"
    # (w60danger) "i am deaf and someone is in the house": the rest read as if said alone
    clauses = [danger_more.without_self_told(cleaned) for cleaned in _clauses(text)]
    clauses = [c for c in clauses if not danger_said.hiding_idly(c)]  # (w62danger) "im shy"
    if danger_said.asked_in_general(" ".join(clauses)):  # (w53danger) a trainer's question
        return False
    feared = _feared(clauses)
    kept = [c for c in clauses if _PAST.search(c) is None]
    held = danger_held.in_danger(kept) or danger_told.in_danger(kept)  # (w50held, w52danger)
    held = held or danger_said.in_danger(clauses, _PAST)  # (w53danger)
    held = held or danger_plain.in_danger(clauses, _PAST)  # (w54endanger)
    held = held or danger_spoken.in_danger(clauses, _PAST)  # (w55danger)
    held = held or danger_hurt.in_danger(clauses, _PAST)  # (w56own) stabbed, choked, a knife
    held = held or danger_orders.in_danger(kept)  # (w57danger)
    held = held or danger_injury.in_danger(clauses, _PAST)  # (w58hurt) an injury, other orders
    held = held or danger_cy_hurt.in_danger(clauses, _PAST)  # (w59cydanger) Welsh, done now
    held = held or danger_cy_told.in_danger(clauses, _PAST)  # (w59cydanger) "os dwi'n deud"
    held = held or danger_more.in_danger(clauses, _PAST)  # (w60danger) still other ways
    held = held or danger_cy_tonight.in_danger(clauses, _PAST)  # (w61cy) Welsh: a threat made
    held = held or danger_on_me.in_danger(clauses, _PAST)  # (w62now) on top of me now
    held = held or danger_still.in_danger(clauses, _PAST)  # (w62danger) injuries, others
    held = held or child_missing.in_danger(clauses, _PAST)  # (w62missing) a child missing now
    return held or any(_danger_clause(cleaned, feared) for cleaned in clauses)


def _feared(clauses: list[str]) -> bool:
    return any(
        _PAST.search(cleaned) is None and (danger_near.feared(cleaned) or welsh_feared(cleaned))
        for cleaned in clauses
    )


def _danger_clause(cleaned: str, feared: bool) -> bool:
    if _PAST.search(cleaned) is not None:
        return False
    if DANGER_NOW.search(cleaned) or danger_near.near_now(cleaned):
        return True
    if welsh_danger_now(cleaned, feared):  # (w50cydanger) spoken Welsh: ``danger_cy``
        return True
    return feared and danger_near.near_if_feared(cleaned)


_NOW_WORD = re.compile(rf"\b{_NOW}\b")


def without_danger_now(text: str) -> str:
    """``text`` (cleaned, clause by clause) without its words of danger now and their time: "i
    dont feel safe tonight, my brother abuses me" did not tell of an assault in the last few
    days, and the page warned of one (its "tonight" was the danger's); (w49danger) nor did "i
    am scared he will come into my room tonight" (a harm to come). "he raped me last night and
    hes coming back" still does."""
    clauses = _clauses(text)
    feared = _feared(clauses)
    kept = []
    for cleaned in clauses:
        if _danger_clause(cleaned, feared):
            cleaned = DANGER_NOW.sub(" ", cleaned)
            cleaned = _NOW_WORD.sub(" ", danger_near.NEAR_WORDS.sub(" ", cleaned))
        # (w53danger) "she is at his tonight"; (w54endanger) "will she be ok tonight with him"
        kept.append(danger_plain.without(danger_said.without(cleaned)))
    return ". ".join(kept)
