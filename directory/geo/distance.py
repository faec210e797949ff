"""Distances shown to people: geopy's great-circle distance.

It is within about 0.5% of the ellipsoidal geodesic at these distances (Leeds to Bradford:
8.36 against 8.38 miles). ``miles`` is geopy's ``great_circle`` to the float, written out;
``miles_to_many`` is its formula and Earth radius over an array of points at once (geopy
measures one pair a call): it picks and orders a build's venues in a radius
(docs/adr/0002-real-scale.md).
"""

from __future__ import annotations

import math

import numpy as np
from geopy.distance import EARTH_RADIUS
from geopy.units import miles as km_to_miles


def miles(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in miles between two (latitude, longitude) points: geopy's
    ``great_circle``, its formula, radius and operations in the same order (the same float;
    tests/test_distance_same.py), without building its Point and Distance objects (ten times
    as slow with them: docs/performance.md)."""
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


#: miles along a meridian for each degree of latitude, on geopy's Earth radius: two points are
#: never nearer than the difference of their latitudes
MILES_PER_DEGREE = float(km_to_miles(kilometers=EARTH_RADIUS * math.pi / 180))


def miles_to_many(
    origin: tuple[float, float], points: np.ndarray, within: float = math.inf
) -> np.ndarray:
    """Great-circle miles from ``origin`` to each row (latitude, longitude) of ``points``;
    geopy's formula and radius, vectorised. With ``within``, the rows whose latitude alone puts
    them further away than that many miles are not measured (infinity): a search within 25
    miles measures about a fifth of England's and Wales's venues (0.3 ms at 10,000 listings
    for all of them). The rows measured get the same float as without ``within``."""
    if within == math.inf:
        return _miles_to_many(origin, points)
    # a thousandth wider than the exact band, so that rounding never leaves a row out
    band = np.abs(points[:, 0] - origin[0]) <= within / MILES_PER_DEGREE * 1.001
    found = np.full(len(points), np.inf)
    found[band] = _miles_to_many(origin, points[band])
    return found


def _miles_to_many(origin: tuple[float, float], points: np.ndarray) -> np.ndarray:
    lat1, lng1 = np.radians(origin[0]), np.radians(origin[1])
    lat2, lng2 = np.radians(points[:, 0]), np.radians(points[:, 1])
    sin_lat1, cos_lat1 = np.sin(lat1), np.cos(lat1)
    sin_lat2, cos_lat2 = np.sin(lat2), np.cos(lat2)
    delta = lng2 - lng1
    cos_delta, sin_delta = np.cos(delta), np.sin(delta)
    across = np.hypot(cos_lat2 * sin_delta, cos_lat1 * sin_lat2 - sin_lat1 * cos_lat2 * cos_delta)
    d = np.arctan2(across, sin_lat1 * sin_lat2 + cos_lat1 * cos_lat2 * cos_delta)
    return km_to_miles(kilometers=EARTH_RADIUS * d)
