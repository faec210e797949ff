"""(w51acts, check54 finding 2) Someone else's crisis told by the person asking: a friend or a
relative who says they will kill themselves ("my friend says she is going to kill herself
tonight", "my brother wants to end his life"), and someone else badly hurt now ("my sister has
cut her wrists and is bleeding").

"My friend is suicidal" brought Samaritans first; "my friend wants to kill herself tonight"
brought Childline, the NSPCC and a SARC 28 miles away: "kill herself" was searched as a word.
The person asking needs to know what to do now, for someone else. These are read as words of
suicide (``suicide_acts.plan_or_act``): Samaritans (and PAPYRUS, for a young person) come into
the talk box. They bring no "If your life is at risk now" warning: it speaks to the reader of
their own life. Someone else cut and bleeding (``hurt_now``) brought the overdose warning ("If
you have taken an overdose or are badly hurt…"), spoken to the reader of their own act; it now
brings "Someone's life at risk now? Call 999." (w64life, check63 F1: ``others_now``), as "my
mum took an overdose" does.

Not the past ("my aunt killed herself", "she tried to kill herself years ago"), nor someone
who "would never" do it, nor a threat to keep the person asking quiet ("he says he will kill
himself if i tell anyone").

Over ``clean_text`` (lower case, no apostrophes: "she's" is "shes").
"""

from __future__ import annotations

import re

from .others_cy import others_plan
from .subject_other import someone_elses

#: who: someone the person asking knows, or she, he, they
_SOMEONE = (
    r"(?:she|he|they|shes|hes|theyre|(?:my|our|me) (?:\w+ )?(?:friend|mate|bestie|bff|sister"
    r"|brother|mum|mam|mom|dad|son|daughter|girlfriend|boyfriend|partner|husband|wife|cousin"
    r"|nan|gran|grandad|aunt|auntie|uncle|niece|nephew|flatmate|housemate|classmate|student"
    r"|pupil|child|kid|sis|bro|bf|gf|stepdad|stepmum|step dad|step mum|stepson|stepdaughter))"
)
#: killing or ending oneself, said of someone else
_THEMSELVES = (
    r"(?:kill|killing|hang|hanging) (?:herself|himself|themselves|themself|theirself)"
    r"|(?:end|ending|take|taking) (?:her|his|their) (?:own )?life"
    r"|commit(?:ting)? suicide"
    r"|(?:jump|jumping) (?:off|from|in front of)"
    # (w53cyothers, welsh21 F4) an overdose: "my friend is going to take an overdose tonight"
    r"|(?:take|taking|swallow|swallowing) (?:an |another )?(?:over ?dose|od)"
    r"|(?:take|taking|swallow|swallowing) (?:all|loads of|the lot of) (?:her|his|their|the)"
    r" (?:pills|tablets|meds|paracetamol|painkillers)"
)
#: meant or said: wants to, is going to, says she will, is threatening to, about to
_MEANT = (
    r"(?:wants? to|wanna|is going to|s going to|are going to|re going to|going to|is gonna"
    r"|s gonna|gonna|will|is about to|s about to|about to|is planning to|s planning to"
    r"|plans? to|planning to|is threatening to|s threatening to|threatening to|threatened to"
    r"|has threatened to|keeps? threatening to|is thinking (?:of|about)|s thinking (?:of|about)"
    r"|is talking about|s talking about|keeps? talking about)"
)
#: (w53plan) the act said as under way: "my brother is killing himself", "hes hanging himself"
#: ("killing himself with drink", "laughing" or "at work" are not)
_DOING = (
    r"(?:(?:is|s|are|re) )?(?:killing|hanging) (?:herself|himself|themselves|themself)"
    r"(?! (?:with|laughing|trying|over|at work|working))|(?:is|s|are|re) (?:ending|taking) "
    r"(?:her|his|their) (?:own )?life"
)
_OTHERS_SUICIDE = re.compile(
    rf"\b{_SOMEONE}(?: \w+){{0,8}}? (?:{_MEANT} (?:{_THEMSELVES})|{_DOING})\b"
    r"(?!(?: \w+){0,3} (?:years? ago|last year|when (?:i|she|he|they) (?:was|were)))"
    # a threat to keep someone quiet or near: "he said he will kill himself if i tell"
    r"(?!(?: \w+){0,3} (?:if|unless) )"
)
#: never, not: "she would never kill herself", "he isnt going to kill himself"
_NOT = re.compile(
    r"\b(?:never|wouldnt|would not|isnt|is not|wont|will not|not|doesnt|does not|dont)"
    rf"(?: \w+){{0,2}} {_MEANT}?(?: )?(?:{_THEMSELVES})\b"
)

#: someone else cut, and bleeding now: wrists or throat and any blood, or bleeding hard
_CUT_OTHER = (
    rf"\b{_SOMEONE} (?:has |have |s |just |has just |ve just |ve )?(?:cut|slit|slashed|sliced)"
    r" (?:(?:her|his|their) (?:own )?(?:wrists?|throat|neck)\b(?: \w+){0,8}? (?:is |s |are "
    r"|re |still )?(?:bleeding|blood)\b"
    r"|(?:herself|himself|themselves|(?:her|his|their) (?:arms?|legs?|thighs?))\b(?: \w+){0,8}?"
    r" (?:(?:cant|can t|wont|won t|will not) stop bleeding|bleeding (?:a lot|loads|lots|badly"
    r"|heavily|everywhere|so much|really bad)|(?:so much|loads of|lots of|a lot of) blood"
    r"|blood everywhere|too deep|really deep|so deep))"
)
#: (w61cy, welsh25 F1) the Welsh of it: "mae fy chwaer wedi torri ei garddwrn ac yn gwaedu
#: lot", "mae o di torri ei arddyrnau, mae gwaed ym mhobman": "ei" / "eu" (her, his, their)
#: wrist or wrists, throat or neck and any bleeding, or themselves, their arms or legs and
#: bleeding hard (as in English); whose it is is read before it (``subject_other``)
_BLOOD_CY = r"(?:gwaedu|waedu|gwaed|waed)"
_BLEEDING_HARD_CY = (
    r"(?:gwaedu|waedu)(?:n| yn| n)? (?:lot|llawer|ddrwg|drwm|ofnadwy|ym mhobman|gormod|fawr"
    r"|fel y diawl|yn ddrwg|yn ofnadwy)\b|\b(?:lot|llawer|cymaint|llwyth) o waed\b"
    r"|\bgwaed ym mhobman\b|\b(?:methu|ffili|ffaelu|ddim yn gallu|dim yn gallu|ddim yn|ddim)"
    r" (?:stopio|stopior|stopio r|atal) (?:gwaedu|gwaed|waedu)\b"
)
_CUT_OTHER_CY = re.compile(
    r"\b(?:torri|dorri|thorri|slasio|sleisio) (?:ei|eu) (?:(?:garddwrn|arddwrn|garddyrnau"
    r"|arddyrnau|gwddf|wddf|gwddw|wddw|gwddwg|wddwg)\b(?: \w+){0,8}? "
    + _BLOOD_CY
    + r"|(?:hun|hunan|hunain|breichiau|freichiau|coesau|goesau|braich|fraich)\b(?: \w+){0,8}? (?:"
    + _BLEEDING_HARD_CY
    + r"))(?!(?: \w+){0,3} (?:llynedd|flynyddoedd|blynyddoedd|pan (?:on|oedd|oeddwn)))"
)
_HURT_NOW = re.compile(
    rf"{_CUT_OTHER}(?!(?: \w+){{0,3}} (?:years? ago|last year|when (?:i|she|he|they) "
    r"(?:was|were)))"
)


def others_suicide(cleaned: str) -> re.Match[str] | None:
    """Someone else's intent to kill themselves, told in ``cleaned`` (``clean_text``): "my
    friend says she is going to kill herself tonight"; (w53cyothers) on the bridge and about
    to jump, or a plan said in Welsh (``others_cy``); None for "she would never"."""
    if _NOT.search(cleaned):
        return None
    return _OTHERS_SUICIDE.search(cleaned) or others_plan(cleaned)


def hurt_now(cleaned: str) -> re.Match[str] | None:
    """Someone else cut and bleeding now, told in ``cleaned`` (``clean_text``): "my sister has
    cut her wrists and is bleeding"."""
    found = _HURT_NOW.search(cleaned)
    if found:
        return found
    # (w61cy, welsh25 F1) in Welsh, when the last person named before the cut is someone else
    for cut in _CUT_OTHER_CY.finditer(cleaned):
        if someone_elses(cleaned[: cut.start()]):
            return cut
    return None
