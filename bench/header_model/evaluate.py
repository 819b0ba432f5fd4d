#!/usr/bin/env python3
"""Would a fitted model of the article header generalise to unseen sites better than the
hand-written rules? Leave-one-set-out cross-validation of a per-line logistic scorer for the
title, date and byline lines, beside the rules' result on the same pages (README.md).

    bench/header_model/evaluate.py [--rules PATH] [--pages]
        --rules PATH   the tuyentap binary whose fields are compared
                       (default /work/wt/base13/tuyentap, else build/tuyentap)
        --pages        also print each page where the rules and the model disagree

Pure Python 3 (no numpy), deterministic; about a minute on one core.
"""
import importlib.machinery
import json
import math
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from features import page_features  # noqa: E402
from pages import FIXTURES, ROOT, dates_in, load_all, _word_in  # noqa: E402

ROLES = ["title", "date", "byline"]
FIELD = {"title": "title", "date": "date", "byline": "author"}
EPOCHS = 12
L2 = 1e-4
RATE = 0.3


# ---- logistic regression (Adagrad, L2), pure Python -----------------------------------------
def fit(rows, ys):
    dim = len(rows[0])
    w = [0.0] * dim
    g2 = [1e-8] * dim
    # positives are rare (one line of ~30): weigh them up so the scorer ranks, not just rejects
    pos = sum(ys)
    wpos = (len(ys) - pos) / max(1, pos) ** 1.0 / 4.0 if pos else 1.0
    order = list(range(len(rows)))
    for epoch in range(EPOCHS):
        # deterministic interleaving: a fixed stride walk over the rows
        stride = 7919 if len(order) % 7919 else 7907
        for k in range(len(order)):
            i = (k * stride + epoch) % len(order)
            x, y = rows[i], ys[i]
            z = sum(a * b for a, b in zip(w, x))
            p = 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0
            err = (p - y) * (wpos if y else 1.0)
            for j, xj in enumerate(x):
                if xj:
                    g = err * xj + L2 * w[j]
                    g2[j] += g * g
                    w[j] -= RATE * g / math.sqrt(g2[j])
    return w


def score(w, x):
    z = sum(a * b for a, b in zip(w, x))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


# ---- a page's answer ------------------------------------------------------------------------
def answer(page, role, probs, threshold):
    """The model's answer for the role: the chosen line's text, or '' for none."""
    cand = page["cand"][role]
    if not cand:
        return ""
    k = max(range(len(cand)), key=lambda j: (probs[j], -j))
    if probs[k] < threshold:
        return ""
    return page["lines"][cand[k]]


def right(page, role, got):
    exp = page["expected"][role]
    if not exp:
        return got == ""
    if not got:
        return False
    if role == "title":
        return got == exp
    if role == "date":
        ds = dates_in(got)
        return bool(ds) and ds[0] == exp
    return _word_in(exp, got)


def best_threshold(pages, role, probs_of):
    best = (-1, 0.5)
    for t in [x / 40.0 for x in range(1, 40)]:
        ok = sum(right(p, role, answer(p, role, probs_of[id(p)], t)) for p in pages)
        if ok > best[0]:
            best = (ok, t)
    return best[1]


# ---- the rules' fields ------------------------------------------------------------------------
def rules_results(binary, sets):
    loader = importlib.machinery.SourceFileLoader("run_accuracy",
                                                  os.path.join(ROOT, "bench", "run-accuracy"))
    ra = loader.load_module()
    out = {}
    for s in sets:
        folder = os.path.join(FIXTURES, s)
        found = ra.scan(binary, folder)
        with open(os.path.join(folder, "expected.json"), encoding="utf-8") as f:
            for exp in json.load(f):
                if exp["file"].endswith(".txt"):
                    a = found.get(exp["file"])
                    r = ra.check(exp, a)
                    out[(s, exp["file"])] = {
                        role: (r[FIELD[role]][0], bool(ra.norm((a or {}).get(FIELD[role]))))
                        for role in ROLES
                    }
    return out


def pct(a, b):
    return f"{100.0 * a / b:5.1f}" if b else "    -"


def main():
    args = sys.argv[1:]
    binary = "/work/wt/base13/tuyentap"
    if "--rules" in args:
        binary = args[args.index("--rules") + 1]
    elif not os.access(binary, os.X_OK):
        binary = os.path.join(ROOT, "build", "tuyentap")
    pages = load_all()
    sets = sorted({p["set"] for p in pages}, key=lambda n: int(n[9:] or 1))
    print(f"pages: {len(pages)} page texts of {len(sets)} learning sets "
          f"(real-eval29/30/31 held out, not read)")
    for role in ROLES + ["lead"]:
        n_exp = sum(1 for p in pages if p["expected"][role])
        n_clean = sum(1 for p in pages if p["expected"][role] and p["clean"][role])
        print(f"  {role:7} expected on {n_exp:3} pages, a candidate line carries it on {n_clean:3}; "
              f"clean labels {sum(p['clean'][role] for p in pages)}/{len(pages)}")

    feats = {}
    for role in ROLES:
        for p in pages:
            names, rows = page_features(p, role)
            feats[(id(p), role)] = rows
        feats[role] = names

    rules = rules_results(binary, sets)
    model = {}  # (set, file) -> {role: (right, answered)}
    weights_all = {}
    for role in ROLES:
        for held in sets + [None]:
            train = [p for p in pages if p["set"] != held and p["clean"][role]]
            rows, ys = [], []
            for p in train:
                for i, x in zip(p["cand"][role], feats[(id(p), role)]):
                    rows.append(x)
                    ys.append(1 if role in p["labels"][i] else 0)
            w = fit(rows, ys)
            if held is None:
                weights_all[role] = w
                continue
            probs_of = {id(p): [score(w, x) for x in feats[(id(p), role)]] for p in train}
            t = best_threshold(train, role, probs_of)
            for p in pages:
                if p["set"] == held:
                    got = answer(p, role, [score(w, x) for x in feats[(id(p), role)]], t)
                    model.setdefault((p["set"], p["file"]), {})[role] = (right(p, role, got), got != "", got)

    # ---- report ----
    print("\nLeave-one-set-out: per role, share of pages right (model) beside the rules "
          "(base13's fields on the same pages)")
    print(f"{'set':13}{'n':>4}" + "".join(f"{r[:6] + ' M':>10}{r[:6] + ' R':>10}" for r in ROLES))
    tot = {r: [0, 0, 0] for r in ROLES}
    for s in sets:
        ps = [p for p in pages if p["set"] == s]
        row = f"{s:13}{len(ps):>4}"
        for r in ROLES:
            m = sum(model[(s, p["file"])][r][0] for p in ps)
            ru = sum(rules[(s, p["file"])][r][0] for p in ps)
            tot[r][0] += m
            tot[r][1] += ru
            tot[r][2] += len(ps)
            row += f"{pct(m, len(ps)):>10}{pct(ru, len(ps)):>10}"
        print(row)
    n = len(pages)
    print(f"{'pooled':13}{n:>4}" + "".join(f"{pct(tot[r][0], n):>10}{pct(tot[r][1], n):>10}"
                                            for r in ROLES))
    m3 = sum(tot[r][0] for r in ROLES)
    r3 = sum(tot[r][1] for r in ROLES)
    print(f"title+date+author pooled: model {pct(m3, 3 * n).strip()} %, rules {pct(r3, 3 * n).strip()} % "
          f"of {3 * n}")

    print("\nAgreement per role (pages): both right / rules only / model only / both wrong; "
          "second opinion = the rules' field, or the model's line when the rules found none")
    for r in ROLES:
        both = ro = mo = nb = 0
        so = 0
        empty_miss = empty_model_hit = 0
        for p in pages:
            key = (p["set"], p["file"])
            rr, rans = rules[key][r]
            mr, mans, _ = model[key][r]
            both += rr and mr
            ro += rr and not mr
            mo += mr and not rr
            nb += not rr and not mr
            if rans:
                so += rr
            else:
                so += mr
                if not rr:
                    empty_miss += 1
                    empty_model_hit += mr
        print(f"  {r:7} both {both:3}  rules-only {ro:3}  model-only {mo:3}  neither {nb:3}   "
              f"rules empty & wrong {empty_miss:2} (model right on {empty_model_hit:2});  "
              f"second opinion {pct(so, n).strip()} % vs rules {pct(tot[r][1], n).strip()} %")

    print("\nStrongest weights (all sets):")
    for r in ROLES:
        w = weights_all[r]
        top = sorted(zip(feats[r], w), key=lambda t: -abs(t[1]))[:10]
        print(f"  {r:7} " + ", ".join(f"{k} {v:+.2f}" for k, v in top))

    if "--pages" in args:
        for r in ROLES:
            print(f"\n== {r}: pages where the rules and the model disagree")
            for p in pages:
                key = (p["set"], p["file"])
                if rules[key][r][0] != model[key][r][0]:
                    who = "rules" if rules[key][r][0] else "model"
                    print(f"  {who:5} right: {p['set']}/{p['file']}  expected {p['expected'][r]!r:.60}"
                          f"  model {model[key][r][2]!r:.60}")


if __name__ == "__main__":
    main()
