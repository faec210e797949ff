"""(twenty-sixth walk-through F1) The sex of the group a search asks help for: "men's support
group", "mens group", "blokes' group", "for guys", "lads group", "cwnsela i ddynion";
"women's group", "for ladies", "grwp i fenywod". Never the sex of whoever did it ("a man
touched me", "abused by men"), nor a parent's or professional's child ("my boy")."""

import re

_SERVICE = (
    r"(?:support|group|groups|service|services|counselling|counsellor|therapy|therapist|"
    r"helpline|line|charity|project|centre|space|circle|network|forum|peer|meeting|meetings|"
    r"organisation|organization|worker|only|help)"
)
#: the words for grown men (text as ``clean_text`` leaves it: "men's" is "mens")
_MEN = r"(?:men|mens|blokes|guys|lads|males|fellas|gents|dynion|ddynion)"
_WOMEN = r"(?:women|womens|ladies|females|lasses|menywod|fenywod|merched|ferched)"
#: the Welsh words that come before the group a service is for ("i ddynion", "ar gyfer dynion")
_CY_SERVICE = (
    r"(?:grwp|grwpiau|cwnsela|cymorth|cefnogaeth|gwasanaeth|gwasanaethau|llinell|therapi|help)"
)


def _group(who: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<!\band )(?<!\bor )\b{who} {_SERVICE}\b"  # "mens group", "women only"
        rf"|\b(?:for|just for|only for) {who}\b(?! (?:and|or|a|ac)\b)"  # "for guys"
        rf"|\b{_CY_SERVICE} (?:i|ar gyfer) {who}\b(?! (?:a|ac|neu)\b)"  # "cwnsela i ddynion"
    )


_GROUPS = (("male", _group(_MEN)), ("female", _group(_WOMEN)))


def group_sex(cleaned: str) -> str:
    """``male`` or ``female`` when the words ask for a group or service for men (or women),
    and only one of them; otherwise ""."""
    found = {sex for sex, pattern in _GROUPS if pattern.search(cleaned)}
    return found.pop() if len(found) == 1 else ""
