"""Pages of the learning sets, their candidate caption lines and the lines' labels, for the
caption-model experiment (README.md beside this file).

A page is a `*.txt` of a learning set (bench/fixture_sets.learning_sets: never a held-out set)
with its expected.json entry. Its candidate lines are the non-empty lines (white space folded)
after the expected title's line, or every line when the page is untitled or its title is no
line of its own. A line's label is bench/caption_lines.is_caption_line against the entry's
caption_starts; a page with `captions: 0` (or none) gives negatives only.
"""
import html
import json
import os
import re
import sys
import unicodedata

BENCH = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, BENCH)
import caption_lines  # noqa: E402  bench/caption_lines.py: the one labeller of caption lines
import fixture_sets  # noqa: E402  bench/fixture_sets.py: which sets are held out

ROOT = fixture_sets.ROOT


def norm_line(s):
    """A line as compared: NFC, every run of white space one space, trimmed."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def page_lines(text):
    lines = (norm_line(x) for x in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return [x for x in lines if x]


def set_label(folder):
    """real-eval34, real-site31/baovephapluat.vn …: the set's name as the tables print it."""
    return os.path.relpath(folder, fixture_sets.FIXTURES)


# --strict (evaluate.py): a line is a caption only when it STARTS with a label's key (or is a
# shorter label whole), not when a paragraph holds a caption's words inside; the brief's label
# is caption_lines.is_caption_line, the default
STRICT = False


def is_caption(line, labels):
    if not STRICT:
        return caption_lines.is_caption_line(line, labels)
    text = caption_lines.normalise(line)
    for label in labels:
        n = caption_lines.normalise(label)
        if text and n and (text.startswith(n[:caption_lines.KEY]) or text == n):
            return True
    return False


def load_page(folder, exp):
    with open(os.path.join(folder, exp["file"]), encoding="utf-8", newline="") as f:
        lines = page_lines(f.read())
    title = norm_line(html.unescape(exp.get("title") or ""))
    start = 0
    if title:
        for i, line in enumerate(lines):
            if line == title:
                start = i + 1
                break
    starts = exp.get("caption_starts") or []
    cand = lines[start:]
    return {
        "set": set_label(folder),
        "file": exp["file"],
        "all": lines,  # the whole page (the features look above the title for nothing)
        "lines": cand,
        "labels": [1 if starts and is_caption(x, starts) else 0
                   for x in cand],
        "starts": starts,
        "captions": exp.get("captions") or 0,
    }


def load_all():
    """Every learning set's text pages, in the sets' order: [(set label, [page])]."""
    out = []
    for folder in fixture_sets.learning_sets():
        path = os.path.join(folder, "expected.json")
        if not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as f:
            entries = json.load(f)
        pages = [load_page(folder, e) for e in entries if e["file"].endswith(".txt")]
        if pages:
            out.append((set_label(folder), folder, pages))
    return out


if __name__ == "__main__":
    sets = load_all()
    pages = [p for _, _, ps in sets for p in ps]
    lines = sum(len(p["lines"]) for p in pages)
    pos = sum(sum(p["labels"]) for p in pages)
    cap_pages = [p for p in pages if p["captions"]]
    labels = sum(len(p["starts"]) for p in pages)
    unlabelled = [p for p in cap_pages
                  if any(not any(caption_lines.is_caption_line(x, [s]) for x in p["lines"])
                         for s in p["starts"])]
    print(f"{len(sets)} sets, {len(pages)} text pages ({len(cap_pages)} with captions, "
          f"{labels} caption_starts), {lines} candidate lines, {pos} caption lines; "
          f"{len(unlabelled)} pages have a label no candidate line carries")
    inside = long_ = 0
    for p in pages:
        for x, y in zip(p["lines"], p["labels"]):
            if y:
                t = caption_lines.normalise(x)
                starts = [caption_lines.normalise(s)[:caption_lines.KEY] for s in p["starts"]]
                inside += not any(t.startswith(k) for k in starts if k)
                long_ += len(x.split()) > 40
    print(f"of the {pos} caption lines, {long_} have over 40 words and {inside} hold a label "
          f"only inside (not at their start): a paragraph that repeats a caption's words")
    for p in unlabelled:
        print("  ", p["set"], p["file"], [s for s in p["starts"]
              if not any(caption_lines.is_caption_line(x, [s]) for x in p["lines"])])
