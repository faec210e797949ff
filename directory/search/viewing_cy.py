"""Pictures of children looked at, said in Welsh: by the asker (``CY_VIEWING``, read by
``asker_acts``: Stop It Now, the line for people worried about their own behaviour) or by a
partner or relative (``cy_kin_viewing``, read with ``asker_own.kin_viewing``: Stop It Now and
the lines for family and friends).

(w59cylife, twenty-fourth Welsh review F10) the everyday ways too: "sbio ar" (North: look at),
"watsio", "llunie" (South: pictures), "lluniau plant" with no "o" (pictures of children), "dwi
'di bod yn…" (I've been…), a husband caught or arrested ("mae fy ngŵr wedi cael ei ddal yn
edrych ar ddelweddau anweddus", "mae'r heddlu wedi arestio fy ngŵr am luniau o blant"). Before,
these brought victims' and children's lines (Meic, Byw Heb Ofn, Childline), where "ive been
looking at pictures of kids on the internet" and "police have arrested my husband for images of
children" brought Stop It Now.

Not one's own children's pictures ("lluniau'r plant", "lluniau o'r plant ar wyliau": "the
children's"), nor pictures of the asker or sent to them (``ohona i``, ``ata i``).

Patterns over ``clean_text`` (lower case, accents folded, apostrophes dropped: "'di" is "di",
"ngŵr" is "ngwr", "luniau'r" is "luniaur").
"""

from __future__ import annotations

import re

#: looking at, watching, downloading, keeping, the North's "sbio ar" and the loan "watsio"
_LOOK = (
    r"(?:edrych ar|sbio ar|sbian ar|watsio|watshio|gwylio|wylio|lawrlwytho|chwilio am|rhannu|cadw"
    r"|gweld|weld|casglu)"
)
#: pictures, videos, things: with the South's "llunie" and "pethe"
_PICS = (
    r"(?:ddelweddau|delweddau|luniau|lluniau|llunie|lunie|fideos|fideo|ffotograffau|pethau|pethe"
    r"|petha|bethau|bethe|stwff|porn)"
)
_CHILDREN = r"(?:blant|plant|phlant|blentyn|plentyn)"
#: things, sites: "pethau", the South's "pethe", the North's "petha", "stwff"
_THINGS = r"(?:pethau|pethe|petha|bethau|bethe|betha|stwff|gwefannau|safleoedd|fideos)"
#: pictures by name, which may be said with no "o" before the children ("lluniau plant"), not
#: "pethau plant" (children's things: toys, programmes)
_IMAGES = (
    r"(?:ddelweddau|delweddau|luniau|lluniau|llunie|lunie|llunia|lunia|fideos|fideo|fidios|fidio"
    r"|ffotograffau)"
)
#: not the children of a class, a nursery or a holiday ("lluniau plant y feithrinfa")
_NOT_THEIRS = r"(?! (?:y|yr|fy|ein|ni|ar wyliau|ar eu gwyliau|yn yr ysgol|ysgol|meithrin)\b)"
#: (as before: moved from ``asker_acts``) pictures of children looked at: "edrych ar luniau o
#: blant", and now "sbio ar luniau plant" (no "o")
CY_PICTURES = (
    rf"{_LOOK}(?: \w+)? (?:(?:{_PICS}(?: \w+){{0,2}}? (?:o|gan|efo|gyda|am)"
    rf"|{_IMAGES}) {_CHILDREN}\b{_NOT_THEIRS}"
    # (w63cy, welsh25 F9) the legal phrase alone, as "indecent images" is in English ("edrych
    # ar luniau anweddus"); illegal things said with where ("pethau anghyfreithlon ar-lein",
    # as "illegal things online")
    rf"|{_IMAGES} (?:anweddus|anghyfreithlon)\b|{_THINGS} (?:anghyfreithlon|anweddus)"
    r"(?= (?:\w+ ){0,3}?(?:ar lein|ar y we|ar y rhyngrwyd|ar y net|ar fy ffon|ar fy ngliniadur"
    r"|ar fy nghyfrifiadur|ar y ffon)\b))"
    # (w36teen noticed) not seen on someone else's device: "ar ffon fy ewythr", "ar ffôn dad"
    r"(?! ar (?:ffon|ffôn|liniadur|gliniadur|gyfrifiadur|dabled|ipad) (?!fi\b)(?:fy |ei |eu )?\w)"
)
#: the asker looking, or wanting to stop: "dwi'n edrych ar…", "dwi 'di bod yn sbio ar…"
CY_VIEWING = re.compile(
    r"\b(?:stopio|stopion|peidio|rhoi r gorau i|rhoi gorau i|rhoi r gorau|methu stopio|"
    r"methu peidio|gaeth i|caeth i|help i stopio)(?: \w+)? "
    + CY_PICTURES
    + r"|\b(?:dwin|dw in|dwi yn|dw i yn|rwyn|rydw in|wnes i|nes i|dw i wedi|dwi wedi|rwyf wedi|"
    r"rydw i wedi|on in|o n in|roeddwn in|fin"
    # (w59cylife) "dwi 'di bod yn", "wi di bod yn", "fi di bod yn"
    r"|dwi di|dw i di|wi di|fi di|win|wi wedi) (?:\w+ ){0,3}?" + CY_PICTURES
)

#: a partner or relative: fy ngŵr (my husband), fy mhartner, fy nghariad, fy mrawd, mab, tad;
#: the spoken "mrawd i", "gŵr fi"
_KIN = (
    r"(?:ngwr|gwr|ngwraig|wraig|mhartner|partner|nghariad|cariad|mrawd|brawd|frawd|mab|fab|nhad"
    r"|tad|dad|llystad|lystad|ewythr|yncl|wncwl|nghefnder|cefnder|taid|tadcu|nai)"
)
#: images of children, as a relative names them: "lluniau o blant", "delweddau anweddus",
#: "pornograffi plant"
_CSAM_CY = (
    rf"{_IMAGES}(?: (?:anweddus|rhywiol|noeth|budr|amhriodol|anghyfreithlon))?"
    rf"(?: (?:o|gan|efo|gyda))? {_CHILDREN}\b{_NOT_THEIRS}"
    r"|\b(?:ddelweddau|delweddau|luniau|lluniau|llunie|lunie|fideos) (?:anweddus|anghyfreithlon)\b"
    r"|\b(?:pornograffi|bornograffi|porn) (?:o )?(?:blant|plant|phlant)\b"
)
#: caught, arrested, questioned, charged
_CAUGHT = (
    r"(?:arestio|harestio|ei arestio|ddal|dal|ei ddal|nal|holi|ei holi|cyhuddo|gyhuddo|ei gyhuddo"
    r"|rhybuddio|ddedfrydu)"
)
_KIN_LOOKED_CY = re.compile(
    # the relative, then looking or caught: "mae fy ngŵr wedi cael ei ddal yn edrych ar…"
    rf"\b{_KIN}\b(?: \w+){{0,6}}? (?:{_LOOK}|{_CAUGHT})\b(?: \w+){{0,4}}? (?:{_CSAM_CY})"
    # caught or arrested, then the relative: "mae'r heddlu wedi arestio fy ngŵr am luniau…"
    rf"|\b{_CAUGHT} (?:fy |ein )?{_KIN}\b(?: \w+){{0,3}}? (?:{_CSAM_CY})"
    # (w63cy, welsh25 F9) arrested or caught "for images", no children named, as "my partner has
    # been arrested for images" reads: "mae fy mhartner wedi cael ei arestio am ddelweddau"
    rf"|\b{_KIN}\b(?: \w+){{0,6}}? {_CAUGHT} (?:am|oherwydd|ar ol|efo|gyda) {_IMAGES}\b"
)
#: the pictures are of the asker, or were sent or shown to them
_CY_OF_OR_TO_ME = re.compile(
    r"\b(?:ohona i|ohona in|ohonof|ohona fi|ata i|ata fi|ataf|i mi|dangos i fi|fy ngorfodi)\b"
)


def cy_kin_viewing(cleaned: str) -> bool:
    """A partner or relative telling, in Welsh, of someone in the family who looked at sexual
    images of children or was caught or arrested for it, when the images are not of the asker
    nor sent to them."""
    return _KIN_LOOKED_CY.search(cleaned) is not None and not _CY_OF_OR_TO_ME.search(cleaned)
