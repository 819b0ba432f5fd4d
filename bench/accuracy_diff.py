#!/usr/bin/env python3
"""Which fields two tuyentap binaries read differently on the learning sets (or the folders
given): bench/run-accuracy --misses with each, then every field wrong with the new binary and
right with the old (BROKEN), right with the new and wrong with the old (FIXED), and wrong with
both but wrong otherwise (CHANGED). The regression check before a rule is merged; the sums of
the two runs' field tables are printed last (core: title, date, author, captions).

    bench/accuracy_diff.py OLD_TUYENTAP NEW_TUYENTAP [FOLDER...]

Both binaries read this checkout's fixtures and bench scripts. Exit status 0 whatever differs.
"""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORE = {"title", "date", "author", "captions"}
FIELD_ROW = re.compile(r"^(title|date|time|author|topic|captions|lead|first|last|chrome)"
                       r"\s+(\d+)\s+(\d+)\s+[\d.]+%$", re.M)


def misses(binary, folders):
    env = dict(os.environ, TUYENTAP=binary)
    out = subprocess.run([os.path.join(ROOT, "bench", "run-accuracy"), "--misses"] + folders,
                         capture_output=True, text=True, env=env, check=False).stdout
    folder, found = None, {}
    for line in out.splitlines():
        m = re.match(r"^== (\S+):", line)
        if m:
            folder = m.group(1)
        m = re.match(r"^  miss (\S+) (\w+): (.*)$", line)
        if m:
            found[(folder, m.group(1), m.group(2))] = m.group(3)
    return found, out


def totals(out):
    core = [0, 0]
    every = [0, 0]
    for m in FIELD_ROW.finditer(out):
        ok, n = int(m.group(2)), int(m.group(3))
        every[0] += ok
        every[1] += n
        if m.group(1) in CORE:
            core[0] += ok
            core[1] += n
    return f"core {core[0]}/{core[1]}, all fields {every[0]}/{every[1]}"


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    old, new, folders = sys.argv[1], sys.argv[2], sys.argv[3:]
    a, out_a = misses(old, folders)
    b, out_b = misses(new, folders)
    for k in sorted(set(b) - set(a)):
        print("BROKEN ", *k, b[k][:300])
    for k in sorted(set(a) - set(b)):
        print("FIXED  ", *k, a[k][:300])
    for k in sorted(set(a) & set(b)):
        if a[k] != b[k]:
            print("CHANGED", *k, "\n    old:", a[k][:200], "\n    new:", b[k][:200])
    print(f"old: {len(a)} wrong fields, {totals(out_a)}")
    print(f"new: {len(b)} wrong fields, {totals(out_b)}")


if __name__ == "__main__":
    main()
