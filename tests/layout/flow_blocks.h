// Test helper: blocks for the pager whose lines say what they are.
#pragma once

#include <string>

#include "layout/pager.h"

namespace tuyentap::test {

// A block of n lines of 15 pt (baseline 11 pt below a line's top) with no space above, whose
// glyph texts say which block and line they are: "id:line", or "id:" mark line ("L" for a
// line of a looser setting).
inline FlowBlock numbered_lines(int id, int n, const std::string& mark = "") {
  FlowBlock b;
  b.leading = 15;
  b.baseline = 11;
  for (int i = 0; i < n; ++i) {
    SetLine l;
    TextRun r;
    r.add(1, 0, std::to_string(id) + ":" + mark + std::to_string(i));
    l.runs.push_back(r);
    b.lines.push_back(l);
  }
  return b;
}

}  // namespace tuyentap::test
