"""Geography: the offline gazetteer and distances. Imports nothing else of ours.

``places`` (what an answer is), ``tables`` (loading the bundled files), ``gazetteer``
(resolving what people type), ``namesakes`` (a name with the area typed after it), ``distance``
(the one distance function), ``police`` (police force areas)."""

from .distance import miles, miles_to_many
from .gazetteer import Gazetteer, load_gazetteer
from .in_words import place_in_words, where_in_words
from .places import (
    OUTSIDE,
    UNUSABLE,
    LocationStatus,
    Place,
    Resolution,
    normalise,
    without_full_postcode,
)
from .police import PoliceForceAreas, load_police_force_areas

__all__ = [
    "Gazetteer",
    "LocationStatus",
    "OUTSIDE",
    "UNUSABLE",
    "Place",
    "PoliceForceAreas",
    "Resolution",
    "load_gazetteer",
    "load_police_force_areas",
    "miles",
    "miles_to_many",
    "normalise",
    "place_in_words",
    "where_in_words",
    "without_full_postcode",
]
