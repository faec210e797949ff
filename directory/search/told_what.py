"""(w59fit, forty-fifth walk-through F6) Harm done to a child told as "what someone did to
them", with no word of abuse: "has started telling us what his birth father did to him
sexually", "i want to report my brother in law for what he did to my son", "she told me about
the things her grandad did to her", Welsh "beth wnaeth ei ewythr iddo fo" (what his uncle did
to him). A parent telling this is a parent of a child who was harmed: the lines for people
worried about someone's behaviour (Stop It Now) come after the others, as for "her uncle
touched her" (``told.abuse_done_said``). Adoptive parents asking "who can give him therapy"
had Stop It Now second in "Talk to someone now".

Never what the asker did ("what i did to my sister"), nor what their own child did to another
("my son told me what he did to his little sister", "what my daughter did to our son"): that
is a worry about a child's behaviour, for which Stop It Now is right. A pronoun as the one who
did it counts only when the one harmed is named as the asker's ("what he did to my son"), and
no child of theirs is named before it who could be "he". Over ``clean_text``'s words.
"""

from __future__ import annotations

import re

#: the asker's own child, named as one who may have done it ("my son", "our 14 year old")
_OWN_CHILD = (
    r"(?:my|our) (?:\w+ )?(?:sons?|daughters?|child|children|kids?|boys?|girls?|stepsons?|"
    r"stepdaughters?|lad|teen|teenager|eldest|youngest|\d{1,2} ?(?:year old|yr old|yo))"
)
_OWN_CHILD_NAMED = re.compile(rf"\b{_OWN_CHILD}\b")
#: "what <someone> did to <someone>": the one who did it and the one it was done to
_WHAT_DONE = re.compile(
    r"\b(?:what|things|stuff|everything)"
    r" (?P<doer>(?:\w+ ){1,4}?)"
    r"(?:did|has done|had done|done|was doing|had been doing|has been doing|used to do)"
    r"(?: sexually)? (?:to|with) "
    r"(?P<done>him|her|them|(?:my|our) (?:\w+ )?(?:sons?|daughters?|child|children|kids?|boys?|"
    r"girls?|stepsons?|stepdaughters?|grandsons?|granddaughters?|grandchildren|little ones?|"
    r"baby|\d{1,2} ?(?:year old|yr old|yo)))\b"
)
#: who did it, said as a pronoun or as the asker themselves
_PRONOUN = re.compile(r"^(?:he|she|they|it|someone|somebody|i|we|you) $")
_ASKER = re.compile(r"^(?:i|we|you) ")
#: Welsh: "beth wnaeth ei ewythr iddo" (what his uncle did to him), "beth mae o wedi ei wneud
#: iddi" (what he has done to her); the one who did it must be named, not "fo" or "hi" alone,
#: unless the one harmed is the asker's ("beth wnaeth o i fy mab": what he did to my son)
_WHAT_DONE_CY = re.compile(
    r"\bbeth (?:wnaeth|wnath|naeth|nath|mae|oedd|ddaru)(?P<doer>(?: \w+){1,4}?)"
    r"(?: wedi (?:ei |i )?wneud| yn (?:ei |i )?wneud| ei wneud)? "
    r"(?P<done>iddo|iddi|iddyn|i fy|i ein)\b"
)
_PRONOUN_CY = re.compile(r"^ (?:o|fo|e|fe|hi|nhw|ef|i|ni|chi)$")


def what_was_done(cleaned: str) -> bool:
    """Whether the words (``clean_text``) tell of harm done to someone as what another person
    did to them (the module's docstring)."""
    for found in _WHAT_DONE.finditer(cleaned):
        doer, done = found["doer"], found["done"]
        if _ASKER.match(doer) or _OWN_CHILD_NAMED.match(doer):
            continue  # the asker's own doing, or their own child's
        if _PRONOUN.match(doer):
            mine = done.startswith(("my ", "our "))
            if not mine or _OWN_CHILD_NAMED.search(cleaned[: found.start()]):
                continue  # "what he did to her": who "he" is, the words do not say
        return True
    return any(
        not _PRONOUN_CY.match(found["doer"]) or found["done"].startswith("i ")
        for found in _WHAT_DONE_CY.finditer(cleaned)
    )
