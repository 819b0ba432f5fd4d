// The title scorer's dates of a plain line read by hand (title_features.cpp): what date_rx,
// time_rx and short_date_rx find in it, how many dates it holds and what features.py
// _date_only says of it, without ICU's regular
// expressions, whose compiling alone costs a scan of 365 articles 2 % of its instructions. A
// date line is the neighbour of most titles, so every page scored in full reads one.
//
// Exact, or nothing: a line is read only when every character in it is one whose reading is
// plain (ASCII but "_" and controls, Vietnamese and other Latin letters that fold to one
// letter, general punctuation); on any other line the answer is none and the caller asks the
// regular expressions.
// tests/article/fitted_title_test.cpp and bench/header_model/parity.py hold it to them.
#pragma once

#include <optional>
#include <string_view>

namespace tuyentap::title_patterns {

struct PlainDates {
  bool date = false;        // date_rx finds a match
  bool time = false;        // time_rx finds a match
  bool date_only = false;   // features.py _date_only
  int dates = 0;            // pages.py dates_in's count (title_patterns.h count_dates)
  bool short_date = false;  // short_date_rx finds a match
};
std::optional<PlainDates> plain_dates(std::string_view line);

// What the patterns of a line's words find in a plain line, none in another.
struct PlainWords {
  bool weekday = false;    // weekday_rx
  bool da = false;         // da_rx
  bool opener = false;     // opener_rx
  bool honorific = false;  // honorific_rx
  bool numbered = false;   // numbered_rx
};
std::optional<PlainWords> plain_words(std::string_view line);

}  // namespace tuyentap::title_patterns
