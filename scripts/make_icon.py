#!/usr/bin/env python3
"""Draws assets/icon.png (a telephone handset on a blue tile) with no dependencies.

`make_icon.py [OUT [SIZE]]`: the drawing is defined on a 128-pixel grid; other sizes
sample the same shapes (used for the packaged icons, see scripts/make_pkg_icons.py).
At 128 the output is assets/icon.png byte for byte.
"""
import math, struct, zlib, sys

N = int(sys.argv[2]) if len(sys.argv) > 2 else 128
S = 128 / N  # size of one output pixel on the 128 grid

def inside_round_rect(x, y, r=24):
    lo, hi = r, 127 - r
    cx = min(max(x, lo), hi); cy = min(max(y, lo), hi)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r

def handset(x, y):
    # A thick arc (the handle) with two rounded ends (ear and mouth pieces).
    cx, cy, R = 64, 70, 36
    d = math.hypot(x - cx, y - cy)
    ang = math.degrees(math.atan2(y - cy, x - cx))
    arc = abs(d - R) <= 9 and (ang <= -20 and ang >= -160)
    ends = any(math.hypot(x - ex, y - ey) <= 15 for ex, ey in [(cx - 34, cy - 4), (cx + 34, cy - 4)])
    return arc or ends

rows = []
for y in range(N):
    row = bytearray([0])
    for x in range(N):
        gx, gy = (x + 0.5) * S - 0.5, (y + 0.5) * S - 0.5
        if not inside_round_rect(gx, gy):
            row += bytes([0, 0, 0, 0])
        elif handset(gx, gy):
            row += bytes([255, 255, 255, 255])
        else:
            t = y / N
            row += bytes([int(16 + 10 * t), int(94 + 20 * t), int(190 - 30 * t), 255])
    rows.append(bytes(row))
raw = b"".join(rows)
def chunk(tag, data):
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", N, N, 8, 6, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
out = sys.argv[1] if len(sys.argv) > 1 else "assets/icon.png"
open(out, "wb").write(png)
print(out, len(png), "bytes")
