"""Distances shown to people, computed with geopy.

geopy's great-circle distance: within about 0.5% of the ellipsoidal geodesic at these
distances (Leeds to Bradford: 8.36 against 8.38 miles), and about ten times faster, which
matters when hundreds of venues are in range.
"""

from __future__ import annotations

from geopy.distance import great_circle


def miles(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in miles between two (latitude, longitude) points."""
    return float(great_circle(a, b).miles)
