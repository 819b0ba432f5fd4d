#!/usr/bin/env python3
"""page_figures.py BOOK.pdf STYLE.toml: the typesetter's counts of issue 11, read back from a
finished PDF (pdftotext -bbox-layout for the words, qpdf --json for the bookmarks), so that they
measure what a reader sees, whatever the code did:

  ragged      body pages whose text ends 3 or more lines above the text area's foot (a page
              before a chapter or section opener, and the last page, end where they end)
  spreads_*   facing body pages (a left-hand page and the right-hand one beside it, both
              measured for ragged): how many end more than half a line apart, and the worst
              difference in lines (a book's spread ends on one line)
  long_pages  body pages that run a line below the text area's foot (a long spread)
  title_1syl  article and chapter titles on two or more lines whose last line is one syllable
              (titles_measured: the titles found on their page line by line, of the
              bookmarks in the body; titles_multiline: those on two lines or more)
  toc_*       contents entries: how many wrap, how many wrap more than 3.5 em before their
              page's number column although the next word would have fitted (a ragged
              line's slack and the push that keeps two syllables on the last line are the
              rules, not a far wrap), how many end on one syllable
  list_alone  the list of articles (and of abbreviations) leaving one entry alone on a page
  opener_no   chapter openers with a printed page number
  split_number  title, contents and list lines that end with a number word ("năm",
              "Trung ương") or a range's dash before the number or roman numeral that starts
              the next line (style's number_words)
  split_number_body  the same in body lines (number words only: a range's dash may end a
              body line)
  split_compound  title, contents and list lines broken inside a compound of the style's
              `compounds` ("chi | bộ")
  split_name  body lines broken inside "Hồ Chí Minh" or a name of the style's no_break
  dash_wide   justified lines over 2x their word space beside a spaced hyphen or en dash
              between numbers (on the line or starting the next)
  spaces      word spaces of justified body lines, as multiples of the font's space: median,
              95th percentile, share above 1.5x (the issue's justification table)

Usage: bench/page_figures.py BOOK.pdf templates/pdf/official.toml [--json] [--list]
(--list: the ragged pages and the spreads apart named on stderr)
"""
import json
import re
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET

MM = 72 / 25.4
NS = "{http://www.w3.org/1999/xhtml}"
SPACE_EM = 0.25  # Liberation Serif's and Noto Serif's space is a quarter em (0.26 for Noto)
FOLIO = re.compile(r"^([0-9]+|[ivxlcdm]+)$")
ROMAN = re.compile(r"^[IVXLCDM]+\b")  # a roman numeral, as a number word takes it ("khóa XIII")
DASHED = re.compile(r"[0-9)] +[-\u2013] +[0-9(]")


def words_by_page(pdf):
    xml = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], capture_output=True,
                         check=True).stdout
    root = ET.fromstring(xml)
    pages = []
    for page in root.iter(NS + "page"):
        # pdftotext splits a line at wide gaps (leaders, page numbers): regroup by baseline.
        ws = sorted(((float(w.get("xMin")), float(w.get("yMin")), float(w.get("xMax")),
                      float(w.get("yMax")), w.text or "") for w in page.iter(NS + "word")),
                    key=lambda w: w[3])
        lines = []
        for w in ws:
            if lines and abs(lines[-1][-1][3] - w[3]) < 1.0:
                lines[-1].append(w)
            else:
                lines.append([w])
        pages.append([sorted(l) for l in lines])
    return pages


def outline(pdf):
    d = json.loads(subprocess.run(["qpdf", "--json", "--json-key=outlines", pdf],
                                  capture_output=True, check=True).stdout)
    items = []

    def walk(nodes, level):
        for n in nodes:
            dest = n.get("dest") or [None, None, 0, 0]
            items.append({"title": n["title"], "level": level,
                          "page": n.get("destpageposfrom1", 0) - 1,
                          "y": float(dest[3] or 0)})
            walk(n.get("kids", []), level + 1)

    walk(d["outlines"], 0)
    return items


def text(line):
    return " ".join(w[4] for w in line)


def percentile(v, p):
    if not v:
        return 0
    v = sorted(v)
    return v[min(len(v) - 1, int(p * len(v)))]


MARKS = "\"'“”‘’()[],.;:!?…"


def splits(st, out, blocks, body):
    """Breaks inside a number's phrase or a compound (in each block of rows: titles, the
    contents, the list) and inside a name (body rows)."""
    text_st = st.get("text", {})
    numbers = {w.lower() for w in text_st.get("number_words", [])}
    longest = max((len(w.split()) for w in numbers), default=0)
    compounds = {c.lower() for c in text_st.get("compounds", [])}
    names = ["Hồ Chí Minh"] + text_st.get("no_break", [])
    out["split_number"] = out["split_compound"] = out["split_name"] = 0
    out["split_number_body"] = 0

    def number_split(a, b, dash):
        """A line `a` ending with a number word (or, in titles and lists, a range's dash)
        before the number or roman numeral `b` starts with."""
        if not a or not b or not (b[0][:1].isdigit() or ROMAN.match(b[0])):
            return False
        if dash and a[-1] in ("-", "\u2013") and b[0][:1].isdigit():
            return True
        if a[-1][-1] in MARKS:
            return False
        for n in range(1, longest + 1):
            words = a[-n:]
            if len(words) < n or any(w[-1] in MARKS for w in words[:-1]):
                break
            if " ".join(words).lstrip(MARKS).lower() in numbers:
                return True
        return False

    for rows in blocks:
        for a, b in zip(rows, rows[1:]):
            if not a or not b:
                continue
            last, first = a[-1], b[0]
            if number_split(a, b, True):
                out["split_number"] += 1
            if (last[-1] not in MARKS and first[0] not in MARKS and
                    (last.strip(MARKS) + " " + first.strip(MARKS)).lower() in compounds):
                out["split_compound"] += 1
    for a, b in zip(body, body[1:]):
        if number_split(a, b, False):
            out["split_number_body"] += 1
        joined, left = " ".join(a + b), " ".join(a)
        for n in names:
            at = joined.find(n)
            while at >= 0:
                if at < len(left) < at + len(n):
                    out["split_name"] += 1
                at = joined.find(n, at + 1)


def figures(pdf, style_file):
    with open(style_file, "rb") as f:
        st = tomllib.load(f)
    page = st["page"]
    height = page["height_mm"] * MM
    top = page["margin_top_mm"] * MM
    bottom = height - page["margin_bottom_mm"] * MM
    size = st["text"]["body_size"]
    leading = size * st["text"]["line_spacing"]
    pages = words_by_page(pdf)
    items = outline(pdf)
    openers = {i["page"] for i in items if i["level"] == 0}
    chapters = [i for i in items if i["level"] == 0]
    body_first = min((i["page"] for i in items if i["level"] == 0 and
                      i["title"] not in ("Lời giới thiệu", "Mục lục")), default=0)
    contents = [i["page"] for i in items if i["title"] == "Mục lục"]
    out = {}

    def text_lines(p):  # the page's lines inside the text area (or one line below: a long
        # page), not the folio or head
        return [l for l in pages[p] if l[0][1] >= top - 2 and l[-1][3] <= bottom + leading + 2 and
                not (len(l) == 1 and FOLIO.match(l[0][4]))]

    # Ragged page bottoms.
    shorts = []
    short_at = {}  # page index -> lines short
    for p in range(body_first, len(pages) - 1):
        q = p + 1  # the next page with text (a blank verso goes before a right-hand opener)
        while q < len(pages) - 1 and not text_lines(q):
            q += 1
        if q in openers:
            continue
        ls = text_lines(p)
        if not ls:
            continue
        last = max(w[3] for w in ls[-1])
        hgt = max(w[3] - w[1] for w in ls[-1])
        box_bottom = last + max(0, (leading - hgt) / 2)
        short_at[p] = (bottom - box_bottom) / leading  # below 0: the page runs long
        shorts.append(max(0.0, short_at[p]))
        if "--list" in sys.argv and shorts[-1] >= 2.95:
            print(f"ragged: page {p + 1}, {shorts[-1]:.1f} lines short", file=sys.stderr)
    out["body_pages"] = len(shorts)
    out["ragged"] = sum(1 for s in shorts if s >= 2.95)
    out["ragged_pct"] = round(100 * out["ragged"] / max(1, len(shorts)), 1)
    out["worst_short_lines"] = round(max(shorts, default=0), 1)
    out["long_pages"] = sum(1 for s in short_at.values() if s < -0.2)

    # Facing pages: PDF page 1 (index 0) is a right-hand page, so a spread is an odd index
    # and the one after it.
    diffs = [abs(short_at[p] - short_at[p + 1]) for p in sorted(short_at)
             if p % 2 == 1 and p + 1 in short_at]
    if "--list" in sys.argv:
        for p in sorted(short_at):
            if p % 2 == 1 and p + 1 in short_at and abs(short_at[p] - short_at[p + 1]) > 0.5:
                print(f"spread: pages {p + 1}-{p + 2}, {short_at[p]:.1f} and {short_at[p + 1]:.1f}"
                      " lines short", file=sys.stderr)
    out["spreads"] = len(diffs)
    out["spreads_apart"] = sum(1 for d in diffs if d > 0.5)
    out["spreads_apart_pct"] = round(100 * out["spreads_apart"] / max(1, len(diffs)), 1)
    out["spreads_worst_lines"] = round(max(diffs, default=0), 1)

    # Titles: the lines from the bookmark's y down until the title's words are used up.
    multi = one = measured = 0
    title_rows = []
    for it in items:
        if it["page"] < body_first:
            continue
        want = it["title"].split()
        y = height - it["y"]
        ls = [l for l in pages[it["page"]] if l[0][1] >= y - 2]
        got, rows = [], []
        for l in ls:
            ws = [w[4] for w in l]
            if it["level"] == 0 and ws and ws[0] == "Chương" and not got:
                # the label on a line of its own ("Chương I"), which the bookmark's title
                # carries in front ("Chương I. Tháng 1/2019"): the title is what follows
                if want[:len(ws)] and want[0] == "Chương" and len(want) > len(ws):
                    want = want[len(ws):]
                continue
            if [w.upper() for w in ws] != [w.upper() for w in want[len(got):len(got) + len(ws)]]:
                break
            got += ws
            rows.append(ws)
            if len(got) >= len(want):
                break
        measured += len(got) == len(want)
        if len(got) == len(want) and len(rows) > 1:
            title_rows.append(rows)
            multi += 1
            if len(rows[-1]) == 1:
                one += 1
    out["_title_rows"] = title_rows
    out["titles_measured"] = measured  # found on the page line by line (the rest: not counted)
    out["titles_multiline"] = multi
    out["title_1syl"] = one

    # Contents: an entry ends with its page number; the lines before it in the entry wrap.
    entries = []
    cur = []
    number_right = {}  # page -> the right edge of its numbers (mirrored pages differ)
    for p in range(contents[0] if contents else 0, body_first):
        for l in text_lines(p):
            if text(l) == "Mục lục":
                continue
            cur.append((p, l))
            if FOLIO.match(l[-1][4]) and len(l) > 1:
                entries.append(cur)
                number_right[p] = max(number_right.get(p, 0), l[-1][2])
                cur = []
    wraps = far = toc_one = 0
    compounds = {c.lower() for c in st.get("text", {}).get("compounds", [])}
    widest = max((e[-1][1][-1][2] - e[-1][1][-1][0] for e in entries), default=0)
    for e in entries:
        if len(e) < 2:
            continue
        wraps += 1
        for k, (p, l) in enumerate(e[:-1]):
            # A wrap is far when the line ends more than 3.5 em before its page's number
            # column (the widest number's left) although the next line's first word would
            # (or the compound it starts) have ended 2.5 em before it (the room front.cpp keeps
            # for three dots of leader),
            # and not because the entry's last
            # line keeps two syllables (a next line that ends the entry with two words).
            column = number_right.get(p, 0) - widest
            nxt = e[k + 1][1]
            word = nxt[0][2] - nxt[0][0]
            if len(nxt) > 1 and (nxt[0][4] + " " + nxt[1][4]).lower() in compounds:
                word = nxt[1][2] - nxt[0][0]  # a compound moves down whole (style's compounds)
            forced = k + 2 == len(e) and len([w for w in nxt if not FOLIO.match(w[4]) and
                                              not re.fullmatch(r"[.\u2026]+", w[4])]) == 2
            if (column - l[-1][2] > 3.5 * size and not forced and
                    l[-1][2] + SPACE_EM * size + word < column - 2.5 * size):
                far += 1
                break
        last_words = [w for w in e[-1][1][:-1] if not re.fullmatch(r"[.\u2026]+", w[4])]
        if len(last_words) == 1:
            toc_one += 1
    out["toc_entries"] = len(entries)
    out["toc_wraps"] = wraps
    out["toc_wrap_far"] = far
    out["toc_1syl"] = toc_one

    # Lists at the back: a list page holding one entry (an entry starts with a date or number).
    alone = 0
    starts = [i["page"] for i in chapters if i["page"] >= body_first]
    for i in chapters:
        if i["title"] not in ("Danh sách bài viết", "Danh mục chữ viết tắt"):
            continue
        end = min([s for s in starts if s > i["page"]] + [len(pages)])
        for p in range(i["page"] + 1, end):
            n = sum(1 for l in text_lines(p) if re.match(r"^\S+ +\d+\.|^\d\d/\d\d/\d{4}", text(l))
                    or (i["title"].startswith("Danh mục") and l[0][0] < 120))
            if n == 1:
                alone += 1
    out["list_alone"] = alone

    list_rows = [[w[4] for w in l] for i in chapters if i["title"] == "Danh sách bài viết"
                 for p in range(i["page"], min([s for s in starts if s > i["page"]] +
                                               [len(pages)])) for l in text_lines(p)]
    toc_rows = [[w[4] for w in l] for e in entries for _, l in e]
    splits(st, out, title_rows + [toc_rows, list_rows],
           [[w[4] for w in l] for p in range(body_first, len(pages)) for l in text_lines(p)])

    # Folios on chapter openers.
    out["opener_no"] = sum(1 for p in openers if p >= body_first and any(
        len(l) == 1 and FOLIO.match(l[0][4]) and (l[0][1] < top - 2 or l[0][3] > bottom + 2)
        for l in pages[p]))

    # Word spaces of justified lines (those reaching the right edge of the page's measure).
    ratios, dash_wide = [], 0
    heights = {}
    for p in range(body_first, len(pages)):
        for l in text_lines(p):
            h = round(l[0][3] - l[0][1], 1)
            heights[h] = heights.get(h, 0) + 1
    body_h = max(heights, key=heights.get) if heights else 0
    for p in range(body_first, len(pages)):
        ls = text_lines(p)
        if not ls:
            continue
        right = max(l[-1][2] for l in ls)
        for k, l in enumerate(ls):
            if len(l) < 4 or right - l[-1][2] > 0.5:
                continue
            if FOLIO.match(l[-1][4]) and (l[-1][0] - l[-2][2] > 2 * size or
                                          re.fullmatch(r"[.\u2026]+", l[-2][4])):
                continue  # a list entry and its page number (after leaders)
            if abs(l[0][3] - l[0][1] - body_h) > 0.3:  # body text only
                continue
            gaps = [(b[0] - a[2]) / (SPACE_EM * size) for a, b in zip(l, l[1:])]
            r = sum(gaps) / len(gaps)
            ratios.append(r)
            near = text(l) + " " + (text(ls[k + 1]) if k + 1 < len(ls) else "")
            if DASHED.search(near) and r > 2.0:
                dash_wide += 1
    out["justified_lines"] = len(ratios)
    out["space_median"] = round(percentile(ratios, 0.5), 2)
    out["space_p95"] = round(percentile(ratios, 0.95), 2)
    out["space_over_1_5_pct"] = round(100 * sum(1 for r in ratios if r > 1.5) / max(1, len(ratios)),
                                      2)
    out["space_max"] = round(max(ratios, default=0), 2)
    out["dash_wide"] = dash_wide
    del out["_title_rows"]
    return out


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    f = figures(sys.argv[1], sys.argv[2])
    if "--json" in sys.argv:
        print(json.dumps(f))
    else:
        for k, v in f.items():
            print(f"{k:22} {v}")


if __name__ == "__main__":
    main()
