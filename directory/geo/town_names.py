"""Names of towns the bundled files miss (fourteenth walk-through F2): ``town_names.csv``.

Two kinds of row, each with its source (see ``bundled_data/gazetteer/PROVENANCE.md``):

- a town with no row of its own in GeoNames or the postcode file ("Connah's Quay"): ``place``
  is empty and ``outcode`` names the postcode district a cited page puts it in; the town is a
  place at that district's point, never at a point of our own;
- another name of a town the gazetteer has ("Cil-y-coed" for Caldicot, "Cei Connah" for
  Connah's Quay): ``place`` is the town's name there, ``council_code`` the council it lies in,
  which tells namesakes apart. The name is read as the town's other names are (GeoNames'
  alternate names): a Welsh one shows in the heading as it was typed, and a name that another
  place also has is a choice between them, as every shared name is.

A row whose town or district is not in the tables is left out (``tests/geo/test_w19place.py``
checks that none is). Read by ``tables.py``; nothing here knows of Flask or of listings.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from .places import Place, Resolution, normalise
from .sectors import SECTORS_FILE

if TYPE_CHECKING:
    from .tables import District, Tables

TOWN_NAMES = "town_names.csv"
#: (w31cy) a row whose note says it is the town's Welsh name or spelling ("Caldicot's Welsh
#: name", "Cefn Mawr's Welsh spelling"), not an everyday short name or another way to write it
_WELSH_NAME = re.compile(
    r"^[^(]*?'s? (?:\([^)]*\) )?(?:standard(?:ised)? )?Welsh (?:name|spelling)"
)
#: (w63cy2) a row whose note says its name is read with its article only ("Y Gelli" for Hay:
#: "Gelli" alone is also a village in the Rhondda)
_ARTICLE_ONLY = re.compile(r"\bwith its article only\b")
#: (w44cy) a row whose note says it is a town's former spelling ("Tywyn's former spelling")
_FORMER_SPELLING = re.compile(r"^[^(]*?'s? (?:\([^)]*\) )?former spelling")
#: (w26place) words many Welsh place-names start with ("llan" church, "aber" river mouth,
#: "pen" head, "tre" town...): two names that share one are spelt alike only in what follows
WELSH_STARTS = (
    *("llan", "aber", "pont", "tref", "tre", "pen", "cwm", "bryn", "caer", "nant"),
    *("rhos", "glan", "blaen", "ystrad", "coed", "maes", "cefn", "porth", "castell"),
)
#: (w36cy) first letters and words no English place-name starts with: a name typed with one
#: is not spelt like a name without it ("llangeitho" is not Langho, Lancashire)
ONLY_WELSH_STARTS = ("ll", "rh", "cwm", "aber", "caer", "blaen", "ystrad", "maes", "cefn")


def add_town_names(tables: Tables) -> None:
    """Add the towns and other names of ``town_names.csv`` to ``tables`` (after its places)."""
    from .tables import _with_bare_welsh

    rows = tables._rows(TOWN_NAMES)
    for row in rows:  # the towns first: their other names may name them
        district = tables.districts.get(row["outcode"])
        if row["place"] or district is None:
            continue
        point = _point_in_council(tables, district, row["council_code"])
        if point is None:
            continue
        town = Place(row["name"], "place", *point, country=district.country)
        tables.places[normalise(row["name"])].append(town)
        tables.district_towns[town] = district.units
        for bare in _with_bare_welsh([row["name"]], town.country)[1:]:
            _add_other_name(tables, bare, town)  # (w39place) "Ffôr" for Y Ffôr
    for row in rows:
        place = named_place(tables, row["place"], row["council_code"]) if row["place"] else None
        if place is None:
            continue
        if _FORMER_SPELLING.search(row["note"]):
            tables.former_spellings.add(normalise(row["name"]))
        if _WELSH_NAME.search(row["note"]):
            tables.welsh_towns.setdefault(
                (place.name, place.latitude, place.longitude), row["name"]
            )
        kept = _ARTICLE_ONLY.search(row["note"])
        for name in [row["name"]] if kept else _with_bare_welsh([row["name"]], place.country):
            _add_other_name(tables, name, place)


def _add_other_name(tables: Tables, name: str, place: Place) -> None:
    """``name`` read as another name of ``place``, as GeoNames' alternate names are."""
    from .tables import _fullness

    key = normalise(name)
    known = tables.alt_places[key]
    if place not in known:
        known.append(place)
        known.sort(key=lambda p: -p.population)
    spelling = tables.alt_spellings.get(key)
    if spelling is None or _fullness(name) > _fullness(spelling):
        tables.alt_spellings[key] = name


def _point_in_council(tables: Tables, district: District, code: str) -> tuple[float, float] | None:
    """(w35place) Where a town of ``district`` in the council ``code`` (both from its cited
    page) is placed: the district's point when the district is mostly that council's, else the
    point of the district's postcode sectors in that council, weighted by their postcode units
    (St Dogmaels, Pembrokeshire, is in SA43, whose point is in Ceredigion: its Pembrokeshire
    sector is SA43 3); None when no sector of it is in that council."""
    if tables.current(district.la_code) == code:
        return district.latitude, district.longitude
    parts = [
        (float(row["latitude"]), float(row["longitude"]), int(row["council_units"]))
        for row in tables._rows(SECTORS_FILE)
        if row["sector"].split(" ")[0] == district.outcode
        and tables.current(row["council_code"]) == code
    ]
    units = sum(part[2] for part in parts)
    if not units:
        return None
    return (
        sum(lat * n for lat, _, n in parts) / units,
        sum(lon * n for _, lon, n in parts) / units,
    )


def named_place(tables: Tables, name: str, council_code: str) -> Place | None:
    """The place called ``name`` in the council ``council_code``: of the places so called in
    that council's country, the one whose nearest postcode district is in it, or the only one
    (a town near a council's edge may be nearer another council's district)."""
    council = tables.councils.get(council_code)
    if council is None:
        return None
    there = [p for p in tables.places.get(normalise(name), ()) if p.country == council.country]
    inside = [p for p in there if tables._council_at(p) == council_code]
    if len(inside) == 1:
        return inside[0]
    return there[0] if len(there) == 1 else None


def without_welsh_article(key: str) -> str:
    """A typed name (normalised) without the Welsh article it starts with ("y bermo" ->
    "bermo", "yr hob" -> "hob"); "" when it has none. GeoNames writes some Welsh names bare
    ("Bermo" for Barmouth, "Rhos"), and people write them with "Y" or "Yr" as they say them."""
    article, _, rest = key.partition(" ")
    return rest if article in ("y", "yr") and len(rest) > 2 else ""


def other_article(key: str) -> str:
    """(w63cy2) A typed name (normalised) with the other Welsh article ("yr gelli" -> "y
    gelli"), for a name read with its article only (``_ARTICLE_ONLY``); "" when it has none."""
    article, _, rest = key.partition(" ")
    return f"{'y' if article == 'yr' else 'yr'} {rest}" if article in ("y", "yr") and rest else ""


def with_welsh_article(
    key: str, found: Resolution | None, held: Callable[[Place, str], str | None]
) -> Resolution | None:
    """``found`` for the bare name of ``key`` when ``key`` (normalised) starts with the Welsh
    article and ``found`` is one place in Wales; None otherwise.

    (w39cy) A place found by its Welsh name is named as the gazetteer writes it, never with
    the article as typed: with the gazetteer's own article when it holds the name with one
    (``held``, ``mutations.with_article``: "yr drenewydd", "y wyddgrug" -> "Y Drenewydd", "Yr
    Wyddgrug"), else without ("y caergybi" -> "Caergybi"), as "y ystrad" was already."""
    if not without_welsh_article(key) or found is None or found.place is None:
        return None
    place = found.place
    if place.country != "Wales":
        return None
    if place.other_name:
        name = held(place, place.other_name) or place.other_name
        return replace(found, place=replace(place, other_name=name))
    return found


def starts_welsh(key: str) -> bool:
    """(w40place) Whether a name starts as many Welsh place-names do ("tref", "llan")."""
    return key.startswith(WELSH_STARTS) or key.startswith(ONLY_WELSH_STARTS)


def welsh_other_names(alt_places: dict[str, list[Place]]) -> list[str]:
    """(w40place) The other names (normalised) of places in Wales that start as Welsh
    place-names do ("trefdraeth" for Newport, Pembrokeshire), not a town's own name."""
    return sorted(
        key
        for key, places in alt_places.items()
        if starts_welsh(key) and any(p.country == "Wales" for p in places)
    )


def by_own_names(
    matches: list[tuple[str, float, int]], others: list[str], alt_places: dict[str, list[Place]]
) -> list[tuple[str, float, int]]:
    """(w40place) Close spellings without the Welsh other names (``others``) of places whose
    own names are among them too: "aberdair" is offered Aberdare by its name, as before."""
    own = {m[0] for m in matches} - set(others)
    return [
        m
        for m in matches
        if m[0] not in others or not any(normalise(p.name) in own for p in alt_places[m[0]])
    ]


def alike_after_welsh_start(key: str, name: str, cutoff: float) -> bool:
    """(w26place) Whether ``name`` is spelt like ``key`` (both normalised) in what follows the
    Welsh first word they share, if any: one slip apart, or as alike as ``cutoff`` asks.
    "llansannan" and "llanharan" (Conwy, Rhondda Cynon Taf) share only "llan", "aberdaron"
    and "aberaeron" only "aber"; "llandudnno" and "llanrwt" are slips for Llandudno and
    Llanrwst. A shared first word makes two names look close, not the same place.

    (w35place) Nor is what follows alike when its consonants differ by more than one, or by
    any for a slip of the fingers (``cutoff`` 0, ``Gazetteer._slip_of_a_town``): "llandudoch"
    (St Dogmaels' Welsh name) is not Llandudno, the other end of Wales, nor "llandudog"; the
    sound is kept in "abergavany", "aberdair" and "caerfilly" (Abergavenny, Aberdare,
    Caerphilly).

    (w36cy) Nor is a name typed with a first word or letters no English name starts with
    (``ONLY_WELSH_STARTS``) spelt like one without them: "llangeitho" is not Langho nor
    "llanbister" Lancaster."""
    if any(key.startswith(s) and not name.startswith(s) for s in ONLY_WELSH_STARTS):
        return False
    for start in WELSH_STARTS:
        if key.startswith(start) and name.startswith(start):
            rest, other = key[len(start) :], name[len(start) :]
            apart = OSA.distance(rest, other)
            if apart <= 1:
                return True
            consonants = OSA.distance(_consonants(rest), _consonants(other))
            return (
                apart <= len(rest) // 2
                and consonants <= (1 if cutoff else 0)
                and fuzz.ratio(rest, other) >= cutoff
            )
    return True


def _consonants(name: str) -> str:
    """The consonants of a name as they are said ("philly" -> "fl"; in Welsh "w" and "y" are
    vowels), a doubled one once."""
    letters = [c for c in name.replace("ph", "f") if c not in "aeiouwy -'"]
    return "".join(c for n, c in enumerate(letters) if n == 0 or letters[n - 1] != c)
