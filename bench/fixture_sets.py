"""Which folders of real pages the bench scripts read: the learning sets, and which sets are held
out. The one place for the rule; bench/run-accuracy, bench/run-lineaudit and
bench/header_model/pages.py take their sets from here.

A set is a folder of tests/fixtures/: real/, real-html/, real-eval/, real-evalN/, or one site's
folder real-siteN/SITE/ (a whole-site archive, scanned on its own so that chrome is learned).
The sets numbered HELD_OUT_FROM and later (real-evalN/, real-siteN/) are held out: pages of
sites the rules were never tuned on, measured by the session's lead only. Nothing here opens,
lists or reads inside them unless asked for them by name (held_out_sets, for the lead's
measure). When the lead makes them learning sets, HELD_OUT_FROM moves past them, and the ceilings
that count over the learning sets (run-perturb's --max-broken, run-lineaudit's --max-lost and
--max-prose, bench/CMakeLists.txt) are measured again with the same binary in the same commit:
a larger set breaks more, and CI fails on the old ceiling (session 28 nearly shipped so).
"""
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "tests", "fixtures")
# real-eval106 (session 57) and every later set; real-eval34 … 105 and real-site34 … 38, held
# out in sessions 15 … 56 and measured there, are learning sets
HELD_OUT_FROM = 106

_NUMBERED = re.compile(r"^real-(eval|site)(\d*)$")


def number(name):
    """A set's number: real-eval is 1, real-eval2 is 2, real-site31 is 31; None for a folder
    that is no numbered set (real, real-html)."""
    m = _NUMBERED.match(name)
    if not m:
        return None
    return int(m.group(2)) if m.group(2) else 1


def held_out(name):
    """Whether the top folder `name` (real-eval34, real-site31 …) is held out."""
    n = number(name)
    return n is not None and n >= HELD_OUT_FROM


def _sets(fixtures, want_held_out):
    names = [n for n in os.listdir(fixtures)
             if os.path.isdir(os.path.join(fixtures, n)) and
             (n in ("real", "real-html") or number(n) is not None) and
             held_out(n) == want_held_out]
    # real, real-eval, real-eval2 … in their numbers' order, real-html, then the sites
    names.sort(key=lambda n: (n.startswith("real-site"), n == "real-html",
                              number(n) or 0, n))
    out = []
    for n in names:
        path = os.path.join(fixtures, n)
        if n.startswith("real-site"):
            out += [os.path.join(path, s) for s in sorted(os.listdir(path))
                    if os.path.isdir(os.path.join(path, s))]
        else:
            out.append(path)
    return out


def learning_sets(fixtures=FIXTURES):
    """The learning sets' folders, in order: never a held-out one."""
    return _sets(fixtures, False)


def held_out_sets(fixtures=FIXTURES):
    """The held-out sets' folders there are: for the lead's measure only."""
    return _sets(fixtures, True)
