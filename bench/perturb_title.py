"""bench/run-perturb's title kinds (session 18, issue 9): the page's title line rewritten, or
lines set around it, the way other real sites print a title. run-perturb imports this module
and adds `kinds(on_line)` to its own; tests/bench/perturb_title_test.py checks each rewrite on
small strings.

The shapes, each seen on real pages:
- the title in capitals (many sites' h1), or in title case (Each Word Capitalised);
- the site's name after it, as a page's `<title>` line carries it (` - Báo Đà Nẵng`,
  ` | Cổng TTĐT huyện Tân Yên`, ` – Đảng bộ tỉnh Bình Thuận`);
- the title printed twice: the `<title>` line (with or without the site's name) at the page's
  top and the h1 where it was, or the same line twice in a row;
- the title wrapped over two lines (at its middle space, or before its last two words);
- the category on the title's line before it (`Tin tức  <title>`, `Thời sự | <title>`);
- a line of the page's date, or a view counter, just above or below the title.
The expected title stays the same: the reader should find it under each of these.
"""
import re

SITES = [("' - Báo X'", " - Báo Đà Nẵng"), ("' | Cổng TTĐT X'", " | Cổng TTĐT huyện Tân Yên"),
         ("' – Đảng bộ X'", " – Đảng bộ tỉnh Bình Thuận")]
CATEGORIES = [("'Tin tức  T'", "Tin tức  "), ("'Thời sự | T'", "Thời sự | "),
              ("'XÂY DỰNG ĐẢNG\\tT'", "XÂY DỰNG ĐẢNG\t")]
_LETTER = re.compile(r"[^\W\d_]")


def capitals(line):
    """The title in capitals; None when it is in capitals already."""
    new = line.upper()
    return new if new != line else None


def title_case(line):
    """Every word's first letter a capital, the rest small ("Hội Nghị Tổng Kết"); a word with
    no letter stays as it is."""
    words = line.split(" ")
    out = []
    for w in words:
        m = _LETTER.search(w)
        if not m:
            out.append(w)
            continue
        i = m.start()
        out.append(w[:i] + w[i].upper() + w[i + 1:].lower())
    new = " ".join(out)
    return new if new != line else None


def site_name(lines, i, suffix):
    """The title line i with the site's name after it, as a `<title>` line."""
    out = list(lines)
    out[i] = lines[i].rstrip() + suffix
    return out


def printed_twice(lines, i, suffix=None, adjacent=False):
    """The title line i printed again: at the page's top (a `<title>` line, with the site's
    name after it when suffix is given), or right after it (adjacent)."""
    title = lines[i].strip()
    if adjacent:
        return lines[:i + 1] + [lines[i]] + lines[i + 1:]
    if i == 0 and not suffix:
        return None  # already at the top: the top copy would be the adjacent one
    return [title + (suffix or "")] + list(lines)


def wrapped(lines, i, where):
    """The title line i broken over two lines: at the space nearest its middle ("middle"), or
    before its last two words ("tail"). None when the title has too few words."""
    line = lines[i]
    lead = line[:len(line) - len(line.lstrip())]
    words = line.split()
    if len(words) < 4:
        return None
    if where == "tail":
        k = len(words) - 2
    else:
        half = len(line.strip()) / 2
        k, pos = 1, 0
        best = None
        for n in range(1, len(words)):
            pos = len(" ".join(words[:n]))
            if best is None or abs(pos - half) < best:
                best, k = abs(pos - half), n
    first, second = " ".join(words[:k]), " ".join(words[k:])
    return lines[:i] + [lead + first, second] + lines[i + 1:]


def category(lines, i, before):
    """The title line i with a category before it on the same line."""
    out = list(lines)
    out[i] = before + lines[i].lstrip()
    return out


def dmy(iso):
    if not iso:
        return None
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def line_beside(lines, i, text, below):
    """A line `text` set just above the title line i, or just below it."""
    if text is None:
        return None
    at = i + 1 if below else i
    return lines[:at] + [text] + lines[at:]


def kinds(on_line):
    """(name, target, rewrite, folded fields) as run-perturb's kinds(); on_line is its wrapper
    of a one-line rewrite (the line's echoes rewritten alike)."""
    out = [("title in capitals", "title", on_line(lambda s, e, r: capitals(s)), {"title"}),
           ("title in title case", "title", on_line(lambda s, e, r: title_case(s)), {"title"})]
    for shown, suffix in SITES:
        out.append((f"title + site {shown}", "title",
                    lambda ls, i, e, r, s=suffix: site_name(ls, i, s), set()))
    out.append(("title twice: <title> at top", "title",
                lambda ls, i, e, r: printed_twice(ls, i), set()))
    out.append(("title twice: <title> - Báo X at top", "title",
                lambda ls, i, e, r: printed_twice(ls, i, SITES[0][1]), set()))
    out.append(("title twice in a row", "title",
                lambda ls, i, e, r: printed_twice(ls, i, adjacent=True), set()))
    for where in ("middle", "tail"):
        out.append((f"title wrapped at its {where}", "title",
                    lambda ls, i, e, r, w=where: wrapped(ls, i, w), set()))
    for shown, before in CATEGORIES:
        out.append((f"title after category {shown}", "title",
                    lambda ls, i, e, r, b=before: category(ls, i, b), set()))
    for below in (False, True):
        side = "below" if below else "above"
        out.append((f"date line {side} title", "title",
                    lambda ls, i, e, r, b=below: line_beside(ls, i, dmy(e.get("date")), b), set()))
        out.append((f"counter {side} title", "title",
                    lambda ls, i, e, r, b=below: line_beside(ls, i, "Lượt xem: 1.234", b), set()))
    return out
