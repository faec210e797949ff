"""A Welsh town asked for by its Welsh name is named back with its accents and hyphens (fifth
walk-through, Welsh polish: "Aberdar", "Pont-y-pwl" in the heading). The gazetteer lists the
plain spelling first; the fullest spelling of the same letters is the one shown."""

from __future__ import annotations

import re

import pytest

from directory.config import PROJECT_ROOT
from directory.geo.tables import read_tables


@pytest.fixture(scope="module")
def tables():
    return read_tables(PROJECT_ROOT / "bundled_data" / "gazetteer")


@pytest.mark.parametrize(
    ("asked", "shown"),
    [("aberdar", "Aberdâr"), ("pont y pwl", "Pont-y-pŵl"), ("castell nedd", "Castell-nedd")],
)
def test_the_fullest_spelling_is_kept(tables, asked, shown):
    assert tables.alt_spellings[asked] == shown


@pytest.mark.parametrize(
    ("typed", "heading"),
    [("Aberdar", "Aberdâr"), ("pont-y-pwl", "Pont-y-pŵl"), ("Pont-y-pŵl", "Pont-y-pŵl")],
)
def test_the_welsh_results_heading_names_it_in_full(bundled_client, typed, heading):
    html = bundled_client.get(f"/cy/search?q=cymorth&location={typed}").get_data(as_text=True)
    shown = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1)
    assert heading in shown, shown
