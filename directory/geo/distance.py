"""Distances shown to people, computed with geopy on the WGS84 ellipsoid."""

from __future__ import annotations

from geopy.distance import geodesic


def miles(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Geodesic distance in miles between two (latitude, longitude) points."""
    return float(geodesic(a, b).miles)
