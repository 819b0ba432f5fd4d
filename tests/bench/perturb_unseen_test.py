#!/usr/bin/env python3
"""bench/perturb_unseen.py's rewrites toward what unseen sites break, on small pages: each
writes the shape its kind names and nothing else of the page, says which true fields change
(only the title left out, a cut's captions and byline), and does not apply where the page
could not keep its fields known (None). CTest runs it (bench/CMakeLists.txt)."""
import os
import re
import sys
import unicodedata
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench"))
import perturb_unseen as pu  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import perturb_byline_test  # noqa: E402  its Helpers, run-perturb's for the foot kinds


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s or "")).strip()


PAGE = ["Hội nghị tổng kết năm 2024", "", "12/03/2024 08:15", "",
        "Sáng 12/3, Đảng ủy xã tổ chức hội nghị tổng kết.", "",
        "Toàn cảnh hội nghị. Ảnh: H.P", "", "Hội nghị kết thúc tốt đẹp.", "", "Minh Kiên"]
EXP = {"title": "Hội nghị tổng kết năm 2024", "date": "2024-03-12", "time": "08:15",
       "author": "Minh Kiên", "captions": 1, "lead": "Sáng 12/3, Đảng ủy xã tổ chức"}
CAPTION, DATE, BYLINE, LEAD = 6, 2, 10, 4


class Credits(unittest.TestCase):
    def test_the_credit_at_a_captions_end_goes_its_text_stays(self):
        self.assertEqual(pu.drop_credit("Toàn cảnh hội nghị. Ảnh: H.P"), "Toàn cảnh hội nghị.")
        self.assertEqual(pu.drop_credit("Đại biểu dự hội nghị - Ảnh: QUANG ĐỊNH"),
                         "Đại biểu dự hội nghị")
        self.assertEqual(pu.drop_credit("Thủ tướng chủ trì phiên họp. (Ảnh: Dương Giang/TTXVN)"),
                         "Thủ tướng chủ trì phiên họp.")
        self.assertEqual(pu.drop_credit("Trao quà cho hội viên (Ảnh minh họa)"),
                         "Trao quà cho hội viên")

    def test_no_credit_a_credit_alone_or_the_authors_name_no_rewrite(self):
        self.assertIsNone(pu.drop_credit("Toàn cảnh hội nghị"))
        self.assertIsNone(pu.drop_credit("Ảnh: Lê Anh"))
        self.assertIsNone(pu.drop_credit("(Ảnh: Quang cảnh hội nghị)"))
        self.assertIsNone(pu.drop_credit("Đại biểu dự hội nghị. Ảnh: Minh Kiên", "Minh Kiên", norm))
        # a sentence after "Ảnh:" is no credit
        self.assertIsNone(pu.drop_credit("Đại biểu. Ảnh: đồng chí Bí thư Huyện ủy trao quà cho "
                                         "các gia đình chính sách của xã"))

    def test_every_caption_and_its_echo(self):
        page = ["Lễ trao quà. Ảnh: T.L", "Lễ trao quà. Ảnh: T.L", "Bài viết.", "Họp. Ảnh: X"]
        self.assertEqual(pu.drop_credits(page, [0, 3]), ["Lễ trao quà.", "Lễ trao quà.",
                                                         "Bài viết.", "Họp."])
        self.assertIsNone(pu.drop_credits(page, [2]))


class Stops(unittest.TestCase):
    def test_a_captions_stop_dropped_or_added(self):
        self.assertEqual(pu.caption_stop("Toàn cảnh hội nghị.", "drop"), "Toàn cảnh hội nghị")
        self.assertEqual(pu.caption_stop("Lễ mừng thọ", "add"), "Lễ mừng thọ.")
        self.assertIsNone(pu.caption_stop("Lễ mừng thọ", "drop"))
        self.assertIsNone(pu.caption_stop("Toàn cảnh hội nghị.", "add"))
        self.assertIsNone(pu.caption_stop("Một số hình ảnh:", "add"))
        self.assertIsNone(pu.caption_stop("Đoàn viên giúp dân./.", "drop"))
        self.assertIsNone(pu.caption_stop("(Ảnh: ĐVCC)", "add"))

    def test_on_the_page(self):
        # "… Ảnh: H.P" closes on no stop: none to drop
        self.assertIsNone(pu.restop_captions(PAGE, [CAPTION], "drop"))
        page = list(PAGE)
        page[CAPTION] = "Toàn cảnh hội nghị."
        self.assertEqual(pu.restop_captions(page, [CAPTION], "drop")[CAPTION],
                         "Toàn cảnh hội nghị")
        page[CAPTION] = "Toàn cảnh hội nghị"
        self.assertEqual(pu.restop_captions(page, [CAPTION], "add")[CAPTION],
                         "Toàn cảnh hội nghị.")
        self.assertEqual(pu.restop_captions(page, [CAPTION], "add")[:CAPTION], PAGE[:CAPTION])


class Title(unittest.TestCase):
    def test_the_title_left_out_and_said_so(self):
        out, expect = pu.drop_title(PAGE, 0, EXP, norm)
        self.assertEqual(expect, {"title": None})
        self.assertEqual(out, PAGE[2:])  # the blank line under it goes too

    def test_its_echo_in_capitals_goes_too(self):
        page = ["HỘI NGHỊ TỔNG KẾT NĂM 2024"] + PAGE
        out, _ = pu.drop_title(page, 1, EXP, norm)
        self.assertEqual(out, PAGE[2:])

    def test_no_rewrite_where_a_title_would_still_show(self):
        crumb = ["Trang chủ > Tin tức > Hội nghị tổng kết năm 2024"] + PAGE
        self.assertIsNone(pu.drop_title(crumb, 1, EXP, norm))
        short = PAGE[:1] + ["HỘI NGHỊ TỔNG KẾT NĂM"] + PAGE[1:]
        self.assertIsNone(pu.drop_title(short, 0, EXP, norm))
        # no written lead: the rewritten page's lead could not be told
        self.assertIsNone(pu.drop_title(PAGE, 0, {**EXP, "lead": None}, norm))
        # a long kicker over the lead could stand as the title; a section's name could not
        kicker = {**EXP, "topic": "Kỷ niệm 75 năm Ngày Truyền thống Tổng cục Chính trị"}
        self.assertIsNone(pu.drop_title(PAGE, 0, kicker, norm))
        self.assertIsNotNone(pu.drop_title(PAGE, 0, {**EXP, "topic": "Xây dựng Đảng"}, norm))


class Glued(unittest.TestCase):
    def test_the_byline_glued_before_the_date_line(self):
        out = pu.glue_byline_to_date(PAGE, DATE, BYLINE, EXP, norm, at_date=True)
        self.assertEqual(out[DATE], "Minh Kiên12/03/2024 08:15")
        self.assertEqual(out[:DATE] + out[DATE + 1:], PAGE[:DATE] + PAGE[DATE + 1:BYLINE])

    def test_the_date_after_the_end_byline(self):
        out = pu.glue_byline_to_date(PAGE, DATE, BYLINE, EXP, norm, at_date=False)
        self.assertEqual(out[-1], "Minh Kiên 12/03/2024 08:15")
        self.assertEqual(out[:-1], PAGE[:DATE] + PAGE[DATE + 1:BYLINE])

    def test_only_a_name_alone_and_a_pure_date_line(self):
        labelled = list(PAGE)
        labelled[BYLINE] = "Tin, ảnh: Minh Kiên"
        self.assertIsNone(pu.glue_byline_to_date(labelled, DATE, BYLINE, EXP, norm))
        worded = list(PAGE)
        worded[DATE] = "Cập nhật lúc 12/03/2024 08:15"
        self.assertIsNone(pu.glue_byline_to_date(worded, DATE, BYLINE, EXP, norm))
        self.assertTrue(pu.pure_date_line("Thứ hai, 12/03/2024 - 08:15 (GMT+7)"))
        self.assertTrue(pu.pure_date_line("12/03/2024 8:15 AM"))
        self.assertIsNone(pu.glue_byline_to_date(PAGE, None, BYLINE, EXP, norm))


class Clock(unittest.TestCase):
    def test_a_clock_over_the_page_or_at_its_end(self):
        out = pu.site_clock(PAGE, EXP, "head", "Thứ Năm, {d}/{m}/{y}")
        self.assertEqual(out, ["Thứ Năm, 03/12/2026", ""] + PAGE)
        out = pu.site_clock(PAGE + ["", ""], EXP, "tail", "08:15 {d}/{m}/{y}")
        self.assertEqual(out, PAGE + ["", "08:15 03/12/2026"])

    def test_only_on_a_dated_page_never_its_own_day(self):
        self.assertIsNone(pu.site_clock(PAGE, {**EXP, "date": None}, "head", "{d}/{m}/{y}"))
        self.assertIsNone(pu.site_clock(PAGE, {**EXP, "date": "2026-12-03"}, "head",
                                        "{d}/{m}/{y}"))


class Cut(unittest.TestCase):
    def marks(self, **over):
        return {"lead": LEAD, "date": DATE, "byline": BYLINE, **over}

    def test_cut_after_the_last_caption_the_byline_gone(self):
        out, expect = pu.cut_after_caption(PAGE, [CAPTION], EXP, self.marks(), norm)
        self.assertEqual(out, PAGE[:CAPTION + 1])
        self.assertEqual(expect, {"captions": 1, "author": None})

    def test_no_cut_where_a_field_would_not_be_known(self):
        # the caption over the lead, or the last line
        self.assertIsNone(pu.cut_after_caption(PAGE, [CAPTION], EXP, self.marks(lead=8), norm))
        self.assertIsNone(pu.cut_after_caption(PAGE[:CAPTION + 1], [CAPTION], EXP, self.marks(),
                                               norm))
        # the date line under the caption, or not found
        self.assertIsNone(pu.cut_after_caption(PAGE, [CAPTION], EXP, self.marks(date=9), norm))
        self.assertIsNone(pu.cut_after_caption(PAGE, [CAPTION], EXP, self.marks(date=None), norm))
        # the byline not found
        self.assertIsNone(pu.cut_after_caption(PAGE, [CAPTION], EXP, self.marks(byline=None),
                                               norm))

    def test_a_byline_over_the_cut_stays(self):
        page = PAGE[:3] + ["Minh Kiên"] + PAGE[3:BYLINE]
        out, expect = pu.cut_after_caption(page, [CAPTION + 1], EXP,
                                           self.marks(lead=LEAD + 1, byline=3), norm)
        self.assertEqual(expect, {"captions": 1})
        self.assertEqual(out, page[:CAPTION + 2])


# run-perturb's helpers as the byline kinds' test stands them in (its norm and byline_line)
FootHelpers = perturb_byline_test.Helpers


FOOT_EXP = {**EXP, "last_paragraph_end": "kết thúc tốt đẹp."}


class Foot(unittest.TestCase):
    def test_the_byline_glued_after_the_last_stop(self):
        out = pu.glue_byline_to_stop(PAGE, FOOT_EXP, FootHelpers)
        self.assertEqual(out, PAGE[:8] + ["Hội nghị kết thúc tốt đẹp.Tin: Minh Kiên"])

    def test_the_compilers_label(self):
        out = pu.label_byline(PAGE, FOOT_EXP, FootHelpers)
        self.assertEqual(out, PAGE[:BYLINE] + ["T/h: Minh Kiên"])

    def test_a_credit_alone_under_the_byline_never_the_authors_name(self):
        out = pu.credit_under_byline(PAGE, FOOT_EXP, FootHelpers, "a.txt")
        self.assertEqual(out[:BYLINE + 2], PAGE + [""])
        self.assertTrue(out[-1].startswith("Ảnh: "))
        self.assertNotIn("Minh Kiên", out[-1])
        kim = {**FOOT_EXP, "author": "Kim Ngân"}
        page = PAGE[:BYLINE] + ["Kim Ngân"]
        for seed in ("a", "b", "c", "d", "e"):
            self.assertNotEqual(pu.credit_under_byline(page, kim, FootHelpers, seed)[-1],
                                "Ảnh: Kim Ngân")

    def test_only_a_name_alone_signing_right_under_the_last_paragraph(self):
        labelled = PAGE[:BYLINE] + ["Tin, ảnh: Minh Kiên"]
        self.assertIsNone(pu.glue_byline_to_stop(labelled, FOOT_EXP, FootHelpers))
        self.assertIsNone(pu.label_byline(labelled, FOOT_EXP, FootHelpers))
        between = PAGE[:BYLINE] + ["Chia sẻ", "Minh Kiên"]
        self.assertIsNone(pu.credit_under_byline(between, FOOT_EXP, FootHelpers))
        # no stop closing the last paragraph: nothing to glue to
        open_end = {**FOOT_EXP, "last_paragraph_end": "kết thúc tốt đẹp"}
        page = PAGE[:8] + ["Hội nghị kết thúc tốt đẹp", "", "Minh Kiên"]
        self.assertIsNone(pu.glue_byline_to_stop(page, open_end, FootHelpers))


class Kinds(unittest.TestCase):
    def test_kinds_are_named_and_whole_page(self):
        class H:
            norm = staticmethod(norm)
        names = [k[0] for k in pu.kinds(H)]
        self.assertEqual(len(names), len(set(names)))
        self.assertIn("unseen: no title shown", names)
        for name, target, rewrite, _ in pu.kinds(H):
            self.assertEqual(target, "page")
            self.assertTrue(name.startswith("unseen: "))


if __name__ == "__main__":
    unittest.main()
