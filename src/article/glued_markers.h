// Step 1 of the plain-text reader's first half (text_prepare.h): a chrome marker's line glued to
// the line before it is split off, so that the marker's part is chrome and the rest stays.
#pragma once

#include <string>
#include <vector>

#include "article/chrome.h"

namespace tuyentap {

// A marker's line glued to the line before it, as a text dump glues a page's last
// block of text to the next box's title ("T.HThống kê truy cập"): a capital letter glued to
// what stands before it (no space) starts a marker's line, in a line of at most 12
// words and kMaxChromeLineBytes bytes (longer lines are prose). The line is split there, so
// that the marker's part is chrome and the rest stays. The search is linear: whether a letter
// or digit stands before a candidate is carried along, not looked for again, and a
// candidate's key folds only a marker's length of it (ChromeMatcher::key).
void split_glued_markers(std::vector<std::string>& lines, const ChromeMatcher& chrome);

}  // namespace tuyentap
