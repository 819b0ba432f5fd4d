#!/usr/bin/env python3
"""Scores a blind reader's labels (bench/blind/brief.md) against the sets' expected.json by
bench/run-accuracy's rules for the core fields (title, date, author, captions as a count),
beside the reader's own fields from `tuyentap scan --json`: per set, and each page where
either misses.

    bench/blind/score.py OUT-map.json OUT/labels.json
    TUYENTAP=path/to/tuyentap                        default: build/tuyentap
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from importlib.machinery import SourceFileLoader  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(ROOT, "tests", "fixtures")
accuracy = SourceFileLoader("run_accuracy", os.path.join(ROOT, "bench", "run-accuracy")).load_module()
CORE = ["title", "date", "author", "captions"]


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    names, labels = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
    tuyentap = os.environ.get("TUYENTAP", os.path.join(ROOT, "build", "tuyentap"))
    sets = sorted({s for s, _ in names.values()})
    expected, read = {}, {}
    for s in sets:
        for e in json.load(open(os.path.join(FIXTURES, s, "expected.json"), encoding="utf-8")):
            expected[(s, e["file"])] = e
        for f, a in accuracy.scan(tuyentap, os.path.join(FIXTURES, s)).items():
            read[(s, os.path.basename(f))] = a
    norm = accuracy.norm
    totals = {}
    for name, (s, f) in sorted(names.items()):
        e, lab, a = expected[(s, f)], labels.get(name, {}), read.get((s, f), {})
        blind = {"title": norm(lab.get("title")) == norm(e["title"]),
                 "date": norm(lab.get("date")) == norm(e["date"]),
                 "author": norm(lab.get("author")) == norm(e["author"]),
                 "captions": len(lab.get("captions") or []) == e["captions"]}
        reader = {"title": norm(a.get("title")) == norm(e["title"]),
                  "date": norm(accuracy.date_line(a)) == norm(e["date"]),
                  "author": norm(a.get("author")) == norm(e["author"]),
                  "captions": sum(b.get("type") == "caption" for b in a.get("blocks", []))
                  == e["captions"]}
        for k in CORE:
            t = totals.setdefault((s, k), [0, 0, 0])
            t[0] += blind[k]
            t[1] += reader[k]
            t[2] += 1
            if not (blind[k] and reader[k]):
                print(f"{s} {f:34} {k:8} blind {'ok' if blind[k] else 'MISS':4}  "
                      f"reader {'ok' if reader[k] else 'MISS'}")
    print()
    for s in sets:
        b, r, n = (sum(totals[(s, k)][i] for k in CORE) for i in range(3))
        print(f"{s}: blind reader {b}/{n} ({100 * b / n:.1f} %), reader {r}/{n} ({100 * r / n:.1f} %); "
              + ", ".join(f"{k} {totals[(s, k)][0]}/{totals[(s, k)][1]}" for k in CORE))


if __name__ == "__main__":
    main()
