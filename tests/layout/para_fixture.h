// Test helper: Liberation Serif loaded and shaped, and a paragraph style of the official body
// (13 pt justified on the A4 measure), for the tests that set paragraphs.
#pragma once

#include "font_file.h"
#include "layout/paragraph.h"
#include "test_paths.h"

namespace tuyentap::test {

struct ParaFixture {
  FontSet fonts;
  int font = fonts.add(font_file(test_paths::source_dir() + "/fonts/LiberationSerif-Regular.ttf"));
  Shaper shaper{fonts};
  ParaStyle style() {
    ParaStyle s;
    s.font = {font, {}};
    s.size = 13;
    s.leading = 16;
    s.indent = 28.35f;
    s.measure = 467.7f;  // A4 less 30 + 15 mm
    return s;
  }
};

}  // namespace tuyentap::test
