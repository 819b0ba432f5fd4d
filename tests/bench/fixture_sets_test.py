#!/usr/bin/env python3
"""bench/fixture_sets.py: the learning sets are every real-page set but the held-out ones, and
nothing inside a held-out set is ever listed (a helper must not see its pages' names). On a
made-up fixtures folder; CTest runs it (bench/CMakeLists.txt)."""
import os
import sys
import tempfile
import unittest
from unittest import mock

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench"))
import fixture_sets  # noqa: E402

HELD = fixture_sets.HELD_OUT_FROM


class LearningSets(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.root = self.tmp.name
        for d in ["real", "real-html", "real-eval", "real-eval2", "real-eval10",
                  f"real-eval{HELD - 1}", f"real-eval{HELD}", f"real-eval{HELD + 5}",
                  f"real-site{HELD - 3}/b.vn", f"real-site{HELD - 3}/a.vn",
                  f"real-site{HELD}/c.vn", "articles", "fuzz/fuzz_zip"]:
            os.makedirs(os.path.join(self.root, d))
        open(os.path.join(self.root, "eval-sites.txt"), "w").close()

    def tearDown(self):
        self.tmp.cleanup()

    def names(self, paths):
        return [os.path.relpath(p, self.root) for p in paths]

    def test_the_learning_sets_in_order_without_a_held_out_one(self):
        self.assertEqual(self.names(fixture_sets.learning_sets(self.root)),
                         ["real", "real-eval", "real-eval2", "real-eval10", f"real-eval{HELD - 1}",
                          "real-html", f"real-site{HELD - 3}/a.vn", f"real-site{HELD - 3}/b.vn"])

    def test_no_held_out_folder_is_listed(self):
        listed = []
        real_listdir = os.listdir

        def spy(path):
            listed.append(os.path.relpath(path, self.root))
            return real_listdir(path)

        with mock.patch("os.listdir", spy):
            fixture_sets.learning_sets(self.root)
        self.assertEqual(listed, [".", f"real-site{HELD - 3}"])

    def test_the_held_out_sets_are_there_for_the_lead(self):
        self.assertEqual(self.names(fixture_sets.held_out_sets(self.root)),
                         [f"real-eval{HELD}", f"real-eval{HELD + 5}", f"real-site{HELD}/c.vn"])

    def test_a_set_is_held_out_by_its_number(self):
        self.assertTrue(fixture_sets.held_out(f"real-eval{HELD}"))
        self.assertTrue(fixture_sets.held_out(f"real-site{HELD + 1}"))
        self.assertFalse(fixture_sets.held_out(f"real-eval{HELD - 1}"))
        self.assertFalse(fixture_sets.held_out("real-eval"))
        self.assertFalse(fixture_sets.held_out("real-html"))


if __name__ == "__main__":
    unittest.main()
