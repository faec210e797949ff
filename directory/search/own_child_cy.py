"""(w48crisis, sixteenth Welsh review F3) A parent telling in Welsh that their own child did
something sexual to a brother, sister or another child: "mae fy mab 14 oed wedi cyffwrdd â'i
chwaer fach yn rhywiol" (my son of 14 has touched his little sister sexually), "mae fy merch
wedi cam-drin ei brawd iau" (my daughter has abused her younger brother). It is read as the
English is ("my son is 12 and did something sexual to his sister", ``told._OWN_CHILD_DID``):
about the child's behaviour, for which a line for people worried about someone's sexual
behaviour (Stop It Now) fits, not a parent telling of abuse done to their child by someone
else, which put that line out of the talk box. Over ``clean_text`` ("â'i" is "ai"). For the
talk box only (``talk_told``).
"""

from __future__ import annotations

import re

#: the parent's own child, as who did it: fy mab / merch / mhlentyn (my son, daughter, child),
#: with an age or not ("fy mab 14 oed", "fy mab sy'n 14")
_MY_CHILD = (
    r"\bfy (?:mab|merch|mhlentyn|llysfab|llysferch|hogyn|hogan|machgen|nghrwt|nghroten|mab hynaf"
    r"|merch hynaf|mab hyna|merch hyna)(?: \w+){0,3}?"
)
#: what they did: touched, abused, did sexual things, behaved sexually (with its mutations);
#: not "wedi cael ei gyffwrdd" (has been touched), which is done to the child
_DID = (
    r" (?:wedi|newydd|di|yn)(?: bod yn)? (?:cyffwrdd|gyffwrdd|cam drin|gam drin|camdrin"
    r"|ymddwyn yn rhywiol|gwneud pethau rhywiol|wneud pethau rhywiol|gwneud rhywbeth rhywiol"
    r"|wneud rhywbeth rhywiol|gwneud petha rhywiol|neud petha rhywiol|neud pethau rhywiol"
    r"|molestio|treisio|dreisio|cyffwrdd yn rhywiol)"
)
#: ... to a brother, sister, cousin or another child (ei chwaer fach, â'i frawd bach, i'w
#: chwaer iau, plentyn arall)
_TO_A_CHILD = (
    r"(?: (?:a|ag|ai|ei|iw|i w|i|gyda|efo|hefo|tuag at|at))?(?: ei| eu)? (?:chwaer|frawd|brawd"
    r"|chefnder|gefnder|gyfnither|chyfnither|nith|nai|ffrind|plentyn|blentyn|hanner chwaer"
    r"|hanner brawd|llyschwaer|llysfrawd)\b"
)
OWN_CHILD_DID_CY = re.compile(_MY_CHILD + _DID + r"(?: yn rhywiol)?" + _TO_A_CHILD)


def own_child_did_cy(cleaned: str) -> bool:
    """The Welsh words (``clean_text``) tell that the asker's own child did it
    (``OWN_CHILD_DID_CY``)."""
    return bool(OWN_CHILD_DID_CY.search(cleaned))
