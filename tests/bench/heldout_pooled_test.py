#!/usr/bin/env python3
"""bench/heldout/pooled.py: each round's core fields right, from its first-sight miss lines and
its sets' page counts, and the rounds pooled. On a made-up folder; CTest runs it
(bench/CMakeLists.txt)."""
import contextlib
import io
import json
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench",
                                "heldout"))
import pooled  # noqa: E402


class Pooled(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.heldout = os.path.join(self.tmp.name, "heldout")
        self.fixtures = os.path.join(self.tmp.name, "fixtures")
        os.makedirs(self.heldout)
        for n, pages in ((8, 3), (9, 2), (10, 4), (11, 1)):
            os.makedirs(os.path.join(self.fixtures, f"real-eval{n}"))
            with open(os.path.join(self.fixtures, f"real-eval{n}", "expected.json"), "w") as f:
                json.dump([{"file": f"p{i}.txt"} for i in range(pages)], f)
        self.write("firstsight-10-11.txt", "# a comment: title: not a miss\n"
                   "a-1.txt title: expected 'X', got ''\n"
                   "a-1.txt lead: expected 'Y', got 'Z'\n"
                   "b-1.txt captions: expected 2, got 0\n"
                   "d-1.txt date: expected '', got '2025-04-20'\n"
                   "e-1.txt captions: expected 0, got '3'\n")
        self.write("firstsight-8-9.txt", "c-1.txt author: expected 'An', got ''\n"
                   "c-1.txt chrome: expected 'none', got 'Menu'\n")

    def tearDown(self):
        self.tmp.cleanup()

    def write(self, name, text):
        with open(os.path.join(self.heldout, name), "w", encoding="utf-8") as f:
            f.write(text)

    def test_each_round_counts_its_pages_and_its_core_misses_only(self):
        rs = pooled.rounds(self.heldout, self.fixtures)
        self.assertEqual([r[0] for r in rs], ["real-eval8/9", "real-eval10/11"])
        self.assertEqual(rs[0][1], 5)
        self.assertEqual(rs[0][2], {"title": 0, "date": 0, "author": 1, "captions": 0})
        self.assertEqual(rs[1][1], 5)
        self.assertEqual(rs[1][2], {"title": 1, "date": 1, "author": 0, "captions": 2})

    def test_the_rounds_pooled_by_field_and_in_all(self):
        pages, by_field, right, fields = pooled.pooled(pooled.rounds(self.heldout, self.fixtures))
        self.assertEqual(pages, 10)
        self.assertEqual(by_field, {"title": 9, "date": 9, "author": 9, "captions": 8})
        self.assertEqual((right, fields), (35, 40))

    def test_each_miss_is_told_by_how_it_was_missed(self):
        kinds = pooled.kinds_pooled(pooled.rounds(self.heldout, self.fixtures))
        self.assertEqual(kinds["title"], {"none read": 1})
        self.assertEqual(kinds["date"], {"read where none": 1})
        self.assertEqual(kinds["author"], {"none read": 1})
        self.assertEqual(kinds["captions"], {"too few": 1, "too many": 1})
        self.assertEqual(pooled.miss_kind("title", "a.txt title: expected 'A', got 'B'"), "another")

    def test_the_printout_tells_the_rounds_the_pool_and_the_kinds(self):
        found = pooled.rounds
        pooled.rounds = lambda: found(self.heldout, self.fixtures)
        out = io.StringIO()
        try:
            with contextlib.redirect_stdout(out):
                sys.argv = ["pooled.py"]
                pooled.main()
        finally:
            pooled.rounds = found
        text = out.getvalue()
        self.assertIn("real-eval10/11", text)
        self.assertIn("core         35/40   87.5%", text)
        self.assertIn("captions  too few 1, too many 1", text)
        self.assertIn("95 % interval 73.9–94.5 %", text)

    def test_the_interval_holds_the_share_and_narrows_with_more_fields(self):
        low, high = pooled.wilson(90, 100)
        self.assertLess(low, 0.9)
        self.assertGreater(high, 0.9)
        low_more, high_more = pooled.wilson(900, 1000)
        self.assertGreater(low_more, low)
        self.assertLess(high_more, high)
        self.assertEqual(pooled.wilson(0, 0), (0.0, 1.0))


if __name__ == "__main__":
    unittest.main()
