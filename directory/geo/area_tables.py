"""Tables of the names a town may be typed with, built once with ``Gazetteer``: the first part
of a joined name ("newcastle" of Newcastle-under-Lyme), the areas a town lies in ("dorset",
"gwent") and the other names of councils after a town ("sir benfro", "rct"). Moved out of
``namesakes.py`` (w37cy); and (w41place) the names a misspelling may be corrected to. Nothing
here knows of Flask or of listings.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Container, Iterable

from .kinds import only_a_kind
from .names import _JOINING
from .places import Place, normalise
from .tables import Tables, _council_aliases


def correctable_names(*names: Iterable[str], last: Container[str] = ()) -> list[str]:
    """(w41place) The known names a misspelt name may be corrected to or offered, sorted:
    every one but a word saying what kind of place it is ("town" for "towin"); (w59places)
    those in ``last`` (wards' names) after the others, so that a misspelling as close to a
    town as to a ward offers the town first ("mostin": Mostyn, Flintshire, then Moston)."""
    found = {n for known in names for n in known if not only_a_kind(n)}
    return [*sorted(n for n in found if n not in last), *sorted(n for n in found if n in last)]


def short_names(alt_places: dict[str, list[Place]], people: int) -> list[str]:
    """(w43place) Other names of towns of at least ``people`` that are the first or last word
    of their own name ("hull" for Kingston upon Hull, "bognor", "hemel"): everyday names that a
    misspelling may be corrected to or offered ("hul": Hull, not only Hulme). GeoNames' other
    names in other languages ("londres") are not among them."""
    return sorted(
        key
        for key, places in alt_places.items()
        if any(
            p.covered
            and p.population >= people
            and len(normalise(p.name).split()) > 1
            and key in (normalise(p.name).split()[0], normalise(p.name).split()[-1])
            for p in places
        )
    )


def joined_names(places: dict[str, list[Place]]) -> dict[str, list[Place]]:
    """The first part of a name before a joining word ("newcastle" of Newcastle-under-Lyme)
    -> the places so named."""
    joined: dict[str, list[Place]] = defaultdict(list)
    for key, named in places.items():
        words = key.split()
        for at, word in enumerate(words[1:-1], start=1):
            if word in _JOINING:
                joined[" ".join(words[:at])].extend(named)
                break
    return joined


def area_names(tables: Tables) -> list[str]:
    """The names of areas a town lies in, that may follow it ("dorset", "gwent")."""
    return sorted(
        {normalise(c.ceremonial) for c in tables.councils.values() if c.ceremonial}
        | {normalise(c.name) for c in tables.councils.values()}
        | set(tables.wider)
    )


def area_aliases(tables: Tables, names: list[str]) -> dict[str, str]:
    """Other names of a council after a town ("sir benfro", "rct", "banes") -> its name."""
    councils = tables.councils
    aliases = {
        alias: normalise(c.name)
        for c in councils.values()
        if c.name_cy and c.sheet != "CTY"
        for alias in _council_aliases(c.name_cy)
        if alias not in names
    }
    for row in tables._rows("everyday_names.csv"):
        if row["code"] in councils:
            for alias in _council_aliases(row["name"]):
                if alias not in tables.wider:  # "teesside": an area of several councils
                    aliases.setdefault(alias, normalise(councils[row["code"]].name))
    return aliases
