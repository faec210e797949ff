"""Geography: the offline gazetteer and distances. Imports nothing else of ours."""

from .distance import miles, miles_to_many
from .gazetteer import (
    COVERED,
    OUTSIDE,
    UNUSABLE,
    Gazetteer,
    LocationStatus,
    Place,
    Resolution,
    load_gazetteer,
    normalise,
    without_full_postcode,
)
from .police import PoliceForceAreas, load_police_force_areas

__all__ = [
    "COVERED",
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
    "without_full_postcode",
]
