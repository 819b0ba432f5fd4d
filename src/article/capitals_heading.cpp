// The article's heading in capitals under the page's title: see capitals_heading.h.
#include "article/capitals_heading.h"

#include <algorithm>
#include <string>
#include <vector>

#include "article/bare_caption.h"
#include "article/dated_paragraph.h"
#include "article/text_lines.h"
#include "article/title_score.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

// More than half of the title's words (folded, the punctuation around each left out) stand in
// the heading: the article's heading restates the page's title ("10 Năm Đảng Bộ TCT Thuốc Lá
// Việt Nam", "ĐẢNG BỘ TỔNG CÔNG TY THUỐC LÁ VIỆT NAM: DẤU ẤN 10 NĂM …"); a kicker names a
// section or a series, in words of its own.
bool restates(std::string_view title, std::string_view heading) {
  std::vector<std::string> in_heading;
  const std::string folded_heading = fold_for_match(heading);
  each_word(folded_heading, [&](std::string_view w) {
    w = without_marks(w);
    if (!w.empty()) in_heading.emplace_back(w);
  });
  std::size_t words = 0, shared = 0;
  const std::string folded_title = fold_for_match(title);
  each_word(folded_title, [&](std::string_view w) {
    w = without_marks(w);
    if (w.empty()) return;
    ++words;
    shared += std::find(in_heading.begin(), in_heading.end(), w) != in_heading.end();
  });
  return 2 * shared > words;
}

}  // namespace

bool capitals_heading_under_title(std::string_view upper, std::string_view lower) {
  // the case first: the page-title tests read the line's words against lists
  return is_all_caps(lower) && !is_all_caps(upper) && is_page_title(lower) &&
         is_page_title(upper) && restates(upper, lower);
}

bool title_over_capitals_heading(std::string_view upper, std::string_view lower) {
  return capitals_heading_under_title(upper, lower) && !is_section_like(upper);
}

namespace {

// The words of `s` folded (fold_for_match), marks around them off and each number's leading
// zeros too ("01/5" as "1/5"): what two printings of one title share whatever their commas.
std::vector<std::string> bare_words(std::string_view s) {
  std::vector<std::string> out;
  const std::string folded = fold_for_match(s);
  each_word(folded, [&](std::string_view w) {
    std::string word;
    bool digit_run = false;  // inside a number: a zero opening it is dropped
    for (char c : w) {
      const bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                          static_cast<unsigned char>(c) >= 0x80 || c == '/';
      if (!letter) continue;
      if (c == '0' && !digit_run) continue;
      digit_run = c >= '0' && c <= '9';
      word += c;
    }
    if (!word.empty()) out.push_back(std::move(word));
  });
  return out;
}

}  // namespace

bool restates_title_whole(std::string_view title, std::string_view heading) {
  constexpr std::size_t kMinWords = 3;
  const std::vector<std::string> t = bare_words(title);
  return t.size() >= kMinWords && t == bare_words(heading);
}

}  // namespace tuyentap
