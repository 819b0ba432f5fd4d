#!/usr/bin/env python3
"""A fitted per-block caption scorer beside the rules (experiment, session 14, captions14).

Question: does a small logistic model of a block's shape and place, fitted on the learning
sets, count a page's captions on sets it never saw as well as the rules did at first sight?
Blocks come from `tuyentap scan --json` (the reader's paragraphs after its chrome, byline and
related-link steps); a block's label is its type on the pages where the reader's caption count
is the expected one (the others are left out of training but counted in every accuracy). The
model only retypes blocks: captions the reader dropped or glued are out of its reach.

    bench/caption_shapes/scorer.py [--tuyentap PATH]

Prints leave-one-set-out and forward (trained only on the sets before it, in the order they
were made) caption-count accuracy per set, beside the rules' first-sight count from
bench/README.md. Only learning sets are read. Pure Python 3, deterministic (fixed order, no
randomness).
"""
import argparse
import math
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import measure as m  # noqa: E402

# The rules' caption count at first sight, right of pages (bench/README.md, each set's section).
FIRST_SIGHT = {"real-eval14": (19, 20), "real-eval15": (17, 21), "real-eval16": (22, 24),
               "real-eval17": (22, 24), "real-eval18": (22, 24), "real-eval19": (17, 20),
               "real-eval20": (16, 19), "real-eval21": (18, 24), "real-eval22": (18, 19),
               "real-eval23": (8, 12), "real-eval24": (18, 20), "real-eval25": (16, 20),
               "real-eval26": (18, 20), "real-eval27": (18, 20)}
SHOWN = ("đồng chí", "đ/c", "ông ", "bà ", "các ", "đại biểu", "quang cảnh", "toàn cảnh",
         "lãnh đạo", "đại diện", "thầy", "cô ", "chị ", "anh ")


def feats(i, bl, lead):
    t, x, credit = bl[i]
    w = m.words(x)
    low = x.lower()
    prev = bl[i - 1][1] if i else lead
    nxt = bl[i + 1][1] if i + 1 < len(bl) else ""
    syll = x.split()
    caps = sum(1 for s in syll if s[:1].isupper()) / max(1, len(syll))
    f = {
        "bias": 1.0,
        "credit": float(bool(credit)),
        "w<=5": float(w <= 5), "w6-12": float(6 <= w <= 12), "w13-20": float(13 <= w <= 20),
        "w21-30": float(21 <= w <= 30), "w31-50": float(31 <= w <= 50), "w>50": float(w > 50),
        "stop": float(x.rstrip().endswith(".")), "nopunct": float(not m.stops(x)),
        "colon": float(x.rstrip().endswith(":")), "qmark": float(bool(re.search(r"[?!]$", x))),
        "first": float(i == 0), "last": float(i + 1 == len(bl)),
        "half_prev": float(2 * w <= m.words(prev)), "half_next": float(nxt != "" and 2 * w <= m.words(nxt)),
        "prev_stop": float(m.stops(prev)), "next_stop": float(m.stops(nxt)),
        "next_short": float(nxt != "" and m.words(nxt) < 15), "prev_short": float(m.words(prev) < 15),
        "marked": float(m.marked_heading(x)), "shaped": float(m.caption_shaped(x)),
        "caps>0.6": float(caps > 0.6), "digits": float(bool(re.search(r"\d", x))),
        "commas": min(3, x.count(",")) / 3, "quote": float(bool(re.search("[\"“”]", x))),
        "reason": float(any(s.lower().strip(",.") in m.REASONING for s in syll)),
        "shown": float(low.startswith(SHOWN)), "anh_word": float(bool(re.search(r"\bảnh\b", low))),
        "inner_stop": float(bool(re.search(r"[.!?]\s+[A-ZĐ]", x.rstrip(".")))),
    }
    return f


def fit(rows, epochs=30, rate=0.2, l2=1e-4):
    wts = {}
    for _ in range(epochs):
        for f, y in rows:
            z = sum(wts.get(k, 0.0) * v for k, v in f.items())
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            g = p - y
            for k, v in f.items():
                wts[k] = wts.get(k, 0.0) - rate * (g * v + l2 * wts.get(k, 0.0))
    return wts


def predict(wts, f):
    return sum(wts.get(k, 0.0) * v for k, v in f.items()) > 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tuyentap", default=os.path.join(m.ROOT, "build", "tuyentap"))
    args = ap.parse_args()
    pages = [p for p in m.pages(args.tuyentap) if not p[0].endswith((".html", ".json"))]
    by_set = {}
    for f, exp, lead, bl in pages:
        rows = [(feats(i, bl, lead), float(b[0] == "caption")) for i, b in enumerate(bl)]
        right = sum(b[0] == "caption" for b in bl) == exp
        by_set.setdefault(f.split("/")[0], []).append((f, exp, rows, right))
    order = [s for s in m.LEARN if s in by_set]

    def score(test, train_sets):
        rows = [r for s in train_sets for (_, _, rs, ok) in by_set[s] if ok for r in rs]
        wts = fit(rows)
        good = sum(1 for (_, exp, rs, _) in by_set[test]
                   if sum(predict(wts, f) for f, _ in rs) == exp)
        return good, len(by_set[test])

    tot_l = tot_r = tot_n = 0
    print(f"{'set':14} {'rules now':>10} {'model LOSO':>11} {'model fwd':>10} {'rules 1st':>10}")
    for i, s in enumerate(order):
        rules = sum(1 for (_, exp, rs, ok) in by_set[s] if ok)
        loso, n = score(s, [o for o in order if o != s])
        fwd = score(s, order[:i])[0] if s in FIRST_SIGHT else None
        first = FIRST_SIGHT.get(s)
        tot_l += loso
        tot_r += rules
        tot_n += n
        print(f"{s:14} {rules:>5}/{n:<4} {loso:>6}/{n:<4} "
              f"{(str(fwd) + '/' + str(n)) if fwd is not None else '':>10} "
              f"{(str(first[0]) + '/' + str(first[1])) if first else '':>10}")
    print(f"all: rules now {tot_r}/{tot_n}, model leave-one-set-out {tot_l}/{tot_n}")


if __name__ == "__main__":
    sys.exit(main())
