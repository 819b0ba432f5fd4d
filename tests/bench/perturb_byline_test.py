#!/usr/bin/env python3
"""bench/perturb_byline.py's rewrites of the byline at a page's end, on small pages: each
writes the form its kind names (a label, brackets, a role, white space before it, the unit's
separator) and nothing else of the line, keeps the expected name as it was, and does not apply
where its thing is missing (None); the page gets another site's tail chrome right under the
byline, never its own. CTest runs it (bench/CMakeLists.txt)."""
import os
import re
import sys
import unicodedata
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench"))
import perturb_byline as pb  # noqa: E402


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s or "")).strip()


class Helpers:
    norm = staticmethod(norm)

    @staticmethod
    def byline_line(lines, exp):
        for i, line in enumerate(lines):
            if exp["author"] in line and len(line) <= len(exp["author"]) + 40:
                return i
        return None


PAGE = ["Hội nghị tổng kết", "", "Sáng 12/3, Đảng ủy xã tổ chức hội nghị.", "",
        "Hội nghị kết thúc tốt đẹp.", "", "Tin, ảnh: Minh Kiên – HND xã", "Chia sẻ"]
EXP = {"author": "Minh Kiên", "last_paragraph_end": "kết thúc tốt đẹp."}
POOL = [("site-a", ["Trang chủ"], ["Bình luận", "Tin cùng chuyên mục", "Bản quyền"]),
        ("own", ["Trang chủ"], ["Về đầu trang", "Liên hệ"])]


class Forms(unittest.TestCase):
    def test_labels_replace_the_own_label_and_keep_name_and_unit(self):
        line = "Tin, ảnh: Minh Kiên – HND xã"
        self.assertEqual(pb.relabel(line, "Minh Kiên", norm, "Tác giả: "),
                         "Tác giả: Minh Kiên – HND xã")
        self.assertEqual(pb.relabel("CTV- Nguyễn Thơm", "Nguyễn Thơm", norm, "Thực hiện: "),
                         "Thực hiện: Nguyễn Thơm")
        self.assertEqual(pb.relabel("Lan Chi", "Lan Chi", norm, "Tác giả "), "Tác giả Lan Chi")
        # something before the name that is no label: not rewritten
        self.assertIsNone(pb.relabel("Theo Lan Chi", "Lan Chi", norm, "Tác giả: "))
        self.assertIsNone(pb.relabel("Thu Hà", "Lan Chi", norm, "Tác giả: "))
        # a newsroom's role only before a person's name
        self.assertIsNone(pb.relabel("Ban Bạn đọc", "Ban Bạn đọc", norm, "CTV "))
        self.assertEqual(pb.relabel("Kim Tiến – Tấn Hữu", "Kim Tiến – Tấn Hữu", norm, "CTV "),
                         "CTV Kim Tiến – Tấn Hữu")

    def test_brackets_only_around_a_persons_name_alone(self):
        self.assertEqual(pb.bracketed("Thanh Huyền", "Thanh Huyền", norm), "(Thanh Huyền)")
        self.assertEqual(pb.bracketed("Kim Thủy.", "Kim Thủy", norm, "CTV"), "Kim Thủy (CTV)")
        self.assertIsNone(pb.bracketed("Hải Minh - Đài TT Thanh Ba", "Hải Minh", norm))
        self.assertIsNone(pb.bracketed("Tin, ảnh: Tâm Anh", "Tâm Anh", norm))
        self.assertIsNone(pb.bracketed("PV", "PV", norm))
        self.assertIsNone(pb.bracketed("Đoàn thanh niên thị trấn", "Đoàn thanh niên thị trấn", norm))

    def test_white_space_before_it(self):
        self.assertEqual(pb.aligned("  Lan Chi", " " * 60), " " * 60 + "Lan Chi")
        self.assertEqual(pb.aligned("Lan Chi", "\t\t\t"), "\t\t\tLan Chi")

    def test_the_units_separator(self):
        line = "Hoàng Hiệp – VKSND tỉnh Yên Bái"
        self.assertEqual(pb.unit_separator(line, "Hoàng Hiệp", norm, ","),
                         "Hoàng Hiệp, VKSND tỉnh Yên Bái")
        self.assertEqual(pb.unit_separator(line, "Hoàng Hiệp", norm, "()"),
                         "Hoàng Hiệp (VKSND tỉnh Yên Bái)")
        self.assertEqual(pb.unit_separator("Tin, ảnh: Quang Khải-Q6.", "Quang Khải", norm, ","),
                         "Tin, ảnh: Quang Khải, Q6")
        self.assertIsNone(pb.unit_separator("Lan Chi", "Lan Chi", norm, ","))
        # a photographer's credit after the dash is no unit
        self.assertIsNone(pb.unit_separator("Tin: Tuyết Mai – Ảnh: Xuân Vũ", "Tuyết Mai", norm,
                                            "()"))


class UnseenForms(unittest.TestCase):
    def test_framed_only_where_the_name_ends_a_word(self):
        self.assertEqual(pb.framed("Lan Chi", "Lan Chi", norm), "===== Lan Chi=====")
        self.assertEqual(pb.framed("Tin: Lan Chi - TTVH", "Lan Chi", norm),
                         "===== Tin: Lan Chi - TTVH=====")
        self.assertIsNone(pb.framed("T.HThống kê truy cập", "T.H", norm))  # chrome glued
        self.assertIsNone(pb.framed("===== Lan Chi=====", "Lan Chi", norm))

    def test_one_syllable_of_a_full_name_lowered(self):
        self.assertEqual(pb.lowered("Mai Viết Tăng.", "Mai Viết Tăng", norm), "Mai viết Tăng.")
        self.assertEqual(pb.lowered("Tin: Nguyễn Văn An - HND", "Nguyễn Văn An", norm),
                         "Tin: Nguyễn văn An - HND")
        self.assertIsNone(pb.lowered("Lan Chi", "Lan Chi", norm))  # two syllables
        self.assertIsNone(pb.lowered("Minh Chính- Quang Huy", "Minh Chính- Quang Huy", norm))
        self.assertIsNone(pb.lowered("NGUYỄN VĂN AN", "NGUYỄN VĂN AN", norm))

    def test_a_unit_glued_after_a_hyphen(self):
        got = pb.glued_unit("Quang Khải.", "Quang Khải", norm)
        self.assertRegex(got, r"^Quang Khải-\S")
        self.assertEqual(got, pb.glued_unit("Quang Khải", "Quang Khải", norm))  # seeded
        self.assertIsNone(pb.glued_unit("Quang Khải - Q6", "Quang Khải", norm))  # a unit already
        self.assertIsNone(pb.glued_unit("Ban Bạn đọc", "Ban Bạn đọc", norm))

    def test_an_office_in_brackets(self):
        self.assertEqual(pb.office_bracketed("Ban Tuyên giáo", "Ban Tuyên giáo", norm),
                         "(Ban Tuyên giáo)")
        self.assertIsNone(pb.office_bracketed("Lan Chi", "Lan Chi", norm))  # a person: (X)
        self.assertIsNone(pb.office_bracketed("Nguồn: Ban Tuyên giáo", "Ban Tuyên giáo", norm))


    def test_tin_bai_label_and_a_cells_bar(self):
        self.assertEqual(pb.relabel("Tin, ảnh: Minh Kiên", "Minh Kiên", norm, "Tin bài: "),
                         "Tin bài: Minh Kiên")
        self.assertEqual(pb.cell_closed("Trần Văn An (Phòng Tổ chức)  "),
                         "Trần Văn An (Phòng Tổ chức) |")
        self.assertIsNone(pb.cell_closed("Trần Văn An |"))  # closed already


class Pages(unittest.TestCase):
    def ctx(self):
        return {"pool": POOL, "site": "own", "name": "a.txt"}

    def test_the_tail_donor_is_drawn_on_the_pool_not_on_what_a_binary_left_out(self):
        # the same pool but one donor that lends one line only (the reader kept the rest):
        # every page draws the same donor as before, and a page that draws it gets no tail
        lends_one = [("site-b", ["Menu"], ["Top"])]
        lends_two = [("site-b", ["Menu"], ["Top", "Liên hệ"])]
        drawn = set()
        for name in ("a.txt", "b.txt", "c.txt", "d.txt", "e.txt"):
            pool1 = [POOL[0]] + lends_one + [POOL[1]]
            pool2 = [POOL[0]] + lends_two + [POOL[1]]
            one = pb.tail_donor({"pool": pool1, "site": "own", "name": name}, Helpers)
            two = pb.tail_donor({"pool": pool2, "site": "own", "name": name}, Helpers)
            if two[0] == "site-b":
                self.assertIsNone(one)
            else:
                self.assertEqual(one, two)
            drawn.add(two[0])
        self.assertEqual(drawn, {"site-a", "site-b"})  # both branches asked

    def test_the_end_byline_rewritten_with_another_sites_tail_under_it(self):
        ctx = self.ctx()
        out = pb.rewrite(PAGE, EXP, ctx, Helpers,
                         lambda s: pb.relabel(s, "Minh Kiên", norm, "Tác giả: "))
        i = PAGE.index("Tin, ảnh: Minh Kiên – HND xã")
        self.assertEqual(out[i], "Tác giả: Minh Kiên – HND xã")
        self.assertEqual(out[i + 1:i + 4], ["Bình luận", "Tin cùng chuyên mục", "Bản quyền"])
        self.assertEqual(out[i + 4:], PAGE[i + 1:])  # the page's own tail after it
        self.assertEqual(out[:i], PAGE[:i])
        # as it is: only the tail added
        same = pb.rewrite(PAGE, EXP, self.ctx(), Helpers, None)
        self.assertEqual(same[i], PAGE[i])
        self.assertEqual(len(same), len(PAGE) + 3)

    def test_no_byline_at_the_end_no_rewrite(self):
        head = ["Hội nghị tổng kết", "Tin, ảnh: Minh Kiên", "Sáng 12/3, hội nghị.", "",
                "Hội nghị kết thúc tốt đẹp."]
        self.assertIsNone(pb.rewrite(head, EXP, self.ctx(), Helpers, None))
        # a form that changes nothing
        self.assertIsNone(pb.rewrite(PAGE, EXP, self.ctx(), Helpers, lambda s: s))

    def test_kinds_are_named_and_apply(self):
        names = [k[0] for k in pb.kinds(Helpers)]
        self.assertIn("end byline as it is + tail", names)
        self.assertIn("end byline Tác giả X + tail", names)
        self.assertEqual(len(names), len(set(names)))
        for name, target, rewrite, _ in pb.kinds(Helpers):
            self.assertEqual(target, "page")


if __name__ == "__main__":
    unittest.main()
