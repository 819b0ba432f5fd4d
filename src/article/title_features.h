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

#include <algorithm>
#include <array>
#include <bitset>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tuyentap {

// The candidates for the title: the first 25 non-empty lines of the page.
inline constexpr std::size_t kTitleCandidates = 25;
inline constexpr std::size_t kTitleFeatureCount = 85;

// std::log1p(n), from a table for the counts of a line's words and characters (each candidate
// of every page needs two or three).
double log1p_count(std::size_t n);

// A line of this many words is a body paragraph (features.py's long).
inline constexpr std::size_t kTitleLongWords = 30;

// The first fifteen features, in features.py's order: line i's place among the page's n
// non-empty lines and its word count, the same on the exact pass (title_features.cpp) and in
// the bounds (title_bound.cpp), which know both exactly. `put` takes each value in turn.
template <class Put>
void put_place_features(Put&& put, std::size_t i, std::size_t n, std::size_t words) {
  auto flag = [](bool v) { return v ? 1.0 : 0.0; };
  const std::size_t from_end = n - 1 - i;
  put(1.0);
  put(static_cast<double>(std::min<std::size_t>(i, 25)) / 25.0);
  put(flag(i == 0));
  put(flag(i < 3));
  put(static_cast<double>(std::min<std::size_t>(from_end, 25)) / 25.0);
  put(flag(i == n - 1));
  put(flag(from_end < 3));
  put(flag(i >= 25));
  put(log1p_count(words) / 5.0);
  put(flag(words <= 3));
  put(flag(words >= 4 && words <= 8));
  put(flag(words >= 9 && words < kTitleLongWords));
  put(flag(words >= kTitleLongWords));
  put(flag(words >= 60));
}

// The page's non-empty lines as the scorer sees them (pages.py page_lines): split on LF,
// CRLF or CR, NFC, every run of white space (Python's str.isspace) one space, trimmed.
std::vector<std::string> title_page_lines(std::string_view text);

// The features' names, in the order of the weights (features.py's dict order).
const std::array<std::string_view, kTitleFeatureCount>& title_feature_names();

using TitleFeatures = std::array<double, kTitleFeatureCount>;
// The features a cheap pass left unknown (TitleFeaturizer::features).
using TitleUnknown = std::bitset<kTitleFeatureCount>;

// The features of each candidate line (the first min(25, lines.size()) lines) of a page's
// lines as title_page_lines gives them.
std::vector<TitleFeatures> title_features(const std::vector<std::string>& lines);

// What the features read of a page: its first 26 lines (the candidates and the line under the
// last) and, of all its lines, how many there are, where the first long one stands and how
// often each kept line is printed. Small, so that a reader can keep it for every page.
struct TitlePage {
  std::vector<std::string> lines;  // the first min(n, kTitleCandidates + 1) lines
  std::vector<int> printed;        // how many of the page's lines read as each of those
  std::size_t n = 0;               // the page's non-empty lines
  std::size_t first_long = 0;      // the first line of a body paragraph's length, n if none
};
TitlePage title_page(const std::vector<std::string>& lines);
// The same of a page's text, its lines past the first 26 read but not kept. `nfc`: the text is
// known to be NFC UTF-8 (a decoded text, text/decode.h), which spares a test of each line.
TitlePage title_page(std::string_view text, bool nfc = false);

// Where each candidate's features must lie, from its word count, length, last characters and a
// few byte scans of it and its neighbours (title_bound.cpp): lo[k] <= features(i)[k] <= hi[k].
// Cheaper than even a cheap pass, which reads every letter.
struct TitleRange {
  TitleFeatures lo, hi;
};
std::vector<TitleRange> title_feature_ranges(const TitlePage& page);
// Narrows a candidate's range by byte scans of it and its neighbours too slow for every line
// (whether a date, time or weekday may be in them): for the few lines whose range alone does
// not rule them out. Each line is scanned once.
struct TitleLineMarks {     // what the scans show of a line: false where no match may be
  bool date = false;        // date_rx
  bool short_date = false;  // short_date_rx
  bool time = false;        // time_rx
  bool weekday = false;     // weekday_rx
  bool date_only = false;   // _date_only
};
class TitleRangeRefiner {
 public:
  explicit TitleRangeRefiner(const TitlePage& page) : page_(page) {}
  // ranges[i] narrowed; the others are read (a neighbour's range may spare its scan)
  void refine(std::size_t i, std::vector<TitleRange>& ranges);

 private:
  const TitlePage& page_;
  std::vector<std::optional<TitleLineMarks>> marks_;
};

// The features of one candidate at a time, each line's shape computed once and only when a
// feature needs it: scoring one line costs that line and its neighbours (and the cheap tests
// of the lines above it), not the page's 26. features(i) == title_features(lines)[i].
class TitleFeaturizer {
 public:
  explicit TitleFeaturizer(TitlePage page);
  ~TitleFeaturizer();
  TitleFeaturizer(TitleFeaturizer&&) noexcept;
  TitleFeaturizer& operator=(TitleFeaturizer&&) noexcept;

  std::size_t candidates() const;
  const TitlePage& page() const;
  const std::string& line(std::size_t i) const;
  // With `unknown`, a cheap pass: the features that need a regular expression (dates, names,
  // the line's opening words, its neighbours' dates and names; each in [0, 1]) are left 0 and
  // set in *unknown, so that a bound of the line's score costs its letters alone.
  TitleFeatures features(std::size_t i, TitleUnknown* unknown = nullptr);

 private:
  struct Cache;
  std::unique_ptr<Cache> c_;  // on the heap: the lines' cached forms point into its strings
};

}  // namespace tuyentap
