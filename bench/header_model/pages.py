"""Pages of the learning sets, their candidate lines and the lines' labels (title, date,
byline, lead), for the header-model experiment (README.md beside this file).

A page is a `*.txt` of tests/fixtures/real-eval*/ with its expected.json entry. Its candidate
lines are the first HEAD non-empty lines (title, date, byline, lead) and, for the byline
only, the last TAIL non-empty lines too (many sites sign at the foot). A line's label says
which expected field it carries; a page's label for a role is clean when the expected field
is null (the right answer is "no line") or at least one candidate line carries it.
"""
import glob
import html
import json
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import fixture_sets  # noqa: E402  bench/fixture_sets.py: which sets are held out

ROOT = fixture_sets.ROOT
FIXTURES = fixture_sets.FIXTURES
# Never read here: the held-out sets (fixture_sets.held_out), and these learning sets, kept out
# of the model's fit so that the fit stays the one measured (a refit that adds them is a change
# to measure): real-eval29 … 31 (held out in session 13), real-eval32/33 (held out in session 14),
# real-eval34 and real-site34 (held out in session 15), real-eval35 and real-site35 (session 16),
# real-eval36 and real-site36 (session 17), real-eval37 and real-site37 (session 18),
# real-eval38 and real-site38 (session 19), real-eval39 (session 20), real-eval40 (session 21),
# real-eval41 (session 22), real-eval42 (session 23), real-eval43 (session 24),
# real-eval44 (session 25), real-eval45 (session 26), real-eval46 (session 27),
# real-eval47 (session 28), real-eval48 and real-eval49 (session 30), real-eval50 and
# real-eval51 (session 31), real-eval52 and real-eval53 (session 32), real-eval54 and
# real-eval55 (session 33), real-eval56 and real-eval57 (session 34), real-eval58 and
# real-eval59 (session 35), real-eval60 … real-eval63 (session 36),
# real-eval64 and real-eval65 (session 37), real-eval66 and real-eval67 (session 38),
# real-eval68 and real-eval69 (session 39), real-eval70 and real-eval71 (session 40),
# real-eval72 and real-eval73 (session 41), real-eval74 and real-eval75 (session 42),
# real-eval76 and real-eval77 (session 43), real-eval78 and real-eval79 (session 44).
NOT_FITTED = {
    "real-eval29", "real-eval30", "real-eval31", "real-eval32", "real-eval33", "real-eval34",
    "real-site34", "real-eval35", "real-site35", "real-eval36", "real-site36", "real-eval37",
    "real-site37", "real-eval38", "real-site38", "real-eval39", "real-eval40",
    "real-eval41", "real-eval42", "real-eval43", "real-eval44",
    "real-eval45", "real-eval46", "real-eval47", "real-eval48", "real-eval49",
    "real-eval50", "real-eval51", "real-eval52", "real-eval53", "real-eval54",
    "real-eval55", "real-eval56", "real-eval57", "real-eval58", "real-eval59",
    "real-eval60", "real-eval61", "real-eval62", "real-eval63", "real-eval64", "real-eval65",
    "real-eval66", "real-eval67", "real-eval68", "real-eval69", "real-eval70", "real-eval71",
    "real-eval72", "real-eval73", "real-eval74", "real-eval75", "real-eval76", "real-eval77",
    "real-eval78", "real-eval79", "real-eval80", "real-eval81",
    "real-eval82", "real-eval83", "real-eval84", "real-eval85", "real-eval86", "real-eval87",
    "real-eval88", "real-eval89", "real-eval90", "real-eval91", "real-eval92", "real-eval93",
    "real-eval94", "real-eval95", "real-eval96", "real-eval97", "real-eval98", "real-eval99",
    "real-eval100", "real-eval101", "real-eval102", "real-eval103", "real-eval104",
    "real-eval105"
}
HEAD = 25
TAIL = 15


def norm(s):
    """An expected field: entities read, NFC, white space folded."""
    if s is None:
        return ""
    return norm_line(html.unescape(str(s)))


def norm_line(s):
    """A page's line as the reader's title scorer sees it (src/article/title_lines.cpp): NFC,
    every run of white space (str.isspace) one space, trimmed. No entity is read: a text
    page's "&amp;" is what the page shows."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def page_lines(text):
    """The non-empty lines of a page's text ("\n", "\r\n" and "\r" end a line)."""
    lines = (norm_line(x) for x in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return [x for x in lines if x]


# ---- dates -------------------------------------------------------------------------------
_ISO = r"(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?!\d)"
_NUM = r"(?P<nd>\d{1,2})(?P<sep>[/.\-])(?P<nm>\d{1,2})(?P=sep)(?P<ny>\d{4}|\d{2})(?!\d)"
_WORDS = r"(?:ngày\s+)?(?P<wd>\d{1,2})\s+tháng\s+(?P<wm>\d{1,2})\s*(?:,|năm)?\s*(?P<wy>\d{4})"
_SPACED = r"(?P<sd>\d{1,2}) (?P<sm>\d{1,2}) (?P<sy>\d{4})(?!\d)"
DATE_RE = re.compile(rf"(?<!\d)(?:{_ISO}|{_NUM}|{_WORDS}|{_SPACED})", re.IGNORECASE)
SHORT_DATE_RE = re.compile(r"(?<![\d/.\-])\d{1,2}\s*[/\-]\s*\d{1,2}(?![\d/.\-])")
TIME_RE = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3])\s*(?::|h|giờ)\s*[0-5]\d(?!\d)", re.IGNORECASE)


def dates_in(line):
    """The full dates of a line, as YYYY-MM-DD, in order (D/M/Y, Y-M-D, "ngày D tháng M năm Y",
    "D M Y"; M/D/Y when the day-month order only fits that way)."""
    out = []
    for m in DATE_RE.finditer(line):
        g = m.groupdict()
        for p in "inws":
            if g[p + "d"]:
                d, mo, y = g[p + "d"], g[p + "m"], g[p + "y"]
                break
        d, mo, y = int(d), int(mo), int(y) + (2000 if len(y) == 2 else 0)
        if mo > 12 and d <= 12:
            d, mo = mo, d
        if 1 <= d <= 31 and 1 <= mo <= 12 and 1900 <= y <= 2099:
            out.append(f"{y:04d}-{mo:02d}-{d:02d}")
    return out


# ---- pages ---------------------------------------------------------------------------------
def set_names():
    names = []
    for d in glob.glob(os.path.join(FIXTURES, "real-eval*")):
        n = os.path.basename(d)
        if n in NOT_FITTED or fixture_sets.held_out(n):
            continue
        if os.path.isfile(os.path.join(d, "expected.json")):
            names.append(n)
    return sorted(names, key=lambda n: int(n[9:] or 1))


def _word_in(needle, line):
    i = line.find(needle)
    while i >= 0:
        before = line[i - 1] if i else " "
        after = line[i + len(needle)] if i + len(needle) < len(line) else " "
        if not before.isalnum() and not after.isalnum():
            return True
        i = line.find(needle, i + 1)
    return False


def _lead_match(line, lead):
    if not lead:
        return False
    probe = lead[:40]
    return line.startswith(probe) or (len(probe) > 20 and probe[8:] in line[:60])


def load_page(set_name, exp):
    path = os.path.join(FIXTURES, set_name, exp["file"])
    with open(path, encoding="utf-8", newline="") as f:
        lines = page_lines(f.read())
    n = len(lines)
    head = list(range(min(HEAD, n)))
    tail = [i for i in range(max(0, n - TAIL), n) if i >= HEAD]
    title, date, author, lead = (norm(exp.get(k)) for k in ("title", "date", "author", "lead"))
    labels = []
    for i, line in enumerate(lines):
        lab = set()
        if title and line == title:
            lab.add("title")
        if date and date in dates_in(line):
            lab.add("date")
        if author and _word_in(author, line):
            lab.add("byline")
        if lead and _lead_match(line, lead):
            lab.add("lead")
        labels.append(lab)
    page = {
        "set": set_name,
        "file": exp["file"],
        "lines": lines,
        "cand": {"title": head, "date": head, "byline": head + tail, "lead": head},
        "labels": labels,
        "expected": {"title": title, "date": date, "byline": author, "lead": lead},
    }
    page["clean"] = {
        role: (not page["expected"][role])
        or any(role in labels[i] for i in page["cand"][role])
        for role in ("title", "date", "byline", "lead")
    }
    return page


def load_all():
    pages = []
    for s in set_names():
        with open(os.path.join(FIXTURES, s, "expected.json"), encoding="utf-8") as f:
            for exp in json.load(f):
                if exp["file"].endswith(".txt"):
                    pages.append(load_page(s, exp))
    return pages
