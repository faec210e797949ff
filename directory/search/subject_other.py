"""(w53cyothers, twenty-first Welsh review F1, F4) Whose wish or plan it is, read from the words
said before it: "mae fy chwaer isio marw heno" (my sister wants to die tonight), "ma'n ffrind i
isio marw heno", "ma ffrind fi'n mynd i gymryd overdose heno", "my friend is going to jump off
the bridge tonight".

The readers of the asker's own wish and plan (``suicide_intent``, ``plan_now``) took "fy" and
"i" in "fy chwaer", "'n ffrind i" as the asker, and read "my friend is going to" as the asker's
own plan: a sister frightened for her sister was told "Perygl i'ch bywyd nawr?" (your life at
risk now?). Here the last person named before the wish decides: someone the asker knows ("fy
chwaer", "'n ffrind i", "ffrind fi", "my best friend", "her boyfriend"), or he, she or they
said after a verb ("mae hi", "bod o", "ma fe"), is someone else; "dw i", "fi'n", "i", "im",
"fy" before anything but a person is the asker.

Over ``clean_text`` (lower case, accents folded, no apostrophes: "ma'n" is "man").
"""

from __future__ import annotations


def _words(said: str) -> frozenset[str]:
    return frozenset(said.split())


#: people the asker knows (``wish_of_another`` too), in Welsh (with the mutations after "fy"
#: and "'n") and English
PEOPLE = _words(
    "ffrind ffrindiau met mets chwaer chwiorydd brawd mrawd frawd cariad nghariad gariad mab"
    " fab merch ferch mam fam tad nhad dad partner mhartner gwr ngwr wr gwraig ngwraig wraig"
    " cefnder nghefnder gefnder cyfnither nghyfnither gyfnither modryb fodryb ewythr wncwl"
    " nain taid mamgu tadcu nai nith plentyn mhlentyn blentyn plant mhlant blant cymydog"
    " nghymydog gymydog hogan hogyn bachgen boi disgybl nisgybl cleient bestie bff"
    " friend friends mate bestie sister brother sis bro son daughter mum mam mom dad"
    " boyfriend girlfriend bf gf partner husband wife cousin nan gran grandad aunt auntie"
    " uncle niece nephew flatmate housemate classmate pupil student child kid stepdad"
    " stepmum stepson stepdaughter"
    # (w60life, check61 F5) a young child: "my toddler drank bleach"
    " toddler baby babi grandson granddaughter"
    # (w61cy, welsh25 F3) a stepparent, a partner said soft after "cyn" (ex): "mae'n llystad i",
    # "mae fy nghyn-bartner"
    " llystad lystad llysdad lysdad llysfam lysfam llysfrawd lysfrawd bartner"
    # (w64cy, welsh26 F1) a grandfather after "fy": "mae fy nhaid wedi cymryd gormod o'i dabledi"
    " nhaid nhadcu"
)
#: (w61cy, welsh25 F1) a person's word with the nasal mutation "fy" (my) leaves on it, said
#: with "fy" dropped as speech drops it: "mae mrawd bach wedi llyncu tabledi" (my little
#: brother has swallowed tablets), "mae nghariad i", "mae nhad": the mutation says "my"
_NASAL_MINE = _words(
    "mrawd nghariad nhad mhartner ngwr ngwraig nghefnder nghyfnither mhlentyn mhlant"
    " nghymydog nisgybl nghleient nhaid nhadcu"
)
#: before a person: my, our, his, her, their ("my best friend", "fy ffrind gorau")
_POSSESSIVE = _words("fy my our me his her their ein")
#: after a person, the Welsh "my" said after: "'n ffrind i", "ffrind fi'n"
_AFTER_PERSON = _words("i fi fin in ni gorau gore best")
#: he, she, they in Welsh, after a verb that takes a subject
_PRONOUNS_CY = _words("hi hin o on e en fe fen fo fon nhw nhwn")
_VERBS_CY = _words(
    "mae ma maen man bod fod mai roedd oedd odd nath wnaeth neith wneith ddudodd dwedodd"
    " dywedodd meddai medda ydy ydi yw wyt"
)
#: the asker: I, me in Welsh and English
_ASKER = _words("dw dwi dwin rydw rydwin rwy rwyn wyf im ive id ill myself mi sai")
#: I, me or my, unless they are a person's "my": "fy ffrind", "'n ffrind i", "ffrind fi'n"
_MINE = _words("i in fi fin me fy")
_BEST = _words("gorau gore best")
#: "i" after these is "to", not "I": "mynd i", "wrtha i" (to me: not the subject)
_TO = _words("mynd fynd dod ddod dwad wrth wrtha rhaid raid isio eisiau am ar angen")


def _who(words: list[str], n: int) -> str:
    """Who ``words[n]`` names: "other", "asker" or "" (nobody)."""
    word = words[n]
    before = words[n - 1] if n else ""
    after = words[n + 1] if n + 1 < len(words) else ""
    twice = words[n - 2] if n > 1 else ""  # "my best friend", "my little sister"
    # "ma'n ffrind", (w61cy) "mae'n llystad" ("maen"): "'n" is "my" before a person
    mine = before in _POSSESSIVE or twice in _POSSESSIVE or before in ("man", "maen")
    if word in PEOPLE and (mine or after in _AFTER_PERSON):
        return "other"
    if word in _NASAL_MINE:  # (w61cy) "mae mrawd", "mae nghariad": "my", said by the mutation
        return "other"
    if word in _PRONOUNS_CY and before in _VERBS_CY:
        return "other"
    if word in {"he", "she", "they", "hes", "shes", "theyre"}:
        return "other"
    if word in _MINE:
        if before in PEOPLE or before in _BEST or after in PEOPLE:
            return ""  # "'n ffrind i", "ffrind fi'n", "fy ffrind", "'n ffrind gorau i"
        return "" if word == "i" and before in _TO else "asker"  # not "mynd i"
    return "asker" if word in _ASKER else ""


def someone_elses(before: str) -> bool:
    """The words said before a wish or plan (``before``, cleaned) make it someone else's: the
    last person named is not the asker ("mae fy chwaer", "man ffrind i", "my friend is")."""
    words = before.split()
    named = [who for who in (_who(words, n) for n in range(len(words))) if who]
    return bool(named) and named[-1] == "other"
