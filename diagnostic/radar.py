"""The radar chart of the result page, computed here and drawn as inline SVG by the template."""

import math

SIZE = 360
CENTRE = SIZE / 2
RADIUS = 120
RINGS = (25, 50, 75, 100)


def _point(index, count, value):
    angle = -math.pi / 2 + 2 * math.pi * index / count
    distance = RADIUS * (value or 0) / 100
    return round(CENTRE + distance * math.cos(angle), 1), round(CENTRE + distance * math.sin(angle), 1)


def _polygon(values):
    count = len(values)
    return " ".join(f"{x},{y}" for x, y in (_point(i, count, v) for i, v in enumerate(values)))


def radar(dimensions):
    """Axes, rings and polygons (visitor, peers, previous result) for ``present()``'s dimensions."""
    count = len(dimensions)
    if count < 3:
        return None
    axes = []
    for index, dim in enumerate(dimensions):
        x, y = _point(index, count, 100)
        lx, ly = _point(index, count, 118)
        anchor = "middle" if abs(lx - CENTRE) < 10 else ("start" if lx > CENTRE else "end")
        axes.append({"x": x, "y": y, "label_x": lx, "label_y": ly, "anchor": anchor, "title": dim["title"]})
    peers = [dim["peer_mean"] for dim in dimensions]
    previous = [dim["previous"] for dim in dimensions]
    return {
        "size": SIZE,
        "centre": CENTRE,
        "axes": axes,
        "rings": [_polygon([ring] * count) for ring in RINGS],
        "scores": _polygon([dim["score"] for dim in dimensions]),
        "peers": _polygon(peers) if all(value is not None for value in peers) else None,
        "previous": _polygon(previous) if all(value is not None for value in previous) else None,
    }
