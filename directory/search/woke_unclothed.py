"""(w57danger, check59 finding 6) Waking up with no clothes on after a party or a night out,
said with a time in the last few days ("woke up naked at a house party yesterday and dont
remember anything", "i woke up with my clothes off at his flat on saturday"): that tells of an
assault the person may not remember, and the page said nothing of what to do now, while "i
think someone did something to me while i was drunk on saturday" brought the warning "If it
happened in the last few days…". Now it does too (``recent_warning``), with the time read as
``recent.said_recently`` reads it (there: ``recent`` reads this module); not long ago, nor a
time that is not the waking's own ("i woke up naked because it was so hot" says no time).

Over ``clean_text`` (lower case, no apostrophes).
"""

from __future__ import annotations

import re

#: woke (or came round) with no clothes on, or some of them off
WOKE_UNCLOTHED = re.compile(
    r"\b(?:woke|woken|wake|waking|woke up|came round|came to|come round)(?: up)?"
    r"(?: \w+){0,7}? (?:naked|undressed|half naked|with no clothes|without (?:any |my )?clothes|"
    r"with (?:my|no) (?:clothes|pants|knickers|trousers|jeans|underwear|bra|top|dress|skirt)"
    r"(?: on)? (?:off|on|missing|gone|pulled down|round my ankles)|(?:with )?no (?:pants|knickers|"
    r"underwear|trousers|bottoms) on|with my clothes (?:off|ripped|torn|missing))\b"
    # (w59cydanger, welsh24 F7) Welsh: "deffrais i heb fy nillad", "nes i ddeffro'n noeth",
    # "dihunes i'n hanner noeth", "deffro heb drowsus"
    r"|\b(?:deffro|ddeffro|deffrais|ddeffrais|deffres|ddeffres|deffrodd|ddeffrodd|dihuno|ddihuno"
    r"|dihunais|ddihunais|dihunes|ddihunes|dihunodd)(?:n| \w+){0,6}? (?:(?:yn |n )?(?:hanner )?"
    r"noeth|heb (?:fy |ddim |unrhyw |y )?(?:nillad|dillad|ddillad|nicyrs|nicers|nhrowsus|trowsus"
    r"|drowsus|nhrons|trons|dillad isaf|nillad isaf|nhop|top))\b"
)
#: the warmth or a habit, not a night someone else was there ("because it was so hot")
_OWN_REASON = re.compile(
    r"\b(?:because|cos|coz|as) (?:it was|its|i was) (?:so |too |really )?(?:hot|warm|boiling)\b"
    r"|\bi (?:always|usually) sleep\b|\bsleepwalk\w*\b"
    # Welsh: "achos roedd hi mor boeth", "dwi wastad yn cysgu'n noeth"
    r"|\b(?:achos|gan fod|am fod) (?:roedd hi|oedd hi|mae hi|man|ro n i|on i|roeddwn i) "
    r"(?:mor |rhy |yn )?(?:boeth|dwym|gynnes|gynnas)\b|\b(?:wastad|bob amser|fel arfer) yn "
    r"cysgu ?n noeth\b|\bcerdded yn (?:fy|y) nghwsg\b"
)


def woke_unclothed(cleaned: str) -> bool:
    """``cleaned`` (``clean_text``) tells of waking up with no clothes on, and gives no reason
    of their own for it; whether in the last few days is ``recent_warning``'s to read."""
    return WOKE_UNCLOTHED.search(cleaned) is not None and _OWN_REASON.search(cleaned) is None


def without_woke_unclothed(cleaned: str) -> str:
    """(w63recent) ``cleaned`` without the waking (``WOKE_UNCLOTHED``): the thesaurus reads "woke
    up naked" as a sexual assault, for its cards; whether it is one told now is read here, with
    its reasons ("because it was so hot"), not by ``recent.recent_assault``."""
    return WOKE_UNCLOTHED.sub(" ", cleaned)
