#!/usr/bin/python3
"""Walks Amex Desk's window through AT-SPI, as a screen reader sees it, and fails when a
control (button, check box, combo box, text field, tab, link...) has no name.

Run inside an AT-SPI session with the app started (scripts/atspi_check.sh does both):
    /usr/bin/python3 scripts/atspi_names.py LANG
Opens each page with its tab (the toggle buttons of the top bar, pressed through AT-SPI's
action interface, as an assistive tool would), and prints per page the node count, the
controls, and every unnamed control with its path.
"""

import sys
import time

import pyatspi

CONTROLS = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_LINK,
    pyatspi.ROLE_MENU_ITEM,
}


def find_app(timeout):
    deadline = time.time() + timeout
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            try:
                name = (app.name or "").lower()
            except Exception:  # an app that went away meanwhile
                continue
            if "amex" in name and app.childCount > 0:
                return app
        time.sleep(0.5)
    return None


def walk(node, path, out):
    try:
        role = node.getRole()
        name = (node.name or "").strip()
        count = node.childCount
    except Exception:
        return
    out.append((role, name, path, node))
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            walk(child, f"{path}/{child.getRoleName()}[{i}]", out)


def controls_of(app, least):
    """The tree's nodes once at least `least` controls came through (the first frames
    publish it), and its controls."""
    nodes = []
    for _ in range(20):
        nodes = []
        walk(app, "app", nodes)
        controls = [n for n in nodes if n[0] in CONTROLS]
        if len(controls) >= least:
            break
        time.sleep(0.5)
    return nodes, [n for n in nodes if n[0] in CONTROLS]


def report(lang, page, nodes, controls):
    unnamed = [(node.getRoleName(), path) for role, name, path, node in controls if not name]
    named = ", ".join(f"{node.getRoleName()} '{name}'" for _, name, _, node in controls[:6])
    print(f"{lang} {page}: {len(nodes)} nodes, {len(controls)} controls, {len(unnamed)} unnamed ({named}, ...)")
    for role, path in unnamed:
        print(f"  UNNAMED {role}: {path}", file=sys.stderr)
    return len(unnamed)


def main():
    lang = sys.argv[1] if len(sys.argv) > 1 else "?"
    app = find_app(60)
    if app is None:
        print(f"{lang}: the app never appeared on the accessibility bus", file=sys.stderr)
        return 1
    nodes, controls = controls_of(app, 10)
    if len(controls) < 10:
        print(f"{lang}: only {len(controls)} controls: the tree did not come through", file=sys.stderr)
        return 1
    tabs = [(name, node) for role, name, _, node in controls if role == pyatspi.ROLE_TOGGLE_BUTTON]
    failures = report(lang, tabs[0][0] if tabs else "first page", nodes, controls)
    for name, tab in tabs[1:]:
        try:
            tab.queryAction().doAction(0)
        except Exception as error:  # noqa: BLE001 - say which tab could not be pressed
            print(f"{lang}: cannot press the tab '{name}': {error}", file=sys.stderr)
            failures += 1
            continue
        time.sleep(1.0)
        nodes, controls = controls_of(app, 5)
        failures += report(lang, name, nodes, controls)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
