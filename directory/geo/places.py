"""What the gazetteer answers with: a ``Place``, a ``Resolution`` and its ``LocationStatus``,
and the name and postcode forms both the loading and the resolving read. Nothing of ours is
imported.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

COVERED = ("England", "Wales")

FULL_POSTCODE = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9])([A-Z]{2})$")
OUTWARD = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?$")
SECTOR = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?) ([0-9])$")
# starts like a UK postcode: one or two letters then a digit, short, letters/digits/spaces only
POSTCODE_LIKE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9 ]{0,6}$")
# shapes of postcodes from elsewhere: numeric (US, France, Germany...) or an Irish Eircode
OVERSEAS = re.compile(r"^(\d{4,6}(-\d{4})?|[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y0-9]{4})$")


#: (w43place) a full postcode among other words ("my postcode is cf10 1aa")
_FULL_IN_TEXT = re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})\b", re.IGNORECASE)
#: words before a postcode that say it is one ("postcode", Welsh "cod post")
_POSTCODE_CUES = frozenset({"postcode", "post", "code", "postcode:", "post:", "code:", "is", "yw"})
#: a word before a road's name ("the M25", "yr A470"): not a postcode district
_ROAD_CUES = frozenset({"the", "y", "yr"})


def without_full_postcode(text: str) -> str:
    """A full postcode cut to its district ("ls8 2ab" -> "LS8"), also among other words ("my
    postcode is LS8"); anything else unchanged.

    Full postcodes resolve through their district anyway, so the results are the same, and
    what is shown, kept in a link or put in a heading never narrows down to a street."""
    full = FULL_POSTCODE.match(" ".join(str(text).split()).upper())
    if full:
        return full.group(1)
    return _FULL_IN_TEXT.sub(lambda m: m.group(1).upper(), str(text))


def postcode_in(text: str) -> str:
    """(w43place) The one postcode or postcode district in a text of several words ("my
    postcode is CF10 1AA", "fy nghod post yw SA1", "I live in LS6"), upper case; "" when the
    text holds none or more than one. A district of two characters ("M6", "B4") is taken only
    after a word that says it is a postcode, and none after "the" ("near the M25": a road)."""
    words = [w.strip(".,;:!?()\"'“”‘’") for w in str(text).split()]
    if len(words) < 2:
        return ""
    found: list[str] = []
    n = 0
    while n < len(words):
        upper, before = words[n].upper(), words[n - 1].lower() if n else ""
        after = words[n + 1].upper() if n + 1 < len(words) else ""
        if OUTWARD.match(upper) and re.fullmatch(r"[0-9][A-Z]{2}", after):
            found.append(f"{upper} {after}")
            n += 2
            continue
        full = FULL_POSTCODE.match(upper) if len(upper) >= 5 else None
        if full:
            found.append(f"{full.group(1)} {full.group(2)}{full.group(3)}")
        elif OUTWARD.match(upper) and before not in _ROAD_CUES and _district_alone(upper, before):
            found.append(upper)
        n += 1
    return found[0] if len(set(found)) == 1 else ""


def _district_alone(upper: str, before: str) -> bool:
    """Whether a word shaped like a district, among other words, is taken for one."""
    return len(upper) > 2 or before in _POSTCODE_CUES


@dataclass(frozen=True)
class Place:
    """A resolved point, with the council, county, region and country it lies in (where known)."""

    name: str
    kind: str  # "postcode" | "postcode district" | "place" | "council"
    latitude: float
    longitude: float
    country: str
    local_authority_code: str = ""
    local_authority: str = ""
    county_code: str = ""
    county: str = ""
    region: str = ""
    population: int = 0
    #: for a wider area (a shire county, a police force area): the councils within it, so a
    #: service covering any of them serves somewhere in the area
    parts: tuple[str, ...] = ()
    #: a town in Wales found by another of its names in the gazetteer (GeoNames' alternate
    #: names): that name as the gazetteer spells it ("Caergybi" for Holyhead, "Y Bala" for
    #: Bala), so that a Welsh page names the town as the person wrote it
    other_name: str = ""
    #: (w43place) a postcode district across a council boundary ("WC2"): the names of its
    #: councils after ``local_authority``, named with it wherever the page says where it is
    also_in: tuple[str, ...] = ()

    @property
    def covered(self) -> bool:
        return self.country in COVERED

    @property
    def label(self) -> str:
        """A name that tells namesakes apart: "Newport, Isle of Wight"."""
        if self.kind != "place":
            return self.name
        own = normalise(self.name)
        # Wales's preserved counties ("Gwent") are not how people tell towns apart
        county = self.county if self.country == "England" else ""
        for where in (self.local_authority, county, self.country):
            if where and not _names_it(where, own):
                return f"{self.name}, {where}"
        return self.name

    @property
    def asked_label(self) -> str:
        """(eighteenth walk-through F2) ``label`` with the other name the person typed, for a
        link that asks which place they meant ("Llansawel, Neath Port Talbot" for Briton
        Ferry): the place chosen is then named as they wrote it."""
        label = self.label
        if self.other_name and label.startswith(f"{self.name}, "):
            return f"{self.other_name}{label[len(self.name) :]}"
        return label

    @property
    def area_names(self) -> tuple[str, ...]:
        """The place, then the council and the county it lies in, each once ("Sleaford",
        "North Kesteven", "Lincolnshire"; "Caernarfon", "Gwynedd"; "Bradford", "West
        Yorkshire"): what a results heading says it searched near. Wales's preserved counties
        ("South Glamorgan") are not how people say where they live: a Welsh place with nothing
        else to name says "Wales" ("Cardiff", "Wales")."""
        names = [self.name]
        county = self.county if self.country == "England" else ""
        for where in (self.local_authority, *self.also_in, county):
            # a council named after the place among others ("Bournemouth, Christchurch and
            # Poole" for Bournemouth or Poole) would say the place twice
            if where and not any(_names_it(where, normalise(n)) for n in names):
                names.append(where)
        if len(names) == 1 and self.kind == "place" and self.country not in ("", "England"):
            names.append(self.country)
        return tuple(names)


class LocationStatus(StrEnum):
    """What became of what a person typed as "where" (see the module's docstring)."""

    FOUND = "found"
    AMBIGUOUS = "ambiguous"
    NOT_COVERED = "not_covered"
    OVERSEAS = "overseas"
    BAD_POSTCODE = "bad_postcode"
    UNKNOWN = "unknown"


#: a real place, or a postcode shape, outside England and Wales
OUTSIDE = frozenset({LocationStatus.NOT_COVERED, LocationStatus.OVERSEAS})
#: no usable place: the person must say again where
UNUSABLE = frozenset(
    {LocationStatus.BAD_POSTCODE, LocationStatus.UNKNOWN, LocationStatus.AMBIGUOUS}
)


@dataclass(frozen=True)
class Resolution:
    status: LocationStatus
    place: Place | None = None
    candidates: tuple[Place, ...] = ()
    suggestions: tuple[str, ...] = ()
    corrected: bool = False
    #: (twenty-fifth walk-through F5, w31cy) the town or area typed after a name we do not
    #: know ("cwmaman, aberdare"): offered (``suggestions``) as where to search near instead
    typed_with: Place | None = None
    #: (w44cy, fourteenth Welsh review F7) ``typed_with`` was found at the end of words typed
    #: with no comma ("bannau brycheiniog"): one name, maybe, not two places
    no_comma: bool = False
    #: the town or area typed after a name none of whose places is in or near it ("thornbury
    #: devon"): the page says so, offering those places (``suggestions``) and this one
    not_in: Place | None = None
    #: (w42place) one of those places lies near ``not_in``, over its border ("oakley,
    #: hampshire": Oakley in Dorset): the page says only that none is in it
    near_by: bool = False
    #: (twenty-sixth walk-through F2, w32place) the one place spelt close to a name we do not
    #: know, by a change that makes another name ("wroxham": Wrexham): asked about, not taken
    meant: Place | None = None
    #: (twenty-seventh walk-through, w33child) the words after a comma named nothing we know
    #: ("Thornbury, Narnia"): not used, and the page says so
    unrecognised: bool = False
    #: (w43place) what was typed is no place: "near" ("near me", "ger fi": where the person
    #: is, which this site cannot see) or "wide" ("UK", "anywhere": too wide to look near)
    not_a_place: str = ""
    #: (w43place) a Crown Dependency named ("Jersey", "Sark"): not in the UK
    crown_dependency: bool = False

    @property
    def found(self) -> bool:
        return self.status == LocationStatus.FOUND

    @property
    def in_crown_dependency(self) -> bool:
        """(w43place) Jersey, Guernsey or the Isle of Man, by name or postcode ("GY1", "IM2")."""
        return self.crown_dependency or (
            self.place is not None and self.place.country in ("Jersey", "Guernsey", "Isle of Man")
        )


def _names_it(where: str, own: str) -> bool:
    """Whether the area name ``where`` is the place named ``own`` (normalised), or names it
    among others as whole words ("Bournemouth, Christchurch and Poole" names "poole")."""
    area = normalise(where)
    return area == own or bool(own) and f" {own} " in f" {area} "


def normalise(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name: "St. Helens" -> "st helens"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("&", " and ")
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())
