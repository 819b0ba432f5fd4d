#!/usr/bin/env python3
"""bench/caption_lines.py: the reader's caption blocks against an entry's caption_starts
(bench/run-accuracy's caption-line count). A made-up entry: a caption found as written, one
found with the credit the reader put first, one the reader cut short, one missed, and a line
the reader took for a caption that is none; and run-accuracy's tally of a page whose count is
right but whose lines are wrong. CTest runs it (bench/CMakeLists.txt)."""
import os
import sys
import unittest

BENCH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench")
sys.path.insert(0, BENCH)
import caption_lines  # noqa: E402

import bench_script  # noqa: E402  bench/bench_script.py

run_accuracy = bench_script.load("run-accuracy")

# what the entry says: the first 40 characters of each caption's own words, marks left out
LABELS = [
    "Quang cảnh hội nghị tổng kết năm 2026",
    "Đồng chí Bí thư Huyện ủy trao tặng Huy h",  # cut at 40 characters
    "Các đại biểu tham quan mô hình trồng cam",
    "Hội viên nông dân thu hoạch lúa trên cán",  # the reader reads it as a paragraph
]


def cap(text, credit=None):
    return {"type": "caption", "text": text, "credit": credit}


class Match(unittest.TestCase):
    def test_right_missed_extra_and_credit_first(self):
        caps = [
            cap("Quang cảnh hội nghị tổng kết năm 2026."),  # right, a stop the label lacks
            # the page wrote 'Ảnh: Minh Anh Đồng chí …': the reader kept the credit as text
            cap("Ảnh: Minh Anh Đồng chí Bí thư Huyện ủy trao tặng Huy hiệu Đảng cho đảng viên"),
            cap("Các đại biểu tham quan", "Minh Anh"),  # cut short by the reader: still found
            cap("Trang chủ Tin tức Sự kiện"),  # a menu taken for a caption
        ]
        found, missed, extra = caption_lines.match(LABELS, caps)
        self.assertEqual(found, LABELS[:3])
        self.assertEqual(missed, [LABELS[3]])
        self.assertEqual(extra, ["Trang chủ Tin tức Sự kiện"])

    def test_label_that_starts_with_what_the_reader_took_for_a_credit(self):
        # the reader split the first words off as the credit: credit and text together match
        found, missed, extra = caption_lines.match(
            ["Sở Tư pháp cung cấp Hình thức nhận dạng"],
            [cap("Hình thức nhận dạng văn bản công chứng", "Sở Tư pháp cung cấp")])
        self.assertEqual((len(found), missed, extra), (1, [], []))

    def test_a_caption_that_is_only_a_credit(self):
        # 'Ảnh Nguyễn Nam' under the photo: the reader keeps no text, only the credit
        found, missed, extra = caption_lines.match(["Ảnh Nguyễn Nam", "Ảnh minh họa: TTXVN"],
                                                   [cap("", "Nguyễn Nam"), cap("", "TTXVN")])
        self.assertEqual((len(found), missed, extra), (2, [], []))
        found, missed, extra = caption_lines.match(["Ảnh Nguyễn Nam"], [cap("", "Trần Bình")])
        self.assertEqual((found, len(missed), len(extra)), ([], 1, 1))

    def test_marks_case_white_space_and_the_other_d_are_folded(self):
        self.assertEqual(caption_lines.normalise("  (Ảnh)   Ðại  diện  HỘI"), "đại diện hội")
        self.assertEqual(caption_lines.normalise("• Ảnh minh họa: Toàn cảnh"), "toàn cảnh")
        # a caption that is only the mark stays itself
        self.assertEqual(caption_lines.normalise("Ảnh minh họa"), "ảnh minh họa")

    def test_a_caption_answers_one_label(self):
        same = "Phó Bí thư Thường trực Tỉnh ủy trao quà"
        found, missed, extra = caption_lines.match([same, same], [cap(same + " cho gia đình")])
        self.assertEqual((len(found), len(missed), extra), (1, 1, []))

    def test_a_line_of_the_page_is_one_of_its_captions(self):
        labels = ["Đại diện nhà tài trợ cắt băng khánh thà", "Đoàn lân của địa phương vui mừng"]
        is_caption = caption_lines.is_caption_line
        self.assertTrue(is_caption("Đại diện nhà tài trợ cắt băng khánh thành", labels))
        self.assertTrue(is_caption("(Ảnh) Đoàn lân của địa phương vui mừng", labels))
        self.assertFalse(is_caption("Leave a Reply", labels))
        self.assertFalse(is_caption("Đại diện", labels))
        self.assertFalse(is_caption("", labels))
        self.assertFalse(is_caption("Đoàn lân của địa phương vui mừng", []))


class Tally(unittest.TestCase):
    def test_count_right_but_lines_wrong(self):
        lines = run_accuracy.CaptionLines()
        entry = {"file": "trang-1.txt", "captions": 2, "caption_starts": LABELS[:2]}
        page = {"blocks": [cap(LABELS[0]), cap("Trang chủ Tin tức Sự kiện"),
                           {"type": "paragraph", "text": LABELS[1] + "iệu Đảng."}]}
        lines.add(run_accuracy.ROOT, entry, page)
        lines.add(run_accuracy.ROOT, {"file": "trang-2.txt", "captions": 0}, page)  # no labels
        self.assertEqual((lines.labels, lines.pages, lines.found, lines.missed, lines.extra,
                          lines.count_only), (2, 1, 1, 1, 1, 1))


if __name__ == "__main__":
    unittest.main()
