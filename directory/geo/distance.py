"""Distances shown to people: geopy's great-circle distance.

It is within about 0.5% of the ellipsoidal geodesic at these
distances (Leeds to Bradford: 8.36 against 8.38 miles), and about ten times faster, which
matters when hundreds of venues are in range. ``miles`` is geopy's ``great_circle`` formula
and Earth radius written with ``math`` (the same operations, so the same floats, without
building geopy's Point and Distance objects: a third of a millisecond of every results page
with a place); ``miles_to_many`` is the same over an array of points at once: it picks and
orders the venues in a radius.
"""

from __future__ import annotations

import math

import numpy as np
from geopy.distance import EARTH_RADIUS
from geopy.units import miles as km_to_miles


def miles(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in miles between two (latitude, longitude) points."""
    lat1, lng1 = math.radians(a[0]), math.radians(a[1])
    lat2, lng2 = math.radians(b[0]), math.radians(b[1])
    sin_lat1, cos_lat1 = math.sin(lat1), math.cos(lat1)
    sin_lat2, cos_lat2 = math.sin(lat2), math.cos(lat2)
    delta = lng2 - lng1
    cos_delta, sin_delta = math.cos(delta), math.sin(delta)
    d = math.atan2(
        math.sqrt(
            (cos_lat2 * sin_delta) ** 2
            + (cos_lat1 * sin_lat2 - sin_lat1 * cos_lat2 * cos_delta) ** 2
        ),
        sin_lat1 * sin_lat2 + cos_lat1 * cos_lat2 * cos_delta,
    )
    return float(km_to_miles(kilometers=EARTH_RADIUS * d))


def miles_to_many(origin: tuple[float, float], points: np.ndarray) -> np.ndarray:
    """Great-circle miles from ``origin`` to each row (latitude, longitude) of ``points``;
    geopy's formula and radius, vectorised."""
    lat1, lng1 = np.radians(origin[0]), np.radians(origin[1])
    lat2, lng2 = np.radians(points[:, 0]), np.radians(points[:, 1])
    sin_lat1, cos_lat1 = np.sin(lat1), np.cos(lat1)
    sin_lat2, cos_lat2 = np.sin(lat2), np.cos(lat2)
    delta = lng2 - lng1
    cos_delta, sin_delta = np.cos(delta), np.sin(delta)
    across = np.hypot(cos_lat2 * sin_delta, cos_lat1 * sin_lat2 - sin_lat1 * cos_lat2 * cos_delta)
    d = np.arctan2(across, sin_lat1 * sin_lat2 + cos_lat1 * cos_lat2 * cos_delta)
    return km_to_miles(kilometers=EARTH_RADIUS * d)
