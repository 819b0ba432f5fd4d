#!/usr/bin/env python3
"""The C++ title scorer against the Python one on every learning page: the candidate lines,
every feature (to 1e-9), the scores and the chosen line (docs/title-scorer.md).

    bench/header_model/parity.py [--dump PATH] [-v]
        --dump PATH   the title_features_dump program (default build/bench/title_features_dump)
        -v            print every difference, not only the first ten

Exit 1 on any difference. Without parity, evaluate.py's estimates say nothing of the C++.
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from export_title_weights import fit_all  # noqa: E402
from features import page_features  # noqa: E402
from pages import FIXTURES, ROOT, load_all  # noqa: E402
import evaluate  # noqa: E402


def main():
    args = sys.argv[1:]
    dump = os.path.join(ROOT, "build", "bench", "title_features_dump")
    if "--dump" in args:
        dump = args[args.index("--dump") + 1]
    verbose = "-v" in args
    pages = load_all()
    names, w = fit_all(pages)
    files = [os.path.join(FIXTURES, p["set"], p["file"]) for p in pages]
    out = subprocess.run([dump] + files, capture_output=True, text=True, check=True).stdout
    cpp = [json.loads(x) for x in out.splitlines()]
    assert len(cpp) == len(pages)
    diffs = []
    n_lines = n_feats = same_best = same_lines = 0
    for p, c in zip(pages, cpp):
        _, rows = page_features(p, "title")
        lines = [p["lines"][i] for i in p["cand"]["title"]]
        where = f"{p['set']}/{p['file']}"
        if lines != c["lines"]:
            diffs.append(f"{where}: candidate lines differ")
            continue
        same_lines += 1
        for i, (py, cc) in enumerate(zip(rows, c["features"])):
            n_lines += 1
            for k, (a, b) in enumerate(zip(py, cc)):
                n_feats += 1
                if abs(a - b) > 1e-9:
                    diffs.append(f"{where} line {i} {names[k]}: python {a} c++ {b}  {lines[i]!r:.70}")
        probs = [evaluate.score(w, x) for x in rows]
        for i, (a, b) in enumerate(zip(probs, c["scores"])):
            if abs(a - b) > 1e-9:
                diffs.append(f"{where} line {i} score: python {a} c++ {b}")
        best = max(range(len(probs)), key=lambda j: (probs[j], -j)) if probs else -1
        if best == c["best"]:
            same_best += 1
        else:
            diffs.append(f"{where}: best line python {best} c++ {c['best']}")
    print(f"{len(pages)} pages: same candidate lines on {same_lines}, same chosen line on "
          f"{same_best}; {n_lines} lines, {n_feats} feature values compared; "
          f"{len(diffs)} differences")
    for d in diffs if verbose else diffs[:10]:
        print("  " + d)
    sys.exit(1 if diffs else 0)


if __name__ == "__main__":
    main()
