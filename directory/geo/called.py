"""The places a known name stands for, biggest first: the places called it, those also known by
it ("Newcastle" for Newcastle upon Tyne, "Stoke" for Stoke-on-Trent), and (sixth walk-through
F2) sizeable towns whose names join it to another ("Newcastle-under-Lyme" for "newcastle"). Part
of ``Gazetteer._exact``; nothing here knows of Flask or of listings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .places import Place, normalise

#: (sixth walk-through F2) a town whose name is another's and a joining word ("Newcastle-under-
#: Lyme" for "Newcastle") shares that name when it has at least this many people
SIZEABLE_NAMESAKE = 20_000
JOINED_SHARE = 0.25


def places_called(
    key: str,
    named: Sequence[Place],
    alt_places: Mapping[str, Sequence[Place]],
    joined: Mapping[str, Sequence[Place]],
) -> list[Place]:
    """The places ``named`` ``key``, those also known by it (``alt_places``), and sizeable covered
    towns whose longer names join it (``joined``), biggest first."""
    places = list(named) + [p for p in alt_places.get(key, ()) if p not in named]
    places.sort(key=lambda p: -p.population)
    biggest = places[0].population if places else 0
    places += [
        p  # (sixth walk-through F2) "newcastle": Newcastle-under-Lyme too
        for p in joined.get(key, ())
        if p.covered
        and p.population >= SIZEABLE_NAMESAKE
        and p not in places
        and p.population >= biggest * JOINED_SHARE
        # a town known by the last part of its name ("Hull") is not the first part's
        # ("kingston" stays Kingston upon Thames)
        and p not in alt_places.get(normalise(p.name).split()[-1], ())
    ]
    places.sort(key=lambda p: -p.population)
    return places
