// A small book laid out by hand for the PDF tests: four A4 pages of Vietnamese text in two
// fonts, a rule, bookmarks (two chapters with articles), links from a contents page, and
// page labels (i for the contents page, then 1, 2, 3).
#pragma once

#include <string>
#include <vector>

#include "layout/pages.h"

namespace tuyentap::test {

struct SampleBook {
  LaidOutBook book;
  std::vector<std::string> page_text;  // what each page says, whitespace-folded, NFC
};

SampleBook sample_book();

}  // namespace tuyentap::test
