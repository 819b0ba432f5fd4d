#!/usr/bin/env python3
"""bench/caption_model/fallback.py and evaluate.py --fallback: the caption model consulted only
on a page where the rules found no caption. On a made-up page with made-up scores (the logic,
not the fit): the rules' captions are kept whatever the model says; on a page without, the
lines scored at the threshold or over are taken, a line printed twice once, only lines the
rules left in the body; "run" wants two or more, "between" a line between two prose
paragraphs; and the tally counts a page turned right and a page turned wrong. CTest runs it
(bench/CMakeLists.txt)."""
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench",
                                "caption_model"))
import evaluate  # noqa: E402
import fallback  # noqa: E402

# prose: 30+ words ending a sentence (features.is_prose)
PROSE_1 = ("Sáng ngày 2 tháng 12 năm 2026, Hội Nông dân xã An Bình tổ chức hội nghị tổng kết "
           "công tác hội và phong trào nông dân năm 2026, triển khai phương hướng nhiệm vụ năm "
           "2027 với sự tham dự của đông đảo hội viên các chi hội trong toàn xã.")
PROSE_2 = ("Trong năm qua, các cấp hội đã vận động hội viên tham gia sản xuất kinh doanh giỏi, "
           "giúp nhau giảm nghèo, xây dựng nông thôn mới và bảo vệ môi trường, đạt và vượt các "
           "chỉ tiêu mà đại hội đề ra, được cấp ủy và chính quyền ghi nhận.")
PROSE_3 = ("Dịp này, Ban Thường vụ Hội Nông dân huyện đã tặng giấy khen cho các tập thể và cá "
           "nhân có thành tích xuất sắc trong phong trào thi đua năm 2026, góp phần động viên "
           "hội viên tiếp tục phấn đấu hoàn thành nhiệm vụ năm tới.")
CAPTION_1 = "Đồng chí Chủ tịch Hội Nông dân huyện trao giấy khen cho các chi hội"
CAPTION_2 = "Quang cảnh hội nghị"
BYLINE = "Tin và ảnh: Minh An"
LINES = [PROSE_1, CAPTION_1, PROSE_2, PROSE_3, CAPTION_2, BYLINE, CAPTION_1]
SCORES = [0.05, 0.85, 0.10, 0.08, 0.62, 0.90, 0.85]
# what the reader kept as the article's body: the byline is no body text
BODY = fallback.body_texts({"lead": PROSE_1, "blocks": [
    {"type": "paragraph", "text": PROSE_2}, {"type": "heading", "text": CAPTION_1},
    {"type": "paragraph", "text": PROSE_3}, {"type": "paragraph", "text": CAPTION_2},
    {"type": "caption", "text": "a caption block is no body text"}]})


def texts(caps):
    return [c["text"] for c in caps]


class Fallback(unittest.TestCase):
    def test_the_rules_captions_are_kept_whatever_the_model_says(self):
        rules = [{"type": "caption", "text": "Ảnh minh họa"}]
        self.assertIs(fallback.page_captions(rules, LINES, SCORES, 0.5, "any", BODY), rules)

    def test_on_a_page_without_the_sure_body_lines_once_each(self):
        caps = fallback.page_captions([], LINES, SCORES, 0.5, "any", BODY)
        self.assertEqual(texts(caps), [CAPTION_1, CAPTION_2])  # no byline, CAPTION_1 once
        self.assertEqual(texts(fallback.page_captions([], LINES, SCORES, 0.7, "any", BODY)),
                         [CAPTION_1])
        # every line offered (--any-line): the byline the reader had read is taken too
        self.assertEqual(texts(fallback.page_captions([], LINES, SCORES, 0.7, "any")),
                         [CAPTION_1, BYLINE])

    def test_a_run_wants_two_lines(self):
        self.assertEqual(fallback.fallback_lines(LINES, SCORES, 0.5, "run", BODY), [1, 4])
        self.assertEqual(fallback.fallback_lines(LINES, SCORES, 0.7, "run", BODY), [])

    def test_between_wants_prose_on_both_sides(self):
        # CAPTION_2 has a prose paragraph before it and the byline after it
        self.assertEqual(fallback.fallback_lines(LINES, SCORES, 0.5, "between", BODY), [1])

    def test_the_tally_counts_pages_turned_right_and_wrong(self):
        right = {"set": "s", "file": "a.txt", "starts": [CAPTION_1[:40]], "captions": 1}
        wrong = {"set": "s", "file": "b.txt", "starts": [], "captions": 0}
        t = evaluate.FallTally()
        t.add(right, [], [{"text": CAPTION_1}])  # 0 → 1: now right
        t.add(wrong, [], [{"text": CAPTION_2}])  # 0 was right: now wrong, an extra
        self.assertEqual((t.count_ok, t.found, t.missed, t.extra), (1, 1, 0, 1))
        self.assertEqual((t.gained, t.lost, t.used), (1, 1, 2))
        self.assertEqual(t.changed, ["+s/a.txt", "-s/b.txt"])


if __name__ == "__main__":
    unittest.main()
