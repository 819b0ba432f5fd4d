// The regular expressions and word lists of the title scorer's features (title_features.h),
// written as bench/header_model/features.py and pages.py write them: ICU's regular expressions
// read Python's (Python's (?P<x>…) is ICU's (?<x>…), its \\b and \\w ICU's on these pages).
#pragma once

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <cstddef>
#include <memory>
#include <span>
#include <string_view>

namespace tuyentap::title_patterns {

icu::UnicodeString u16(std::string_view s);

// A compiled pattern (shared between threads) and its matchers (one per thread).
class Rx {
 public:
  Rx(const char* pattern, bool ignore_case);
  // The thread's matcher of the pattern, reset to `s` (which must outlive its use); null if
  // the pattern did not compile.
  icu::RegexMatcher* on(const icu::UnicodeString& s) const;
  bool find(const icu::UnicodeString& s) const;
  bool at_start(const icu::UnicodeString& s) const;
  icu::UnicodeString replace_all(const icu::UnicodeString& s, const char* with) const;

 private:
  std::unique_ptr<icu::RegexPattern> p_;
  std::size_t id_ = 0;
};

// pages.py DATE_RE, SHORT_DATE_RE, TIME_RE; features.py WEEKDAY_RE, _date_only's label
// words and what its "[\\W_]+" leaves, OPENERS_RE, HONORIFIC_RE, NUMBERED_RE, TITLE_PREFIX_RE,
// _name_shape's bracket, label and cut, and the url, da_word and image tests.
const Rx& date_rx();
const Rx& short_date_rx();
const Rx& time_rx();
const Rx& weekday_rx();
const Rx& date_word_rx();
const Rx& word_left_rx();
const Rx& opener_rx();
const Rx& honorific_rx();
const Rx& numbered_rx();
const Rx& title_prefix_rx();
const Rx& bracket_rx();
const Rx& name_label_rx();
const Rx& name_cut_rx();
const Rx& url_rx();
const Rx& da_rx();
const Rx& image_rx();

// pages.py dates_in: how many full dates the line holds.
int count_dates(const icu::UnicodeString& u);

// features.py SURNAMES (in lower case), AUTHOR_LABELS, DATE_LABELS, CHROME_LABELS,
// CAPTION_LABELS.
std::span<const std::string_view> surnames();
std::span<const std::string_view> author_labels();
std::span<const std::string_view> date_labels();
std::span<const std::string_view> chrome_labels();
std::span<const std::string_view> caption_labels();

}  // namespace tuyentap::title_patterns
