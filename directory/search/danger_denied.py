"""(w59tonight, forty-fifth walk-through F5) Danger said to be absent now: "nobody is in danger
now", "we are safe now", "he's not here now", "no one is at risk right now", Welsh "does neb
mewn perygl nawr", "dan ni'n saff rwan".

"I want to report my brother-in-law to the police for what he did to my son last year, nobody
is in danger now" showed "In danger now? Call 999…" above everything: "in danger now" was read
and the "nobody" before it was not. A mother who has just said it is not an emergency was told
first to call 999, and the 101 line she needed was pushed down.

``without_denied`` takes these words out of a clause before the danger readers
(``danger_now.in_danger_now``) see it, so the rest of the clause is still read: "we are safe now
but he is banging on the door" keeps the danger after "but". Not "we are not safe now", "im not
safe", "is anyone in danger" (asked), nor "nobody knows im in danger" (nobody is not the one
said safe).

Over ``clean_text`` (lower case, no apostrophes: "he's" is "hes"), a clause at a time.
"""

from __future__ import annotations

import re

#: the time of now, said after a denial ("right now", "at the moment", "any more")
_NOW = (
    r"(?: (?:now|right now|rn|at the moment|atm|anymore|any more|any longer|tonight|today"
    r"|currently|at present|thankfully|luckily|as far as i know)\b)*"
)
#: nobody: nobody, no one, none of us, no children
_NOBODY = (
    r"(?:nobody|no one|noone|no body|no 1|none of us|none of them|no child|no children|no kids"
    r"|neither of us|neither of them)"
)
_AT_RISK = (
    r"(?:in (?:any |immediate |any immediate )?danger|at (?:any |immediate |any immediate )?"
    r"risk|in harms way|being hurt|being harmed|unsafe|hurt|in trouble)"
)
#: whoever is said safe: we, I, she, he, they, my son, the children, everyone
_SAID_SAFE = (
    r"(?:we|were|we re|im|i m|i am|iam|she|shes|she s|he|hes|he s|they|theyre|they re"
    r"|(?:my|our|the) (?:\w+ )?(?:son|daughter|kids|children|child|boy|girl|family|girls|boys"
    r"|baby|little one|grandson|granddaughter)|everyone|every one|everybody|all of us|both of us"
    r"|us|we all|we both)"
)
_SAFE = (
    r"(?:safe|safe and well|out of danger|not in (?:any )?danger|not at risk|no longer (?:in danger"
    r"|at risk)|away from (?:him|her|them))"
)
#: the harmful person said gone: "hes not here now", "he is in prison", "he moved out"
_GONE = (
    r"(?:he|hes|he s|she|shes|she s|they|theyre|they re)(?: is| s| are| has| have| ve)?"
    r" (?:not here|not around|not in the house|not with us|gone|left|moved out|in prison|in jail"
    r"|locked up|away|no longer (?:here|around|in (?:our|my|the) (?:house|home|lives|life)))\b"
)
#: Welsh: does neb / dydy neb mewn perygl (nobody is in danger); dan ni'n / rydyn ni'n / dwi'n
#: saff, ddiogel (we are, I am safe); dydy o / hi ddim yma (he / she is not here)
_DENIED_CY = (
    r"(?:does|dos|dydy|dydi|sdim|does dim|dim) (?:neb|un|unrhyw un)(?: ohonon ni)?"
    r" (?:mewn |yn )?(?:perygl|beryg|berygl|peryg)"
    r"|(?<!\bsmo )(?<!\bso )(?<!\bsa )(?<!\bddim )(?<!\bdim )"
    r"(?:dan nin|dyn nin|rydyn nin|ryn nin|dwin|dw in|rwyn|fin|maen nhw n|maen|man|maer plant"
    r"n|maer plantn) (?:saff|ddiogel|diogel)"
    r"|(?:dydy|dydi|dyw|tydi|dio|dydio) (?:o|hi|e|fe|fo|nhw) ddim (?:yma|yn y ty|yn agos)"
)
_DENIED = re.compile(
    rf"(?<!\bnot )(?<!\bif )(?<!\bknows )(?<!\bknow )(?<!\bsure )(?<!\bis )(?<!\bare )"
    rf"(?<!\bam )(?<!\bwill )(?<!\bwhether )"
    rf"\b(?:{_NOBODY}(?: is| s| are| else is)? {_AT_RISK}"
    rf"|{_SAID_SAFE}(?: are| is| s| re| am| m| feel| feels| will be)?(?: all| both| now)? {_SAFE}"
    rf"|{_GONE}|{_DENIED_CY})\b{_NOW}"
)


def without_denied(cleaned: str) -> str:
    """``cleaned`` (one clause, ``clean_text``) without the words that say nobody is in danger
    now, or that whoever was at risk is safe, or that the harmful person is gone."""
    return _DENIED.sub(" ", cleaned)
