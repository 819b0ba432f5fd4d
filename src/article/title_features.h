// The title scorer's features (docs/title-scorer.md): the C++ twin of
// bench/header_model/features.py (v2), line for line, so that the weights fitted there
// (title_weights.inc) score the same numbers here. bench/header_model/parity.py checks every
// feature of every learning page against the Python to 1e-9.
//
// Every feature describes the shape of a line and of its neighbours (position, length,
// capitals, closing mark, digits, dates and times, link-ish characters, the shape of a
// Vietnamese name, a leading label word, the distance to the page's first long paragraph);
// none names a site.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tuyentap {

// The candidates for the title: the first 25 non-empty lines of the page.
inline constexpr std::size_t kTitleCandidates = 25;
inline constexpr std::size_t kTitleFeatureCount = 85;

// The page's non-empty lines as the scorer sees them (pages.py page_lines): split on LF,
// CRLF or CR, NFC, every run of white space (Python's str.isspace) one space, trimmed.
std::vector<std::string> title_page_lines(std::string_view text);

// The features' names, in the order of the weights (features.py's dict order).
const std::array<std::string_view, kTitleFeatureCount>& title_feature_names();

using TitleFeatures = std::array<double, kTitleFeatureCount>;

// The features of each candidate line (the first min(25, lines.size()) lines) of a page's
// lines as title_page_lines gives them.
std::vector<TitleFeatures> title_features(const std::vector<std::string>& lines);

}  // namespace tuyentap
