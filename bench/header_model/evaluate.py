#!/usr/bin/env python3
"""Would a fitted model of the article header generalise to unseen sites better than the
hand-written rules? Leave-one-set-out cross-validation of a per-line logistic scorer for the
title, date and byline lines, beside the rules' result on the same pages (README.md).

    bench/header_model/evaluate.py [--rules PATH] [--pages]
        --rules PATH   the tuyentap binary whose fields are compared
                       (default $TUYENTAP, else session 13's base13, else build/tuyentap)
        --pages        also print each page where the rules and the model disagree
        --softmax      a per-page softmax over the lines and 'none' instead of a per-line
                       logistic scorer with a threshold
        --unseen       only the pages of the sets held out in sessions 10-12, read by the
                       binary current then, beside the model trained on the sets before
        --curve        only leave-one-set-out trained on 3, 6, 12 and 25 sets
        --forward      also train on the sets before each of real-eval14 … 27 only (the rules'
                       position when each set was first measured)
        --policy       only the reader's override (docs/title-scorer.md), leave-one-set-out:
                       the rules' title, unless the scorer's line differs and scores at least
                       OVERRIDE (UNTITLED where the rules found none); page by page

Pure Python 3 (no numpy), deterministic; 40 s to 100 s of CPU per mode.
"""
import importlib.machinery
import json
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from features import page_features  # noqa: E402
from extract import author_of  # noqa: E402
from pages import FIXTURES, NOT_FITTED, ROOT, dates_in, load_all, _word_in  # noqa: E402

ROLES = ["title", "date", "byline"]  # the roles fitted
SHOWN = ["title", "date", "author", "byline"]  # author: the byline line's name, exact
FIELD = {"title": "title", "date": "date", "byline": "author", "author": "author"}
EPOCHS = 12
L2 = 1e-4
RATE = 0.3
LEARNER = "logistic"


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


def fit_softmax(groups):
    """Per-page softmax over the candidate lines and a 'none' option (weight index 0 is the none
    option's score; rows carry a 0 there). groups: [(rows, positive indices)], empty positives
    meaning the answer is none. Maximises the likelihood of the page's right choice."""
    dim = len(groups[0][0][0])
    w = [0.0] * dim
    g2 = [1e-8] * dim
    for epoch in range(EPOCHS):
        for k in range(len(groups)):
            rows, posit = groups[(k * 7919 + epoch) % len(groups)]
            zs = [w[0]] + [sum(a * b for a, b in zip(w, x)) for x in rows]
            top = max(zs)
            es = [math.exp(z - top) for z in zs]
            tot = sum(es)
            p = [e / tot for e in es]
            targets = [0] if not posit else [j + 1 for j in posit]
            qt = sum(p[j] for j in targets)
            q = [0.0] * len(p)
            for j in targets:
                q[j] = p[j] / qt
            grad = [0.0] * dim
            grad[0] = p[0] - q[0]
            for j, x in enumerate(rows, 1):
                d = p[j] - q[j]
                if d:
                    for m, xm in enumerate(x):
                        if xm:
                            grad[m] += d * xm
            for m in range(dim):
                g = grad[m] + L2 * w[m]
                if g:
                    g2[m] += g * g
                    w[m] -= RATE * g / math.sqrt(g2[m])
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
                        role: (r[FIELD[role]][0], bool(ra.norm((a or {}).get(FIELD[role]))),
                               ra.norm((a or {}).get(FIELD[role])))
                        for role in SHOWN
                    }
    return out


# The rules' title, date and author right at first sight: each set measured on main's binary
# before any rule was drawn from it (bench/README.md, the sets' "By field" lines):
# (title, date, author, pages).
FIRST_SIGHT = {
    "real-eval14": (17, 17, 16, 20), "real-eval15": (15, 19, 17, 21),
    "real-eval16": (18, 23, 22, 24), "real-eval17": (20, 23, 21, 24),
    "real-eval18": (22, 23, 23, 24), "real-eval19": (19, 20, 19, 20),
    "real-eval20": (17, 19, 19, 19), "real-eval21": (17, 22, 20, 24),
    "real-eval22": (15, 18, 18, 19), "real-eval23": (12, 11, 12, 12),
    "real-eval24": (17, 20, 19, 20), "real-eval25": (19, 20, 20, 20),
    "real-eval26": (19, 19, 19, 20), "real-eval27": (19, 18, 18, 20),
}


def pct(a, b):
    return f"{100.0 * a / b:5.1f}" if b else "    -"


# Sets that were held out while a binary of main was current: that binary's fields on them are
# the rules at first sight, page by page (binaries of sessions 10, 11 and 12's starts).
# They are not in the repository: build main at those commits (base12 is 44e1e11) and name
# them in BASE10, BASE11, BASE12 (defaults: where session 13 kept them).
UNSEEN = [(os.environ.get("BASE10", "/work/wt/base10/tuyentap"), ["real-eval17", "real-eval18"]),
          (os.environ.get("BASE11", "/work/wt/base11/tuyentap"), ["real-eval21", "real-eval22"]),
          (os.environ.get("BASE12", "/work/wt/base12/tuyentap"), ["real-eval26", "real-eval27"])]


def unseen(pages, feats):
    """The model trained only on the sets before each pair of held-out sets, beside the binary
    that was current while the pair was held out, page by page; and the rules with the model
    as a second opinion."""
    print("\nUnseen pages: each held-out pair read by the binary current while it was held out, "
          "the model trained on the sets numbered below the pair")
    rules, model = {}, {}
    for binary, held in UNSEEN:
        if not os.access(binary, os.X_OK):
            print(f"  no {binary}: skipped")
            continue
        rules.update(rules_results(binary, held))
        first = min(set_number(h) for h in held)
        for role in ROLES:
            for h in held:
                run(pages, feats, role, [p["set"] for p in pages if set_number(p["set"]) < first],
                    h, model)
    keys = [k for k in rules if k in model]
    n = len(keys)
    print(f"  {n} pages; per role: rules right, model right, rules+model policies "
          "(H1: the model only where the rules found none; H2: the model where the rules found none "
          "or where it disagrees with a score of at least 0.9)")
    for r in SHOWN[:3]:
        ru = sum(rules[k][r][0] for k in keys)
        mo = sum(model[k][r][0] for k in keys)
        h1 = sum(model[k][r][0] if not rules[k][r][1] else rules[k][r][0] for k in keys)
        h2 = 0
        for k in keys:
            rr, rans, rgot = rules[k][r]
            mr, mans, mgot, conf = model[k][r]
            if not rans or (conf >= 0.9 and not agree(r, rgot, mgot)):
                h2 += mr
            else:
                h2 += rr
        only_r = sum(rules[k][r][0] and not model[k][r][0] for k in keys)
        only_m = sum(model[k][r][0] and not rules[k][r][0] for k in keys)
        print(f"  {r:7} rules {pct(ru, n)}  model {pct(mo, n)}  H1 {pct(h1, n)}  H2 {pct(h2, n)}   "
              f"(rules only right {only_r}, model only right {only_m})")
    if "--pages" in sys.argv:
        for r in SHOWN[:3]:
            for k in keys:
                if rules[k][r][0] != model[k][r][0]:
                    who = "rules" if rules[k][r][0] else "model"
                    print(f"    {r:6} {who:5} right: {k[0]}/{k[1]}  rules {rules[k][r][2]!r:.50}  "
                          f"model {model[k][r][2]!r:.50}")


def policy(pages, rules, model):
    """The reader's override (export_title_weights.py OVERRIDE, UNTITLED, DOUBT) with the
    folds' scorer: where the scorer's best line is not the rules' title (nor holds it: the
    rules cut a line's chrome off), scores at least OVERRIDE (UNTITLED where the rules have no
    title) and the rules' own title line scores under DOUBT, the line is the title. The C++
    overrides only a line that is a paragraph of its own, with no sentence of the body above
    it, which this does not model."""
    from export_title_weights import OVERRIDE, UNTITLED, DOUBT
    n = len(pages)
    for doubt in (1.01, DOUBT):
        ru = po = 0
        won, lost = [], []
        for p in pages:
            key = (p["set"], p["file"])
            rr, rans, rgot = rules[key]["title"]
            best, score = model[key]["best_title"]
            own = model[key]["scores_title"].get(rgot, 0.0) if rans else 0.0
            took = (best != rgot and not (rgot and rgot in best) and own < doubt
                    and score >= (OVERRIDE if rans else UNTITLED))
            ok = right(p, "title", best) if took else rr
            ru += rr
            po += ok
            if ok and not rr:
                won.append(key)
            if rr and not ok:
                lost.append(key)
        print(f"\nThe reader's override, leave-one-set-out ({n} pages; OVERRIDE {OVERRIDE}, "
              f"UNTITLED {UNTITLED}, the rules' line under {doubt}): title rules "
              f"{pct(ru, n).strip()} % -> override {pct(po, n).strip()} %  (won {len(won)}, "
              f"lost {len(lost)})")
        for what, keys in (("won", won), ("lost", lost)):
            for k in keys:
                print(f"  {what}: {k[0]}/{k[1]}  rules {rules[k]['title'][2]!r:.50}  "
                      f"scorer {model[k]['best_title'][0]!r:.50} ({model[k]['best_title'][1]:.3f})")


def curve(pages, feats, sets):
    """Leave-one-set-out with k training sets only (evenly spaced among the other sets)."""
    print("\nLearning curve: leave-one-set-out trained on k of the other sets (evenly spaced)")
    print(f"{'k':>4}" + "".join(f"{r:>9}" for r in SHOWN[:3]))
    for k in (3, 6, 12, 25):
        out = {}
        for held in sets:
            others = [s for s in sets if s != held]
            step = len(others) / k
            train = [others[int(i * step)] for i in range(k)]
            for role in ROLES:
                run(pages, feats, role, train, held, out)
        n = len(pages)
        print(f"{k:>4}" + "".join(
            f"{pct(sum(out[(p['set'], p['file'])][r][0] for p in pages), n):>9}" for r in SHOWN[:3]))


def agree(r, rgot, mgot):
    if r == "date":
        ds = dates_in(mgot)
        return (ds[0] if ds else "") == rgot
    if r == "byline":
        return (not rgot and not mgot) or bool(rgot and mgot and _word_in(rgot, mgot))
    return rgot == mgot


def set_number(name):
    return int(name[9:] or 1)


def run(pages, feats, role, train_sets, held, out):
    """Fit the role's scorer on the pages of train_sets; answer the pages of the held set into
    out[(set, file)][role]. Returns the weights."""
    train = [p for p in pages if p["set"] in train_sets and p["clean"][role]]
    if LEARNER == "softmax":
        groups = []
        for p in train:
            xs = [[0.0] + x for x in feats[(id(p), role)]]
            posit = [j for j, i in enumerate(p["cand"][role]) if role in p["labels"][i]]
            groups.append((xs, posit))
        w = fit_softmax(groups)
    else:
        rows, ys = [], []
        for p in train:
            for i, x in zip(p["cand"][role], feats[(id(p), role)]):
                rows.append(x)
                ys.append(1 if role in p["labels"][i] else 0)
        w = fit(rows, ys)
    if held is None:
        return w

    def probs(p):
        if LEARNER == "softmax":
            zs = [w[0]] + [sum(a * b for a, b in zip(w, [0.0] + x)) for x in feats[(id(p), role)]]
            top = max(zs)
            es = [math.exp(z - top) for z in zs]
            return [e / sum(es) for e in es[1:]]
        return [score(w, x) for x in feats[(id(p), role)]]

    t = best_threshold(train, role, {id(p): probs(p) for p in train})
    for p in pages:
        if p["set"] == held:
            pr = probs(p)
            got = answer(p, role, pr, t)
            conf = max(pr) if got else 1.0 - (max(pr) if pr else 0.0)
            out.setdefault((p["set"], p["file"]), {})[role] = (right(p, role, got), got != "", got,
                                                              conf)
            if pr:  # the best line whatever its score (the reader's override: --policy)
                k = max(range(len(pr)), key=lambda j: (pr[j], -j))
                out[(p["set"], p["file"])]["best_" + role] = (p["lines"][p["cand"][role][k]],
                                                              pr[k])
                out[(p["set"], p["file"])]["scores_" + role] = {
                    p["lines"][i]: max(s, out[(p["set"], p["file"])].get("scores_" + role, {})
                                       .get(p["lines"][i], 0.0))
                    for i, s in zip(p["cand"][role], pr)}
            else:
                out[(p["set"], p["file"])]["best_" + role] = ("", 0.0)
            if role == "byline":  # the author's name cut out of the line, compared exactly
                name = author_of(got) if got else ""
                out[(p["set"], p["file"])]["author"] = (name == p["expected"]["byline"], got != "",
                                                        name, conf)
    return w


def main():
    args = sys.argv[1:]
    binary = os.environ.get("TUYENTAP", "/work/wt/base14/build/tuyentap")
    global LEARNER
    if "--softmax" in args:
        LEARNER = "softmax"
    if "--rules" in args:
        binary = args[args.index("--rules") + 1]
    elif not os.access(binary, os.X_OK):
        binary = os.path.join(ROOT, "build", "tuyentap")
    pages = load_all()
    sets = sorted({p["set"] for p in pages}, key=lambda n: int(n[9:] or 1))
    print(f"pages: {len(pages)} page texts of {len(sets)} learning sets "
          f"({', '.join(sorted(NOT_FITTED))} and the held-out sets not read)")
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
    model = {}  # (set, file) -> {role: (right, answered, the model's line, confidence)}
    weights_all = {}
    for role in ROLES:
        for held in sets:
            run(pages, feats, role, [s for s in sets if s != held], held, model)
        weights_all[role] = run(pages, feats, role, sets, None, model)
    if "--unseen" in args:
        unseen(pages, feats)
        return
    if "--policy" in args:
        policy(pages, rules, model)
        return
    if "--curve" in args:
        curve(pages, feats, sets)
        return
    forward = {}
    if "--forward" in args:
        for role in ROLES:
            for held in FIRST_SIGHT:
                run(pages, feats, role, [s for s in sets if set_number(s) < set_number(held)], held,
                    forward)

    # ---- report ----
    print("\nLeave-one-set-out: per role, share of pages right (M: model) beside the rules "
          "(R: the binary's fields on the same pages; author = byline for the rules; for the model "
          "byline = the chosen line carries the author, author = the name cut from it is exact)")
    print(f"{'set':13}{'n':>4}" + "".join(f"{r[:6] + ' M':>10}{r[:6] + ' R':>10}" for r in SHOWN))
    tot = {r: [0, 0, 0] for r in SHOWN}
    for s in sets:
        ps = [p for p in pages if p["set"] == s]
        row = f"{s:13}{len(ps):>4}"
        for r in SHOWN:
            m = sum(model[(s, p["file"])][r][0] for p in ps)
            ru = sum(rules[(s, p["file"])][r][0] for p in ps)
            tot[r][0] += m
            tot[r][1] += ru
            tot[r][2] += len(ps)
            row += f"{pct(m, len(ps)):>10}{pct(ru, len(ps)):>10}"
        print(row)
    n = len(pages)
    print(f"{'pooled':13}{n:>4}" + "".join(f"{pct(tot[r][0], n):>10}{pct(tot[r][1], n):>10}"
                                            for r in SHOWN))
    m3 = sum(tot[r][0] for r in SHOWN[:3])
    r3 = sum(tot[r][1] for r in SHOWN[:3])
    print(f"title+date+author pooled: model {pct(m3, 3 * n).strip()} %, rules {pct(r3, 3 * n).strip()} % "
          f"of {3 * n}")

    print("\nAgreement per role (pages): both right / rules only / model only / both wrong; "
          "second opinion = the rules' field, or the model's line when the rules found none")
    for r in SHOWN:
        both = ro = mo = nb = 0
        so = 0
        empty_miss = empty_model_hit = 0
        for p in pages:
            key = (p["set"], p["file"])
            rr, rans, _ = rules[key][r]
            mr, mans, _, _ = model[key][r]
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

    print("\nSecond opinion only when the model is sure (the rules found none and the model's line "
          "scores at least 0.9):")
    for r in SHOWN:
        so = gain = loss = 0
        for p in pages:
            key = (p["set"], p["file"])
            rr, rans, _ = rules[key][r]
            mr, mans, _, conf = model[key][r]
            if not rans and mans and conf >= 0.9:
                so += mr
                gain += mr and not rr
                loss += rr and not mr
            else:
                so += rr
        print(f"  {r:7} {pct(so, n).strip()} % (pages gained {gain}, lost {loss})")

    print("\nDisagreement as a flag: the model's answer differs from the rules' field (title: "
          "another line; date: another date; author: another name; byline: the rules' author not in "
          "the model's line)")
    for r in SHOWN:
        flag_miss = flag_hit = misses = hits = 0
        for p in pages:
            key = (p["set"], p["file"])
            rr, _, rgot = rules[key][r]
            _, _, mgot, _ = model[key][r]
            if r == "title":
                same = rgot == mgot
            elif r == "date":
                ds = dates_in(mgot)
                same = (ds[0] if ds else "") == rgot
            elif r == "author":
                same = rgot == mgot
            else:
                same = (not rgot and not mgot) or bool(rgot and mgot and _word_in(rgot, mgot))
            if rr:
                hits += 1
                flag_hit += not same
            else:
                misses += 1
                flag_miss += not same
        print(f"  {r:7} flags {flag_miss}/{misses} of the rules' misses and {flag_hit}/{hits} of "
              f"their right fields ({pct(flag_hit, hits).strip()} % false alarms)")

    print("\nBeside the rules at first sight (each set measured before any rule was drawn from it; "
          "bench/README.md's 'By field' lines):")
    fwd = bool(forward)
    print(f"{'set':13}{'pages':>6}" + "".join(
        f"{r[:6] + ' M':>10}" + (f"{r[:6] + ' F':>10}" if fwd else "") + f"{r[:6] + ' R1':>10}"
        for r in SHOWN[:3]))
    sums = {r: [0, 0, 0] for r in SHOWN[:3]}
    np_ = nf = 0
    for s_, first in FIRST_SIGHT.items():
        ps = [p for p in pages if p["set"] == s_]
        row = f"{s_:13}{len(ps):>6}"
        np_ += len(ps)
        nf += first[3]
        for k, r in enumerate(SHOWN[:3]):
            m = sum(model[(s_, p["file"])][r][0] for p in ps)
            sums[r][0] += m
            sums[r][1] += first[k]
            f_ = sum(forward[(s_, p["file"])][r][0] for p in ps) if fwd else 0
            sums[r][2] += f_
            row += f"{pct(m, len(ps)):>10}" + (f"{pct(f_, len(ps)):>10}" if fwd else "")
            row += f"{pct(first[k], first[3]):>10}"
        print(row)
    print(f"{'pooled':13}{np_:>6}" + "".join(
        f"{pct(sums[r][0], np_):>10}" + (f"{pct(sums[r][2], np_):>10}" if fwd else "")
        + f"{pct(sums[r][1], nf):>10}" for r in SHOWN[:3]))
    print("M: the model, leave-one-set-out; " + ("F: the model trained only on the sets before "
          "(real-eval … real-eval<k-1>), as the rules were; " if fwd else "")
          + "R1: the rules at first sight (their page counts, bench/README.md)")

    print("\nStrongest weights (all sets):")
    for r in ROLES:
        w = weights_all[r]
        top = sorted(zip((["none"] if LEARNER == "softmax" else []) + feats[r], w), key=lambda t: -abs(t[1]))[:10]
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
