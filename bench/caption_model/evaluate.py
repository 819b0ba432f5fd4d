#!/usr/bin/env python3
"""Would a fitted caption scorer read a page's photo captions better than the reader's rules?
A per-line logistic regression over the learning sets' text pages (pages.py, features.py),
measured leave-one-set-out and on a forward split, beside the rules' caption blocks
(`tuyentap scan SET --json`) on the same pages (README.md).

    bench/caption_model/evaluate.py [--rules PATH] [--weights] [--pages]
        --rules PATH   the tuyentap binary whose captions are compared
                       (default $TUYENTAP, else build/tuyentap; the README's figures: session 25's start binary)
        --pages        also print each page where the model's count is wrong
        --strict       label a line a caption only when it starts with a caption's words
                       (pages.STRICT): a paragraph repeating a caption's words is no caption
        --fallback     instead of the tables above, the model as a fallback (fallback.py): only
                       on pages where the rules found no caption, for each threshold and kind;
                       at first sight (blind with --then, else beside today's rules) and
                       leave-one-set-out
        --then N=PATH  (with --fallback, repeatable) real-evalN read beside the binary PATH, the
                       rules as they stood when N was held out: the fully blind first sight
        --any-line     (with --fallback) offer every candidate line, not only the lines the
                       rules left in the article's body (fallback.py)

Pure Python 3 (no numpy), deterministic (a fixed stride walk, no random numbers).
"""
import json
import math
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fallback  # noqa: E402
from features import NAMES, page_features  # noqa: E402
import pages as page_source  # noqa: E402
from pages import ROOT, caption_lines, fixture_sets, load_all  # noqa: E402

EPOCHS = 15
RATE = 0.05
L2 = 1e-4
FORWARD_FROM = 34  # real-eval34 … 44: held out one by one in sessions 15-25
# The rules' caption counts at first sight, when each set was held out (bench/README.md's
# "real-evalN: held out" sections, the binary of that session's start): pages right of pages.
# base23, base24 and base25 rerun on today's expected.json give 42's, 43's and 44's again
# (16/18, 11/18, 14/18).
FIRST_SIGHT = {34: (12, 22), 35: (16, 22), 36: (13, 20), 37: (16, 20), 38: (16, 19),
               39: (15, 18), 40: (17, 19), 41: (13, 18), 42: (16, 18), 43: (11, 18),
               44: (14, 18)}
HIGH = (0.7, 0.8, 0.9)  # "rules + model": the model's lines this sure added to the rules'


# ---- logistic regression: stochastic gradient descent with L2, pure Python ------------------
def fit(rows, ys):
    """rows: lists of (index, value) for the non-zero features; ys: 0/1."""
    w = [0.0] * len(NAMES)
    n = len(rows)
    stride = 7919 if n % 7919 else 7907
    for epoch in range(EPOCHS):
        rate = RATE / math.sqrt(1 + epoch)
        for k in range(n):
            i = (k * stride + epoch) % n
            x, y = rows[i], ys[i]
            z = sum(w[j] * v for j, v in x)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            err = p - y
            for j, v in x:
                w[j] -= rate * (err * v + L2 * w[j])
    return w


def prob(w, x):
    z = sum(w[j] * v for j, v in x)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def best_threshold(probs, ys):
    """The threshold that maximises F1 over these lines (ties: the higher)."""
    order = sorted(zip(probs, ys), reverse=True)
    pos = sum(ys)
    tp = fp = 0
    best, at = -1.0, 0.5
    for k, (p, y) in enumerate(order):
        tp += y
        fp += 1 - y
        if k + 1 < len(order) and order[k + 1][0] == p:
            continue
        f1 = 2 * tp / (tp + fp + pos) if pos else 0.0
        if f1 > best:
            best, at = f1, p
    return at


# ---- the rules' captions ----------------------------------------------------------------------
def rules_binary(argv):
    if "--rules" in argv:
        return argv[argv.index("--rules") + 1]
    for p in (os.environ.get("TUYENTAP"), os.path.join(ROOT, "build", "tuyentap")):
        if p and os.path.isfile(p):
            return p
    sys.exit("evaluate.py: no tuyentap binary (--rules PATH)")


def rules_captions(binary, folder, body=None):
    """{file: [caption block]} of `tuyentap scan folder --json`; when `body` is a dict, it is
    filled with {file: the texts the reader kept as the article's body} (fallback.body_texts)."""
    out = subprocess.run([binary, "scan", folder, "--json"], capture_output=True, check=False)
    data = json.loads(out.stdout.decode("utf-8", "replace") or "{}")
    found = {}
    for a in data.get("articles", []):
        f = a["file"]
        f = os.path.relpath(f, folder) if os.path.isabs(f) else f
        found[f] = [b for b in a.get("blocks", []) if b.get("type") == "caption"]
        if body is not None:
            body[f] = fallback.body_texts(a)
    return found


# ---- tallies -----------------------------------------------------------------------------------
class Tally:
    """Per-line TP/FP/FN, caption_starts found/missed/extra and the pages whose count is right."""

    def __init__(self):
        self.tp = self.fp = self.fn = 0
        self.found = self.missed = self.extra = 0
        self.pages = self.count_ok = 0

    def add(self, page, line_pred, captions):
        """line_pred: 0/1 per candidate line; captions: the blocks answered ({"text": …})."""
        for y, p in zip(page["labels"], line_pred):
            self.tp += y and p
            self.fp += (not y) and p
            self.fn += y and not p
        f, m, e = caption_lines.match(page["starts"], captions)
        self.found += len(f)
        self.missed += len(m)
        self.extra += len(e)
        self.pages += 1
        self.count_ok += len(captions) == page["captions"]

    def add_tally(self, o):
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(o, k))

    def row(self):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return (f"{p:6.3f}{r:7.3f}{f1:7.3f}{self.found:7d}{self.missed:7d}{self.extra:7d}"
                f"{self.count_ok:6d}/{self.pages:<4d}{100.0 * self.count_ok / max(1, self.pages):6.1f}%")


HEADER = f"{'':30}{'P':>6}{'R':>7}{'F1':>7}{'found':>7}{'missed':>7}{'extra':>7}{'count right':>17}"


def model_captions(page, line_pred):
    """The model's caption blocks: its lines, a line printed twice counted once."""
    seen, out = set(), []
    for line, p in zip(page["lines"], line_pred):
        if p and line.lower() not in seen:
            seen.add(line.lower())
            out.append({"text": line})
    return out


def rules_line_pred(page, captions):
    """Which candidate lines the rules took for captions: a line that holds a caption block's
    start (pages.is_caption, the lines' own labeller, with the blocks' texts as the labels)."""
    texts = [(c.get("text") or "") for c in captions]
    texts = [t for t in texts if t.strip()]
    return [1 if texts and page_source.is_caption(x, texts) else 0 for x in page["lines"]]


def predict(w, threshold, rows):
    return [1 if prob(w, x) >= threshold else 0 for x in rows]


def train(sets):
    rows = [x for s in sets for p in s["pages"] for x in p["rows"]]
    ys = [y for s in sets for p in s["pages"] for y in p["labels"]]
    w = fit(rows, ys)
    return w, best_threshold([prob(w, x) for x in rows], ys)


def split_table(title, tests, fitted, show_pages):
    """tests: the sets tested; fitted(set) -> (w, threshold) for that set."""
    print(f"\n== {title}")
    print(HEADER.replace(" " * 30, f"{'set':30}", 1))
    tot_rules, tot_model = Tally(), Tally()
    tot_both = {h: Tally() for h in HIGH}
    for s in tests:
        w, th = fitted(s)
        rt, mt = Tally(), Tally()
        for p in s["pages"]:
            caps = s["rules"].get(p["file"], [])
            rpred = rules_line_pred(p, caps)
            rt.add(p, rpred, caps)
            pred = predict(w, th, p["rows"])
            mc = model_captions(p, pred)
            mt.add(p, pred, mc)
            for h in HIGH:  # the rules' captions, and the model's surest lines they lack
                add = [0 if r else q for r, q in zip(rpred, predict(w, h, p["rows"]))]
                tot_both[h].add(p, [max(r, a) for r, a in zip(rpred, add)],
                                caps + model_captions(p, add))
            if show_pages and len(mc) != p["captions"]:
                print(f"   {s['name']}/{p['file']}: {p['captions']} expected, model {len(mc)}, "
                      f"rules {len(caps)}")
        if len(tests) <= 12:
            print(f"{s['name'][:20] + ' rules':30}{rt.row()}")
            print(f"{s['name'][:20] + ' model':30}{mt.row()}")
        tot_rules.add_tally(rt)
        tot_model.add_tally(mt)
    print(f"{'ALL rules':30}{tot_rules.row()}")
    print(f"{'ALL model':30}{tot_model.row()}")
    none_ok = sum(not p["captions"] for s in tests for p in s["pages"])
    n = sum(len(s["pages"]) for s in tests)
    print(f"{'ALL no caption (the floor)':30}{'':55}{none_ok:6d}/{n:<4d}{100.0 * none_ok / n:6.1f}%")
    for h in HIGH:
        print(f"{'ALL rules + model >= %.1f' % h:30}{tot_both[h].row()}")


# ---- the model as a fallback (--fallback, fallback.py) ---------------------------------------
class FallTally:
    """One kind and threshold of the fallback over pages: caption counts right, caption_starts
    found/missed/extra, the pages it turned wrong → right (gained) and right → wrong (lost),
    and the pages where it gave captions at all (used)."""

    def __init__(self):
        self.pages = self.count_ok = self.found = self.missed = self.extra = 0
        self.gained = self.lost = self.used = 0
        self.changed = []  # "+set/file" (gained), "-set/file" (lost)

    def add(self, page, rules_caps, caps):
        f, m, e = caption_lines.match(page["starts"], caps)
        self.found += len(f)
        self.missed += len(m)
        self.extra += len(e)
        ok = len(caps) == page["captions"]
        was = len(rules_caps) == page["captions"]
        self.pages += 1
        self.count_ok += ok
        self.gained += ok and not was
        self.lost += was and not ok
        self.used += bool(caps) and not rules_caps
        if ok != was:
            self.changed.append(("+" if ok else "-") + f"{page['set']}/{page['file']}")


def fallback_table(title, cases, show_pages):
    """cases: [(set, {file: the rules' caption blocks}, {file: body texts} or None, (w,
    threshold))]: each set tested, the rules it is read beside, the lines they left in the body
    (None: every line, --any-line) and the model that scores it. One row for the rules alone,
    then one per kind and threshold; each set's count right when there are at most four sets;
    with show_pages, the pages each row turned right (+) and wrong (-)."""
    print(f"\n== {title}")
    per_set = len(cases) <= 4
    head = f"{'':16}"
    if per_set:
        head += "".join(f"{s['name'][-12:]:>12}" for s, _, _, _ in cases)
    print(head + f"{'count right':>18}{'found':>7}{'missed':>7}{'extra':>7}{'gained':>8}"
          f"{'lost':>6}{'used':>6}")
    configs = [(None, None)] + [(k, t) for k in fallback.KINDS for t in fallback.THRESHOLDS]
    tallies = {c: [FallTally() for _ in cases] for c in configs}
    for n, (s, rules, bodies, (w, _)) in enumerate(cases):
        for p in s["pages"]:
            caps = rules.get(p["file"], [])
            body = None if bodies is None else bodies.get(p["file"], [])
            probs = [prob(w, x) for x in p["rows"]]
            for c in configs:
                got = caps if c[0] is None else fallback.page_captions(caps, p["lines"], probs,
                                                                       c[1], c[0], body)
                tallies[c][n].add(p, caps, got)
            if show_pages and not caps and len(cases) <= 4:
                picked = fallback.fallback_lines(p["lines"], probs, fallback.THRESHOLDS[0], "any",
                                                 body)
                if picked or p["captions"]:
                    print(f"   {s['name']}/{p['file']}: {p['captions']} expected, rules 0")
                    for i, (line, q) in enumerate(zip(p["lines"], probs)):
                        if q >= fallback.THRESHOLDS[0] or p["labels"][i]:
                            # B: between prose, *: a caption, -: not in the rules' body
                            tag = ("B" if fallback.between_prose(p["lines"], i) else " ")
                            tag += "*" if p["labels"][i] else " "
                            tag += " " if body is None or fallback.in_body(line, body) else "-"
                            print(f"      {q:.2f} {tag} {line[:90]}")
    for c in configs:
        tot = FallTally()
        for t in tallies[c]:
            for k in vars(tot):
                setattr(tot, k, getattr(tot, k) + getattr(t, k))
        name = "rules alone" if c[0] is None else f"{c[0]} >= {c[1]:.1f}"
        row = f"{name:16}"
        if per_set:
            row += "".join(f"{t.count_ok:>8}/{t.pages:<3}" for t in tallies[c])
        row += (f"{tot.count_ok:>7}/{tot.pages:<4}{100.0 * tot.count_ok / max(1, tot.pages):5.1f}%"
                f"{tot.found:>7}{tot.missed:>7}{tot.extra:>7}")
        if c[0] is not None:
            row += f"{tot.gained:>8}{tot.lost:>6}{tot.used:>6}"
        print(row)
        if show_pages and c[0] is not None:
            changed = [x for t in tallies[c] for x in t.changed]
            if changed:
                print("     " + " ".join(changed))


def fallback_main(sets, then, binary, any_line, show_pages):
    """The three measures of the fallback (README.md, "The model as a fallback")."""
    def num(s):
        return fixture_sets.number(s["name"].split("/")[0]) or 0

    def below(n):
        return train([t for t in sets if num(t) < n])

    def read(path, s):
        body = {}
        caps = rules_captions(path, s["folder"], body)
        return caps, (None if any_line else body)

    lines = "every candidate line offered" if any_line else "the lines the rules left as body"
    evals = [s for s in sets if s["name"].startswith("real-eval") and num(s) >= FORWARD_FROM]
    blind = [s for s in evals if num(s) in then]
    if blind:
        cases = [(s, *read(then[num(s)], s), below(num(s))) for s in blind]
        fallback_table("first sight, blind: real-evalN beside the rules as they stood when N was "
                       "held out (" + ", ".join(f"{num(s)}: {then[num(s)]}" for s in blind) +
                       f"), the model fitted on the sets numbered below N; {lines}", cases,
                       show_pages)
    rest = [s for s in evals if num(s) not in then]
    if rest:
        fallback_table(f"first sight, flattered: real-eval{num(rest[0])} … {num(rest[-1])} "
                       f"beside today's rules (drawn from these sets), the model fitted on the "
                       f"sets numbered below N; {lines}",
                       [(s, *read(binary, s), below(num(s))) for s in rest], show_pages)
    fallback_table(f"leave-one-set-out: every learning set beside today's rules, the model "
                   f"fitted on the other sets; {lines}",
                   [(s, *read(binary, s), train([t for t in sets if t is not s]))
                    for s in sets], show_pages)


def main(argv):
    binary = rules_binary(argv)
    show_pages = "--pages" in argv
    page_source.STRICT = "--strict" in argv
    sets = []
    for name, folder, pages in load_all():
        for p in pages:
            p["rows"] = [[(j, v) for j, v in enumerate(r) if v] for r in page_features(p)]
        sets.append({"name": name, "folder": folder, "pages": pages,
                     "rules": rules_captions(binary, folder)})
    n_pages = sum(len(s["pages"]) for s in sets)
    n_lines = sum(len(p["lines"]) for s in sets for p in s["pages"])
    n_pos = sum(sum(p["labels"]) for s in sets for p in s["pages"])
    n_cap = sum(1 for s in sets for p in s["pages"] if p["captions"])
    n_lab = sum(len(p["starts"]) for s in sets for p in s["pages"])
    print(f"rules: {binary}")
    if "--fallback" in argv:
        then = {}
        for k, a in enumerate(argv):
            if a == "--then":
                n, path = argv[k + 1].split("=", 1)
                then[int(n)] = path
        fallback_main(sets, then, binary, "--any-line" in argv, show_pages)
        return
    print(f"data: {len(sets)} learning sets, {n_pages} text pages ({n_cap} with captions, "
          f"{n_lab} caption_starts), {n_lines} candidate lines, {n_pos} caption lines")
    print("P/R/F1: candidate lines (a line holding a caption's start); found/missed/extra: "
          "caption_starts (caption_lines.match); count right: pages whose caption count "
          "equals expected.json's")

    # leave-one-set-out
    cache = {}

    def loso(s):
        if s["name"] not in cache:
            cache[s["name"]] = train([t for t in sets if t is not s])
        return cache[s["name"]]

    split_table("leave-one-set-out (each set tested by a model fitted on the other sets)",
                sets, loso, show_pages)
    ths = sorted(th for _, th in cache.values())
    print(f"thresholds chosen on the training folds: {ths[0]:.3f} … {ths[-1]:.3f} "
          f"(median {ths[len(ths) // 2]:.3f})")

    # forward: fit on the sets before real-eval34, test on real-eval34 … 43
    def num(s):
        return fixture_sets.number(s["name"].split("/")[0])

    before = [s for s in sets if (num(s) or 0) < FORWARD_FROM]
    tests = [s for s in sets if s["name"].startswith("real-eval") and
             (num(s) or 0) >= FORWARD_FROM]
    fw = train(before)
    split_table(f"forward (fitted on the {len(before)} sets before real-eval{FORWARD_FROM}, "
                f"threshold {fw[1]:.3f}; tested on real-eval{FORWARD_FROM} … {num(tests[-1])})",
                tests, lambda s: fw, show_pages)

    # first sight: each of real-eval34 … 43 tested by a model fitted on the sets numbered below
    # it (the rules' position when the set was held out), beside the rules' count then
    print(f"\n== first sight (real-evalN tested by a model fitted on the sets numbered below N; "
          f"the rules' count when N was held out, bench/README.md)")
    print(f"{'set':14}{'fitted sets':>12}{'rules then':>12}{'model':>8}{'rules now':>11}"
          f"{'no caption':>12}")
    tot = [0, 0, 0, 0, 0]
    for s in tests:
        n = num(s)
        w, th = train([t for t in sets if (num(t) or 0) < n])
        model_ok = sum(len(model_captions(p, predict(w, th, p["rows"]))) == p["captions"]
                       for p in s["pages"])
        now_ok = sum(len(s["rules"].get(p["file"], [])) == p["captions"] for p in s["pages"])
        then_ok, pages = FIRST_SIGHT[n]
        none_ok = sum(not p["captions"] for p in s["pages"])  # the floor: "no caption" always
        fitted_n = sum(1 for t in sets if (num(t) or 0) < n)
        print(f"{s['name']:14}{fitted_n:>12}{then_ok:>8}/{pages:<3}{model_ok:>5}/{pages:<3}"
              f"{now_ok:>7}/{pages:<3}{none_ok:>8}/{pages:<3}")
        for k, v in enumerate((then_ok, model_ok, now_ok, none_ok, pages)):
            tot[k] += v
    print(f"{'ALL':14}{'':>12}{tot[0]:>8}/{tot[4]:<3}{tot[1]:>5}/{tot[4]:<3}{tot[2]:>7}/{tot[4]:<3}"
          f"{tot[3]:>8}/{tot[4]:<3}  (" + " / ".join(f"{100.0 * tot[k] / tot[4]:.1f} %"
                                                   for k in range(4)) + ")")

    # the weights fitted on every set
    w, th = train(sets)
    print(f"\n== weights fitted on all {len(sets)} sets (threshold {th:.3f}), by |weight|")
    for j in sorted(range(len(NAMES)), key=lambda j: -abs(w[j])):
        print(f"  {NAMES[j]:18}{w[j]:+7.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
