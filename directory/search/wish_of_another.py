"""(w50despair, check53 F3) Someone else's wish to die, told by a parent, carer, relative or
friend: "my son wants to kill himself", "she keeps saying she wants to end her life", "my
granddaughter has been talking about taking her own life", "he doesnt want to live any more".
The thesaurus reads "kill myself" and "want to die", the words of the person themselves; told
of someone else, "kill" was searched as a word and brought Stop It Now (for people worried
about their own sexual thoughts) into a parent's talk box, with no line for suicide.

Read as words of suicide (``suicide_acts.plan_or_act``): the lines for thoughts of suicide
(PAPYRUS's HOPELINE247 advises the people worried about a young person) come into the box.
No life-at-risk warning: it speaks to the reader of their own life (``suicide_intent``).

Not a threat made to silence someone ("he said he would kill himself if i told", "threatened
to kill himself"): that is the abuse, and the page for it is the right one.

Over ``clean_text`` (lower case, no apostrophes: "doesnt").
"""

from __future__ import annotations

import re

from .subject_other import PEOPLE

_THEMSELF = r"(?:him ?self|her ?self|them ?selves|them ?self|themself)"
_THEIR = r"(?:his|her|their)"
#: the act, said of someone else: kill himself, end her life, take their own life, harm himself
_ACT = (
    rf"(?:kill(?:ing)? {_THEMSELF}|end(?:ing)? (?:{_THEIR} (?:own )?life|it all)"
    rf"|tak(?:e|ing) {_THEIR} (?:own )?life|(?:hurt|harm|cut)(?:ing)? {_THEMSELF}|die|dying)"
)
#: wanting, meaning, trying or speaking of it
_WISH = (
    r"(?:wants?|wanted|wanna|going|gonna|trying|tried|tries|planning|plans|plan|might"
    r"|talks? about|talking about|talked about|keeps? talking about|thinking about|thinks about"
    r"|thought about|thoughts of|keeps? saying (?:s?he|they) (?:wants?|will|is going)"
    r"|(?:said|says|told me|told us|texted|wrote) (?:s?he|they) (?:wants?|wanted|will|would"
    r"|is going|was going|might))(?: to)?"
)
#: (w52suicide, check55 finding 5) the Welsh, of someone else: isio / eisiau / isho / moyn
#: (wants), mynd i / am / ar fin (going to, means to, about to), meddwl am / sôn am (thinking,
#: talking about) lladd / niweidio ei hun (kill / harm himself or herself), rhoi diwedd ar ei
#: bywyd (end her life); marw (die) after wanting, not after "am" ("poeni am farw": worried
#: about dying); not "wedi lladd ei hun" (has killed himself: a death), nor a threat ("os")
_WANT_CY = r"(?:isio|eisiau|isie|isho|ishio|moyn|mofyn|mynd i|ar fin|bwriadu|meddwl am|son am)"
_PEOPLE = "|".join(sorted(PEOPLE))
#: (w53cyothers, welsh21 F2, F3) threatening or having tried to: bygwth (threaten), trio /
#: treio / ceisio (try), of killing himself or herself; not a threat made to silence ("os":
#: if), nor with a time now when tried (``others_now``: the past)
_THREATEN_TRIED_CY = r"(?:bygwth|fygwth|trio|treio|drio|ceisio|geisio|cesio|gesio)"
_CY = (
    rf"\b(?:{_WANT_CY}|am|{_THREATEN_TRIED_CY})(?: (?:i|ei|eu))? (?:(?:lladd|ladd|niweidio"
    r"|brifo|frifo) (?:ei|eu) (?:hun|hunan|hunain)"
    r"|(?:rhoi|roi) diwedd ar (?:ei|eu) (?:bywyd|fywyd|mywyd))\b"
    rf"(?! (?:\w+ ){{0,3}}os\b)|\b{_WANT_CY} (?:marw|farw)\b"
    # (w53cyothers, welsh21 F1) "am farw" (means to die) said straight after someone else:
    # "mae fy ffrind am farw heno", "mae hi am farw" (not "poeni am farw": worried about dying)
    rf"|\b(?:{_PEOPLE}|hi|hin|o|on|e|en|fe|fen|fo|fon|nhw)(?: i| fi| gorau i| gore fi)? am farw\b"
)
_ANOTHERS_WISH = re.compile(
    rf"\b{_WISH} {_ACT}\b(?! (?:if|unless|when|should)\b)"
    r"|\b(?:doesnt|does not|didnt|dont|do not) (?:want|wanna) (?:to )?(?:live|be alive|be here"
    r"|wake up|go on living)(?: any ?more)?\b"
    r"|\bwishes (?:s?he|they) (?:was|were) dead\b"
    # (w52suicide) someone else's, as a burden: "everyone would be better off without him",
    # "hed be better off dead" (not "im better off without him": an abuser gone)
    r"|\b(?:everyone|everybody|we|they|you|people|the world|his family|her family|the family)"
    r" (?:would|d|will|are|is) (?:all )?be better off without (?:him|her|them)\b"
    r"|\b(?:(?:s?he|they) (?:would|will|is|are) |hed |shed |theyd |(?:s?he|they) d )(?:be )?"
    r"better off dead\b"
    rf"|{_CY}"
)
#: a threat made to silence the asker, just before: "he threatened to kill himself"
_THREAT = re.compile(r"\b(?:threaten(?:s|ed|ing)?|threat)(?: \w+){0,3} ?$")


def anothers_wish(cleaned: str) -> re.Match[str] | None:
    """The first wish to die or to harm themselves told of someone else in ``cleaned``
    (``clean_text``), not a threat made to silence the asker; None when there is none."""
    for found in _ANOTHERS_WISH.finditer(cleaned):
        if not _THREAT.search(cleaned[: found.start()]):
            return found
    return None
