#!/usr/bin/env python3
"""Lays out a macOS .app bundle around a given amex-desk binary.

`make_app_bundle.py BINARY OUT.app [--version V] [--min-system 11.0]`

OUT.app/Contents/Info.plist       bundle id, name, version, minimum macOS, icon
OUT.app/Contents/MacOS/amex-desk  the binary (copied, made executable)
OUT.app/Contents/Resources/amex-desk.icns  from packaging/icons (scripts/make_pkg_icons.py)
OUT.app/Contents/PkgInfo

The version defaults to Cargo.toml's. Nothing is signed or notarised (that needs an
Apple Developer ID and a Mac; see the README's "Packaging").
"""
import argparse
import os
import plistlib
import shutil
import sys
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUNDLE_ID = "io.github.amex-desk.AmexDesk"


def cargo_version():
    with open(os.path.join(ROOT, "Cargo.toml"), "rb") as f:
        return tomllib.load(f)["package"]["version"]


def info_plist(version, min_system):
    return {
        "CFBundleDevelopmentRegion": "en",
        "CFBundleDisplayName": "Amex Desk",
        "CFBundleExecutable": "amex-desk",
        "CFBundleIconFile": "amex-desk.icns",
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleInfoDictionaryVersion": "6.0",
        "CFBundleName": "Amex Desk",
        "CFBundlePackageType": "APPL",
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "LSApplicationCategoryType": "public.app-category.finance",
        "LSMinimumSystemVersion": min_system,
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": "MIT OR Apache-2.0, The Amex Desk authors",
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("binary")
    ap.add_argument("out")
    ap.add_argument("--version", default=None)
    ap.add_argument("--min-system", default="11.0")
    a = ap.parse_args()
    if not a.out.endswith(".app"):
        sys.exit("the bundle's name must end in .app")
    if not os.path.isfile(a.binary):
        sys.exit(f"no such binary: {a.binary}")
    contents = os.path.join(a.out, "Contents")
    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    for d in ("MacOS", "Resources"):
        os.makedirs(os.path.join(contents, d))
    exe = os.path.join(contents, "MacOS", "amex-desk")
    shutil.copyfile(a.binary, exe)
    os.chmod(exe, 0o755)
    shutil.copyfile(os.path.join(ROOT, "packaging", "icons", "amex-desk.icns"),
                    os.path.join(contents, "Resources", "amex-desk.icns"))
    with open(os.path.join(contents, "Info.plist"), "wb") as f:
        plistlib.dump(info_plist(a.version or cargo_version(), a.min_system), f)
    with open(os.path.join(contents, "PkgInfo"), "w") as f:
        f.write("APPL????")
    print(a.out)


if __name__ == "__main__":
    main()
