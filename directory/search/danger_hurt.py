"""(w56own, twenty-third Welsh review "Not counted") Violence now said as the injury or the
weapon: stabbed ("hes stabbed me", "ive just been stabbed"), bleeding after being hit ("im
bleeding he hit me", "she punched me and my lip is bleeding"), strangled or choked ("he choked
me and hes still here", "he has his hands round my neck"), a knife held ("he has a knife",
"hes holding a knife to me") or a threat to kill made ("he has threatened to kill me").

None of these showed "In danger now? Call 999. If you cannot speak, press 55…": the readers
of danger now (``danger_now``) look for danger said as coming or near. Stabbing, bleeding and
strangling are the most serious of all: the page now says it first.

Not the past ("he choked me years ago", "my ex strangled me when we were together": the
clause's past words, ``danger_now._PAST``, and an ex or a time named here), a nosebleed or a
period, a knife for cooking ("he has a knife and fork", "a knife in the kitchen drawer").

Over ``clean_text`` (lower case, no apostrophes: "he's" is "hes"), a clause at a time.
"""

from __future__ import annotations

import re

from .danger_near import WHO

#: who did it: he, she, someone, my stepdad (``danger_near.WHO``), with "has", "just", "is"
_DID = rf"(?:{WHO})(?: (?:has|s|is|just|has just|s just|have|have just|ve|ve just))?"
#: the asker, said as hurt: "ive been", "i have just been", "i got"
_I_WAS = (
    r"(?:\b(?:ive|i ve|i have|i)(?: just)? (?:been|got|gotten)(?: just)?"
    r"|\b(?:just|ive just|i have just) been)"
)
_STABBED = r"(?:stabbed|knifed|slashed|glassed)"
_CHOKED = r"(?:strangled|strangling|choked|choking|throttled|throttling)"
_HIT = r"(?:hit|hitting|punched|punching|kicked|kicking|beat|beaten|beating|battered|smashed|bit)"
_KNIFE = r"(?:knife|blade|machete|gun|weapon)"
#: a knife for eating or cooking: "a knife and fork", "a knife in the kitchen drawer"
_NOT_A_THREAT = (
    r"(?! (?:and fork|set|block|sharpener|collection|for (?:cooking|chopping|the (?:kitchen|bread"
    r"|meat|veg))|in the (?:kitchen|drawer|dishwasher|cutlery))\b)"
)
_HURT_NOW = re.compile(
    # stabbed: "hes stabbed me", "ive just been stabbed", "someone stabbed me"
    rf"(?:\b{_DID} {_STABBED} me|{_I_WAS} {_STABBED})\b(?! in the back)"
    # strangled or choked: "he choked me", "hes strangling me", "his hands round my neck"
    rf"|\b{_DID} {_CHOKED} me\b|{_I_WAS} (?:strangled|choked|throttled)\b"
    rf"|\b{_DID}(?: put| got| has got| got)? (?:his|her|their) hands? (?:round|around|on) my"
    r" (?:neck|throat)\b"
    # a knife or a weapon held, now: "he has a knife", "hes holding a knife to me"
    rf"|\b{_DID} (?:got |holding |waving |pointing |carrying |grabbed |picked up )?(?:a |the |"
    rf"his |her )?{_KNIFE}\b{_NOT_A_THREAT}"
    rf"|\b{_DID} (?:pulled|pulling) (?:out )?(?:a |the |his |her )?{_KNIFE} (?:on|at) me\b"
    rf"|\b{_DID} threatening me with (?:a |the |his |her )?{_KNIFE}\b"
    # a threat to kill, made: "he has threatened to kill me", "hes threatening to kill me"
    rf"|\b{_DID} (?:threatened|threatening|saying|says|said) (?:hes going |hell |he will |shes "
    r"going |shell |she will |theyre going |theyll )?(?:to )?kill me\b(?! if)"
)
#: bleeding, of the asker now: "im bleeding", "my lip is bleeding"
_BLEEDING = re.compile(
    r"\b(?:im|i am|i m)(?: \w+)? (?:bleeding|bleedin)\b(?! (?:gums|nose|on my period|from my"
    r" nose))|\bmy (?:head|face|lip|mouth|eye|arm|leg|back|hand|ear) (?:is |s )?(?:bleeding"
    r"|bleedin)\b"
)
#: someone hurt them: "he hit me", "she punched me", "my stepdad beat me"
_HURT_BY = re.compile(rf"\b{_DID} {_HIT}(?: me| me up)\b")
#: the past said here: an ex, a relationship over, once
_LONG_PAST = re.compile(
    r"\b(?:my ex|ex boyfriend|ex partner|ex husband|when we were|during|once|before|in the past"
    r"|ago|last (?:week|month|year)|as a (?:kid|child)|when i was)\b"
)


def in_danger(clauses: list[str], past: re.Pattern[str]) -> bool:
    """``clauses`` (``clean_text``) tell of violence now said as the injury or the weapon, in
    clauses not of the ``past``: stabbed, strangled, a knife held, a threat to kill, or
    bleeding said beside being hit."""
    now = [c for c in clauses if c.strip() and not past.search(c) and not _LONG_PAST.search(c)]
    if any(_HURT_NOW.search(c) for c in now):
        return True
    text = " ".join(now)
    return bool(_BLEEDING.search(text) and _HURT_BY.search(text))
