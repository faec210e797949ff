"""(twenty-sixth walk-through F2, w32place) Whether a near spelling of a place's name is a slip
of that name or may be another place's name. "tewksbury", "caerphily", "bradfrod", "exetor"
sound like Tewkesbury, Caerphilly, Bradford and Exeter: slips, corrected with "Showing results
for ...". "wroxham" is Wrexham with the vowel of its first syllable changed: another name that
sounds different (a Norfolk village the gazetteer lacks), so the page asks "Did you mean
Wrexham, Wales?" and never takes it silently. Nothing here knows of Flask or of listings.
"""

from __future__ import annotations

from rapidfuzz.distance import Editop, Levenshtein

from .kinds import NEVER_AN_AREA

_VOWELS = frozenset("aeiouy")
#: letters added or missed with little change to how a name is said (not as its first letter)
_QUIET = _VOWELS | {"h", " "}
#: a name this long is still itself with a consonant missed or added after its first syllable
#: ("cambrige"); a shorter one is another name ("crowe" is not Crowle)
LONG_NAME = 8


#: (w48place, thirty-fifth walk-through F2) a place this small is not taken for a name typed
#: with a consonant more: "widdrington" (a Northumberland village the gazetteer lacks) was
#: taken silently as Widdington, a village in Essex. A consonant missed ("pickerin",
#: "hebden brige") is still a slip: people drop letters far more often than they add them
SMALL_PLACE = 10_000
#: (thirty-ninth walk-through F3) two slips in a shorter name make another name: "mereside" (a
#: Blackpool district the gazetteer lacks) was taken silently as Merseyside, "holme wood" (a
#: Bradford estate) as Holmwood in Surrey; the page now asks. One slip is still taken
#: ("middlesborough", "loughbrough"), and two in a name this long ("hebden bridge")
TWO_SLIPS = 12


def keeps_its_sound(typed: str, name: str, added: bool = True) -> bool:
    """Whether ``typed`` (normalised) differs from the place name ``name`` only by slips that
    keep the name's sound: two letters swapped, a letter doubled or not, a vowel or "h" added
    or missed (not the first letter), a consonant added or missed after a long name's first
    syllable, "i" for "y", or one vowel for another after the first syllable ("exetor",
    "swansee"). A consonant or the first syllable's vowel changed, or a consonant added or
    missed in a short name, makes another name; so does any consonant added without ``added``
    (for a small place, ``SMALL_PLACE``), and more than one slip in a name shorter than
    ``TWO_SLIPS``."""
    if set(typed.split()) <= NEVER_AN_AREA:  # "borough" alone is not a slip of Brough
        return False
    typed, name = _single(typed), _single(name)  # "abergavveny", "caerphily"
    ops: list[Editop] = list(Levenshtein.editops(typed, name))
    stressed = _first_syllable_end(name)
    long = len(name) >= LONG_NAME
    if _slips(typed, name, ops) > (2 if len(name) >= TWO_SLIPS else 1):
        return False
    at = 0
    while at < len(ops):
        op = ops[at]
        after = ops[at + 1] if at + 1 < len(ops) else None
        if after is not None and _swapped(typed, name, op, after):
            at += 2
            continue
        if op.tag == "insert" and not _quiet(name, op.dest_pos, long and op.dest_pos >= stressed):
            return False
        more = added and long and op.src_pos >= stressed  # a letter typed that the name lacks
        if op.tag == "delete" and not _quiet(typed, op.src_pos, more):
            return False
        if op.tag == "replace":
            was, now = typed[op.src_pos], name[op.dest_pos]
            vowels = was in _VOWELS and now in _VOWELS and op.dest_pos >= stressed
            if {was, now} != {"i", "y"} and not vowels:
                return False
        at += 1
    return True


def _slips(typed: str, name: str, ops: list[Editop]) -> int:
    """How many slips the edits ``ops`` are, two neighbouring letters swapped counting as one."""
    count = at = 0
    while at < len(ops):
        after = ops[at + 1] if at + 1 < len(ops) else None
        at += 2 if after is not None and _swapped(typed, name, ops[at], after) else 1
        count += 1
    return count


def _first_syllable_end(name: str) -> int:
    """Where the first group of vowels of ``name`` ends (3 in "wrexham")."""
    at = 0
    while at < len(name) and name[at] not in _VOWELS:
        at += 1
    while at < len(name) and name[at] in _VOWELS:
        at += 1
    return at


def _single(word: str) -> str:
    """``word`` with each doubled letter written once ("abergavenny" -> "abergaveny")."""
    return "".join(ch for at, ch in enumerate(word) if word[at - 1 : at] != ch)


def _quiet(word: str, at: int, any_letter: bool) -> bool:
    """Whether a letter added or missed at ``at`` leaves the name's sound: a vowel or "h" (not
    the first letter), or with ``any_letter`` a consonant after a long name's first syllable
    ("cambrige")."""
    return any_letter or (at > 0 and word[at] in _QUIET)


def _swapped(typed: str, name: str, one: Editop, two: Editop) -> bool:
    """Whether two edits are two neighbouring letters typed the other way round."""
    if one.tag == two.tag == "replace":
        return (
            two.src_pos == one.src_pos + 1
            and typed[one.src_pos] == name[two.dest_pos]
            and typed[two.src_pos] == name[one.dest_pos]
        )
    tags = {one.tag, two.tag}
    if tags != {"insert", "delete"}:
        return False
    moved = typed[one.src_pos] if one.tag == "delete" else name[one.dest_pos]
    other = typed[two.src_pos] if two.tag == "delete" else name[two.dest_pos]
    return moved == other and abs(one.src_pos - two.src_pos) <= 2
