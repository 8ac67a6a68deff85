#!/usr/bin/env python3
"""Draws assets/icon.png (a telephone handset on a blue tile) with no dependencies."""
import math, struct, zlib, sys

N = 128
def inside_round_rect(x, y, r=24):
    cx = min(max(x, r), N - 1 - r); cy = min(max(y, r), N - 1 - r)
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
        if not inside_round_rect(x, y):
            row += bytes([0, 0, 0, 0])
        elif handset(x, y):
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
