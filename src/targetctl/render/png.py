"""A small line chart as PNG bytes, for documents that cannot show SVG (Word, WPS).

Pure Python (zlib and struct): no imaging library to install on a district's closed
network. Lines only; the words that explain the chart go in the caption beside it.
"""

from __future__ import annotations

import itertools
import struct
import zlib
from collections.abc import Sequence

Colour = tuple[int, int, int]
Point = tuple[float, float]
WHITE: Colour = (255, 255, 255)
AXIS: Colour = (140, 149, 159)
EXPECTED: Colour = (110, 119, 129)
ACTUAL: Colour = (9, 105, 218)
GOAL: Colour = (26, 127, 55)
BAND: Colour = (218, 251, 225)


class Canvas:
    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.pixels = bytearray(WHITE * (width * height))

    def dot(self, x: int, y: int, colour: Colour, size: int = 1) -> None:
        for dx in range(size):
            for dy in range(size):
                px, py = x + dx, y + dy
                if 0 <= px < self.width and 0 <= py < self.height:
                    i = (py * self.width + px) * 3
                    self.pixels[i : i + 3] = bytes(colour)

    def line(
        self, a: tuple[float, float], b: tuple[float, float], colour: Colour, size: int = 1, dash: int = 0
    ) -> None:
        (x0, y0), (x1, y1) = a, b
        steps = max(1, int(max(abs(x1 - x0), abs(y1 - y0))))
        for i in range(steps + 1):
            if dash and (i // dash) % 2:
                continue
            x = x0 + (x1 - x0) * i / steps
            y = y0 + (y1 - y0) * i / steps
            self.dot(round(x), round(y), colour, size)

    def fill(self, top: float, bottom: float, colour: Colour, left: int, right: int) -> None:
        for y in range(max(0, round(top)), min(self.height, round(bottom) + 1)):
            for x in range(left, right):
                self.dot(x, y, colour)

    def png(self) -> bytes:
        rows = b"".join(
            b"\x00" + bytes(self.pixels[y * self.width * 3 : (y + 1) * self.width * 3]) for y in range(self.height)
        )

        def chunk(kind: bytes, data: bytes) -> bytes:
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        return (
            b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")
        )


def line_chart(
    expected: Sequence[float | None],
    actual: Sequence[float | None],
    goal: float | None = None,
    band: tuple[float, float] | None = None,
    width: int = 480,
    height: int = 160,
) -> bytes:
    """Actual (blue) against expected (grey, dashed) at each point, with the goal (green,
    dashed) and a band (light green) where the target has one."""
    numbers = [v for v in (*expected, *actual) if v is not None]
    numbers += [goal] if goal is not None else []
    numbers += list(band) if band else []
    canvas = Canvas(width, height)
    pad = 12
    n = max(len(expected), len(actual))
    top, bottom = max(0.0, *numbers), min(0.0, *numbers)  # zero always shows: a fall is drawn below its axis
    span = (top - bottom) or 1.0

    def x(i: int) -> float:
        return pad + i * (width - 2 * pad) / max(1, n - 1)

    def y(v: float) -> float:
        return height - pad - (v - bottom) / span * (height - 2 * pad)

    if band:
        canvas.fill(y(band[1]), y(band[0]), BAND, pad, width - pad)
    canvas.line((pad, y(0.0)), (width - pad, y(0.0)), AXIS)  # the zero line, also when values fall below it
    canvas.line((pad, pad), (pad, height - pad), AXIS)
    if goal is not None:
        canvas.line((pad, y(goal)), (width - pad, y(goal)), GOAL, dash=4)
    for values, colour, size, dash in ((expected, EXPECTED, 1, 5), (actual, ACTUAL, 2, 0)):
        points = [(x(i), y(v)) for i, v in enumerate(values) if v is not None]
        for a, b in itertools.pairwise(points):
            canvas.line(a, b, colour, size, dash)
        if colour == ACTUAL:
            for px, py in points:
                canvas.dot(round(px) - 2, round(py) - 2, colour, 5)
    return canvas.png()
