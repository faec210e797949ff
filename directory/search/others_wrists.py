"""(w64life, check63 finding 1) Someone else's wrists slit or cut, told with no blood said:
"my sister has just slit her wrists", Welsh "mae fy chwaer wedi torri ei garddyrnau" (my
sister has cut her wrists). An independent checker typed both and saw no warning and no
Samaritans; with "and there is blood everywhere" the page warned the reader of their own act
("If you have taken an overdose or are badly hurt…").

Both now say "Someone's life at risk now? Call 999." (``others_now.others_at_risk_now``), as
does someone else cut and bleeding (``crisis_others.hurt_now``), whose warning is no longer the
reader's own (``act_seen.act_done_for``); Samaritans comes into the talk box
(``suicide_acts.plan_or_act``).

Not one wrist cut by accident ("cut her wrist on a broken glass") or broken ("mae fy mrawd
wedi torri ei arddwrn yn chwarae rygbi": "torri" is to cut and to break, so the Welsh is read
for both wrists, "garddyrnau", or one with a blade), nor the past ("slit her wrists when she
was 15", "flynyddoedd yn ôl").

Over ``clean_text`` (lower case, no apostrophes: "she's" is "shes").
"""

from __future__ import annotations

import re

from .everyday_said import BY_ACCIDENT
from .others_said import SOMEONE
from .subject_other import someone_elses

#: slit or slashed wrist or wrists, or both wrists cut, of someone else: "my sister has just
#: slit her wrists", "he has cut his wrists", "my mate slashed his wrist"
_WRISTS = re.compile(
    rf"\b{SOMEONE}(?: \w+){{0,3}}? (?:has |have |s |just |has just |ve just |ve |went and )?"
    r"(?:(?:slit|slitted|slashed|sliced) (?:her|his|their) (?:own )?(?:wrists?|throat)"
    r"|cut (?:her|his|their) (?:own )?(?:wrists|throat)|cut (?:both )?(?:her|his|their) wrists)"
    rf"\b{BY_ACCIDENT}"
)
#: the Welsh: torri / slasio ei or eu garddyrnau (cut her, his or their wrists), or a wrist
#: cut with a blade ("â chyllell", "efo rasel")
_WRISTS_CY = re.compile(
    r"\b(?:torri|dorri|thorri|slasio|sleisio|hollti) (?:ei|eu) (?:garddyrnau|arddyrnau"
    r"|garddyrne|arddyrne|(?:garddwrn|arddwrn) (?:a|ag|efo|gyda|hefo) (?:chyllell|cyllell"
    r"|gyllell|rasel|llafn|lafn))\b"
)
#: the past or an accident: years ago, when she was 15; Welsh llynedd (last year),
#: flynyddoedd yn ôl (years ago), pan oedd hi (when she was), yn chwarae (playing), damwain
_PAST = re.compile(
    r"\b(?:years? ago|months ago|last (?:year|month|summer)|used to|when (?:s?he|they|we|i)"
    r" (?:was|were)|as a (?:teen|teenager|kid|child)|in (?:19|20)\d\d|scars?|llynedd"
    r"|flynyddoedd|blynyddoedd|pan (?:oedd|on|oeddwn)|creithiau|chwarae|damwain|syrthio"
    r"|cwympo|disgyn)\b"
)


def others_wrists(cleaned: str) -> re.Match[str] | None:
    """Someone else's wrists slit or cut now, told in ``cleaned`` (``clean_text``), in English
    or Welsh (whose it is read before the Welsh, ``subject_other``); or None."""
    if _PAST.search(cleaned):
        return None
    found = _WRISTS.search(cleaned)
    if found:
        return found
    for cut in _WRISTS_CY.finditer(cleaned):
        if someone_elses(cleaned[: cut.start()]):
            return cut
    return None
