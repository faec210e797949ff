"""A place at the start or end of a search's words ("counselling lincolnshire", "help yng
Nghaerdydd"), found with the gazetteer (``gazetteer.py``). Nothing here knows of Flask or of
listings.
"""

from __future__ import annotations

from dataclasses import dataclass

from .gazetteer import Gazetteer
from .names import _BEFORE_PLACE, _unmutated
from .not_places import near_said_at_end
from .places import FULL_POSTCODE, OUTWARD, POSTCODE_LIKE, Resolution, normalise
from .said_where import place_said

#: places whose names are ordinary English words (single-word places people write at least
#: once in 50,000 words, by wordfreq, other than the big cities; and "Reading", "Bath"): in
#: a search's words they are taken for places only after "in", "near", "around" or "at"
ORDINARY_WORDS = frozenset(
    [
        "over",
        "hope",
        "deal",
        "street",
        "march",
        "church",
        "worth",
        "send",
        "washington",
        "mark",
        "box",
        "wall",
        "rock",
        "eye",
        "sale",
        "battle",
        "stock",
        "hill",
        "stone",
        "bridge",
        "martin",
        "lee",
        "valley",
        "beer",
        "banks",
        "boston",
        "pool",
        "wing",
        "wales",
        "ford",
        "rugby",
        "hook",
        "settle",
        "melbourne",
        "chelsea",
        "fleet",
        "bow",
        "reading",
        "bath",
        "help",
    ]
)
_MAX_PLACE_WORDS = 4


@dataclass(frozen=True)
class PlaceInWords:
    """A place found at the start or end of a search's words."""

    resolution: Resolution
    place_words: str  # as typed ("Lincolnshire", "LS8")
    rest: str  # the other words, without a joining "in" or "near"
    #: (fifteenth Welsh review F2) said as where someone lives ("dw i'n byw yn Abertawe"): a
    #: place for certain, kept even when the other words find nothing of their own
    lives_there: bool = False


def place_in_words(gazetteer: Gazetteer, text: str) -> PlaceInWords | None:
    """The place a search's words begin or end with ("counselling lincolnshire", "leeds
    therapy", "support in LS8"), matched exactly (never a near spelling), longest first;
    None when they hold none. The rest may be empty (the words were only a place)."""
    words = str(text).split()[:30]
    own = _said_amid(gazetteer, words, first_person=True)
    if own is not None:  # (fifteenth Welsh review F7) "I live in Cardiff but my gran lives in
        return own  # Bangor": where the writer lives, before any place the words end with
    if not words:
        return None
    found: list[PlaceInWords] = []
    for size in range(min(_MAX_PLACE_WORDS, len(words)), 0, -1):
        for at_end in (True, False):
            taken = words[-size:] if at_end else words[:size]
            rest = words[:-size] if at_end else words[size:]
            joined = rest[-1].lower() in _BEFORE_PLACE if at_end and rest else False
            if at_end and joined:
                rest = rest[:-1]
            key = normalise(" ".join(taken))
            # (w59places) so is a ward's name that is an everyday word ("idle", "loose")
            ordinary = key in ORDINARY_WORDS or key in gazetteer._wards.everyday
            if not key or (ordinary and not joined):
                continue
            upper = " ".join(taken).upper()
            if POSTCODE_LIKE.match(upper) and not (
                FULL_POSTCODE.match(upper.replace(" ", "")) or OUTWARD.match(upper)
            ):
                continue
            resolution = (
                gazetteer._resolve_postcode(upper)
                if POSTCODE_LIKE.match(upper)
                else gazetteer._exact(key)
            )
            if resolution is None and at_end and size > 1 and not POSTCODE_LIKE.match(upper):
                # (sixth walk-through F2) a town and its county ("... newcastle staffs"): the
                # town of that name there, never the county alone; exact names only
                qualified = gazetteer._without_qualifier(key)
                if qualified is not None and not qualified.corrected:
                    resolution = qualified
            if (resolution is None or not resolution.found) and at_end and size < len(words):
                # "i"/"o" are English words too, so they join nothing: only a mutated name
                # after them is tried as a Welsh place
                for other in _unmutated(key, words[-size - 1].lower()):
                    resolution = gazetteer._exact(other)
                    if resolution is not None and resolution.found:
                        # Where keeps the word that mutated it ("ym Mangor"), which resolve()
                        # reads the same way; alone, "Mangor" would be a near spelling of Magor
                        taken = words[-size - 1 :]
                        rest = words[: -size - 1]
                        break
            if resolution is not None and resolution.found:
                found.append(PlaceInWords(resolution, " ".join(taken), " ".join(rest)))
        if found:
            return found[0]
    return _said_amid(gazetteer, words)


#: the writer saying where they live ("i live in", "we're in", "dw i'n byw yn"), not someone
#: else ("my gran lives in", "mae hi'n byw yn")
_WRITER = frozenset(
    {"i", "we", "im", "i'm", "i’m", "were", "we're", "we’re", "dw", "dwi", "rydw", "rwy",
     "rydyn", "dyn", "ni", "wi", "fi", "ŷn", "yn"}
)  # fmt: skip


def _is_writer(word: str) -> bool:
    """(w64cy, welsh26 F11) ``word`` says the writer, "'n" (is) joined to it or not: "dwi'n",
    "wi'n", "fi'n" (I'm), as "dwi" and "i" do."""
    word = word.lower()
    return word in _WRITER or word.removesuffix("'n").removesuffix("’n") in _WRITER


def _said_amid(
    gazetteer: Gazetteer, words: list[str], first_person: bool = False
) -> PlaceInWords | None:
    """(check45) A place said as where someone lives amid the words (``said_where``), the place
    box empty: "i live in Tenby and i want to talk to someone now" searched "live" and "tenby"
    as words and showed Stop It Now second. Exact names of up to three words after the place
    word, the longest first (a Welsh name after "yn"/"yng"/"ym" as it was before it mutated)."""
    for start in range(len(words) - 2):
        said = place_said(" ".join(words[start:])).split()
        if not said or (first_person and not _is_writer(words[start]) and start):
            continue
        at = len(words) - len(said)  # the place word ("in", "yn")
        before = words[at].lower()
        for size in range(min(3, len(words) - at - 1), 0, -1):
            taken = [w.strip(_PUNCTUATION) for w in words[at + 1 : at + 1 + size]]
            key = normalise(" ".join(taken))
            found = gazetteer._exact(key) if key else None
            if found is None and size > 1:  # "i live in stratford warks and ..."
                qualified = gazetteer._without_qualifier(key)
                found = qualified if qualified is not None and not qualified.corrected else None
            unknown = found is None or not (found.found or found.candidates)
            if unknown and before in ("yn", "yng", "ym", "o"):  # (welsh20 F13) "o Fangor"
                found = next(
                    (
                        r
                        for o in _unmutated(key, before)
                        if (r := gazetteer._exact(o)) and (r.found or r.candidates)
                    ),
                    None,
                )
            # (fifteenth Welsh review F8) a name several places share asks which ("yn Nhywyn"),
            # but only once no place ends the words ("... i live in stratford warks")
            if found is not None and (found.found or (found.candidates and not first_person)):
                named = [before, *taken] if before in ("yn", "yng", "ym", "o") else taken
                rest = words[:start] + words[at + 1 + size :]
                return PlaceInWords(found, " ".join(named), " ".join(rest), lives_there=True)
    return None


_PUNCTUATION = ".,;:!?()\"'“”‘’"


def where_in_words(gazetteer: Gazetteer, text: str) -> tuple[str, str, bool] | None:
    """The words without the place they say, the place as typed, and whether it is certain:
    said as where someone lives (``_said_amid``), or (fifteenth Welsh review P8) words for
    where the person is ("counselling near me", "grŵp cymorth ger fi"), which the page answers
    by saying it cannot see where they are; None when the words say no place."""
    found = place_in_words(gazetteer, text)
    if found is not None:
        return found.rest, found.place_words, found.lives_there
    near = near_said_at_end(" ".join(str(text).split()[:30]))
    return (near[1], near[0], True) if near is not None else None
