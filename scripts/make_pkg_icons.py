#!/usr/bin/env python3
"""Packaged icons from the drawing behind assets/icon.png (scripts/make_icon.py).

`make_pkg_icons.py OUTDIR` writes
  OUTDIR/hicolor/NxN/apps/amex-desk.png  the freedesktop sizes (Linux .deb)
  OUTDIR/amex-desk.ico                   PNG-compressed ICO (Windows resource, installer)
  OUTDIR/amex-desk.icns                  Apple icon family (macOS .app bundle)

Each size is drawn from the same shapes rather than rescaled from the 128-pixel PNG, so
large icons stay sharp; at 128 the drawing is assets/icon.png byte for byte. ICO and
ICNS entries hold PNG data, which both formats document (ICO since Windows Vista, ICNS
types icp4/icp5/ic07-ic14 since OS X 10.7). Output is deterministic.
"""
import os
import struct
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
HICOLOR = [16, 24, 32, 48, 64, 128, 256, 512]
ICO = [16, 24, 32, 48, 64, 128, 256]
# ICNS OSType -> pixel size (the @2x types share the PNG of twice the point size).
ICNS = [("icp4", 16), ("icp5", 32), ("ic11", 32), ("ic12", 64), ("ic07", 128),
        ("ic13", 256), ("ic08", 256), ("ic14", 512), ("ic09", 512)]


def draw(size, tmp):
    """The icon as PNG bytes at `size` pixels."""
    path = os.path.join(tmp, f"{size}.png")
    if not os.path.exists(path):
        subprocess.run([sys.executable, os.path.join(HERE, "make_icon.py"), path, str(size)],
                       check=True, stdout=subprocess.DEVNULL)
    with open(path, "rb") as f:
        return f.read()


def ico(images):
    """An ICO file: a 6-byte header, one 16-byte entry per image, then the PNGs."""
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    body = b""
    for size, png in images:
        dim = 0 if size >= 256 else size  # 0 means 256
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        body += png
    return out + body


def icns(entries):
    """An ICNS file: 'icns' + total length, then (type, length incl. 8-byte header, data)."""
    body = b"".join(t.encode() + struct.pack(">I", len(d) + 8) + d for t, d in entries)
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make_pkg_icons.py OUTDIR")
    out = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        for size in HICOLOR:
            d = os.path.join(out, "hicolor", f"{size}x{size}", "apps")
            os.makedirs(d, exist_ok=True)
            with open(os.path.join(d, "amex-desk.png"), "wb") as f:
                f.write(draw(size, tmp))
        with open(os.path.join(out, "amex-desk.ico"), "wb") as f:
            f.write(ico([(s, draw(s, tmp)) for s in ICO]))
        with open(os.path.join(out, "amex-desk.icns"), "wb") as f:
            f.write(icns([(t, draw(s, tmp)) for t, s in ICNS]))
    print(f"icons written to {out}")


if __name__ == "__main__":
    main()
