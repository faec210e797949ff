"""(w51acts, check54 finding 3) Overdoses said with whose pills they were, or with a vague
amount and feeling ill after: "i took a load of my nans sleeping tablets", "i took my mums
pills", "i took some of my tablets last night and feel sick", "took a few of my meds, not sure
how many".

``suicide_acts`` read "took a load of sleeping tablets" but not the same words with "my nan's"
in them, and "took some of my tablets" is a dose unless more is said. Pills that are someone
else's, taken with nothing after that makes it an errand ("i took my mums pills to her", "took
my dads tablets off him"), are an overdose as people say it; a vague amount is one when they
say they feel ill after, or do not know how many. Everyday doses stay unread: "i take my
tablets every morning", "i took my tablets", "took some paracetamol for my headache".

Over ``clean_text`` (lower case, no apostrophes: "nan's" is "nans").
"""

from __future__ import annotations

import re

#: pills, tablets and the medicines people name (as ``suicide_acts._PILLS`` says them)
_PILLS = (
    r"(?:(?:sleeping |pain |heart |blood pressure |anxiety |water )?(?:pills|tablets|tabs"
    r"|killers)|paracetamols?|painkillers|antidepressants|meds|medication|medicine|co ?codamol"
    r"|ibuprofen|sertraline|citalopram|fluoxetine|amitriptyline|mirtazapine|codeine|tramadol"
    r"|diazepam|valium|zopiclone|propranolol|quetiapine|pregabalin|gabapentin|morphine"
    r"|oxycodone|lithium|insulin)"
)
#: whose they were, when not the person's own: a relative's, a friend's, someone's
_WHOSE = (
    r"(?:(?:my |me |our )?(?:nans|nanas|nannas|nanns|grans|grannys|grandmas|grandads|grandpas"
    r"|mums|mams|moms|mommys|mummys|dads|step ?mums|step ?dads|sisters|brothers|aunties|aunts"
    r"|uncles|partners|boyfriends|girlfriends|husbands|wifes|friends|mates|flatmates"
    r"|housemates|cousins)|someones|somebodys|someone elses|somebody elses)"
)
_TOOK = r"(?:took|taken|takin|swallowed|necked|downed|ate|eaten)"
#: the pills of someone else, taken: not carried to them, taken off them or put away
_OTHERS_TAKEN = re.compile(
    rf"\b{_TOOK} (?:(?:all|loads|a load|a lot|lots|some|a few|a handful|half|most|the rest)"
    rf" (?:of )?)?{_WHOSE} {_PILLS}\b"
    r"(?! (?:to|round|over|away|off|from|back|out|up|down|for|in|into|with|upstairs"
    r"|downstairs|and (?:hid|hidden|put|gave|give|threw|flushed|locked|hide)|by mistake"
    r"|prescription))"
)
#: a vague amount of pills taken: some, a few, a couple, of their own or anyone's
_SOME_TAKEN = (
    rf"\b(?:{_TOOK}|had) (?:(?:some|a few|a couple|a bunch|loads|a load|lots|a lot|more|extra"
    rf"|a handful|handfuls|not sure how many|dont know how many|i dont know how many) (?:of )?)"
    rf"(?:(?:my|the|her|his|me|our) |{_WHOSE} )?{_PILLS}\b"
)
#: feeling ill after, or not knowing how many
_ILL_AFTER = (
    r"\b(?:feel|feeling|felt|im|i am|been|keep|keeps|kept|cant stop)(?: \w+){0,2} (?:sick|ill"
    r"|dizzy|weird|funny|strange|drowsy|sleepy|woozy|faint|rough|terrible|awful|shaky"
    r"|confused|being sick|throwing up|vomiting|spewing)\b"
    r"|\b(?:been sick|threw up|thrown up|throwing up|vomiting|vomited|stomach (?:hurts|pain)"
    r"|cant stay awake|cant keep my eyes open|heart (?:is )?racing|cant breathe|my ears are"
    r" ringing)\b"
    r"|\b(?:not sure|dont know|cant remember|no idea|dunno) how many\b"
)
_SOME_ILL = re.compile(
    rf"{_SOME_TAKEN}(?: \w+){{0,14}}? (?:{_ILL_AFTER})|(?:{_ILL_AFTER})(?: \w+){{0,8}}? "
    rf"(?:after|since|cos|because|coz) (?:i )?{_SOME_TAKEN}"
)
#: (w52suicide, check55 finding 4) a vague amount or a part of a pack, taken by the person:
#: "i took some pills", "took half a packet of co-codamol", "ive taken a strip of my mums
#: tablets" ("a couple of paracetamol" is a dose); not with what the dose was for ("some
#: paracetamol for my headache", "some tablets to help me sleep", "as prescribed") nor an
#: errand ("off him")
_PART = r"(?:packets?|packs?|box|boxes|bottles?|strips?|tubs?|blister packs?|sheets?)"
_VAGUE = (
    rf"(?:some|a handful|handfuls|half|most|the rest|(?:half|most) (?:of )?(?:a |the"
    rf" |my |her |his )?{_PART}|(?:a|the|one|two|2) (?:whole |full )?{_PART}) (?:of )?"
)
_VAGUE_TAKEN = re.compile(
    rf"\b(?:i|ive|i ve|i have|i just|ive just|just|i already)(?: \w+)? {_TOOK} {_VAGUE}"
    rf"(?:(?:my|the|her|his|me|our) |{_WHOSE} )?{_PILLS}\b"
    r"(?! (?:to|round|over|away|off|from|back|out|for|as|with|every|each|like|when|because"
    r"|cos|at bedtime|before bed|by mistake|prescription|the doctor|my doctor|that the doctor))"
)
#: (w53suicide, check56 finding 3) part of a pack or "too many" taken, said without "i" ("took
#: half a strip of co-codamol", "swallowed most of a box of ibuprofen", "had too many tablets",
#: "took a couple of paracetamol too many"), and "a few extra" said with "i" ("i took a few
#: extra pills tonight"); not half of one ("took half a paracetamol for my headache"), nor
#: drinks ("had too many drinks")
_PART_OR_TOO_MANY = (
    rf"(?:(?:half|most|the rest) (?:of )?(?:a |the |my |her |his )?{_PART}"
    rf"|(?:a|one|two|2) (?:whole |full )?{_PART}|half|most|the rest"
    r"|(?:too many|way too many|far too many|too much|way too much|far too much)) (?:of )?"
)
_EXTRA = r"(?:a few|a couple|some|loads|lots|a load|a handful)(?: of)? (?:extra|more) "
_UNSAID_I_TAKEN = re.compile(
    rf"\b(?:{_TOOK}|had) {_PART_OR_TOO_MANY}(?:(?:my|the|her|his|me|our) |{_WHOSE} )?{_PILLS}\b"
    rf"|\b(?:i|ive|i ve|i have|i just|ive just|just|i already) {_TOOK} {_EXTRA}"
    rf"(?:(?:my|the|her|his|me|our) )?{_PILLS}\b"
    rf"|\b(?:{_TOOK}|had) (?:a few|a couple|a couple of|one or two|some|two|three|2|3) (?:of )?"
    rf"(?:(?:my|the|her|his) )?{_PILLS} too many\b"
)
_NOT_AN_OVERDOSE = re.compile(
    r" (?:to|round|over|away|off|from|back|out|for|as|with|every|each|like|when|because|cos"
    r"|at bedtime|before bed|by mistake|prescription|the doctor|my doctor|left|hidden|saved"
    r"|under)\b"
)


def _unsaid_i_taken(cleaned: str) -> re.Match[str] | None:
    """Part of a pack or too many taken (``_UNSAID_I_TAKEN``), not what the dose was for
    after it ("for my headache") nor an errand ("off him")."""
    for found in _UNSAID_I_TAKEN.finditer(cleaned):
        if not _NOT_AN_OVERDOSE.match(cleaned[found.end() :]):
            return found
    return None


#: the time of the act, long past: not now ("took my mums pills when i was 15")
_LONG_AGO = re.compile(
    r"\b(?:years? ago|when i was|last year|as a (?:teen|teenager|kid|child)|in (?:19|20)\d\d"
    r"|months ago|back in)\b"
)


def overdose_said(cleaned: str) -> re.Match[str] | None:
    """An overdose told in ``cleaned`` (``clean_text``) as ``suicide_acts`` does not read it:
    someone else's pills taken (``_OTHERS_TAKEN``), or a vague amount taken with feeling ill
    after or not knowing how many (``_SOME_ILL``); None when it was long ago."""
    found = _OTHERS_TAKEN.search(cleaned) or _SOME_ILL.search(cleaned)
    found = found or _VAGUE_TAKEN.search(cleaned)  # (w52suicide) "i took some pills"
    found = found or _unsaid_i_taken(cleaned)  # (w53suicide) "took half a box of ibuprofen"
    if found is None or _LONG_AGO.search(cleaned[found.start() : found.end() + 40]):
        return None
    return found


#: the act and the time it was done, either side: "and last night i took some of my tablets"
#: (a time before it with no "and" may be an assault's: "he raped me yesterday i took …")
_ACT_TIME = re.compile(
    r"(?:^|\b(?:and|then|so|but|also|because|cos) )(?:last night|this morning|earlier"
    r"|an hour ago|yesterday|today|tonight)(?: \w+){0,2}?"
    rf" (?:{_OTHERS_TAKEN.pattern}|{_SOME_TAKEN})"
    rf"|(?:{_OTHERS_TAKEN.pattern}|{_SOME_TAKEN})(?: \w+){{0,2}}? (?:last night|this morning"
    r"|earlier|an hour ago|yesterday|today|tonight)\b"
)

#: feeling ill, and when: "i feel a bit sick today", said after pills taken
_ILL_TIME = re.compile(
    rf"(?:{_ILL_AFTER})(?: (?:today|now|this morning|tonight|since last night))?"
)


def without_act_time(cleaned: str) -> str:
    """``cleaned`` without pills taken and the time they were: "and last night i took some of
    my tablets" told of no assault last night; nor, when they tell of an overdose
    (``overdose_said``), did "i feel sick today" tell of feeling ill after an assault."""
    if overdose_said(cleaned) is None:
        return cleaned
    return _ILL_TIME.sub(" ", _ACT_TIME.sub(" ", cleaned))
