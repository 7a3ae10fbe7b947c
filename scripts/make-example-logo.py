#!/usr/bin/env python3
"""Draws the example meeting's logo (examples/gcm-talk-2023/workstream-logo.png):
a plain emblem made for the example, not any organisation's real logo.
A blue disc with a white globe grid and a ring of dots, on a transparent
background. Standard library only, so it runs anywhere: python3 scripts/make-example-logo.py"""
import math
import os
import struct
import zlib

W = H = 240
BLUE = (0, 75, 135)
WHITE = (255, 255, 255)


def pixel(x, y):
    cx, cy = W / 2, H / 2
    dx, dy = (x + 0.5 - cx) / (W / 2), (y + 0.5 - cy) / (H / 2)
    r = math.hypot(dx, dy)
    # Ring of twelve dots around the disc.
    for k in range(12):
        a = 2 * math.pi * k / 12
        if math.hypot(dx - 0.9 * math.cos(a), dy - 0.9 * math.sin(a)) < 0.06:
            return BLUE + (255,)
    if r > 0.74:
        return (255, 255, 255, 0)
    # Globe grid: an outline, the equator, two parallels, meridians.
    line = 0.018
    on = abs(r - 0.62) < line
    on |= abs(dy) < line and r < 0.62
    on |= any(abs(dy - p) < line and r < 0.62 for p in (-0.31, 0.31))
    for m in (0.0, 0.35, 0.6):
        if m == 0.0:
            on |= abs(dx) < line and r < 0.62
        elif r < 0.62:
            # An ellipse through the poles with half-width m * 0.62.
            e = (dx / (m * 0.62)) ** 2 + (dy / 0.62) ** 2
            on |= abs(math.sqrt(e) - 1) < line / (m * 0.62)
    return (WHITE if on else BLUE) + (255,)


def png(width, height, rows):
    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\0" + bytes(v for px in row for v in px) for row in rows)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "examples", "gcm-talk-2023", "workstream-logo.png")
with open(out, "wb") as f:
    f.write(png(W, H, [[pixel(x, y) for x in range(W)] for y in range(H)]))
print("wrote", os.path.normpath(out))
