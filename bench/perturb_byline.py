"""bench/run-perturb's kinds of the byline at the page's end (session 19, issue 9): the page's own
byline, where it stands under the last paragraph, rewritten the way other real sites print it,
with another learning site's tail chrome right after it (share buttons, a related-news box, the
footer). run-perturb imports this module and adds `kinds(helpers)` to its own;
tests/bench/perturb_byline_test.py checks each rewrite on small strings.

The forms, each seen on the learning sets' pages (bench/README.md "The byline at the page's
end" counts them):
- a label before the name: `Tác giả:` (5 pages), `Tác giả bài viết:` (4), `Thực hiện:` (5),
  `Tác giả` without its colon (4), in capitals; `CTV` before the name (2);
- the name in brackets `(Thanh Huyền)`, or its role after it `Kim Thủy (CTV)`;
- set to the right by many spaces (9 pages) or by tabs;
- the name's office or unit after a comma (`Đức Nguyên-Hiệp Thương, TTVHTTTTDL`) or in
  brackets (`Nguyễn Hằng ( Huyện Văn Lãng)`) rather than a dash.
The expected author stays the same: the reader should find the name under each of these. A
byline glued to the end of the last paragraph is left out: no learning page shows one (0 of
140 text pages, 1 of 25 saved HTML pages, and there a paragraph of its own).

The `unseen:` forms (session 24) are the end bylines the held-out sets missed at first sight in
forms no learning page showed (bench/README.md "What unseen sites break"): the line framed
(`===== X=====`, real-site36), one syllable of a full name in lower case (`Mai viết Tăng`), a
unit glued after a hyphen where the page had none (`Quang Khải-Q6`), an office's name in
brackets (`(Ban Tuyên giáo)`; `(X)` above takes persons only); and (session 26, real-eval44) the
text credited by both its words, `Tin bài: X`, and the line closing a table's cell, `X |`. The
expected author stays (the lowered syllable is compared folded).
"""
import random
import re

LABELS = [("Tác giả: X", "Tác giả: "), ("Tác giả bài viết: X", "Tác giả bài viết: "),
          ("Thực hiện: X", "Thực hiện: "), ("Tác giả X", "Tác giả "), ("TÁC GIẢ: X", "TÁC GIẢ: "),
          ("CTV X", "CTV ")]
# the byline's own label, taken off before another is put: "Tin, ảnh:", "Tác giả bài viết:",
# "Thực hiện:", "CTV-"
_OWN_LABEL = re.compile(r"^(?:(?:Tin|Bài|Ảnh|Tác giả(?: bài viết)?|Thực hiện)(?:\s*,\s*|\s+và\s+|"
                        r"\s+)?(?:ảnh|video|clip)?\s*[:;]\s*|CTV\s*[-–]?\s*)", re.I)
# a unit after the name: " – VKSND tỉnh Yên Bái", "-Q6", "  - Cán bộ VHTT"
_UNIT = re.compile(r"^\s*[-–—]\s*(?=\S)")


def split_byline(line, author, norm):
    """(label, name, rest): the byline's label before the expected author's name (perhaps
    none), the name as printed, and what follows it (a unit, a full stop); None when the name
    is not on the line as the expected author writes it."""
    core = norm(line)
    a = norm(author)
    if not a:
        return None
    k = core.find(a)
    if k < 0:
        return None
    return core[:k], core[k:k + len(a)], core[k + len(a):]


def relabel(line, author, norm, label):
    """The byline with `label` before the name in place of its own label (none kept)."""
    parts = split_byline(line, author, norm)
    if not parts:
        return None
    own, name, rest = parts
    if own.strip():
        m = _OWN_LABEL.match(own)
        if not m or own[m.end():].strip():
            return None  # something else before the name: no label to change
    if label.strip() == "CTV" and not persons_name(name):
        return None  # a newsroom's role before a person's name only
    return label + name + rest


# a newsroom's role signs no name to bracket ("(PV)" is no site's form, "PV (CTV)" none either)
_ROLES = {"pv", "ctv", "btv", "bbt"}


def persons_name(name):
    """A writer's name (or two, or initials): every word opens with a capital ("Ban Bạn đọc",
    "Đoàn thanh niên thị trấn" are offices), and no newsroom's role."""
    words = [w for w in re.split(r"[\s\-–—]+", name) if w]
    return bool(words) and name.casefold() not in _ROLES and \
        all(w[0].isupper() for w in words if w.casefold() != "và")


def bracketed(line, author, norm, role=None):
    """The name in brackets "(X)", or its role after it "X (CTV)"; only a byline that is
    a person's name alone (no label, no unit)."""
    parts = split_byline(line, author, norm)
    if not parts:
        return None
    own, name, rest = parts
    if own.strip() or rest.strip(" .") or not persons_name(name):
        return None
    return f"{name} ({role})" if role else f"({name})"


def aligned(line, by):
    """The byline set to the right: `by` (many spaces, tabs) before its text."""
    return by + line.strip()


def unit_separator(line, author, norm, form):
    """The unit after the name set apart by a comma (form ",") or in brackets ("()") rather
    than a dash; None when the byline has no unit after a dash."""
    parts = split_byline(line, author, norm)
    if not parts:
        return None
    own, name, rest = parts
    m = _UNIT.match(rest)
    if not m:
        return None
    unit = rest[m.end():].rstrip(" .")
    if re.match(r"(?i)ảnh\b", unit):
        return None  # a photographer's credit ("– Ảnh: Xuân Vũ") is no unit
    if form == ",":
        return f"{own}{name}, {unit}"
    return f"{own}{name} ({unit})"


def framed(line, author, norm, frame="====="):
    """The byline's line between frames ("===== Lan Chi====="), the closing one glued; only a
    line whose name ends a word (no chrome glued to it)."""
    parts = split_byline(line, author, norm)
    if not parts or re.match(r"\w", parts[2]):
        return None
    body = line.strip()
    if body.startswith(frame):
        return None
    return f"{frame} {body}{frame}"


def lowered(line, author, norm):
    """The byline with one syllable of a full name in lower case, the second (the middle name:
    "Mai Viết Tăng" → "Mai viết Tăng"), as a slip of typing; only a person's name of three
    syllables or more, every one capitalised."""
    parts = split_byline(line, author, norm)
    if not parts:
        return None
    own, name, rest = parts
    words = name.split(" ")
    if len(words) < 3 or len(words) > 5 or not persons_name(name) or \
            not all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words):
        return None
    words[1] = words[1].lower()
    return own + " ".join(words) + rest


# the units a site glues after the name with a hyphen: a district, a school, an office
_GLUED_UNITS = ["Q6", "TTVH", "THCS Lê Lợi", "Phòng GD&ĐT"]


def glued_unit(line, author, norm):
    """A person's name alone (a label before it at most) with a unit glued after a hyphen
    ("Quang Khải-Q6"), the unit drawn by a generator seeded with the name."""
    parts = split_byline(line, author, norm)
    if not parts:
        return None
    own, name, rest = parts
    if rest.strip(" .") or not persons_name(name):
        return None
    return f"{own}{name}-{random.Random(name).choice(_GLUED_UNITS)}"


def office_bracketed(line, author, norm):
    """An office's name alone ("Ban Tuyên giáo": not a person's name) in brackets."""
    parts = split_byline(line, author, norm)
    if not parts:
        return None
    own, name, rest = parts
    if own.strip() or rest.strip(" .") or persons_name(name) or len(name.split()) < 2:
        return None
    return f"({name})"


def cell_closed(line):
    """The byline's line closing a table's cell, as a text browser prints it: " |" after it
    ("Trần Trọng Tính (Phòng QLĐT&NCKH) |")."""
    body = line.rstrip()
    return None if body.endswith("|") else body + " |"


def end_byline(lines, exp, h):
    """The byline's line when it stands at the page's end: at or below the line that holds the
    last paragraph's end (a byline under the title is another kind's); None otherwise."""
    i = h.byline_line(lines, exp)
    end = h.norm(exp.get("last_paragraph_end"))
    if i is None or not end:
        return None
    last = None
    for k, line in enumerate(lines):
        if end in h.norm(line):
            last = k
    if last is None or i <= last:
        return None
    return i, last


def tail_donor(ctx, h):
    """Another site's tail chrome, drawn among the chrome pool's donors of other sites by a
    generator seeded with the page's name; None when that donor lends fewer than 2 lines of
    text below its fields. The draw is made on the pool alone, whose donors are chosen on the
    expected fields (run-perturb chrome_pool), so that two binaries draw the same donor for
    each page: the lines a donor lends are those the reader left out of it, and a draw among
    the donors lending 2 lines or more shifted every page's donor when one binary read a donor
    differently (session 49: 36 breaks under evn.com.vn's tail, drawn only because
    saigoncons-1's related box was now left out)."""
    pool = [d for d in ctx["pool"] if d[0] != ctx["site"]]
    if not pool:
        return None
    donor = random.Random(ctx["name"] + "/tail").choice(pool)
    return donor if sum(1 for x in donor[2] if x.strip()) >= 2 else None


def rewrite(lines, exp, ctx, h, form):
    """The page with its end byline rewritten by form(line) (None: kept as it is) and another
    site's tail chrome right under it."""
    at = end_byline(lines, exp, h)
    if not at:
        return None
    i, last = at
    donor = tail_donor(ctx, h)
    if donor is None:
        return None
    tail = [x for x in donor[2] if x.strip()]
    out = list(lines)
    if form is not None:
        new = form(lines[i])
        if new is None or new == lines[i]:
            return None
        out[i] = new
    out = out[:i + 1] + tail + out[i + 1:]
    ctx["shown"] = f"{out[i]!r} + tail of {donor[0]}"
    return out


def kinds(h):
    """(name, "page", rewrite, folded fields) as run-perturb's kinds(); h holds run-perturb's
    byline_line and accuracy's norm."""
    def kind(name, form):
        return (f"end byline {name} + tail", "page",
                lambda ls, e, c, f=form: rewrite(ls, e, c, h, f(e) if f else None), set())

    out = [kind("as it is", None)]
    for shown, label in LABELS:
        out.append(kind(shown, lambda e, lb=label: lambda s: relabel(s, e.get("author"), h.norm,
                                                                    lb)))
    out.append(kind("(X)", lambda e: lambda s: bracketed(s, e.get("author"), h.norm)))
    out.append(kind("X (CTV)", lambda e: lambda s: bracketed(s, e.get("author"), h.norm, "CTV")))
    out.append(kind("right-aligned", lambda e: lambda s: aligned(s, " " * 60)))
    out.append(kind("after tabs", lambda e: lambda s: aligned(s, "\t\t\t")))
    out.append(kind("X, unit", lambda e: lambda s: unit_separator(s, e.get("author"), h.norm, ",")))
    out.append(kind("X (unit)", lambda e: lambda s: unit_separator(s, e.get("author"), h.norm,
                                                                  "()")))

    def unseen(name, form, fold=frozenset()):
        return (f"unseen: end byline {name} + tail", "page",
                lambda ls, e, c, f=form: rewrite(ls, e, c, h, f(e)), set(fold))

    out.append(unseen("===== X=====", lambda e: lambda s: framed(s, e.get("author"), h.norm)))
    out.append(unseen("Mai viết Tăng", lambda e: lambda s: lowered(s, e.get("author"), h.norm),
                      {"author"}))
    out.append(unseen("X-Q6", lambda e: lambda s: glued_unit(s, e.get("author"), h.norm)))
    out.append(unseen("(office)", lambda e: lambda s: office_bracketed(s, e.get("author"),
                                                                       h.norm)))
    # session 26, real-eval44's two author misses at first sight
    out.append(unseen("Tin bài: X", lambda e: lambda s: relabel(s, e.get("author"), h.norm,
                                                                "Tin bài: ")))
    out.append(unseen("X |", lambda e: lambda s: cell_closed(s)))
    return out
