#!/usr/bin/env python3
"""Copies the page texts of fixture sets into OUT/pages/ under shuffled names (p01.txt …), for a
blind reader (bench/blind/brief.md) who must not know which set or site a page is from, and
writes OUT/../map.json (outside OUT, so the reader never sees it) naming each page's set and file.

    bench/blind/make_pages.py OUT SET [SET ...]     e.g. /tmp/blind real-eval46 real-eval47
    SEED=28                                         the shuffle's seed (default 28)
"""
import json
import os
import random
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(ROOT, "tests", "fixtures")


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out, sets = os.path.abspath(sys.argv[1]), sys.argv[2:]
    pages = [(s, f) for s in sets for f in sorted(os.listdir(os.path.join(FIXTURES, s)))
             if f.endswith(".txt")]
    random.Random(int(os.environ.get("SEED", "28"))).shuffle(pages)
    os.makedirs(os.path.join(out, "pages"), exist_ok=True)
    names = {}
    for i, (s, f) in enumerate(pages, 1):
        name = f"p{i:02d}.txt"
        shutil.copyfile(os.path.join(FIXTURES, s, f), os.path.join(out, "pages", name))
        names[name] = [s, f]
    with open(os.path.join(os.path.dirname(out), os.path.basename(out) + "-map.json"), "w") as m:
        json.dump(names, m, indent=1)
    print(f"{len(pages)} pages in {out}/pages; the map beside it: {out}-map.json")


if __name__ == "__main__":
    main()
