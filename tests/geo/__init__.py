"""Tests of the gazetteer and places: finding a place from what people type, the councils,
counties and police force areas it lies in, and the distances to it (directory/geo/)."""
