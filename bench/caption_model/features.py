"""The features of a candidate caption line, read from the line and its neighbours (README.md).

Cheap on purpose: each is a count, a ratio or a yes/no that the C++ reader could compute from
the same lines. page_features(page) gives one row per candidate line, NAMES says what each
column is (column 0 is the bias).
"""
import re
import statistics

LONG = 30  # words: a line this long that ends a sentence is prose
SCENE = ("phát biểu", "trao", "tặng", "chụp ảnh", "tham quan", "dâng hoa", "quang cảnh",
         "toàn cảnh", "tặng quà", "kiểm tra", "thăm", "chúc mừng", "dự", "báo cáo",
         "biểu quyết", "ra mắt", "khai mạc", "cắt băng", "ký kết", "trồng cây")
PERSON = ("đồng chí", "đ/c", "ông", "bà", "các đồng chí", "lãnh đạo", "đại biểu")
_MARK = re.compile(r"(?:^|[\s(\[])(?:ảnh|hình|photo)\s*(?:minh\s+h(?:ọa|oạ))?\s*[:)]|"
                   r"ảnh minh h(?:ọa|oạ)|\(ảnh|^ảnh\s", re.IGNORECASE)
# a credit closing the line: 'Ảnh: Minh Hà', 'Ảnh KT', '(Ảnh: TTXVN)' (the name capitalised)
_CREDIT = re.compile(r"(?i:ảnh|tin,? ảnh|photo)\s*:?\s*[A-ZĐ]\S*(?:\s+[A-ZĐ]\S*)*\)?\s*$|"
                     r"\((?i:ảnh|photo)[^()]*\)\s*$")
_DASH = re.compile(r"\s[-–—]\s|,\s")
_IMAGE = re.compile(r"\.(?:jpe?g|png|gif|webp)\b|^\[?(?:image|img|hình|ảnh)\b[^\s]*\]?$|"
                    r"^(?:một số|một vài)?\s*hình ảnh\b", re.IGNORECASE)

NAMES = ["bias", "words<=4", "words5-12", "words13-25", "words26-40", "words>40",
         "ratio_to_median", "ratio<0.4", "ends.", "ends!?", "ends:", "ends_none",
         "starts_capital", "photo_mark", "photo_credit", "person", "dash_or_comma",
         "person_and_dash", "scene_verb", "prev_long_prose", "next_long_prose", "prev_image",
         "first_third", "last_third", "after_last_long", "printed_twice", "in_parentheses",
         "next_short", "last_line", "starts_scene", "between_prose", "short_between_prose",
         "short_with_period", "short_no_end"]
# words a caption opens with: the scene ('Quang cảnh …', 'Toàn cảnh …') or the person shown
_OPENS = re.compile(r"^[\W_]*(?:quang cảnh|toàn cảnh|các đại biểu|đại biểu|đồng chí|đ/c|đc|"
                    r"lãnh đạo|ông|bà)(?!\w)", re.IGNORECASE)


def words(s):
    return len(s.split())


def _has_word(low, w):
    return re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", low) is not None


def is_prose(s):
    return words(s) >= LONG and s[-1:] in ".!?\"”…)"


def line_features(lines, i, median, last_long, counts):
    s = lines[i]
    low = s.lower()
    n = words(s)
    prev = lines[i - 1] if i else ""
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    end = s.rstrip(" )\"”")[-1:] if s.rstrip(" )\"”") else ""
    ratio = n / median if median else 1.0
    person = any(_has_word(low, w) for w in PERSON)
    dash = bool(_DASH.search(s))
    pos = i / max(1, len(lines) - 1) if len(lines) > 1 else 0.0
    return [
        1.0,
        float(n <= 4), float(5 <= n <= 12), float(13 <= n <= 25), float(26 <= n <= 40),
        float(n > 40),
        min(ratio, 3.0) / 3.0, float(ratio < 0.4),
        float(end == "."), float(end in "!?" and end != ""), float(end == ":"),
        float(end not in ".!?:…" or end == ""),
        float(s[:1].isupper() or (s[:1] in "(\"“" and s[1:2].isupper())),
        float(bool(_MARK.search(s))), float(bool(_CREDIT.search(s))),
        float(person), float(dash), float(person and dash),
        float(any(_has_word(low, w) for w in SCENE)),
        float(is_prose(prev)), float(is_prose(nxt)),
        float(bool(prev) and bool(_IMAGE.search(prev))),
        float(pos < 1 / 3), float(pos > 2 / 3),
        float(last_long is not None and i == last_long + 1),
        float(counts[low] > 1),
        float(s.startswith("(") and s.endswith(")")),
        float(bool(nxt) and words(nxt) < 25),
        float(i == len(lines) - 1),
        float(bool(_OPENS.search(s))),
        float(is_prose(prev) and is_prose(nxt)),
        float(n <= 25 and is_prose(prev) and is_prose(nxt)),
        float(n <= 25 and end == "."),
        float(n <= 25 and (end not in ".!?:…" or end == "")),
    ]


def page_features(page):
    """One row per candidate line of the page (pages.load_page)."""
    lines = page["lines"]
    prose = [words(x) for x in lines if words(x) >= 15]
    median = statistics.median(prose) if prose else 40.0
    long_idx = [i for i, x in enumerate(lines) if is_prose(x)]
    last_long = long_idx[-1] if long_idx else None
    counts = {}
    for x in page["all"]:
        counts[x.lower()] = counts.get(x.lower(), 0) + 1
    return [line_features(lines, i, median, last_long, counts) for i in range(len(lines))]
