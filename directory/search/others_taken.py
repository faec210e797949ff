"""(w55others, check58 finding 1) Someone else's medicine taken, said as people say it: "my son
took some of my tablets", "my dad took some pills", "she took the rest of the pack", "i found
the empty strip in his room", "my mum took her pills and wont wake up".

``suicide_acts`` and ``overdose_said`` read an overdose of someone else's only when it was
counted ("half a box", "a load of pills") or named ("an overdose"). A parent or a child telling
of part of a medicine gone, the empty pack found, or someone hard to wake after their pills, had
no warning and often no Samaritans. Read here as someone's life at risk now
(``others_said.others_life_at_risk``): "Someone's life at risk now? Call 999." and Samaritans.

Whose act it is: the last person named before it is someone else (``subject_other``), not the
asker ("i took some of my mums pills" is the reader's own, read by ``overdose_said``).

Not a dose ("took some paracetamol for her headache", "she took her tablets this morning"), an
errand ("took some pills to my nan"), the rest of a pack of anything else ("the rest of the pack
of biscuits"), an empty pack of the asker's own ("an empty strip of my contraceptive pills"), or
the past ("took an overdose when i was 8").

Over ``clean_text`` (lower case, no apostrophes: "mum's" is "mums").
"""

from __future__ import annotations

import re

from .subject_other import someone_elses

#: pills, tablets and the medicines people name
PILLS = (
    r"(?:(?:sleeping |pain |heart |blood pressure |anxiety |water |diabetes |epilepsy )?(?:pills"
    r"|tablets|tabs|killers)|paracetamols?|painkillers|pain killers|antidepressants|meds"
    r"|medication|medicines?|prescription|co ?codamol|co ?dydramol|ibuprofen|aspirin"
    r"|sertraline|citalopram|fluoxetine|amitriptyline|mirtazapine|codeine|tramadol|diazepam"
    r"|valium|zopiclone|propranolol|quetiapine|pregabalin|gabapentin|morphine|oxycodone"
    r"|lithium|insulin|methadone)"
)
#: whose: mine, theirs, or a person's ("my mums", "her nans")
_WHOSE = r"(?:(?:my|me|her|his|their|the|our|your) )?(?:\w+s )?"
_PACK = r"(?:packets?|packs?|box|boxes|bottles?|strips?|tubs?|blister packs?|sheets?)"
#: part of a medicine, or all of it: some of, the rest of, a box of, her whole prescription
_AMOUNT = (
    r"(?:some|a few|a couple|a handful|handfuls|a bunch|loads|a load|lots|a lot|all|half|most"
    r"|the rest|the lot|too many|way too many|far too many|a few extra|some extra|extra|more"
    r"|(?:not sure|dont know|no idea|god knows) how many"
    rf"|(?:half|most|the rest|all) (?:of )?(?:a |the |my |her |his |their )?{_PACK}"
    rf"|(?:a|one|two|2|three|3|the) (?:whole |full |entire )?{_PACK}"
    rf"|(?:my|her|his|their|the) (?:whole|entire) (?:{_PACK} of )?)(?: of)? "
)
_TOOK = r"(?:took|taken|takin|swallowed|necked|downed|ate|eaten|has had)"
#: what was taken: part of a medicine, or the rest or a whole pack said alone ("the rest of the
#: pack", not "the rest of the pack of biscuits")
_TAKEN = re.compile(
    rf"\b{_TOOK} (?:(?:{_AMOUNT}){_WHOSE}{PILLS}\b"
    rf"|(?:the rest of|all of|the whole|a whole|an entire|the entire) (?:the |her |his |their "
    rf"|my )?{_PACK}\b(?! of (?!{_WHOSE}{PILLS}\b)))"
)
#: what the dose was for, or an errand, straight after: not an overdose
_A_DOSE = re.compile(
    r" (?:to|for|as|with|every|each|like|round|over|away|off|from|back|out|into|upstairs"
    r"|downstairs|at bedtime|before bed|by mistake|that the doctor|the doctor)\b"
)
#: any medicine taken by them, and signs after it: hard to wake, out of it, being sick
_ANY_TAKEN = rf"\b(?:{_TOOK}|had) (?:{_AMOUNT})?{_WHOSE}(?:{PILLS}|something|stuff)\b"
_SIGNS = (
    r"(?:wont|will not|cant|can not|cannot|not|isnt) (?:wake|waking|wake up|waking up|stay awake"
    r"|keep (?:her|his|their) eyes open|respond|responding|breathing properly|making sense)"
    r"|(?:cant|cannot|can not) (?:wake|get) (?:her|him|them)(?: up)?|unconscious|passed out"
    r"|(?:really|very|so|extremely|super) (?:sleepy|drowsy|dozy|out of it|confused|pale)"
    r"|(?:is|s|seems|looks|keeps|keep|been) (?:\w+ )?(?:drowsy|sleepy|out of it|being sick"
    r"|throwing up|slurring|floppy|grey)"
)
_TAKEN_THEN_SIGNS = re.compile(rf"{_ANY_TAKEN}(?: \w+){{0,8}}? (?:{_SIGNS})\b")
#: the pack found empty: of their pills, by their bed, or after something taken by them
_EMPTY = re.compile(
    rf"\bempty (?:pill |tablet |medicine )?{_PACK}(?: of (?:{_WHOSE}{PILLS})| (?:in|by|next to"
    r"|beside|under|on) (?:her|his|their) (?:bed|room|bedroom|bag|pocket|bin|floor|desk))?"
)
_THEIR_EMPTY = re.compile(
    rf"\bempty (?:pill |tablet |medicine )?{_PACK} of (?:her|his|their|\w+s) {PILLS}"
    rf"|\bempty (?:pill |tablet |medicine )?(?:\w+ )?{_PACK}(?: of {PILLS})? (?:in|by|next to"
    r"|beside|under|on) (?:her|his|their) (?:bed|room|bedroom|bag|pocket|bin|floor|desk)\b"
    rf"|\b(?:her|his|their|\w+s) (?:pill |tablet |medicine )?{_PACK} (?:is|are|was|were) empty\b"
)
_SOMETHING_TAKEN = re.compile(rf"\b{_TOOK}\b")
#: the time of the act, long past
_LONG_AGO = re.compile(
    r"\b(?:years? ago|when i was|last year|as a (?:teen|teenager|kid|child)|in (?:19|20)\d\d"
    r"|months ago|back in|used to)\b"
)
#: me, said to or with: not the subject of what follows ("she texted me and took …")
_TO_ME = re.compile(r"\b(?:to|at|with|for|from|on|texted|messaged|rang|called|told) me\b")


def _theirs(cleaned: str, start: int) -> bool:
    """The last person named before ``start`` is someone else, not the asker."""
    return someone_elses(_TO_ME.sub(" ", cleaned[:start]))


def _taken(cleaned: str) -> re.Match[str] | None:
    """Part of a medicine taken by someone else, not a dose or an errand; or any taken by them
    with signs after it."""
    for found in _TAKEN.finditer(cleaned):
        if _theirs(cleaned, found.start()) and not _A_DOSE.match(cleaned[found.end() :]):
            return found
    for found in _TAKEN_THEN_SIGNS.finditer(cleaned):
        if _theirs(cleaned, found.start()):
            return found
    return None


def _empty(cleaned: str) -> re.Match[str] | None:
    """The pack found empty: theirs, or after something taken by someone else."""
    found = _THEIR_EMPTY.search(cleaned)
    if found is not None:
        return found
    found = _EMPTY.search(cleaned)
    if found is None:
        return None
    took = [t for t in _SOMETHING_TAKEN.finditer(cleaned) if _theirs(cleaned, t.start())]
    return found if took else None


def others_taken(cleaned: str) -> re.Match[str] | None:
    """Someone else's medicine taken in part, found empty, or taken with signs after it, told
    in ``cleaned`` (``clean_text``); None when it was long ago."""
    found = _taken(cleaned) or _empty(cleaned)
    if found is None or _LONG_AGO.search(cleaned[found.start() : found.end() + 50]):
        return None
    return found
