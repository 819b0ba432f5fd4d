"""The author's name out of a chosen byline line: a small general extractor, so that the model's
author can be compared with the expected field exactly, as bench/run-accuracy compares the
rules' (README.md). Cuts a leading label, a date or time and what follows, a photo credit, an
outlet after a slash or in brackets, a role or desk after a dash or comma."""
import re

from pages import DATE_RE, TIME_RE

LABEL_RE = re.compile(r"(?i)^(?:tác giả(?: bài viết)?|tin,?\s*(?:và\s*)?ảnh|bài,?\s*(?:và\s*)?ảnh|"
                      r"tin|bài|thực hiện|by|bởi|theo|nguồn|ctv|người viết|phóng viên)"
                      r"\s*[:\-–]?\s*")
ACADEMIC = re.compile(r"(?i)^(?:ths|ts|pgs|gs|cn|ks|bs|ls|nhà báo|đại tá|thượng tá|trung tá|"
                      r"thiếu tá|đại úy)\.?$")
ORG_START = {"Đài", "Hội", "Ban", "Đảng", "Huyện", "Xã", "Phòng", "Trung", "Báo", "Ủy", "Uỷ", "Cán",
             "Bí", "Phó", "Chủ", "Trưởng", "Văn", "Sở", "Đoàn"}


def _name_like(part, caps_line):
    toks = part.split()
    if not 1 <= len(toks) <= 4 or any(not t[:1].isupper() for t in toks):
        return False
    if toks[0] in ORG_START:
        return False
    if not caps_line and any(t.isupper() and len(t) <= 5 for t in toks):
        return False  # an acronym: a desk or an outlet
    return True


def author_of(line):
    s = line.strip()
    for _ in range(2):
        s = LABEL_RE.sub("", s)
    m = re.search(r"(?i)\s*[-–]?\s*(?:ảnh|ngày đăng|đăng tải|lượt xem|cập nhật)\s*:", s[1:])
    if m:
        s = s[: m.start() + 1]
    for rx in (DATE_RE, TIME_RE):
        m = rx.search(s)
        if m and m.start() > 0:
            s = s[: m.start()]
    s = re.sub(r"\s\..*$", "", s)
    if s.startswith("(") and s.endswith(")") and s.count("(") == 1:
        s = s[1:-1]
    s = re.sub(r"\((?!thực hiện)[^)]*\)", " ", s).strip()
    s = re.sub(r"/(?!\d).*$", "", s)
    # academic titles before a comma stay with the name
    parts = [x.strip() for x in s.split(",")]
    keep = []
    for part in parts:
        keep.append(part)
        if not ACADEMIC.match(part):
            break
    s = ", ".join(keep)
    pieces = re.split(r"\s*[–]\s*|\s+-\s*|\s*-\s+", s)
    caps_line = s.isupper()
    out = [pieces[0]]
    for piece in pieces[1:]:
        if _name_like(piece, caps_line) and (caps_line or not piece.isupper()):
            out.append(piece)
        else:
            break
    sep = re.search(r"\s*[-–]\s*", s)
    s = (sep.group(0) if sep and len(out) > 1 else " - ").join(out)
    s = s.strip(" *:-–,")
    return s if re.search(r"\.\w+\.$", s) else s.rstrip(".")
