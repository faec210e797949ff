"""(w62now) A child being abused right now, said as someone on top of them, on them or holding
them down now: "my cousin is on top of me right now i cant get him off im 11", "my bro is on me
in my room rn and wont stop im 12 help", "hes holding me down", Welsh "mae o ar fy mhen i
rŵan", "ma fe ar ben fi nawr a ddim yn stopio". None showed "In danger now? Call 999": the
readers of danger now (``danger_now``) look for harm named ("hes raping me now"), someone
coming or near, or someone who "wont get off me".

Danger now when someone (anyone: he, she, my bro, my uncle, a man: ``danger_near.WHO`` and the
short words children use) is on top of the person, lying or sitting on them, or holding or
pinning them down, said with its time ("right now", "rn", "atm") or with a struggle or a plea
("wont stop", "cant get him off", "help"). Plain "on me" (not "on top of me") needs both, and
not "on me about my homework".

Not the past ("he used to get on top of me when i was 11", "he was on top of me last year":
the clause's past words, and only "is" or no verb is read here), a pet or a baby ("my cat is on
top of me right now", "mae'r gath ar fy mhen i"), play ("lol", "play fighting"), "on top of my
homework", "on top of the world", "my brother is on the xbox rn".

Over ``clean_text`` (lower case, no apostrophes, accents folded: "rŵan" is "rwan").
"""

from __future__ import annotations

import re

from .danger_cy_hurt import _PAST_CY
from .danger_near import WHO

#: who: ``WHO``, and the short words children use for those near them
_WHO = (
    rf"(?:{WHO}|\b(?:my|her|his|our|their) (?:\w+ ){{0,2}}?(?:bro|bruv|sis|stepbro|step bro|"
    r"stepsis|friend|mate|pal|boyfriends? mate|lad|lads|boy|boys|older boy)"
    r"|\b(?:a|an|the|some|this|that) (?:older |big )?(?:boy|lad|lads|boys|teenager|kid))"
)
#: is, as written, and how: "is", "s", "is still", "is lying", "s getting"
_IS = (
    r"(?: is| s| are| iz)?(?: still| literally| actually| just)?"
    r"(?: (?:lying|laying|lyin|layin|sitting|sittin|sat|leaning))?"
)
#: not "on top of me about my coursework", "on me over my grades"
_NOT_ABOUT = (
    r"(?!(?: \w+){0,3}? (?:about|for|over|to|at|case|side|in the (?:league|table|rankings))\b)"
)
#: getting or climbing on top of them: "getting on top of me" is also said of worries piling up
#: ("my mum is getting on top of me atm"), so read only with a struggle or a plea said
_GETTING = re.compile(
    rf"{_WHO}(?: is| s| are| iz)?(?: still| just)? (?:getting|gettin|climbing|climbin) "
    r"(?:on top of|ontop of|on) me\b"
)
#: on top of them, or holding them down
_ON_TOP = re.compile(
    rf"{_WHO}{_IS} (?:on top of|ontop of|on top off|ontop off|on top a) me\b{_NOT_ABOUT}"
    rf"|{_WHO}{_IS}(?: \w+)? (?:holding|holdin|pinning|pinnin|pushing|pushin) me down\b"
    rf"|{_WHO}(?: has| s| has got| s got| got) me (?:pinned|held) down\b"
)
#: plain "on me", not "on me about my homework", "the drinks are on me"
_ON_ME = re.compile(rf"{_WHO}{_IS} on me\b{_NOT_ABOUT}")
#: now, said as time
_NOW = re.compile(
    r"\b(?:right now|now|rn|atm|at the moment|as we speak|this minute|right this second)\b"
)
#: a struggle or a plea said beside it: "wont stop", "cant get him off", "help"
_STRUGGLE = re.compile(
    r"\b(?:wont|won t|will not|doesnt|does not|isnt) (?:stop|stopping|get off|let me go|let me up"
    r"|move)\b|\b(?:cant|can t|cannot|cant even) (?:get (?:him|her|them|it) off|get off|get up"
    r"|move|breathe|push (?:him|her|them) off|get away)\b"
    r"|\b(?:help|helpp+|hlp|please|pls|plz|scared|afraid|terrified|hurts|hurting|crying)\b"
)
#: a pet or a baby, or play: not danger
_CALM = re.compile(
    r"\b(?:cat|cats|kitten|kitty|dog|dogs|puppy|pup|pet|hamster|rabbit|bunny|baby|toddler"
    r"|lol|lmao|haha|hahaha|jk|joking|play fight|play fighting|playfight|playfighting|wrestling"
    r"|tickling|pillow fight|game|cuddling|cuddle"
    # Welsh: cat, dog, baby, playing
    r"|gath|cath|ci|gi|chi bach|babi|cwningen|chwarae)\b"
)

#: Welsh: who, as said: "mae o", "mae e'n" ("mae en"), "ma fe", "mae fy llystad", "ma brawd
#: fi'n" ("ma brawd fin"), "mae rhywun"
_KIN_CY = (
    r"(?:tad|dad|dadi|llystad|llysdad|brawd|mrawd|frawd|llysfrawd|ewythr|yncl|wncwl|wncl|cefnder"
    r"|gefnder|nghefnder|cefnither|taid|tad cu|tadcu|dat|mam|llysfam|chwaer|chwaer fi|cariad"
    r"|nghariad|dyn|ffrind|boi|hogyn|bachgen|rhywun|rhywun yn)"
)
_WHO_CY = (
    r"\b(?:mae|ma|maen|mae n) (?:(?:o|e|fe|fo|hi|nhw)n?|(?:(?:r|y|fy|n) )?"
    rf"{_KIN_CY}(?: (?:i|fi|ni))?n?)(?: (?:dal|yn dal))?"
)
#: Welsh: on top of me, lying or sitting on me, holding me down
_ON_TOP_CY = re.compile(
    rf"{_WHO_CY}(?: n| yn)?(?: (?:gorwedd|eistedd|ishte|iste))? (?:ar fy mhen|ar y mhen|ar ben fi"
    r"|ar ben i|ar fy mhen i|arna i|arnai|arnaf i|arnaf|arna fi|arno fi)\b"
    rf"|{_WHO_CY}(?: n| yn)? (?:dal|pinio|gwthio) (?:fi|i) (?:lawr|i lawr)\b"
    rf"|{_WHO_CY}(?: n| yn)? fy (?:nal|mhinio|ngwthio) i? ?(?:lawr|i lawr)\b"
)
#: Welsh: now, or a struggle or a plea: "nawr", "rŵan", "ddim yn stopio", "methu cael e off",
#: "help"
_NOW_CY = re.compile(
    r"\b(?:nawr|rwan|rwan hyn|ar hyn o bryd|yr eiliad hon|ddim yn stopio|ddim yn stopo"
    r"|ddim yn stopi|ddim yn gadael (?:fi|i) fynd|methu (?:cael|symud|anadlu|gwthio)"
    r"|help|helpa|helpwch|plis|ofn)\b"
)


def _english(text: str) -> bool:
    """On top of them or holding them down with a time, a struggle or a plea; getting on top
    of them with a struggle or a plea; plain "on me" with a time and a struggle or a plea."""
    now, struggle = _NOW.search(text), _STRUGGLE.search(text)
    if _ON_TOP.search(text) and (now or struggle):
        return True
    if _GETTING.search(text) and struggle:
        return True
    return bool(_ON_ME.search(text) and now and struggle)


def in_danger(clauses: list[str], past: re.Pattern[str]) -> bool:
    """``clauses`` (``clean_text``) tell of someone on top of the person, on them or holding
    them down now, in English or Welsh, in clauses not of the ``past`` (nor the Welsh past of
    ``danger_cy_hurt``), with no pet, baby or play said."""
    now = [c for c in clauses if c.strip() and not past.search(c) and not _PAST_CY.search(c)]
    text = " ".join(now)
    if not text or _CALM.search(text):
        return False
    if _english(text):
        return True
    return bool(_ON_TOP_CY.search(text) and _NOW_CY.search(text))
