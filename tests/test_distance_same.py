"""(issue 24) The distance a card shows is geopy's great-circle distance to the float, worked
out without geopy's objects: across England and Wales, and at the edges of a rounding."""

from __future__ import annotations

import random

from geopy.distance import great_circle

from directory.geo import miles


def test_the_same_miles_as_geopy_everywhere_in_england_and_wales():
    rnd = random.Random(24)
    for _ in range(20_000):
        a = (rnd.uniform(49.9, 55.8), rnd.uniform(-5.8, 1.8))
        b = (rnd.uniform(49.9, 55.8), rnd.uniform(-5.8, 1.8))
        assert miles(a, b) == great_circle(a, b).miles, (a, b)


def test_the_same_place_is_no_distance_and_near_places_match_too():
    leeds = (53.79648, -1.54785)
    assert miles(leeds, leeds) == 0.0
    for step in range(1, 200):
        other = (leeds[0] + step * 0.0007, leeds[1] - step * 0.0011)
        assert miles(leeds, other) == great_circle(leeds, other).miles
