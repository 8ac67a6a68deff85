#!/usr/bin/env python3
"""Packaging checks that need no target OS (run by scripts/ci_package.sh):
the icons are the drawing behind assets/icon.png and match what is committed, the ICO
and ICNS files are well formed, and the macOS .app bundle script lays out a bundle
whose Info.plist and icon are what macOS reads."""
import filecmp
import os
import plistlib
import stat
import struct
import subprocess
import sys
import tempfile
import tomllib
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PNG = b"\x89PNG\r\n\x1a\n"


def script(name, *args):
    return subprocess.run([sys.executable, os.path.join(ROOT, "scripts", name), *args],
                          check=True, capture_output=True, text=True)


def png_size(data):
    assert data.startswith(PNG), "not a PNG"
    return struct.unpack(">II", data[16:24])


def icns_entries(data):
    assert data[:4] == b"icns", "no icns magic"
    (total,) = struct.unpack(">I", data[4:8])
    assert total == len(data), f"header says {total} bytes, file has {len(data)}"
    entries, at = {}, 8
    while at < total:
        kind, length = data[at:at + 4].decode(), struct.unpack(">I", data[at + 4:at + 8])[0]
        assert length > 8 and at + length <= total, f"bad entry {kind} at {at}"
        entries[kind] = data[at + 8:at + length]
        at += length
    return entries


class Icons(unittest.TestCase):
    def test_the_drawing_at_128_is_assets_icon_png(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "icon.png")
            script("make_icon.py", out)
            self.assertTrue(filecmp.cmp(out, os.path.join(ROOT, "assets", "icon.png"), False))

    def test_committed_icons_are_up_to_date(self):
        committed = os.path.join(ROOT, "packaging", "icons")
        with tempfile.TemporaryDirectory() as tmp:
            script("make_pkg_icons.py", tmp)
            for dirpath, _, files in os.walk(tmp):
                for f in files:
                    rel = os.path.relpath(os.path.join(dirpath, f), tmp)
                    self.assertTrue(filecmp.cmp(os.path.join(tmp, rel),
                                                os.path.join(committed, rel), False),
                                    f"{rel} differs: run scripts/make_pkg_icons.py packaging/icons")

    def test_hicolor_sizes(self):
        for size in (16, 24, 32, 48, 64, 128, 256, 512):
            path = os.path.join(ROOT, "packaging", "icons", "hicolor", f"{size}x{size}",
                                "apps", "amex-desk.png")
            with open(path, "rb") as f:
                self.assertEqual(png_size(f.read()), (size, size))

    def test_ico_directory(self):
        with open(os.path.join(ROOT, "packaging", "icons", "amex-desk.ico"), "rb") as f:
            data = f.read()
        reserved, kind, count = struct.unpack("<HHH", data[:6])
        self.assertEqual((reserved, kind), (0, 1))
        sizes = []
        for i in range(count):
            w, h, _, _, _, bpp, length, offset = struct.unpack(
                "<BBBBHHII", data[6 + 16 * i:22 + 16 * i])
            png = data[offset:offset + length]
            self.assertEqual(png_size(png), (w or 256, h or 256))
            self.assertEqual(bpp, 32)
            sizes.append(w or 256)
        self.assertIn(16, sizes)
        self.assertIn(256, sizes)

    def test_icns_entries(self):
        with open(os.path.join(ROOT, "packaging", "icons", "amex-desk.icns"), "rb") as f:
            entries = icns_entries(f.read())
        expected = {"icp4": 16, "icp5": 32, "ic11": 32, "ic12": 64, "ic07": 128,
                    "ic13": 256, "ic08": 256, "ic14": 512, "ic09": 512}
        self.assertEqual({k: png_size(v)[0] for k, v in entries.items()}, expected)


class AppBundle(unittest.TestCase):
    def test_bundle_layout_and_info_plist(self):
        with tempfile.TemporaryDirectory() as tmp:
            binary = os.path.join(tmp, "amex-desk")
            with open(binary, "wb") as f:
                f.write(b"\xcf\xfa\xed\xfe dummy Mach-O")
            app = os.path.join(tmp, "Amex Desk.app")
            script("make_app_bundle.py", binary, app)
            contents = os.path.join(app, "Contents")
            exe = os.path.join(contents, "MacOS", "amex-desk")
            self.assertTrue(os.stat(exe).st_mode & stat.S_IXUSR)
            with open(exe, "rb") as f:
                self.assertTrue(f.read().startswith(b"\xcf\xfa\xed\xfe"))
            with open(os.path.join(contents, "Info.plist"), "rb") as f:
                info = plistlib.load(f)
            with open(os.path.join(ROOT, "Cargo.toml"), "rb") as f:
                version = tomllib.load(f)["package"]["version"]
            self.assertEqual(info["CFBundleIdentifier"], "io.github.amex-desk.AmexDesk")
            self.assertEqual(info["CFBundleExecutable"], "amex-desk")
            self.assertEqual(info["CFBundlePackageType"], "APPL")
            self.assertEqual(info["CFBundleShortVersionString"], version)
            self.assertEqual(info["CFBundleVersion"], version)
            self.assertEqual(info["LSMinimumSystemVersion"], "11.0")
            self.assertEqual(info["CFBundleIconFile"], "amex-desk.icns")
            with open(os.path.join(contents, "Resources", info["CFBundleIconFile"]), "rb") as f:
                self.assertIn("ic07", icns_entries(f.read()))
            with open(os.path.join(contents, "PkgInfo")) as f:
                self.assertEqual(f.read(), "APPL????")

    def test_a_missing_binary_is_refused(self):
        with tempfile.TemporaryDirectory() as tmp:
            run = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "make_app_bundle.py"),
                                  os.path.join(tmp, "nope"), os.path.join(tmp, "X.app")],
                                 capture_output=True, text=True)
            self.assertNotEqual(run.returncode, 0)
            self.assertFalse(os.path.exists(os.path.join(tmp, "X.app")))


if __name__ == "__main__":
    unittest.main(verbosity=2)
