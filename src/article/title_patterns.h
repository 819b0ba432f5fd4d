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
#include <vector>

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
  // Whether a match starts at one of `starts` (UTF-16 offsets, ascending; the text before
  // each is seen by look-behinds). Equal to find() when every offset where a match may start
  // is among them: on a long line, a few anchored tries instead of a try at every offset.
  bool find_at(const icu::UnicodeString& s, std::span<const int32_t> starts) const;
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

// The words name_label_rx and title_prefix_rx open with (their alternatives): a line that
// opens with none of them, in any case, is left as it is by either.
std::span<const std::u16string_view> name_label_words();
std::span<const std::u16string_view> title_prefix_words();
// The same of opener_rx and honorific_rx ("năm " for opener_rx's "năm \d{4}"). honorific_rx's
// forms of address are features.py's HONORIFIC_RE, not the readers' list (address_words.h):
// the weights were fitted to these, so they change only with features.py, and then in all three
// places together (the pattern, these words, title_dates.cpp's reading by hand).
std::span<const std::u16string_view> opener_words();
std::span<const std::u16string_view> honorific_words();
// Whether numbered_rx may match a line that opens with the code point c: a digit, I, V, X or
// one of its marks.
bool may_be_numbered(char32_t c);

// pages.py dates_in: how many full dates the line holds. `starts`: the offsets where a date
// may start (date_starts).
int count_dates(const icu::UnicodeString& u, std::span<const int32_t> starts);

// Where DATE_RE, TIME_RE and SHORT_DATE_RE may match, all of which open with a look-behind
// for no digit then a digit, or with "ngày " before one: the offsets of each run of digits
// (\d) and of a "ngày " right before it.
std::vector<int32_t> date_starts(const icu::UnicodeString& u);
// Whether date_rx (time_rx) surely finds a match in the UTF-8 line `s`, read off its ASCII
// digits alone: a day, month and year as "D/M/YYYY" (time: "H:MM", "HhMM"), each run of
// digits bounded by ASCII bytes that are no digit. False says nothing: the cheap pass's
// dates without the regular expressions (title_features.cpp).
bool surely_date(std::string_view s);
bool surely_time(std::string_view s);
// Whether s (UTF-8) may hold a digit of date_starts (\d: Unicode's Nd): an ASCII digit, or a
// character from U+0660 on but U+1E00-1EFF and U+2000-3FFF. A line with none has no date,
// short date or time.
bool may_hold_digit(std::string_view s);
// Where da_rx may match: the offsets of the letters whose case folding is "đ" or "s" with the
// next letter of "đã", "đang", "được" or "sẽ" after them.
std::vector<int32_t> da_starts(const icu::UnicodeString& u);
// Whether the letters of `u` are all among those of _date_only's words (the dates' "ngày",
// "tháng", "năm", the times' "h", "giờ", the weekdays, the label words): else some letter
// stays after _date_only's removals, and the line is no date line.
bool only_date_letters(const icu::UnicodeString& u);

// features.py AUTHOR_LABELS, DATE_LABELS, CHROME_LABELS, CAPTION_LABELS (its SURNAMES are
// family_names.h's list, which features.py reads).
std::span<const std::string_view> author_labels();
std::span<const std::string_view> date_labels();
std::span<const std::string_view> chrome_labels();
std::span<const std::string_view> caption_labels();

}  // namespace tuyentap::title_patterns
