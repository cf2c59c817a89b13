"""Geo functions of ODK XForms: area, distance and geofence, with ODK's values.

A geopoint is ``latitude longitude [altitude [accuracy]]`` (two to four parts split on
whitespace; a latitude beyond ±90 or a longitude beyond ±180 is no point); a geotrace or
geoshape is geopoints joined by ``;``. As in ODK (``@getodk/xpath``), the arguments are
flattened to strings, one per node: a single string is read as a whole trace, several (a
repeat's geopoint answers) as one point each. ``area()`` and ``distance()`` use a sphere of
ODK's equatorial radius, 6,378,100 m, and give metres (square metres) rounded to the
centimetre; ``area()`` closes an open shape and is 0 for anything that is no shape.
``geofence(point, shape)`` is the even-odd ray test on latitude and longitude over a closed
shape, false for anything that is no point or no closed shape.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from fieldapp.expressions.environment import Context
from fieldapp.expressions.library import CallSite, Evaluator, Function
from fieldapp.expressions.values import NAN, Value, node_strings

EARTH_RADIUS_METRES = 6378100.0
_PRECISION = 100.0
_SPACES = re.compile(r"\s+")
_NUMBER = re.compile(r"([+-]?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|Infinity))")
_POINT_SEPARATOR = re.compile(r"\s*;\s*")
_TRAILING_SEPARATORS = re.compile(r"(\s*;)+$")


@dataclass(frozen=True)
class Geopoint:
    latitude: float
    longitude: float


Line = tuple[Geopoint, Geopoint]


def _degrees(text: str, maximum: float) -> float | None:
    # JavaScript's Number(): '' is 0 and unreadable text NaN, which ODK lets through (only a
    # number beyond the maximum makes no point). No date reading, unlike number().
    found = _NUMBER.fullmatch(text)
    degrees = float(found.group(1)) if found else 0.0 if text == "" else NAN
    return None if abs(degrees) > maximum else degrees


def parse_geopoint(text: str) -> Geopoint | None:
    """One geopoint as ODK reads it, or None when the text is no geopoint."""
    parts = _SPACES.split(text)
    if not 2 <= len(parts) <= 4:
        return None
    latitude = _degrees(parts[0], 90.0)
    longitude = _degrees(parts[1], 180.0)
    if latitude is None or longitude is None:
        return None
    return Geopoint(latitude, longitude)


def _trace_of_points(points: Sequence[Geopoint | None]) -> list[Geopoint] | None:
    if len(points) < 2 or any(point is None for point in points):
        return None
    return [point for point in points if point is not None]


def parse_geotrace(text: str) -> list[Geopoint] | None:
    """A geotrace or geoshape (at least two points, all valid), or None."""
    body = _TRAILING_SEPARATORS.sub("", text.strip())
    return _trace_of_points([parse_geopoint(part) for part in _POINT_SEPARATOR.split(body)])


def _trace_of_values(values: Sequence[str]) -> list[Geopoint] | None:
    """One string is a whole trace; several are one point each (ODK's reading)."""
    if not values:
        return None
    if len(values) == 1:
        return parse_geotrace(values[0])
    return _trace_of_points([parse_geopoint(value) for value in values])


def _lines(points: Sequence[Geopoint]) -> list[Line]:
    return list(pairwise(points))


def _js_round(number: float) -> float:
    """JavaScript's Math.round: halves toward +Infinity."""
    if not math.isfinite(number):
        return number
    whole = math.floor(number)
    return float(whole + 1 if number - whole >= 0.5 else whole)


def _to_centimetres(value: float) -> float:
    if value == 0:
        return 0.0
    return abs(_js_round(value * _PRECISION) / _PRECISION)


def _radians(degrees: float) -> float:
    return degrees * math.pi / 180


def geodesic_area(lines: Sequence[Line]) -> float:
    """Signed area on the sphere of the shape the lines draw, closed if open (ODK's sum)."""
    if len(lines) < 2:
        return 0.0
    start, end = lines[0][0], lines[-1][1]
    shape = list(lines)
    if (start.latitude, start.longitude) != (end.latitude, end.longitude):
        shape.append((end, start))
    total = 0.0
    for a, b in shape:
        total += _radians(b.longitude - a.longitude) * (
            2 + math.sin(_radians(b.latitude)) + math.sin(_radians(a.latitude))
        )
    return total * EARTH_RADIUS_METRES * EARTH_RADIUS_METRES / 2


def geodesic_distance(line: Line) -> float:
    """Great-circle distance (spherical law of cosines), NaN where acos leaves [-1, 1]."""
    start, end = line
    delta = _radians(start.longitude - end.longitude)
    phi0 = _radians(start.latitude)
    phi1 = _radians(end.latitude)
    cosine = math.sin(phi0) * math.sin(phi1) + math.cos(phi0) * math.cos(phi1) * math.cos(delta)
    if not -1.0 <= cosine <= 1.0:
        return NAN
    return math.acos(cosine) * EARTH_RADIUS_METRES


def _area(values: Sequence[str]) -> float:
    points = _trace_of_values(values)
    return _to_centimetres(geodesic_area(_lines(points) if points else []))


def point_in_shape(point: Geopoint, shape: Sequence[Geopoint]) -> bool:
    """The even-odd ray test, longitude as x and latitude as y, as ODK computes it."""
    x, y = point.longitude, point.latitude
    inside = False
    for p1, p2 in pairwise(shape):
        if (p2.latitude > y) != (p1.latitude > y) and x < (
            (p1.longitude - p2.longitude) * (y - p2.latitude) / (p1.latitude - p2.latitude)
            + p2.longitude
        ):
            inside = not inside
    return inside


def _geofence(values: Sequence[str]) -> bool:
    # ODK flattens both arguments and takes the first two strings.
    if len(values) < 2 or not values[0] or not values[1]:
        return False
    point = parse_geopoint(values[0])
    shape = parse_geotrace(values[1])
    if point is None or shape is None:
        return False
    first, last = shape[0], shape[-1]
    if (first.latitude, first.longitude) != (last.latitude, last.longitude):
        return False
    return point_in_shape(point, shape)


def _build_area(site: CallSite) -> Evaluator:
    args = site.args
    return lambda ctx: _area(node_strings([arg(ctx) for arg in args]))


def _build_distance(site: CallSite) -> Evaluator:
    args = site.args

    def run(ctx: Context) -> Value:
        points = _trace_of_values(node_strings([arg(ctx) for arg in args]))
        if points is None:
            raise site.error("the value is no list of GPS coordinates (at least two points)")
        total = 0.0
        for line in _lines(points):  # added in order, as ODK does (no compensated sum)
            total += geodesic_distance(line)
        return _to_centimetres(total)

    return run


def _build_geofence(site: CallSite) -> Evaluator:
    args = site.args
    return lambda ctx: _geofence(node_strings([arg(ctx) for arg in args]))


FUNCTIONS: dict[str, Function] = {
    "area": Function(1, 1, _build_area),
    "distance": Function(1, None, _build_distance),
    "geofence": Function(2, 2, _build_geofence),
}
