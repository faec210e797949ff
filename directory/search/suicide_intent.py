"""(w49suicide, check50 F2) Someone who says, of themselves and now, that they want or mean to
kill themselves or to die, with no time said: "i want to kill myself", "im going to end my
life", "i feel suicidal", "i dont want to be alive anymore", Welsh "dw i eisiau lladd fy hun",
"rydw i isio marw", "dw i ddim eisiau byw". The page says first, as it does for a plan said as
now (``plan_now``): "If your life is at risk now, call 999 or go to A&E."

Why for a wish with no time too: the warning is a condition ("if your life is at risk now"),
true whenever it shows, and the NHS's and Samaritans' own pages put 999 or A&E first for anyone
who says they want to end their life. Before, only "…now" or "…tonight" brought it, and "dw i
eisiau lladd fy hun heno" (with "tonight") none at all.

Not for the past ("i was suicidal as a teenager", "i tried to kill myself years ago", "i used
to want to die"), nor "i dont want to die", nor someone else ("my son wants to die", "my
daughter keeps saying she will kill herself", "mae fy mab eisiau marw"), nor a professional's
question about someone they work with ("referral for a suicidal 15 year old", "support for
suicidal pupils"): the warning speaks to the reader about their own life, and the talk box's
suicide lines are there for all of them.

Over ``clean_text`` (lower case, no apostrophes: "I'm" is "im"), a sentence at a time.
"""

from __future__ import annotations

import re

from .despair import NOT_LIVING_EN
from .everyday_said import NOT_REALLY_DYING, THING_DYING, WAKE_AT_A_TIME
from .lexicon import clean_text
from .method_asked import METHOD_ASKED
from .own_cy import INTENT_MORE_CY, PLAN_MORE_CY
from .own_farewell import farewell_warned
from .own_harm_now import life_said_now
from .own_spoken_cy import HERE_NOT_A_PLACE_CY
from .subject_other import someone_elses
from .suicide_cy import CONSIDERING_CY, END_ALL_CY, NO_POINT_CY, WAYS_CY
from .suicide_languages import wish_said

#: where a sentence ends, in the words as typed (not at a comma: "my son said, i want to die"
#: is his words)
_SENTENCES = re.compile(r"[.!?;:\n]+")

#: the act, said of oneself: kill myself, end my life, end it all, take my own life, die
_SELF_ACT = (
    r"(?:kill (?:my ?self|me self|myslef)|kms|end (?:my life|it all|everything|my own life)"
    r"|end (?:it|things)(?! (?:with|between|for good with))|take my (?:own )?life|die"
    r"|be dead|commit suicide|not (?:be here|wake up|be alive)(?: \w+)?)\b"
    rf"{NOT_REALLY_DYING}"  # (w60life, check61 F9) not "wanna die laughing"
)
#: wanting or meaning to: want, need, going to, will, might, planning to
_MEAN_TO = (
    # (w62life, check62 F1) "i keep wanting to die", "still want to die"
    r"(?:keep wanting|keep on wanting|still want|wanting|want|wanna|wana|need|going|gonna|goin"
    r"|gona|gunna|am going|will|ill|might|may"
    r"|planning|plan|ready|about|bout|just want|really want|honestly want|feel like i want"
    r"|feel like i need)(?: to)?"
)
_THINKING_OF = (
    r"(?:thinking|thought|think|keep thinking|been thinking|considering|contemplating|feel like"
    r"|feel like im|dreaming)"
    r" (?:about |of )?(?:killing (?:my ?self|me self)|ending (?:my life|it all|it|things)"
    r"|suicide|taking my (?:own )?life|dying"
    # (w52suicide, check55 F6) said indirectly: "thinking about not being here"
    r"|not being (?:here|alive|around)|not existing|not waking up|being dead"
    # (w54ensuicide, check57 F1) how it would be done: "thinking about how i would kill myself"
    r"|how (?:i (?:would|could|might|will|should|can|could) |to )(?:kill (?:my ?self|me self)"
    r"|end (?:my life|it all|it)|take my (?:own )?life))\b"
    r"(?! (?:for|at|on|next|this|tomorrow|over|in|when))"  # "not being here for christmas"
)
#: (w52suicide, check55 F6) the words alone, or a way asked for: "kill myself", "how do i
#: kill myself", "easiest way to end my life"
_BARE = (
    r"^ *(?:i )?(?:kill (?:my ?self|me self)|kms|end my life|end it all|suicide now)(?: now)? *$"
    r"|\b(?:how (?:to|do i|can i|could i|should i|would i)|ways? to|best way to|easiest way to"
    r"|quickest way to|painless way to) (?:kill (?:my ?self|me self)|end my life|commit suicide"
    r"|take my (?:own )?life)\b"
)
#: the English of it, said now: "i want to die", "im going to kill myself", "i feel suicidal",
#: "i dont want to be alive anymore", "i wish i was dead", "thinking about suicide"
_INTENT_EN = (
    rf"(?<!dont )(?<!do not )(?<!never )(?<!used to )(?<!didnt )(?<!used to keep )"
    rf"(?<!was )(?<!were )\b{_MEAN_TO} {_SELF_ACT}"
    rf"|(?<!used to be )(?<!was )(?<!wasnt )\b{_THINKING_OF}"
    r"|\b(?:dont|do not|dnt|no longer|never) (?:want|wanna|wish) (?:to )?(?:be alive|live|be here"
    r"|exist|be on this earth|wake up|carry on living|go on living)\b"
    rf"{WAKE_AT_A_TIME}"  # (w60life) not "dont want to wake up early tomorrow"
    r"|\bwish (?:i was|i were|i could be|i was just) (?:dead|gone|not alive|not here)\b"
    r"|\bwish i could (?:die|just die|disappear forever|go to sleep and not wake up)\b"
    r"|\bwish i (?:wasnt|werent) (?:alive|here)\b|\bbetter off dead\b"
    r"|\bsuicidal\b"
    rf"|{_BARE}|{METHOD_ASKED}"  # (w53plan) "how many paracetamol does it take to die"
    # (w50despair, check53 F2) no point in living, no reason to live, better off without me
    rf"|{NOT_LIVING_EN}"
    r"|\bsuicide (?:thoughts|feelings|urges|plans?)\b"
    r"|\b(?:tried|attempted) (?:to )?(?:kill (?:my ?self|me self)|end my life|take my (?:own )?"
    r"life|suicide)(?: \w+){0,2}? (?:today|tonight|last night|this morning|earlier|yesterday"
    r"|an hour ago|just now|hours ago)\b"
)
#: the Welsh of it: eisiau / isio / moyn / am lladd fy hun, mynd i ladd fy hun, eisiau marw,
#: ddim eisiau byw (want to kill myself, going to, want to die, do not want to live), meddwl am
#: hunanladdiad, teimlo'n hunanladdol (thinking of suicide, feeling suicidal); "heno", "nawr"
#: and "rŵan" (tonight, now) need not be said
_WANT_CY = (
    r"(?:eisiau|isio|isie|ishe|eisie|moyn|mo yn|am|angen|mynd i|yn mynd i|n mynd i|isho|ishio"
    r"|isia|isiau|mofyn"
    # (welsh19 F3) "mi wna i ladd fy hun" (I will kill myself)
    r"|wna i|wnaf i|na i|wnai)"
)
_INTENT_CY = (
    rf"(?<!ddim )(?<!dim )(?<!sa i )(?<!smo fi )(?<!so fi )\b{_WANT_CY} "
    r"(?:lladd|ladd) (?:fy hun|fy hunan|n hun)\b"
    # (w50cysuicide) not "poeni am farw", "ofn marw" (worried about, afraid of dying)
    rf"|(?<!ddim )(?<!dim )(?<!sa i )(?<!smo fi )(?<!so fi )(?<!poeni )(?<!ofn )(?<!ofni )"
    rf"\b{_WANT_CY} (?:marw|farw"
    r"|gorffen popeth|orffen popeth|gorffen y cyfan|dod a fy mywyd i ben|gymryd fy mywyd"
    # (w49cy) rhoi diwedd ar y cyfan, hongian / boddi fy hun: end it all, hang / drown myself
    rf"|cymryd fy mywyd|{END_ALL_CY}|{WAYS_CY})\b"
    # (welsh19 F3) spoken: "dwi'm isio byw", "sai moyn byw rhagor"
    r"|\b(?:ddim|dim|dwim|sa i|sai|smo fi|so fi) (?:eisiau|isio|isie|ishe|eisie|moyn|mo yn|am) "
    rf"(?:byw|fyw|bod yma{HERE_NOT_A_PLACE_CY}|bod yn fyw|deffro)\b"  # (w56cy) not "yn yr ysgol"
    r"|\bgwell (?:gen i|gyda fi|gennai|i mi|i fi) farw\b"
    r"|\bhunanladdol\b"
    r"|\b(?:meddwl|feddwl) am (?:hunanladdiad|ladd fy hun|lladd fy hun|farw|marw)\b"
    # (w52suicide, check55 F6) considering it: "rwy'n ystyried hunanladdiad / lladd fy hun";
    # no point living (as "whats the point of living" in English)
    rf"|(?<!ddim )(?<!dim )(?<!ddim yn )(?<!dim yn )(?<!sa i n )\b{CONSIDERING_CY}|{NO_POINT_CY}"
    rf"|(?:{INTENT_MORE_CY})|(?:{PLAN_MORE_CY})"  # (w53cyown) teimlo fel marw, well off wedi marw
)
_INTENT = re.compile(rf"{_INTENT_EN}|{_INTENT_CY}")

#: the past, just before the words: "i was suicidal", "i felt suicidal", "i had suicidal
#: thoughts", "roeddwn i eisiau marw" (I wanted to die)
_PAST_BEFORE = re.compile(
    r"\b(?:was|were|felt|had|used to be|used to feel|used to|wanted|once|roeddwn i|roeddwn in"
    r"|roedd|on i|on in|ron i|ron in|oeddwn i|oeddwn in|pan on i|pan oeddwn i)"
    r"(?: (?:very|really|so|quite|pretty|badly|always|often|also|feeling|n|yn))? ?$"
)
#: the past, just after the words: "suicidal as a teenager", "want to die years ago"
_PAST_AFTER = re.compile(
    r"^ (?:as a (?:teen|teenager|kid|child|student|young \w+)|in my (?:teens|twenties|youth)"
    r"|years ago|a long time ago|long ago|back then|back in|in (?:19|20)\d\d|at school"
    r"|at uni|when i was (?:a |at |younger|little|young|in)"
    r"|flynyddoedd yn ol|blynyddoedd yn ol|llynedd|pan on i|pan oeddwn i)"
)
#: someone the words are about after "suicidal": "a suicidal 15 year old", "suicidal pupils"
_SOMEONE_SUICIDAL = re.compile(
    r"^ (?:\d+ ?(?:yr|year|years|yo)|teen|teens|teenager|child|children|kid|kids|boy|girl"
    r"|young|pupil|student|client|patient|person|people|adult|man|men|woman|women|son|daughter"
    r"|friend|partner|relative|service user|youth|adolescent|learner|family member|parent"
    r"|mum|dad|brother|sister|husband|wife|colleague)"
)


def _words(said: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", said))


#: who the words are about, first person or someone else, a word at a time: the last said
#: before the wish is its subject
_FIRST_PERSON = _words("i im ive id ill me myself dw dwi rydw rwy rwyn rydwin dwin fi fy")
_SOMEONE_ELSE = _words(
    "he she they hes shes theyre hed shed him her them his their son sons daughter daughters"
    " child childs children kid kids boy girl friend friends mate partner boyfriend"
    " girlfriend husband wife brother sister mum mom dad mother father cousin niece nephew"
    " grandson granddaughter pupil pupils student students client clients patient patients"
    " someone somebody person people teenager teen learner colleague"
    " mae maen mab merch plentyn plant ffrind disgybl claf cleient o e hi nhw hin ein fen"
    # (w53cyown) "mae fy nhad wedi sgwennu nodyn": his, as "my dad" is
    " nhad tad dad mam fam mrawd brawd frawd chwaer ewythr modryb taid nain tadcu mamgu gwr"
    " wraig llystad llysfam"
)
#: words that report what someone else said: "my son said i want to die"
_REPORTED = _words("said says saying told tells texted messaged wrote posted writes")


def _someone_elses(before: str) -> bool:
    """The words before a wish (``before``, cleaned) make it someone else's: the last person
    named is not the asker ("my son wants", "mae hi eisiau"), or someone else's words are
    reported ("my daughter keeps saying i want to die")."""
    words = before.split()

    def last_is_other(end: int) -> bool:
        said = [w for w in words[:end] if w in _FIRST_PERSON or w in _SOMEONE_ELSE]
        return bool(said) and said[-1] in _SOMEONE_ELSE

    if last_is_other(len(words)):
        return True
    return any(w in _REPORTED and last_is_other(n) for n, w in enumerate(words))


def _own_now(cleaned: str, found: re.Match[str]) -> bool:
    """``found`` (a wish or intent in ``cleaned``) is the asker's own and not of the past."""
    before, after = cleaned[: found.start()], cleaned[found.end() :]
    if _PAST_BEFORE.search(before) or _PAST_AFTER.search(after):
        return False
    if THING_DYING.search(before):
        return False  # (w64life, check63 F1) "my phone is about to die"
    if found[0] == "suicidal" and _SOMEONE_SUICIDAL.search(after):
        return False  # a professional's or a parent's question about someone
    return not (_someone_elses(before) or someone_elses(before))  # (w53cyothers) "fy chwaer"


def own_intent(text: str) -> bool:
    """``text`` (the words as typed) says, of the person asking and not of long ago, that they
    want or mean to kill themselves or die, feel suicidal or do not want to live, with or
    without a time: the page says first that if your life is at risk now, call 999 or go to
    A&E."""
    for part in _SENTENCES.split(text):
        cleaned = clean_text(part)
        if any(_own_now(cleaned, found) for found in _INTENT.finditer(cleaned)):
            return True
    if life_said_now(text):
        return True  # (w60life, check61 F1, F2) "tying the rope now", "unalive myself"
    return wish_said(text) or farewell_warned(
        text
    )  # (w55own) "quiero morir"; (w57suicide) "bye all"
