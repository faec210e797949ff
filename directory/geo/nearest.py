"""Where a town lies by postcode: the postcode district a point most likely is in, and so a
town's council, county and region. Part of ``Gazetteer`` (``gazetteer.py``); nothing here
knows of Flask or of listings."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

import numpy as np

from .distance import miles_to_many
from .places import Place, normalise
from .tables import District
from .ward_places import Wards


class NearestDistricts:
    """The nearest-district half of ``Gazetteer``: read-only once it is built (its two
    memos only fill in answers that never change)."""

    districts: dict[str, District]
    _points: dict[str, tuple[list[District], np.ndarray]] | None
    _located: dict[Place, Place]
    _wards: Wards

    if TYPE_CHECKING:  # in ``Namesakes``

        def _in_council(self, place: Place, fallback: str) -> Place: ...

        def _placed_in(self, place: Place, code: str) -> Place: ...

    def _districts_in(self, country: str) -> tuple[list[District], np.ndarray]:
        """A country's postcode districts and their points, for nearest-district look-ups."""
        if self._points is None:
            grouped: dict[str, list[District]] = defaultdict(list)
            for district in self.districts.values():
                grouped[district.country].append(district)
            self._points = {
                name: (group, np.array([(d.latitude, d.longitude) for d in group]))
                for name, group in grouped.items()
            }
        return self._points.get(country, ([], np.empty((0, 2))))

    def _nearest_district(
        self, lat: float, lon: float, country: str, town: str = ""
    ) -> District | None:
        """The postcode district a point is most likely in. The nearest centroid, unless a
        district named after the town is close by, or one nearly as near is far bigger (Bangor
        lies nearer the centroid of Menai Bridge's LL59, across the strait in Anglesey, than
        of its own LL57)."""
        districts, points = self._districts_in(country)
        if not districts:
            return None
        away = miles_to_many((lat, lon), points)
        order = np.argsort(away)[:6]
        nearest = districts[int(order[0])]
        if town:
            for n in order:
                if districts[int(n)].town == town and away[n] <= 6:
                    return districts[int(n)]
        for n in order[1:]:
            other = districts[int(n)]
            if away[n] <= 1.2 * away[order[0]] and other.units >= 4 * nearest.units:
                return other
        return nearest

    def _locate(self, place: Place) -> Place:
        """Fill in a town's council, county and region from its nearest postcode district
        (found once per town and process: the answer never changes)."""
        if place.local_authority_code or not place.covered:
            return place
        located = self._located.get(place)
        if located is None:
            located = self._located[place] = self._with_council(place)
        return located

    def _with_council(self, place: Place) -> Place:
        if place in self._wards.councils:  # (w59places) a ward lies in its own council
            return self._placed_in(place, self._wards.councils[place])
        district = self._nearest_district(
            place.latitude, place.longitude, place.country, normalise(place.name)
        )
        return self._in_council(place, district.la_code if district else "")
