#!/usr/bin/env python3
"""The first-sight rounds pooled: issue 9's bar (95 % of core fields right on unseen sites),
judged on every round at once rather than on the newest pair of sets alone.

    bench/heldout/pooled.py [--last N]

Each bench/heldout/firstsight-A-B.txt holds the core fields the start binary of a round read
wrong on real-evalA and real-evalB, one line each ("FILE field: expected …, got …"); the sets'
expected.json files say how many pages they hold, four core fields each (title, date, author,
caption count). Prints each round (pages, core fields right, share), then the rounds pooled:
all of them, or the last N, by field and in all, and how each field was missed (a field the page
has read as none, a field the page lacks read from some line, another line read for it; captions
too few or too many). Reads no page of any set: the counts only.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "..", "tests", "fixtures")
CORE = ("title", "date", "author", "captions")
ROUND = re.compile(r"firstsight-(\d+)-(\d+)\.txt$")
MISS = re.compile(r"^\S+\.txt (\w+):")
# "expected 'X', got ''", "expected 2, got '1'": what the set says and what the reader gave
EXPECTED_GOT = re.compile(r": expected '?(.*?)'?, got '?(.*?)'?$")


def rounds(folder=HERE, fixtures=FIXTURES):
    """[(name, pages, {field: misses})], oldest round first."""
    out = []
    for path in glob.glob(os.path.join(folder, "firstsight-*.txt")):
        m = ROUND.search(path)
        if not m:
            continue
        pages = 0
        for n in m.groups():
            with open(os.path.join(fixtures, f"real-eval{n}", "expected.json"),
                      encoding="utf-8") as f:
                pages += len(json.load(f))
        misses = {f: 0 for f in CORE}
        kinds = {f: {} for f in CORE}
        with open(path, encoding="utf-8") as f:
            for line in f:
                hit = MISS.match(line)
                if not line.startswith("#") and hit and hit.group(1) in misses:
                    field = hit.group(1)
                    misses[field] += 1
                    kind = miss_kind(field, line.rstrip("\n"))
                    kinds[field][kind] = kinds[field].get(kind, 0) + 1
        out.append((int(m.group(1)), f"real-eval{m.group(1)}/{m.group(2)}", pages, misses, kinds))
    return [r[1:] for r in sorted(out)]


def miss_kind(field, line):
    """How a core field was missed: "none read" (the page has it, the reader gave none), "read
    where none" (the page has none), "another" (a wrong value); captions "too few" or "too
    many"."""
    m = EXPECTED_GOT.search(line)
    if not m:
        return "another"
    expected, got = m.group(1), m.group(2)
    if field == "captions" and expected.isdigit() and got.isdigit():
        return "too few" if int(got) < int(expected) else "too many"
    if got in ("", "None"):
        return "none read"
    if expected in ("", "None"):
        return "read where none"
    return "another"


def wilson(right, total, z=1.96):
    """The 95 % Wilson score interval of right/total, as shares. The fields of one page are not
    quite independent (a page that fools the header often costs its title and its author), so
    the interval is a little narrower than the truth: a guide to whether the bar is in reach,
    not a test."""
    if total == 0:
        return 0.0, 1.0
    p = right / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * ((p * (1 - p) / total + z * z / (4 * total * total)) ** 0.5) / (1 + z * z / total)
    return centre - half, centre + half


def kinds_pooled(rs):
    """{field: {kind: misses}} of the rounds together."""
    out = {f: {} for f in CORE}
    for r in rs:
        for f in CORE:
            for kind, n in r[3][f].items():
                out[f][kind] = out[f].get(kind, 0) + n
    return out


def pooled(rs):
    """(pages, {field: right}, right, fields) of the rounds together."""
    pages = sum(r[1] for r in rs)
    right = {f: pages - sum(r[2][f] for r in rs) for f in CORE}
    return pages, right, sum(right.values()), pages * len(CORE)


def main():
    args = sys.argv[1:]
    last = None
    if "--last" in args:
        at = args.index("--last") + 1
        if at >= len(args) or not args[at].isdigit() or int(args[at]) < 1:
            sys.exit("pooled.py: --last takes a number of rounds, 1 or more")
        last = int(args[at])
    rs = rounds()
    if not rs:
        sys.exit("pooled.py: no firstsight-A-B.txt here")
    print(f"{'round':22}{'pages':>6}{'core right':>14}{'share':>8}")
    for name, pages, misses, _ in rs:
        right = pages * len(CORE) - sum(misses.values())
        print(f"{name:22}{pages:>6}{f'{right}/{pages * len(CORE)}':>14}"
              f"{100 * right / (pages * len(CORE)):>7.1f}%")
    chosen = rs[-last:] if last else rs
    pages, by_field, right, fields = pooled(chosen)
    print(f"\n{len(chosen)} rounds pooled ({chosen[0][0]} … {chosen[-1][0]}), {pages} pages:")
    for f in CORE:
        print(f"  {f:10}{by_field[f]:>5}/{pages}  {100 * by_field[f] / pages:5.1f}%")
    low, high = wilson(right, fields)
    print(f"  {'core':10}{right:>5}/{fields}  {100 * right / fields:5.1f}%   (the bar: 95 %; "
          f"95 % interval {100 * low:.1f}–{100 * high:.1f} %)")
    print("\nhow they were missed:")
    for f, kinds in kinds_pooled(chosen).items():
        told = ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items(), key=lambda k: -k[1]))
        print(f"  {f:10}{told or '-'}")


if __name__ == "__main__":
    main()
