#!/usr/bin/env python3
"""bench/run-perturb's rewrites, on small strings: each kind rewrites what it should (the
dash, the label, the date, the credit it names) and nothing else of the line, and does not
apply where its thing is missing (None), so that the table counts what it says. CTest runs it
(bench/CMakeLists.txt)."""
import os
import random
import sys
import unittest

BENCH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench")
sys.path.insert(0, BENCH)
import bench_script  # noqa: E402  bench/bench_script.py

perturb = bench_script.load("run-perturb")


class Dashes(unittest.TestCase):
    def test_separators_become_the_form_asked(self):
        self.assertEqual(perturb.dashes("Hoàng Hiệp – VKSND tỉnh Yên Bái", "-"),
                         "Hoàng Hiệp-VKSND tỉnh Yên Bái")
        self.assertEqual(perturb.dashes("Quang Khải-Q6", " — "), "Quang Khải — Q6")
        self.assertEqual(perturb.dashes("Thứ Hai, 28/01/2019 - 15:27", "–"),
                         "Thứ Hai, 28/01/2019–15:27")

    def test_a_dates_and_a_numbers_dashes_stay(self):
        self.assertEqual(perturb.dashes("25-04-2019 lúc Covid-19", " — "),
                         "25-04-2019 lúc Covid-19")


class Dates(unittest.TestCase):
    def test_the_expected_date_in_another_form(self):
        line = "Ngày đăng: 25/04/2019 15:35"
        self.assertEqual(perturb.date_form(line, "2019-04-25", "-"), "Ngày đăng: 25-04-2019 15:35")
        self.assertEqual(perturb.date_form(line, "2019-04-25", "."), "Ngày đăng: 25.04.2019 15:35")
        self.assertEqual(perturb.date_form(line, "2019-04-25", "unpad"), "Ngày đăng: 25/4/2019 15:35")
        self.assertEqual(perturb.date_form("5/4/2019", "2019-04-05", "pad"), "05/04/2019")

    def test_another_date_or_no_change_is_no_rewrite(self):
        self.assertIsNone(perturb.date_form("Ngày 26/04/2019", "2019-04-25", "-"))
        self.assertIsNone(perturb.date_form("25/4/2019", "2019-04-25", "unpad"))

    def test_times(self):
        self.assertEqual(perturb.time_form("25/04/2019 15:35", "15:35", "h"), "25/04/2019 15h35")
        self.assertEqual(perturb.time_form("25/04/2019 15:35", "15:35", "giờ"),
                         "25/04/2019 15 giờ 35")
        self.assertIsNone(perturb.time_form("25/04/2019 15:35:20", "15:35", "h"))  # seconds
        self.assertIsNone(perturb.time_form("25/04/2019 15:36", "15:35", "h"))

    def test_the_date_lines_label(self):
        iso = "2019-04-25"
        self.assertEqual(perturb.date_label("Ngày đăng: 25/04/2019", iso, "Đã đăng vào "),
                         "Đã đăng vào 25/04/2019")
        self.assertEqual(perturb.date_label("Ngày đăng: 25/04/2019", iso, "Ngày đăng:"),
                         "Ngày đăng:25/04/2019")
        self.assertEqual(perturb.date_label("  • Cập nhật: 25/04/2019", iso, "Đăng ngày "),
                         "  • Đăng ngày 25/04/2019")
        self.assertEqual(perturb.date_label("25/04/2019 15:35", iso, "Ngày đăng "),
                         "Ngày đăng 25/04/2019 15:35")  # a bare date gets the label
        # a weekday or a sentence before the date is no label
        self.assertIsNone(perturb.date_label("Thứ Năm, 25/04/2019", iso, "Ngày đăng "))
        self.assertIsNone(perturb.date_label("Sáng 25/04/2019, hội nghị", iso, "Ngày đăng "))

    def test_glued_to_the_next_line(self):
        self.assertEqual(perturb.glue_next(["T", "25/04/2019 15:35", "", "Sáng 25/4, …", "x"], 1),
                         ["T", "25/04/2019 15:35Sáng 25/4, …", "x"])
        self.assertIsNone(perturb.glue_next(["T", "25/04/2019"], 1))


class Labels(unittest.TestCase):
    def test_the_bylines_label(self):
        line = "Tin, ảnh: Quang Khải"
        self.assertEqual(perturb.byline_label(line, "nospace"), "Tin,ảnh: Quang Khải")
        self.assertEqual(perturb.byline_label(line, "semicolon"), "Tin, ảnh; Quang Khải")
        self.assertEqual(perturb.byline_label(line, "nocomma"), "Tin ảnh: Quang Khải")
        self.assertEqual(perturb.byline_label(line, "va"), "Tin và ảnh: Quang Khải")
        self.assertEqual(perturb.byline_label(line, "upper"), "TIN, ẢNH: Quang Khải")
        self.assertEqual(perturb.byline_label("Bài: Hà My", "semicolon"), "Bài; Hà My")
        self.assertIsNone(perturb.byline_label("Bài: Hà My", "va"))  # one word: no "và"
        self.assertIsNone(perturb.byline_label("Quang Khải", "upper"))  # no label
        # "Tác giả" is one label, no list: no comma or "và" goes into it
        self.assertIsNone(perturb.byline_label("Tác giả: Hà My", "va"))
        self.assertIsNone(perturb.byline_label("Tác giả: Hà My", "nospace"))
        self.assertEqual(perturb.byline_label("Tác giả: Hà My", "semicolon"), "Tác giả; Hà My")

    def test_the_captions_credit(self):
        line = "Các đại biểu dự hội nghị. Ảnh: Hà My"
        self.assertEqual(perturb.credit(line, "nocolon"), "Các đại biểu dự hội nghị. Ảnh Hà My")
        self.assertEqual(perturb.credit(line, "paren"), "Các đại biểu dự hội nghị. (Ảnh: Hà My)")
        self.assertEqual(perturb.credit(line, "dash"), "Các đại biểu dự hội nghị. - Ảnh: Hà My")
        self.assertEqual(perturb.credit(line, "spaced"), "Các đại biểu dự hội nghị. Ảnh : Hà My")
        self.assertEqual(perturb.credit(line, "upper"), "Các đại biểu dự hội nghị. ẢNH: Hà My")
        self.assertEqual(perturb.credit("Hội nghị (Ảnh: Hà My)", "nocolon"), "Hội nghị (Ảnh Hà My)")
        self.assertIsNone(perturb.credit("Hội nghị (Ảnh: Hà My)", "paren"))  # in brackets already
        self.assertIsNone(perturb.credit("Hội nghị tổng kết năm", "nocolon"))  # no credit
        # a caption's label, not a credit closing it
        self.assertIsNone(perturb.credit("Ảnh: Đồng chí Hà phát biểu", "paren"))


class CaseAndSpace(unittest.TestCase):
    def test_the_authors_case(self):
        self.assertEqual(perturb.recase("Tin, ảnh: Quang Khải", "Quang Khải", "upper"),
                         "Tin, ảnh: QUANG KHẢI")
        self.assertEqual(perturb.recase("THÚY NGA", "THÚY NGA", "title"), "Thúy Nga")
        self.assertIsNone(perturb.recase("Thúy Nga", "Thúy Nga", "title"))  # no change

    def test_one_space_changed(self):
        rng = random.Random(1)
        for to, mark in [("double", "  "), ("nbsp", "\u00a0"), ("tab", "\t")]:
            new = perturb.white("Ngày đăng: 25/04/2019", to, rng)
            self.assertEqual(new.count(mark), 1)
            self.assertEqual(new.replace(mark, " "), "Ngày đăng: 25/04/2019")
        self.assertEqual(perturb.white("Tựa", "trailing", rng), "Tựa ")
        self.assertIsNone(perturb.white("Tựa", "tab", rng))


class WholePages(unittest.TestCase):
    PAGE = ["Tựa bài", "", "Sáng 12/3, Đảng ủy Khối tổ chức Hội nghị sơ kết công tác xây dựng "
            "Đảng quý I năm 2024 và triển khai nhiệm vụ quý II.", "", "Ngắn."]

    def test_hard_wrap_breaks_long_lines_at_spaces_and_keeps_blank_lines(self):
        new = perturb.hard_wrap(self.PAGE, 40)
        self.assertTrue(all(len(x) <= 40 for x in new))
        self.assertEqual(new[:2], ["Tựa bài", ""])
        self.assertEqual(new[-2:], ["", "Ngắn."])
        self.assertEqual(" ".join(new[2:-2]), self.PAGE[2])  # no word lost or cut
        self.assertIsNone(perturb.hard_wrap(["Tựa", "", "Ngắn."], 40))  # nothing to wrap

    def test_wrap_without_blank_lines(self):
        new = perturb.hard_wrap(self.PAGE, 40, blank=False)
        self.assertNotIn("", new)
        self.assertEqual(new[0], "Tựa bài")
        self.assertEqual(new[-1], "Ngắn.")

    def test_line_ends_and_indents(self):
        self.assertEqual(perturb.crlf(["a", "", "b"]), ["a\r", "\r", "b\r"])
        self.assertEqual(perturb.indent(["a", "", "b"], "    "), ["    a", "", "    b"])
        self.assertEqual(perturb.indent(["a", "", "b"], "\t"), ["\ta", "", "\tb"])


class Chrome(unittest.TestCase):
    EXP = {"title": "Tựa bài", "date": "2024-03-12", "author": "Hà My",
           "last_paragraph_end": "kết thúc bài."}
    PAGE = ["Trang chủ", "Tìm kiếm", "Thứ Ba, 12/03/2024", "Tựa bài", "Đoạn một.",
            "Đoạn cuối kết thúc bài.", "Hà My", "Tin cùng chuyên mục", "Liên hệ: 0123"]

    def test_chrome_is_outside_the_fields_span_without_dates_or_the_title(self):
        head, tail = perturb.chrome_of(self.PAGE, self.EXP)
        # the date line above the title is the page's own, not chrome; the byline after the
        # last paragraph is no tail chrome
        self.assertEqual(head, ["Trang chủ", "Tìm kiếm"])
        self.assertEqual(tail, ["Tin cùng chuyên mục", "Liên hệ: 0123"])
        crumb = ["Trang chủ > Tựa bài", "Thứ hai, 26 Tháng 10 2020", "08:15", "Menu"]
        self.assertEqual(perturb.own_lines_out(crumb, self.EXP), ["Menu"])
        self.assertEqual(perturb.chrome_of(["Không tựa", "x"], self.EXP), ([], []))

    def test_lines_the_reader_kept_are_no_chrome(self):
        article = {"title": "Tựa", "blocks": [{"type": "caption", "text": "Ảnh đại biểu"}]}
        self.assertEqual(perturb.dropped(["Ảnh đại biểu", "Menu", "."], article), ["Menu", "."])

    def test_transplant_and_a_donor_of_another_site(self):
        donor = ("b.vn", ["Menu"], ["Liên hệ"])
        self.assertEqual(perturb.transplant(["Tựa", "Thân"], donor),
                         ["Menu", "", "Tựa", "Thân", "", "Liên hệ"])
        pool = [("a.vn", ["A"], []), donor]
        for seed in ("a.vn", "x.txt", "y.txt"):
            self.assertEqual(perturb.donor_for(pool, "a.vn", seed), donor)
        self.assertIsNone(perturb.donor_for([("a.vn", ["A"], [])], "a.vn", "s"))
        # deterministic: the same seed, the same donor
        pool = [("b.vn", ["B"], []), ("c.vn", ["C"], []), ("d.vn", ["D"], [])]
        self.assertEqual(perturb.donor_for(pool, "a.vn", "s"), perturb.donor_for(pool, "a.vn", "s"))

    def test_the_donors_are_the_same_whatever_the_reader_kept(self):
        page = ["Trang chủ", "Tìm kiếm", "Thứ Ba, 12/03/2024", "Tựa bài", "Đoạn một.",
                "Đoạn cuối kết thúc bài.", "Hà My", "Tin cùng chuyên mục", "Liên hệ: 0123"]
        sets = [("tests/fixtures/real-eval9", {"a.txt": page},
                 {"a.txt": dict(self.EXP, site="a.vn")})]
        kept_none = {0: {"a.txt": {"title": "Tựa bài", "blocks": []}}}
        # a reader that kept two of the four chrome lines lends only the other two, but the page
        # stays a donor: the pool is the same pages for every binary
        kept_two = {0: {"a.txt": {"title": "Tựa bài", "blocks": [
            {"type": "paragraph", "text": "Trang chủ"},
            {"type": "paragraph", "text": "Liên hệ: 0123"}]}}}
        self.assertEqual(perturb.chrome_pool(sets, kept_none),
                         [("a.vn", ["Trang chủ", "Tìm kiếm"],
                           ["Tin cùng chuyên mục", "Liên hệ: 0123"])])
        self.assertEqual(perturb.chrome_pool(sets, kept_two),
                         [("a.vn", ["Tìm kiếm"], ["Tin cùng chuyên mục"])])
        # a donor that lends nothing rewrites nothing
        ctx = {"pool": [("a.vn", [], [""])], "site": "b.vn"}
        self.assertIsNone(perturb.chrome_rewrite(["Tựa", "Thân"], ctx, "s"))
        ctx = {"pool": [("a.vn", ["Menu"], [])], "site": "b.vn"}
        self.assertEqual(perturb.chrome_rewrite(["Tựa", "Thân"], ctx, "s"),
                         ["Menu", "", "Tựa", "Thân"])


if __name__ == "__main__":
    unittest.main()
