"""bench/run-perturb's kinds of what unseen sites break (session 23, issue 9): the shapes that
recur among the held-out sets' misses at first sight (bench/README.md "What unseen sites break
(sessions 15–22's first sights)" counts them) and that no older kind rewrites toward. run-perturb
imports this module and adds `kinds(helpers)` to its own; tests/bench/perturb_unseen_test.py
checks each rewrite on small pages.

The kinds, and why each rewritten page's true fields are known exactly:
- **no title shown**: a titled page with its title line left out (and the title's exact echoes:
  a page that prints it twice), as many stored texts start at the lead or at the first photo.
  The expected title becomes none; every other field stays (the lead is the same text, so only
  pages whose expected lead is written are used, and none where the title's words stand inside
  another line, a breadcrumb, that could honestly be read as the title).
- **captions without their credit**: every caption the reader found on the page as it is loses
  the photo credit at its end (`Ảnh: X`, `(Ảnh: X)`, `- Ảnh: X`, `(Ảnh minh họa)`), its text
  kept, as most unseen captions carry no credit. The caption count stays; a caption that is only
  a credit, or a credit naming the expected author, is left alone.
- **byline glued to the date**: the page's byline (the expected author's name alone on its
  line) glued to its date line, as a CMS prints its author and date fields side by side with no
  space (`Ngô Duy Bách03/09/2020 9:00 AM`, under the title) or with one, at the end
  (`Xuân Tiến 21/03/2022 - 10:45 (GMT+7)`). Only a date line that holds nothing but the date,
  the time and marks (a weekday before it at most), so the glued line holds the same fields.
- **the site's clock**: a masthead clock with another day than the article's over the page's
  first line (`Thứ Năm, 03/12/2026`, `Ngày 03/12/2026 08:15 AM`) or a clock as the page's last
  line (`08:15 03/12/2026`), on dated pages only: the page's own date line is still there, and
  the clock's day is never the article's, so the expected date and time stay.
- **the byline at the foot in unseen forms** (session 25, real-eval43's misses), on pages that
  sign under the last paragraph (bench/perturb_byline.py end_byline), with no tail added: the
  writer's name alone glued after the last paragraph's stop with the label `Tin:` and no space
  (`… tỉnh Trà Vinh.Tin: Trương Thị Yên`, thuvientravinh-1); the compiler's label before the
  name (`T/h: Lâm Huyền`, tuangiao-1); a photographer's credit alone on the line under the
  byline (`Ảnh: Kim Ngân`, thuvientravinh-1), a name drawn from a few, never the author's. The
  expected author stays the name, the last paragraph ends at its stop, no caption is added.
"""
import random
import re

import perturb_byline as pb

# a photo's credit closing a caption: "(Ảnh: X)", "(Ảnh minh họa)", "- Ảnh: X", "Ảnh: X."
_CREDIT_WORD = (r"(?:Ảnh|ẢNH|Ảnh minh họa|Ảnh minh hoạ|ảnh minh họa|ảnh minh hoạ|Nguồn ảnh|"
                r"Ảnh nguồn)")
_CREDIT_END = re.compile(r"\s*[\(\[]\s*" + _CREDIT_WORD + r"\s*(?::[^()\[\]]*)?[\)\]]\s*\.?\s*$|"
                         r"\s*(?:[-–—]\s*)?\b" + _CREDIT_WORD + r"\s*:\s*[^:()]{1,40}$")
_LETTER = re.compile(r"[^\W\d_]")


def drop_credit(line, author=None, norm=lambda s: s):
    """The caption line without the photo credit at its end; None when it has none, when the
    credit is all the line holds, or when the credit names the expected author (that name
    would leave the page with it)."""
    m = _CREDIT_END.search(line)
    if not m or len(m.group(0).split()) > 8:  # a credit is a name or initials, no sentence
        return None
    head = line[:m.start()].rstrip()
    if not _LETTER.search(head):
        return None
    if author and norm(author) and norm(author) in norm(m.group(0)):
        return None
    return head


def rewrite_captions(lines, caption_at, rewrite):
    """Every caption line (indices caption_at) and its exact echoes rewritten by rewrite(line);
    None when rewrite changes no caption (returns None for each)."""
    out, done = list(lines), False
    for i in caption_at:
        new = rewrite(lines[i])
        if new is None:
            continue
        for j, line in enumerate(lines):
            if line == lines[i]:
                out[j] = new
        done = True
    return out if done else None


def drop_credits(lines, caption_at, author=None, norm=lambda s: s):
    """Every caption line (indices caption_at) and its exact echoes without their credit; None
    when no caption has a credit to drop."""
    return rewrite_captions(lines, caption_at, lambda line: drop_credit(line, author, norm))


def caption_stop(line, to):
    """The caption line with its closing full stop dropped (to "drop": "Toàn cảnh hội nghị."
    → "Toàn cảnh hội nghị") or one added (to "add"); None when there is none to drop, or one
    already (or another closing mark: "?", "!", "…", ":", a bracket's stop) to add to."""
    body = line.rstrip()
    if not _LETTER.search(body):
        return None
    if to == "drop":
        if not body.endswith(".") or body.endswith("..") or body.endswith("./."):
            return None
        return body[:-1].rstrip()
    if body[-1] in ".?!…:;)]\"”'»" or not _LETTER.search(body[-1]):
        return None
    return body + "."


def restop_captions(lines, caption_at, to):
    """Every caption line (caption_at) and its exact echoes with caption_stop(line, to); None
    when no caption changes."""
    return rewrite_captions(lines, caption_at, lambda line: caption_stop(line, to))


def cut_after_caption(lines, caption_at, exp, marks, norm):
    """(lines, expect): the page cut right after its last caption that stands below the lead
    and over at least one more line of text, as a store's limit cuts a page where a photo's
    caption ends it. marks: where the lead, date line and byline stand (None when not found).
    The captions over the cut stay (their count is the expected one less those cut away, known
    from the caption lines because only pages whose count was right are counted for captions);
    the title, date and lead stand over the cut; the byline under it goes (expected author
    none). None when no caption qualifies, when the date line or a line naming the author
    would be cut away but for the byline itself, or when the lead is not found."""
    lead, date, byline = marks.get("lead"), marks.get("date"), marks.get("byline")
    if lead is None:
        return None
    under = [i for i in caption_at if i > lead and any(x.strip() for x in lines[i + 1:])]
    if not under:
        return None
    cut = max(under)
    if exp.get("date") and (date is None or date > cut):
        return None  # the date line not found, or cut away: the page's date could not be told
    expect = {"captions": sum(1 for i in caption_at if i <= cut)}
    author = norm(exp.get("author"))
    if author and (byline is None or byline > cut):
        if byline is None or any(author in norm(x) for x in lines[:cut + 1]):
            return None  # where the name stands is not known, or it stands over the cut too
        expect["author"] = None
    return lines[:cut + 1], expect


def drop_title(lines, i, exp, norm):
    """(lines, {"title": None}): the page without its title line i and its echoes (the same
    words in any case); None when the expected lead is not written (the rewritten page's lead
    could not be told), when the expected topic is a kicker of more than six words (over the
    lead it could honestly be read as a title), or when another line holds the title's words
    (a breadcrumb ending in it) or half of them (a shortened title in capitals): a title would
    still be shown."""
    if not norm(exp.get("lead")):
        return None
    if len(norm(exp.get("topic")).split()) > 6:
        return None  # a kicker of a title's length over a lead could be read as a title
    title = norm(lines[i]).casefold()
    if not title:
        return None
    for line in lines:
        n = norm(line).casefold()
        if n != title and n and (title in n or (n in title and 2 * len(n) >= len(title))):
            return None  # the title shortened or inside a breadcrumb: still a title shown
    out = [line for line in lines if norm(line).casefold() != title]
    # the blank line the title stood over goes too, so the page opens at its next line
    while out and not out[0].strip():
        out = out[1:]
    return out, {"title": None}


# what a pure date line holds besides its date and time: marks, a weekday, AM/PM, GMT+7
_DATE_LINE_REST = re.compile(r"^(?:\s|[-–—|,.:()+•/]|[Tt]hứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|"
                             r"[Bb]ảy|\d)|[Cc]hủ\s+[Nn]hật|AM|PM|SA|CH|GMT|\d)*$")


def pure_date_line(line):
    """Whether the line holds a date and nothing but a time, a weekday and marks."""
    return bool(re.search(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}", line)) and \
        bool(_DATE_LINE_REST.match(line))


def glue_byline_to_date(lines, date_at, byline_at, exp, norm, at_date=True):
    """The byline (the expected author's name alone on its line byline_at, a full stop after it
    at most) glued to the pure date line date_at: at the date line's place with no space
    ("Ngô Duy Bách03/09/2020 9:00 AM", at_date) or at the byline's place with one ("Xuân Tiến
    21/03/2022 - 10:45"); the other line goes. None when either line is missing or not so."""
    if date_at is None or byline_at is None or date_at == byline_at:
        return None
    name = norm(lines[byline_at]).rstrip(".").rstrip()
    if not name or name != norm(exp.get("author")):
        return None
    date = lines[date_at].strip()
    if not pure_date_line(date):
        return None
    out = list(lines)
    if at_date:
        out[date_at] = name + date
        del out[byline_at]
    else:
        out[byline_at] = name + " " + date
        del out[date_at]
    return out


CLOCK_DAY = ("03", "12", "2026")  # a Thursday; any day no article of the sets carries
CLOCKS = [("head 'Thứ Năm, 03/12/2026'", "head", "Thứ Năm, {d}/{m}/{y}"),
          ("head 'Ngày 03/12/2026 08:15 AM'", "head", "Ngày {d}/{m}/{y} 08:15 AM"),
          ("tail '08:15 03/12/2026'", "tail", "08:15 {d}/{m}/{y}")]


def site_clock(lines, exp, where, form):
    """The page with a masthead clock over its first line (where "head") or a clock as its
    last line ("tail"); only a dated page, and never on the article's own day."""
    if not exp.get("date"):
        return None
    d, m, y = CLOCK_DAY
    if exp.get("date") == f"{y}-{m}-{d}":
        return None
    clock = form.format(d=d, m=m, y=y)
    if where == "head":
        return [clock, ""] + list(lines)
    body = list(lines)
    while body and not body[-1].strip():
        body.pop()
    return body + ["", clock]


_STOPS = (".", "!", "?", "…")


def foot_byline(lines, exp, h):
    """(i, last, name): the end byline's line i (perturb_byline.end_byline), the last
    paragraph's line last, with only blank lines between, and the expected author's name as
    printed when the byline is that name alone (a full stop after it at most); None otherwise."""
    at = pb.end_byline(lines, exp, h)
    if not at:
        return None
    i, last = at
    if any(x.strip() for x in lines[last + 1:i]):
        return None
    parts = pb.split_byline(lines[i], exp.get("author"), h.norm)
    if not parts or parts[0].strip() or parts[2].strip(" ."):
        return None
    return i, last, parts[1]


def glue_byline_to_stop(lines, exp, h, label="Tin: "):
    """The byline, the author's name alone, glued after the last paragraph's stop with `label`
    and no space ("… tỉnh Trà Vinh.Tin: Trương Thị Yên"); the byline's own line and the blank
    lines over it go. None when the last paragraph's line does not end with the expected
    paragraph's end and a stop."""
    at = foot_byline(lines, exp, h)
    if not at:
        return None
    i, last, name = at
    end = h.norm(exp.get("last_paragraph_end"))
    text = lines[last].rstrip()
    if not end or not h.norm(text).endswith(end) or not text.endswith(_STOPS):
        return None
    return lines[:last] + [text + label + name] + lines[i + 1:]


def label_byline(lines, exp, h, label="T/h: "):
    """The end byline, the author's name alone, with the compiler's `label` before it."""
    at = foot_byline(lines, exp, h)
    if not at:
        return None
    i, _, name = at
    out = list(lines)
    out[i] = label + name
    return out


PHOTOGRAPHERS = ["Kim Ngân", "Hồng Nhị", "Xuân Vũ"]


def credit_under_byline(lines, exp, h, seed=""):
    """A photographer's credit alone ("Ảnh: Kim Ngân") on the line under the end byline, a blank
    line between; the name drawn by a generator seeded with `seed`, never the author's."""
    at = foot_byline(lines, exp, h)
    if not at:
        return None
    i, _, name = at
    names = [n for n in PHOTOGRAPHERS if h.norm(n) != h.norm(name)]
    return lines[:i + 1] + ["", "Ảnh: " + random.Random(seed).choice(names)] + lines[i + 1:]


def kinds(h):
    """(name, "page", rewrite, folded fields) as run-perturb's kinds(); h holds run-perturb's
    title_line, date_line, byline_line, caption_lines and accuracy's norm. A rewrite that
    changes a true field sets ctx["expect"] to the fields the rewritten page should read."""
    def no_title(ls, e, c):
        i = h.title_line(ls, e)
        if i is None:
            return None
        got = drop_title(ls, i, e, h.norm)
        if got is None:
            return None
        ls2, c["expect"] = got
        return ls2

    def no_credit(ls, e, c):
        return drop_credits(ls, h.caption_lines(ls, c.get("article")), e.get("author"), h.norm)

    def glued(at_date):
        return lambda ls, e, c: glue_byline_to_date(ls, h.date_line(ls, e), h.byline_line(ls, e),
                                                    e, h.norm, at_date)

    def restop(to):
        return lambda ls, e, c: restop_captions(ls, h.caption_lines(ls, c.get("article")), to)

    def cut(ls, e, c):
        lead = h.lead_line(ls, e)
        got = cut_after_caption(ls, h.caption_lines(ls, c.get("article")), e,
                                {"lead": lead, "date": h.date_line(ls, e),
                                 "byline": h.byline_line(ls, e)}, h.norm)
        if got is None:
            return None
        ls2, c["expect"] = got
        return ls2

    out = [("unseen: no title shown", "page", no_title, set()),
           ("unseen: captions without credit", "page", no_credit, set()),
           ("unseen: captions' stop dropped", "page", restop("drop"), set()),
           ("unseen: captions' stop added", "page", restop("add"), set()),
           ("unseen: page cut after a caption", "page", cut, set()),
           ("unseen: byline glued before date", "page", glued(True), set()),
           ("unseen: date after end byline", "page", glued(False), set())]
    out += [("unseen: end byline glued '….Tin: X'", "page",
             lambda ls, e, c: glue_byline_to_stop(ls, e, h), set()),
            ("unseen: end byline 'T/h: X'", "page", lambda ls, e, c: label_byline(ls, e, h), set()),
            ("unseen: 'Ảnh: X' alone under end byline", "page",
             lambda ls, e, c: credit_under_byline(ls, e, h, c.get("name", "")), set())]
    for shown, where, form in CLOCKS:
        out.append((f"unseen: site clock {shown}", "page",
                    lambda ls, e, c, w=where, f=form: site_clock(ls, e, w, f), set()))
    return out
