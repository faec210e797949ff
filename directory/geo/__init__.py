"""Geography: the offline gazetteer and distances. Imports nothing else of ours."""

from .distance import miles
from .gazetteer import (
    COVERED,
    Gazetteer,
    Place,
    Resolution,
    load_gazetteer,
    miles_between,
    normalise,
)

__all__ = [
    "COVERED",
    "Gazetteer",
    "Place",
    "Resolution",
    "load_gazetteer",
    "miles",
    "miles_between",
    "normalise",
]
