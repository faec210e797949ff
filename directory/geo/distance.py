"""Distances shown to people: geopy's great-circle distance.

It is within about 0.5% of the ellipsoidal geodesic at these distances (Leeds to Bradford:
8.36 against 8.38 miles). ``miles`` is geopy's ``great_circle``; ``miles_to_many`` is its
formula and Earth radius over an array of points at once (geopy measures one pair a call): it
picks and orders a build's venues in a radius (docs/adr/0002-real-scale.md).
"""

from __future__ import annotations

import numpy as np
from geopy.distance import EARTH_RADIUS, great_circle
from geopy.units import miles as km_to_miles


def miles(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in miles between two (latitude, longitude) points (geopy's)."""
    return float(great_circle(a, b).miles)


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
