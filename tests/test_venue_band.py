"""(issue 24) A search measures only the venues whose latitude can put them within its radius:
the venues it finds, and their miles, are those of measuring every venue."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest

from directory.geo import miles_to_many
from directory.geo.distance import MILES_PER_DEGREE


def _venues(count: int, seed: int) -> np.ndarray:
    rnd = random.Random(seed)
    return np.array(
        [(rnd.uniform(49.9, 55.8), rnd.uniform(-5.8, 1.8)) for _ in range(count)], dtype=float
    )


@pytest.mark.parametrize("radius", [0.0, 1.0, 5.0, 10.0, 25.0, 50.0, 100.0])
def test_the_venues_within_a_radius_and_their_miles_are_those_of_measuring_all(radius):
    rnd = random.Random(int(radius))
    venues = _venues(5_000, 24)
    for _ in range(40):
        origin = (rnd.uniform(49.9, 55.8), rnd.uniform(-5.8, 1.8))
        every = miles_to_many(origin, venues)
        banded = miles_to_many(origin, venues, radius)
        inside = every <= radius
        assert np.array_equal(banded <= radius, inside)
        assert np.array_equal(banded[inside], every[inside])
        measured = np.isfinite(banded)
        assert np.array_equal(banded[measured], every[measured])


def test_a_venue_on_the_same_meridian_at_the_edge_of_the_radius_is_found():
    origin = (53.0, -1.5)
    for radius in (5.0, 25.0, 100.0):
        edge = np.array([(origin[0] + radius / MILES_PER_DEGREE, origin[1])])
        every = miles_to_many(origin, edge)
        assert math.isclose(every[0], radius, rel_tol=1e-9)
        assert miles_to_many(origin, edge, every[0])[0] == every[0]


def test_a_venue_at_the_place_itself_is_found_with_no_radius():
    origin = (51.48, -3.18)
    venues = np.array([origin, (51.49, -3.18)])
    banded = miles_to_many(origin, venues, 0.0)
    assert banded[0] == 0.0
    assert banded[1] == math.inf  # further north: not measured
