#!/usr/bin/env python3
"""Hostile made-up pages for the readers (issue 12): one shape of line or block repeated up
to a size, so that a rule doing work that grows with the page inside its loop over the page
shows as a time that grows faster than the page. Used by bench/run-hostile.

    bench/hostile_pages.py CASE SIZE FORM OUT     FORM: txt or html; SIZE in bytes
    bench/hostile_pages.py --list                 the cases, one a line

Each page is a header (topic, title, date), a lead, the repeated part, a last paragraph and,
for the cases that need one, a tail after an end-of-article marker. Repeated lines carry a
number, so that no two are the same (a line printed twice in a row is a photo's caption).
"""
import sys

HEADER = ["Xây dựng Đảng", "Bài thử: trang dựng để thử sức chịu của bộ đọc",
          "Thứ Hai, 28/01/2019 | 15:27"]
LEAD = "Đoạn mở đầu bình thường của bài viết, nói về công tác xây dựng Đảng ở cơ sở."
BODY = "Chi bộ thôn {n} sinh hoạt định kỳ, đảng viên học tập và làm theo nghị quyết của Đảng."
LAST = "Đoạn cuối của bài viết, ở các thôn, ấp."

# Each case: the repeated unit (a list of lines; {n} is the unit's number) and, when the
# case needs one, the tail after the article's end (also repeated, half the size).
CASES = {
    "body": (["{body}"], None),
    "captions": (["Ảnh: Đồng chí Nguyễn Văn An phát biểu tại hội nghị số {n}", "{body}"], None),
    "photo-markers": (["[img]", "Đồng chí Nguyễn Văn An trao quà cho các hộ nghèo thôn {n}.",
                       "{body}"], None),
    "link-titles": (["Hội nghị triển khai nhiệm vụ công tác xây dựng Đảng năm {n}", "{body}"],
                    ["Hội nghị triển khai nhiệm vụ công tác xây dựng Đảng tháng {n} (28/01/2019)"]),
    "link-run": (["» Hội nghị triển khai nhiệm vụ công tác xây dựng Đảng năm {n}"], None),
    "date-lines": (["Thứ Hai, 28/01/2019 | 15:{n2}", "{body}"], None),
    "bylines": (["Nguyễn Văn An {n}", "{body}"], None),
    "writer-credits": (["Theo Nhân dân", "Bài và ảnh: NGUYỄN VĂN AN", "{body}"], None),
    "breadcrumbs": (["Trang chủ > Xây dựng Đảng > Tin tức số {n}", "{body}"], None),
    "ends-markers": (["Từ khóa: xây dựng Đảng, chi bộ {n}", "{body}"], None),
    "footers": (["{body}", "Địa chỉ: số {n} Hoàng Quốc Việt, Hà Nội"], None),
    "related-boxes": (["Tin liên quan", "» Hội nghị triển khai nhiệm vụ năm {n}",
                       "» Hội nghị tổng kết công tác Đảng năm {n}", "{body}", "{body}"], None),
    "see-more": (["Xem thêm: Hội nghị triển khai nhiệm vụ năm {n}", "{body}"], None),
    "comment-notices": (["Leave a reply", "Tin"], None),
    "headings": (["{n}. Nâng cao chất lượng sinh hoạt chi bộ", "{body}"], None),
    "title-repeats": (["{title}", "{body}"], None),
    "spacer-lines": ([" "], None),  # a line of one space alone between blank lines
    # Word's note under an alt text (image_lines.h), the same line each time: each note looks
    # up for its alt text, over the notes left out above it (text_prepare.cpp)
    "word-notes": (["Description automatically generated"], None),
    "wrapped-lines": (["chi bộ thôn {n} sinh hoạt định kỳ, đảng viên học tập và làm theo"],
                      None),  # text: one newline apart, all one paragraph
    "deep-paragraphs": (["Chi bộ họp lần {n}."], None),  # HTML: inside 390 <div>
    "tail": ([], ["Hội nghị triển khai nhiệm vụ công tác xây dựng Đảng năm {n}"]),
    "long-line": (None, None),
    "image-line": (None, None),  # one line of <image> elements (text; image_markup.h)
    # a lead of half the size, then lines that open with the lead's event, each asked whether
    # it names the lead's event (event_caption.h): the lead must be read once, not per line
    "long-lead": (["Hội nghị triển khai nhiệm vụ chi bộ thôn {n} bầu Ban Chi ủy gồm 3 đồng chí.",
                   "{body}"], None),
}


def fill(line, n):
    return line.format(n=n, n2=f"{n % 60:02d}", body=BODY.format(n=n), title=HEADER[1])


def lines_of(case, size, cost):
    unit, tail = CASES[case]
    out = HEADER + [LEAD]
    if unit is None and case == "image-line":  # one line of the whole size: images' markup
        return out + ["<image>ảnh</image>" * max(1, size // 20), LAST]
    if unit is None:  # one line of the whole size: words, no full stop
        words = []
        n, used = 0, 0
        while used < size:
            w = f"chữ{n}"
            words.append(w)
            used += len(w.encode()) + 1
            n += 1
        return out + [" ".join(words), LAST]
    body_size = size // 2 if tail else size
    if case == "long-lead":  # the lead takes half the size: the event's words, again and again
        words = "Hội nghị triển khai nhiệm vụ của chi bộ thôn Đông".split()
        n_words = max(1, size // 2 // 8)
        out[-1] = " ".join(words[i % len(words)] for i in range(n_words)) + "."
        body_size = size // 2
    used, n = 0, 0
    while unit and used < body_size:
        for line in unit:
            s = fill(line, n)
            out.append(s)
            used += cost(s)
        n += 1
    out.append(LAST)
    if tail:
        out.append("Tin liên quan")
        used, n = 0, 0
        while used < size - body_size:
            for line in tail:
                s = fill(line, n)
                out.append(s)
                used += cost(s)
            n += 1
    return out


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write(case, size, form, path):
    if form == "txt":
        lines = lines_of(case, size, lambda s: len(s.encode()) + 2)  # and "\n\n"
    else:
        lines = lines_of(case, size, lambda s: len(html_escape(s).encode()) + 10)  # <p></p>
    with open(path, "w", encoding="utf-8") as f:
        if form == "txt":
            if case == "wrapped-lines":  # the header apart, the rest one paragraph
                f.write("\n\n".join(lines[:4]) + "\n\n" + "\n".join(lines[4:]) + "\n")
            else:
                f.write("\n\n".join(lines) + "\n")
            return
        f.write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"
                f"{html_escape(lines[1])}</title></head><body>\n"
                f"<div class=\"breadcrumb\">{html_escape(lines[0])}</div>\n"
                f"<h1>{html_escape(lines[1])}</h1>\n<p class=\"date\">{html_escape(lines[2])}</p>\n")
        deep = 390 if case == "deep-paragraphs" else 0  # under the reader's 400 levels
        f.write("<div>" * deep)
        for line in lines[3:]:
            tag = "h3" if line.startswith(("Tin liên quan", "Xem thêm")) else "p"
            f.write(f"<{tag}>{html_escape(line)}</{tag}>\n")
        f.write("</div>" * deep + "</body></html>\n")


def main():
    if sys.argv[1:] == ["--list"]:
        print("\n".join(CASES))
        return
    if len(sys.argv) != 5 or sys.argv[1] not in CASES or sys.argv[3] not in ("txt", "html"):
        sys.exit(__doc__)
    write(sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4])


if __name__ == "__main__":
    main()
