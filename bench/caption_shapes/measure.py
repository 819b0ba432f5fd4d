#!/usr/bin/env python3
"""Would a caption rule of page *structure* alone hold on unseen sites? (session 14, captions14)

Each candidate mechanism below retypes blocks of the reader's own output (`tuyentap scan
--json`) by shape and place only, no word list, and is counted on the learning sets: how many
pages whose caption count is wrong it would set right (fix), and how many right pages it would
set wrong (break). The reader's blocks stand in for line labels: on ~97 % of the pages its
count is the expected one. A mechanism that breaks right pages here would break unseen ones
too; one that fixes nothing here may still help unseen sites, which is what its first-sight
evidence (bench/README.md, "Session 14: caption misses at first sight, pooled") is for.

    bench/caption_shapes/measure.py [--tuyentap PATH] [--show]

Only the learning sets are read (tests/fixtures/real, real-eval … real-eval28, real-html);
the held-out sets are never opened. Pure Python 3, deterministic.
"""
import argparse
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LEARN = ["real", "real-eval"] + [f"real-eval{n}" for n in range(2, 29)] + ["real-html"]
REASONING = set("là đã sẽ nhằm nhưng vì nếu theo được bị".split())


def words(s):
    return len(s.split())


def stops(s):
    return bool(re.search(r'[.!?…:;]["”’)]*$', s.strip()))


def marked_heading(s):
    letters = [c for c in s if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return True
    if re.match(r"^([IVXivx]+|\d+|[a-zđA-Z])\s*[.)/\-–]", s) or re.match(r"^[-*+•]", s):
        return True
    return bool(re.search(r"[:?!]$", s.strip()))


def caption_shaped(s):
    """One clause of 3-30 words, no reasoning word (caption_score.h's "never" list, roughly)."""
    if not 3 <= words(s) <= 30 or not s[:1].isupper() or marked_heading(s):
        return False
    if re.search(r"[?!:;…]", s) or re.search(r"[.!?]\s+[A-ZĐ]", s.rstrip(".")):
        return False
    return not any(w.lower().strip(",.") in REASONING for w in s.split())


def pages(tuyentap):
    for d in LEARN:
        folder = os.path.join(ROOT, "tests", "fixtures", d)
        expected = {e["file"]: e for e in json.load(open(os.path.join(folder, "expected.json")))}
        out = subprocess.run([tuyentap, "scan", folder, "--json"], capture_output=True, check=False)
        for a in json.loads(out.stdout.decode("utf-8", "replace"))["articles"]:
            e = expected.get(os.path.basename(a["file"]))
            if e is None or e.get("captions") is None:
                continue
            blocks = [(b["type"], b["text"], b.get("credit", "")) for b in a["blocks"]]
            yield f"{d}/{os.path.basename(a['file'])}", e["captions"], a["lead"], blocks


# Each mechanism: page -> indices of blocks it would make captions.
def siblings(lead, bl):
    """A page's captions share a shape: a line shaped as an uncredited caption of the page."""
    seeds = [b for b in bl if b[0] == "caption" and b[1] and not b[2]]
    out = []
    for i, (t, x, _) in enumerate(bl):
        if t == "caption" or not caption_shaped(x):
            continue
        same = [s for s in seeds if stops(s[1]) == stops(x)]
        if not same or words(x) > 1.5 * max(words(s[1]) for s in same) + 2:
            continue
        prev = bl[i - 1] if i else ("paragraph", lead, "")
        nxt = bl[i + 1] if i + 1 < len(bl) else None
        if (words(x) < words(prev[1]) or prev[0] == "caption") and (
                nxt is None or words(x) < words(nxt[1]) or nxt[0] == "caption"):
            out.append(i)
    return out


def lone_heading(lead, bl):
    """A page's only (unmarked) subheading is likelier a caption: headings come in sets."""
    heads = [i for i, b in enumerate(bl) if b[0] == "heading"]
    if len(heads) == 1 and caption_shaped(bl[heads[0]][1]):
        return heads
    return []


def under_lead(lead, bl):
    """The first line under the lead, short, no stop, over a longer paragraph with its stop."""
    if len(bl) < 2 or bl[0][0] == "caption":
        return []
    x, nxt = bl[0][1], bl[1]
    if stops(x) or not caption_shaped(x) or words(x) < 5:
        return []
    if nxt[0] != "paragraph" or not stops(nxt[1]):
        return []
    return [0] if 2 * words(x) <= words(lead) and 2 * words(x) <= words(nxt[1]) else []


def last_line(lead, bl):
    """The last line typed a paragraph (not a subheading left last by a cut), short, no stop,
    under a sentence at least twice as long: what the reader now does
    (closing_caption.h closes_as_caption_by_shape); measured on the binary before it."""
    if not bl or bl[-1][0] != "paragraph":
        return []
    x = bl[-1][1]
    prev = bl[-2] if len(bl) > 1 else ("paragraph", lead, "")
    if stops(x) or not caption_shaped(x) or words(x) < 5 or prev[0] != "paragraph":
        return []
    return [len(bl) - 1] if stops(prev[1]) and 2 * words(x) <= words(prev[1]) else []


MECHANISMS = [("siblings", siblings), ("lone heading", lone_heading),
              ("under the lead", under_lead), ("last line", last_line)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tuyentap", default=os.path.join(ROOT, "build", "tuyentap"))
    ap.add_argument("--show", action="store_true", help="print each page a mechanism changes")
    args = ap.parse_args()
    data = list(pages(args.tuyentap))
    right = sum(1 for _, e, _, bl in data if sum(b[0] == "caption" for b in bl) == e)
    print(f"{len(data)} pages, caption count right on {right}")
    for name, mech in MECHANISMS:
        fix = brk = 0
        for f, exp, lead, bl in data:
            if f.endswith((".html", ".json")):  # the HTML and JSON readers mark captions
                continue
            add = mech(lead, bl)
            if not add:
                continue
            got = sum(b[0] == "caption" for b in bl)
            tag = "fix" if got != exp and got + len(add) == exp else "break" if got == exp else "-"
            fix += tag == "fix"
            brk += tag == "break"
            if args.show:
                print(f"  {name}: {tag} {f} {got} -> {got + len(add)} (expected {exp}):",
                      " / ".join(bl[i][1][:70] for i in add))
        print(f"{name:16} fixes {fix:2}  breaks {brk:2}")


if __name__ == "__main__":
    sys.exit(main())
