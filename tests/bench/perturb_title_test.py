#!/usr/bin/env python3
"""bench/perturb_title.py's rewrites of a page's title on small pages: each does what its kind
names (capitals, the site's name, a second copy, a line break, a category, a line beside) and
nothing else, and does not apply where it would change nothing (None). CTest runs it
(bench/CMakeLists.txt)."""
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench"))
import perturb_title as pt  # noqa: E402

T = "Hội nghị tổng kết công tác xây dựng Đảng năm 2019"
PAGE = ["Trang chủ", T, "Thứ Ba, 12/03/2019", "Sáng 12/3, …"]


class Case(unittest.TestCase):
    def test_capitals_and_title_case(self):
        self.assertEqual(pt.capitals(T), "HỘI NGHỊ TỔNG KẾT CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2019")
        self.assertIsNone(pt.capitals("HỘI NGHỊ 2019"))
        self.assertEqual(pt.title_case(T), "Hội Nghị Tổng Kết Công Tác Xây Dựng Đảng Năm 2019")
        self.assertEqual(pt.title_case("“đảng viên” mới"), "“Đảng Viên” Mới")
        self.assertIsNone(pt.title_case("Hội Nghị"))


class Lines(unittest.TestCase):
    def test_the_sites_name_after_it(self):
        self.assertEqual(pt.site_name(PAGE, 1, " - Báo Đà Nẵng")[1], T + " - Báo Đà Nẵng")
        self.assertEqual(pt.site_name(PAGE, 1, " - Báo Đà Nẵng")[2:], PAGE[2:])

    def test_printed_twice(self):
        self.assertEqual(pt.printed_twice(PAGE, 1), [T] + PAGE)
        self.assertEqual(pt.printed_twice(PAGE, 1, " | Báo X")[0], T + " | Báo X")
        self.assertEqual(pt.printed_twice(PAGE, 1, adjacent=True), PAGE[:2] + [T] + PAGE[2:])
        self.assertIsNone(pt.printed_twice([T, "x"], 0))  # at the top already

    def test_wrapped(self):
        mid = pt.wrapped(PAGE, 1, "middle")
        self.assertEqual(len(mid), len(PAGE) + 1)
        self.assertEqual(mid[1] + " " + mid[2], T)
        self.assertLess(abs(len(mid[1]) - len(mid[2])), 12)
        self.assertEqual(pt.wrapped(PAGE, 1, "tail")[2], "năm 2019")
        self.assertIsNone(pt.wrapped(["Xây dựng Đảng"], 0, "middle"))  # too short to wrap

    def test_category_and_lines_beside(self):
        self.assertEqual(pt.category(PAGE, 1, "Tin tức  ")[1], "Tin tức  " + T)
        self.assertEqual(pt.line_beside(PAGE, 1, "12/03/2019", False)[1:3], ["12/03/2019", T])
        self.assertEqual(pt.line_beside(PAGE, 1, "Lượt xem: 1.234", True)[1:3],
                         [T, "Lượt xem: 1.234"])
        self.assertEqual(pt.dmy("2019-03-12"), "12/03/2019")
        self.assertIsNone(pt.line_beside(PAGE, 1, pt.dmy(None), True))

    def test_every_kind_targets_the_title(self):
        names = [k[0] for k in pt.kinds(lambda f: f)]
        self.assertEqual(len(names), len(set(names)))
        self.assertTrue(all(k[1] == "title" for k in pt.kinds(lambda f: f)))


if __name__ == "__main__":
    unittest.main()
