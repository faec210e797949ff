"""(w53cymore, the twenty-first Welsh review F10) Fancying children, said of oneself in Welsh:
"dw i'n ffansio plant" (I fancy children), "wi'n ffansio plant bach a fi moyn stopio", "fi'n
ffansio merched dan oed". The page read "plant" as a child asking: Meic, Byw Heb Ofn and
Childline in "Siarad â rhywun nawr", where the English "im attracted to children" and the
Welsh "dw i'n cael fy nenu at blant" have Stop It Now alone. Never someone else's ("mae e'n
ffansio plant": a worry about another), an adult fancied ("dw i'n ffansio fy mhartner", "ffansio
dyn sydd â phlant"), nor a young person fancying someone their own age ("ffansio hogyn yn fy
nosbarth")."""

from __future__ import annotations

import re

#: the asker, in the first person: "dw i'n", "wi'n", "fi'n", "rwy'n" (cleaned: "dw in", "win",
#: "fin", "rwyn"), or the words starting with the verb
_I_CY = (
    r"(?:^|\b(?:dw i n|dwi n|dw in|dwin|dw i yn|dwi yn|wi n|win|fi n|fin|fi yn|rwy n|rwyn|"
    r"rydw i n|rydw in|rydw i yn|rwyf i n|rwyf in|rwyf yn|ydw i n|ydw in|mi dw i n|dw i wedi|"
    r"dwi wedi|wi wedi|fi wedi|rwy wedi|pam dw i n|pam fod fi n|pam bo fi n) (?:\w+ )?)"
)
#: children, as fancied: "plant", "plant bach", "merched / bechgyn dan oed", "rhai ifanc iawn"
_CHILDREN_CY = (
    r"(?:y |rhai )?(?:plant|blant|phlant|plentyn|blentyn|plantos|merched bach|genod bach|"
    r"bechgyn bach|hogia bach|hogiau bach|rhai bach|rhai dan oed|pobl ifanc dan oed|"
    r"(?:merched|genod|bechgyn|hogia|hogiau|hogyn|hogan|merch|bachgen) (?:dan oed|ifanc iawn|"
    r"\d{1,2} oed))"
)
_FANCY_CY = re.compile(
    rf"{_I_CY}(?:ffansio|ffansïo|ffansio n|ffansi)(?: rh?ywiol)? {_CHILDREN_CY}\b"
    r"(?! (?:yn fy|yn y|yn yr|o r|or|o fy) (?:nosbarth|dosbarth|mlwyddyn|blwyddyn|ysgol)\b)"
)


def fancies_children_cy(cleaned: str) -> bool:
    """The asker says in Welsh (``cleaned``: ``clean_text``'s words) that they fancy children."""
    return _FANCY_CY.search(cleaned) is not None
