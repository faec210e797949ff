"""(w64cy, twenty-sixth Welsh review F7) The sex of the one who harms, said in Welsh: "ma dyn
hŷn yn prynu pethe i fi" (an older man buys me things), "nath dyn fy nghyffwrdd i" (a man
touched me), "ges i fy ngham-drin gan ddyn" (by a man), "mae'r boi yna tu allan" (that guy is
outside); and "ma'n" (mae'n: is, my), which cleans to "man": "ma'n athro i'n gyrru negeseuon"
(my teacher is sending messages).

"dyn" and "man" are phrases of the thesaurus's "men" (for men and boys), so a child being
groomed by a man was shown only the Men's Advice Line and the National Male Survivor
Helpline. As ``harmer_sex`` does for "a man touched me", the sex of the one who harms is not
who the help is for. Not the asker's own ("dwi'n ddyn", "dyn 45, ges i fy ngham-drin", read as
``Asker.gender``), nor help asked for men ("grŵp i ddynion", "cymorth i ddynion"), nor a man
harmed ("dyn a gafodd ei gam-drin").

Over ``clean_text`` (lower case, accents folded, no apostrophes: "hŷn" is "hyn", "mae'r" is
"maer"); "ma'n" only in words the asker writes in Welsh (``Asker.welsh``).
"""

from __future__ import annotations

import re

_MAN = r"(?:dyn|ddyn|boi|foi|dynion|ddynion)"
_WOMAN = r"(?:dynes|ddynes|menyw|fenyw|menywod|fenywod)"
#: the one who harms, said as the one who does: "mae dyn", "nath dyn", "bod dyn", "gan ddyn"
#: (by a man), "efo dyn hŷn" (with an older man), "y dyn", "rhyw ddyn" (some man), "dyn
#: dieithr" (a strange man), "dyn ar-lein"; not "dyn a gafodd ei" (a man who was)
_DOER = (
    r"\b(?:(?:ma|mae|maer|roedd|roeddd|oedd|odd|nath|naeth|wnaeth|ddaru|neith|wneith|mai|bod"
    r"|fod|gan|efo|gyda|hefo|da|ac|a) (?:y |yr |r |rhyw |hen |rhen )?|(?:y|yr|r|rhyw) ){sex}\b"
    r"(?! (?:a|sydd|sy|oedd) (?:gafodd|cafodd|wedi cael|di cael|gael|cael)\b)"
    r"|\b{sex} (?:hyn|hynach|dieithr|ddieithr|ar lein|arlein|online|o r|or|sy n|syn|sydd"
    r"|nath|wnaeth|yn fy|yn gyrru|yn anfon|yn tecstio|yn dilyn)\b"
)
_BY_A_MAN_CY = re.compile(_DOER.format(sex=_MAN))
_BY_A_WOMAN_CY = re.compile(_DOER.format(sex=_WOMAN))
#: "ma'n" (mae'n) cleaned, said before a person or a verb: "ma'n athro i'n", "ma'n chwaer i"
#: ("man athro in", "man chwaer i"); in Welsh words, never the English "man"
_MAE_N = re.compile(r"(?:^|\b(?:a|ac|ond|achos|cos|am|bod|wedyn|ers|pan) )man\b(?! (?:ydw|dw))")


def harmers_sex_cy(cleaned: str, welsh: bool) -> str:
    """ "men" or "women": the sex of the one who harms said in Welsh in ``cleaned``
    (``clean_text``), or "men" for "ma'n" read as "man" when the words are Welsh (``welsh``:
    ``Asker.welsh``); "" when not said or both."""
    man = _BY_A_MAN_CY.search(cleaned) or (welsh and _MAE_N.search(cleaned))
    woman = _BY_A_WOMAN_CY.search(cleaned)
    if bool(man) == bool(woman):
        return ""
    return "men" if man else "women"
