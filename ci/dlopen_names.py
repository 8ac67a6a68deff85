#!/usr/bin/env python3
"""Prints the versioned shared-library names (libX.so.N) a binary mentions, one a line:
the libraries it links and those it opens at run time with dlopen. In a release build
the strings run together with no separator, so each name is taken as the text from the
last "lib" before ".so.N"."""
import re
import sys

data = open(sys.argv[1], "rb").read()
names = set()
for m in re.finditer(rb"\.so\.[0-9]+", data):
    head = data[max(0, m.start() - 40):m.start()]
    at = head.rfind(b"lib")
    if at >= 0 and re.fullmatch(rb"lib[A-Za-z0-9_+-]+", head[at:]):
        names.add((head[at:] + m.group()).decode())
print("\n".join(sorted(names)))
