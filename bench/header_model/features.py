"""Site-agnostic features of one candidate line of a page (README.md beside this file).

Every feature describes the shape of the line and of its neighbours: position, length,
capitals, closing punctuation, digits, date and time tokens, link-ish characters, the shape of
a Vietnamese name, a leading label word, the distance to the page's first long paragraph.
Nothing names a site. Values are in [0, 1] or small counts, so one learning rate fits all.
"""
import math
import os
import re

from pages import DATE_RE, SHORT_DATE_RE, TIME_RE, dates_in

WEEKDAY_RE = re.compile(r"\b(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật|CN)\b",
                        re.IGNORECASE)


def _family_names():
    """The reader's one list of family names (src/article/family_names.cpp's kFamilyNames, each
    entry {"key", kKind}), every kind: the C++ scorer counts the same names."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "article",
                        "family_names.cpp")
    with open(path, encoding="utf-8") as f:
        src = f.read()
    table = re.search(r"kFamilyNames\[\] = \{(.*?)\n\};", src, re.S).group(1)
    keys = re.findall(r'\{"([^"]+)", k\w+\}', table)
    # an entry written in another form would drop out of the Python alone
    assert keys and len(keys) == table.count('{"'), "family names unread in " + path
    return keys


SURNAMES = {k.title() for k in _family_names()}
AUTHOR_LABELS = ("tác giả", "bài và ảnh", "bài, ảnh", "bài:", "theo ", "nguồn", "pv", "người viết",
                 "biên tập", "tin, ảnh", "tin và ảnh", "tin:", "thực hiện", "nhóm pv", "phóng viên",
                 "bài viết", "người đăng", "đăng bởi", "viết bởi", "posted by", "by ")
DATE_LABELS = ("cập nhật", "ngày đăng", "đăng lúc", "đăng ngày", "ngày cập nhật", "thời gian",
               "xuất bản", "ngày:", "posted", "published", "ngày xuất bản", "đăng vào", "gửi lúc")
CHROME_LABELS = ("trang chủ", "home", "lượt xem", "chia sẻ", "bình luận", "in bài", "tags", "từ khóa",
                 "tin liên quan", "tin khác", "xem thêm", "đọc thêm", "lượt đọc", "view", "print",
                 "bản in", "gửi email", "quay lại", "facebook", "zalo", "tweet", "chuyên mục",
                 "chi tiết", "trang thông tin", "cổng thông tin", "chào mừng", "hotline",
                 "liên kết", "google", "xem bình luận", "admin", "đăng nhập", "tìm kiếm", "menu",
                 "sidebar", "-a a", "a a", "trang web", "website")
CAPTION_LABELS = ("ảnh:", "ảnh minh họa", "ảnh minh hoạ", "hình:", "(ảnh", "ảnh ", "hình ")
LINKISH = set(">|»›«/")
# v2: general shapes of prose, captions and lists (drawn from the pooled v1 misses)
OPENERS_RE = re.compile(r"(?i)^(?:sáng|chiều|tối|trưa|ngày|trong|vừa qua|căn cứ|thực hiện|nhằm|"
                        r"được|với|qua|hôm nay|sáng nay|chiều nay|từ ngày|sau|tại|để|nhân dịp|"
                        r"thời gian qua|những năm qua|năm \d{4})\b")
HONORIFIC_RE = re.compile(r"(?i)^(?:đ/c|đc|đồng chí|ông|bà|các đồng chí|lãnh đạo)\s")
NUMBERED_RE = re.compile(r"^(?:\d{1,2}[.)/]|[IVX]{1,4}[.)]|[-–+•*])\s")
TITLE_PREFIX_RE = re.compile(r"(?i)^(?:(?:ths|ts|pgs|gs|cn|ks|bs|ls|nhà báo|luật sư|đại tá|thượng tá|"
                             r"trung tá|thiếu tá|đại úy|thượng úy|trung úy)\.?,?\s*)+")
TOKEN_RE = re.compile(r"\w+", re.UNICODE)
LONG = 30  # words of a body paragraph


def _digit(c):
    """An ASCII digit (the C++ port's meaning: no other script's digits in these pages)."""
    return "0" <= c <= "9"


def _words(line):
    return line.split()


def _caps_share(tokens):
    alpha = [t for t in tokens if t[:1].isalpha()]
    if not alpha:
        return 0.0
    return sum(1 for t in alpha if t[0].isupper()) / len(alpha)


def _all_caps(line):
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _date_only(line):
    """Every token of the line is a date, a time, a weekday, a label word or a separator."""
    rest = DATE_RE.sub(" ", line)
    rest = TIME_RE.sub(" ", rest)
    rest = WEEKDAY_RE.sub(" ", rest)
    rest = re.sub(r"(?i)\b(?:cập nhật|ngày|đăng|lúc|giờ|gmt|am|pm|update[d]?|posted|thời gian|"
                  r"xuất bản|\d+)\b", " ", rest)
    rest = re.sub(r"[\W_]+", "", rest)
    return line != "" and rest == "" and (DATE_RE.search(line) or TIME_RE.search(line)) is not None


def _name_shape(line):
    """2–5 capitalised syllables (a Vietnamese name), after cutting an outlet in brackets or
    after a slash, a leading label and a trailing dash part."""
    s = re.sub(r"\([^)]*\)", " ", line)
    s = s.split("/")[0]
    s = re.sub(r"(?i)^(?:tác giả|bài và ảnh|bài, ảnh|bài|ảnh|theo|nguồn|tin|thực hiện)\s*:?\s*",
               "", s.strip())
    s = TITLE_PREFIX_RE.sub("", s.strip())
    parts = re.split(r"\s[-–]\s|,|;", s)
    toks = _words(parts[0]) if parts else []
    toks = [t.strip(".:") for t in toks if t.strip(".:")]
    if not 1 <= len(toks) <= 5:
        return 0.0, 0.0
    caps = all(t[0].isupper() for t in toks if t[0].isalpha()) and any(t[0].isalpha() for t in toks)
    sur = 1.0 if toks[0].title() in SURNAMES else 0.0
    return (1.0 if caps and len(toks) >= 2 else 0.5 if caps else 0.0), sur


def _starts(low, labels):
    return 1.0 if any(low.startswith(x) for x in labels) else 0.0


def line_shape(line):
    """The few shape facts that neighbours' features reuse."""
    w = len(_words(line))
    return {
        "short": 1.0 if w <= 3 else 0.0,
        "mid": 1.0 if 4 <= w < LONG else 0.0,
        "long": 1.0 if w >= LONG else 0.0,
        "date": 1.0 if DATE_RE.search(line) else 0.0,
        "dateonly": 1.0 if _date_only(line) else 0.0,
        "name": _name_shape(line)[0] if w <= 8 else 0.0,
        "caps": 1.0 if _all_caps(line) else 0.0,
        "stop": 1.0 if line.endswith((".", "…", "!", "?")) else 0.0,
    }


NEIGHBOUR_KEYS = ["short", "mid", "long", "date", "dateonly", "name", "caps", "stop"]


def page_features(page, role):
    """(feature names, [feature vector per candidate line]) of one page for one role."""
    lines = page["lines"]
    n = len(lines)
    shapes = [line_shape(x) for x in lines]
    first_long = next((i for i, s in enumerate(shapes) if s["long"]), n)
    counts = {}
    for x in lines:
        counts[x] = counts.get(x, 0) + 1
    first_mid = next((i for i, (x, s) in enumerate(zip(lines, shapes))
                      if s["mid"] and not s["stop"] and not s["date"]), -1)
    first_date = next((i for i, s in enumerate(shapes) if s["date"]), -1)
    names, rows = None, []
    for i in page["cand"][role]:
        line = lines[i]
        low = line.lower()
        toks = _words(line)
        w = len(toks)
        s = shapes[i]
        name, sur = _name_shape(line) if w <= 8 else (0.0, 0.0)
        d = first_long - i
        f = {
            "bias": 1.0,
            "pos": min(i, 25) / 25.0,
            "pos0": 1.0 if i == 0 else 0.0,
            "pos_lt3": 1.0 if i < 3 else 0.0,
            "from_end": min(n - 1 - i, 25) / 25.0,
            "last": 1.0 if i == n - 1 else 0.0,
            "end_lt3": 1.0 if n - 1 - i < 3 else 0.0,
            "in_tail": 1.0 if i >= 25 else 0.0,
            "words_log": math.log1p(w) / 5.0,
            "w_le3": s["short"],
            "w_4_8": 1.0 if 4 <= w <= 8 else 0.0,
            "w_9_30": 1.0 if 9 <= w < LONG else 0.0,
            "w_long": s["long"],
            "w_ge60": 1.0 if w >= 60 else 0.0,
            "chars_log": math.log1p(len(line)) / 7.0,
            "caps_share": _caps_share(toks),
            "all_caps": s["caps"],
            "lower_start": 1.0 if line[:1].islower() else 0.0,
            "ends_stop": 1.0 if line.endswith((".", "…")) else 0.0,
            "ends_qe": 1.0 if line.endswith(("?", "!")) else 0.0,
            "ends_colon": 1.0 if line.endswith(":") else 0.0,
            "ends_quote": 1.0 if line.endswith(('"', "”", "'")) else 0.0,
            "has_digit": 1.0 if any(_digit(c) for c in line) else 0.0,
            "digit_share": sum(_digit(c) for c in line) / max(1, len(line)),
            "n_dates": min(len(dates_in(line)), 3) / 3.0,
            "date": s["date"],
            "short_date": 1.0 if SHORT_DATE_RE.search(line) else 0.0,
            "time": 1.0 if TIME_RE.search(line) else 0.0,
            "weekday": 1.0 if WEEKDAY_RE.search(line) else 0.0,
            "date_only": s["dateonly"],
            "date_short_line": 1.0 if s["date"] and w <= 12 else 0.0,
            "linkish": min(sum(c in LINKISH for c in line), 4) / 4.0,
            "pipe": 1.0 if "|" in line else 0.0,
            "gt": 1.0 if (">" in line or "»" in line or "›" in line) else 0.0,
            "paren": 1.0 if "(" in line else 0.0,
            "slash": 1.0 if "/" in line else 0.0,
            "dash_sep": 1.0 if re.search(r"\s[-–]\s", line) else 0.0,
            "quote_in": 1.0 if re.search(r"[\"“”]", line) else 0.0,
            "colon_in": 1.0 if ":" in line[:-1] else 0.0,
            "url": 1.0 if re.search(r"(?i)https?:|www\.|\.vn\b|\.com\b|@", line) else 0.0,
            "name_shape": name,
            "surname": sur,
            "name_x_end": name * (1.0 if n - 1 - i < 4 else 0.0),
            "name_x_head": name * (1.0 if i < first_long else 0.0),
            "lbl_author": _starts(low, AUTHOR_LABELS),
            "lbl_date": _starts(low, DATE_LABELS),
            "lbl_chrome": _starts(low, CHROME_LABELS),
            "lbl_caption": _starts(low, CAPTION_LABELS),
            "has_anh_paren": 1.0 if re.search(r"(?i)\((?:ảnh|nguồn)", line) else 0.0,
            "before_long1": 1.0 if d == 1 else 0.0,
            "before_long2": 1.0 if d == 2 else 0.0,
            "before_long3_5": 1.0 if 3 <= d <= 5 else 0.0,
            "before_long_far": 1.0 if d > 5 else 0.0,
            "after_long": 1.0 if d < 0 else 0.0,
            "is_first_long": 1.0 if d == 0 else 0.0,
            "first_mid": 1.0 if i == first_mid else 0.0,
            "repeated": 1.0 if counts[line] > 1 else 0.0,
            "opener": 1.0 if OPENERS_RE.match(line) else 0.0,
            "comma_clause": 1.0 if ", " in line and w >= 10 else 0.0,
            "da_word": 1.0 if re.search(r"(?i)\b(?:đã|đang|sẽ|được)\s", line) else 0.0,
            "honorific": 1.0 if HONORIFIC_RE.match(line) else 0.0,
            "numbered": 1.0 if NUMBERED_RE.match(line) else 0.0,
            "image": 1.0 if re.search(r"(?i)!\[|\.(?:jpe?g|png|gif)\b", line) else 0.0,
            "title_prefix": 1.0 if TITLE_PREFIX_RE.match(line) else 0.0,
            "name_then_more": 1.0 if name and re.search(r"\s[-–]\s|,", line) else 0.0,
            "first_date_line": 1.0 if i == first_date else 0.0,
            "date_rank_later": 1.0 if s["date"] and i > first_date else 0.0,
        }
        for side, j in (("prev", i - 1), ("next", i + 1)):
            if 0 <= j < n:
                for k in NEIGHBOUR_KEYS:
                    f[f"{side}_{k}"] = shapes[j][k]
                f[f"{side}_none"] = 0.0
            else:
                for k in NEIGHBOUR_KEYS:
                    f[f"{side}_{k}"] = 0.0
                f[f"{side}_none"] = 1.0
        if names is None:
            names = list(f)
        rows.append([f[k] for k in names])
    return names, rows
