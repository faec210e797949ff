"""Geography: the offline gazetteer and distances. Imports nothing else of ours."""

from .distance import miles, miles_to_many
from .gazetteer import (
    COVERED,
    Gazetteer,
    Place,
    Resolution,
    load_gazetteer,
    normalise,
    without_full_postcode,
)

__all__ = [
    "COVERED",
    "Gazetteer",
    "Place",
    "Resolution",
    "load_gazetteer",
    "miles",
    "miles_to_many",
    "normalise",
    "without_full_postcode",
]
