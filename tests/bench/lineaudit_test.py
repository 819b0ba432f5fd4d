#!/usr/bin/env python3
"""bench/run-lineaudit: a count of chrome, related links or an end cut is no reason for a
sentence. The prose such a count takes is listed apart ("prose"), counted in a number of its
own, and --max-prose fails above it, so that a rule that drops an article's paragraphs under
a count of chrome is seen (session 17: four pages' whole text was so dropped and the audit,
which read those paragraphs as the page's tail, said nothing). On a made-up page; CTest runs
it (bench/CMakeLists.txt)."""
import contextlib
import io
import os
import sys
import tempfile
import unittest
from unittest import mock

BENCH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench")
sys.path.insert(0, BENCH)
import bench_script  # noqa: E402  bench/bench_script.py

lineaudit = bench_script.load("run-lineaudit")

TITLE = "Đảng ủy xã tổng kết công tác dân vận năm 2026"
LEAD = "Ngày 01/12/2026, Đảng ủy xã tổ chức hội nghị tổng kết công tác dân vận năm qua."
PAGE = [
    TITLE,
    LEAD,
    # the article's text, dropped by a rule and counted among the site's chrome
    "Hội nghị đánh giá các kết quả đạt được trong việc xây dựng khối đại đoàn kết toàn dân.",
    "Các đại biểu đã thảo luận về những giải pháp cho năm tới và thống nhất rất cao.",
    # the footer: a menu, and an address that is no sentence
    "Trang chủ Liên hệ",
    "Địa chỉ số 12 đường Lê Lợi thành phố Huế tỉnh Thừa Thiên",
]


def article(warning):
    return {"file": "trang-1.txt", "title": TITLE, "lead": LEAD, "blocks": [],
            "warnings": [warning]}


class ProseUnderACount(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.path = os.path.join(self.tmp.name, "trang-1.txt")
        with open(self.path, "w", encoding="utf-8") as f:
            f.write("\n".join(PAGE) + "\n")

    def tearDown(self):
        self.tmp.cleanup()

    def classes(self, warning):
        return [(cls, at) for cls, at, _ in
                lineaudit.audit(self.tmp.name, article(warning), self.path)]

    def test_sentences_under_a_chrome_count_are_listed_as_prose(self):
        found = self.classes("site chrome left out: 4 lines (4 by a marker or their shape)")
        self.assertEqual(found, [("prose", 3), ("prose", 4), ("told", 6)])

    def test_sentences_under_an_end_cut_or_related_links_too(self):
        self.assertEqual(self.classes("text after 'Tin liên quan' left out: 4 lines"),
                         [("prose", 3), ("prose", 4)])
        self.assertEqual(self.classes("4 related links after the lead left out"),
                         [("prose", 3), ("prose", 4)])

    def test_a_documents_frame_is_told_not_prose(self):
        # an official document's frame is placed by the document's layout: its lines, however
        # they read, are told (article/official_document.h), and only as many as it counts
        self.assertEqual(self.classes("the document's letterhead, addressees, recipients and "
                                      "signature left out: 2 lines"),
                         [("told", 3), ("told", 4), ("tail", 5), ("tail", 6)])

    def test_a_notices_signature_takes_the_last_lines(self):
        # a notice's closing signature (its role, "Đã ký", the signer) is the text's last
        # lines: the count takes those, never a sentence higher up
        self.assertEqual(self.classes("the document's signature left out: 2 lines"),
                         [("tail", 3), ("tail", 4), ("told", 6)])

    def test_with_no_count_the_sentences_are_lost(self):
        found = self.classes("a warning that counts nothing")
        self.assertEqual([c for c in found if c[1] in (3, 4)], [("tail", 3), ("tail", 4)])

    def test_a_byline_glued_after_the_last_sentence_and_split_off_is_kept(self):
        # "… thống nhất rất cao. PV.": the reader gives the sentence to a block and "PV" to the
        # author; the line is in the article, whole, however short the author
        a = article("a warning that counts nothing")
        a["blocks"] = [{"type": "paragraph", "text": PAGE[2]},
                       {"type": "paragraph", "text": PAGE[3]}]
        a["author"] = "PV"
        with open(self.path, "w", encoding="utf-8") as f:
            f.write("\n".join(PAGE[:3] + [PAGE[3] + " PV."]) + "\n")
        self.assertEqual(lineaudit.audit(self.tmp.name, a, self.path), [])
        a["author"] = "CTV"  # another author: the line's end is in no field
        self.assertEqual([c[:2] for c in lineaudit.audit(self.tmp.name, a, self.path)],
                         [("tail", 4)])

    def test_a_credit_in_brackets_glued_after_the_last_sentence_is_kept(self):
        # "… thống nhất rất cao. (H.M., Văn phòng Đảng ủy, ngày 2-12-2026) |": a print view's
        # cell bar, the writer's initials, office and day; the reader gives the sentence to a
        # block and the initials to the author
        a = article("a warning that counts nothing")
        a["blocks"] = [{"type": "paragraph", "text": PAGE[2]},
                       {"type": "paragraph", "text": PAGE[3]}]
        a["author"] = "H.M."
        with open(self.path, "w", encoding="utf-8") as f:
            f.write("\n".join(PAGE[:3] + [PAGE[3] + " (H.M., Văn phòng Đảng ủy, ngày 2-12-2026) |"])
                    + "\n")
        self.assertEqual(lineaudit.audit(self.tmp.name, a, self.path), [])
        a["author"] = "T.L."  # another author: the bracket names no field
        self.assertEqual([c[:2] for c in lineaudit.audit(self.tmp.name, a, self.path)],
                         [("tail", 4)])

    def test_a_box_label_glued_after_the_last_stop_and_cut_off_is_kept(self):
        # "… thống nhất rất cao.Các tin mới hơn": a pager's label glued after the stop, cut off
        # by the reader (the sentence in a block, the cut counted with the chrome after the text)
        a = article("site chrome left out: 1 lines (after the last sentence)")
        a["blocks"] = [{"type": "paragraph", "text": PAGE[2]},
                       {"type": "paragraph", "text": PAGE[3]}]
        with open(self.path, "w", encoding="utf-8") as f:
            f.write("\n".join(PAGE[:3] + [PAGE[3] + "Các tin mới hơn"]) + "\n")
        self.assertEqual(lineaudit.audit(self.tmp.name, a, self.path), [])
        # with no count of chrome the label went nowhere: the line is the tail's, lost
        a["warnings"] = ["a warning that counts nothing"]
        self.assertEqual([c[:2] for c in lineaudit.audit(self.tmp.name, a, self.path)],
                         [("tail", 4)])

    def test_a_byline_label_alone_over_the_authors_name_is_kept(self):
        # "Tác giả:" / "Hoàng Lê" over the title: the reader joins the two into the byline
        # (article/label_over_name.h); the label's line is the byline's, the name the author
        a = article("a warning that counts nothing")
        a["blocks"] = [{"type": "paragraph", "text": PAGE[2]},
                       {"type": "paragraph", "text": PAGE[3]}]
        a["author"] = "Hoàng Lê"
        with open(self.path, "w", encoding="utf-8") as f:
            f.write("\n".join(["Tác giả:", "Hoàng Lê"] + PAGE[:4]) + "\n")
        self.assertEqual(lineaudit.audit(self.tmp.name, a, self.path), [])
        a["author"] = "Minh Anh"  # another author: the label and the name went nowhere
        self.assertEqual([c[:2] for c in lineaudit.audit(self.tmp.name, a, self.path)],
                         [("short", 1), ("short", 2)])

    def test_a_sentence_is_six_words_to_its_stop_or_over_forty(self):
        self.assertTrue(lineaudit.is_prose("Hội nghị đã diễn ra rất thành công."))
        self.assertTrue(lineaudit.is_prose("Ông nói: “Chúng ta phải làm tốt hơn nữa!”"))
        self.assertFalse(lineaudit.is_prose("Hội nghị đã thành công."))
        self.assertFalse(lineaudit.is_prose("Địa chỉ số 12 đường Lê Lợi thành phố Huế"))
        self.assertTrue(lineaudit.is_prose(" ".join(["chữ"] * 41)))

    def run_main(self, *args):
        found = {"trang-1.txt": article("site chrome left out: 4 lines (4 by a marker)")}
        out = io.StringIO()
        with mock.patch.object(lineaudit, "scan", lambda _t, _f: found), \
                mock.patch.dict(os.environ, {"TUYENTAP": sys.executable}), \
                mock.patch.object(sys, "argv", ["run-lineaudit", self.tmp.name, *args]), \
                contextlib.redirect_stdout(out):
            lineaudit.main()
        return out.getvalue()

    def test_the_prose_is_a_number_of_its_own_that_a_limit_fails_on(self):
        out = self.run_main("--max-lost", "0", "--max-prose", "2")
        self.assertIn("lost (no reason): 0", out)
        self.assertIn("prose under a chrome count: 2", out)
        with self.assertRaises(SystemExit) as failed:
            self.run_main("--max-prose", "1")
        self.assertIn("2 sentences left out under a count", str(failed.exception))


if __name__ == "__main__":
    unittest.main()
