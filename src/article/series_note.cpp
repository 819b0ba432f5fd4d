// A serial's note at an instalment's end (series_note.h).
#include "article/series_note.h"

#include <string>
#include <string_view>

#include "article/text_lines.h"
#include "base/ascii.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

// The note's text without the marks around it; `framed` tells whether there were any.
std::string_view without_marks(std::string_view s, bool& framed) {
  s = trim_spaces(s);
  framed = false;
  if (s.size() >= 2 && s.front() == '(' && s.back() == ')') {
    framed = true;
    return trim_spaces(s.substr(1, s.size() - 2));
  }
  // "(Còn nữa)." : the stop after the bracket
  if (s.size() >= 3 && s.front() == '(' && s.ends_with(").")) {
    framed = true;
    return trim_spaces(s.substr(1, s.size() - 3));
  }
  std::size_t from = s.find_first_not_of("-*–— ");
  std::size_t to = s.find_last_not_of("-*–— ");
  if (from == std::string_view::npos) return {};
  framed = from > 0 && to + 1 < s.size();
  return s.substr(from, to + 1 - from);
}

}  // namespace

bool is_series_note(std::string_view paragraph) {
  constexpr std::size_t kMaxWords = 25;
  if (!at_most_words(paragraph, kMaxWords)) return false;
  bool framed = false;
  std::string key = fold_for_match(without_marks(paragraph, framed));
  // the marks after the words, in any order and spacing: "(Còn nữa.)", "(Còn nữa …)", "(Còn
  // nữa... )" — each trailing stop, ellipsis or space goes until the words remain
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    while (!key.empty() && (key.back() == '.' || key.back() == ' ')) {
      key.pop_back();
      trimmed = true;
    }
    if (key.ends_with("…")) {
      key.resize(key.size() - std::string_view("…").size());
      trimmed = true;
    }
  }
  // an announcement of the next part names it after a colon: "Kỳ sau: Những giải pháp …"
  for (std::string_view next : {"ky sau:", "ky toi:", "ky cuoi:"})
    if (key.starts_with(next)) return framed || key.size() > next.size();
  // a broadcast's note in round brackets: when and in which programme the text was aired
  // ("(Chương trình Thời sự phát sóng lúc 19 giờ)"); no writer's name says "aired"
  // ("phát sóng" with its marks: "Phát Sông Hồng" names a river)
  if (framed && trim_spaces(paragraph).starts_with('(')) {
    std::string words = ' ' + fold_exact(without_marks(paragraph, framed)) + ' ';
    for (std::string_view aired : {" phát sóng ", " lên sóng "})
      if (words.find(aired) != std::string::npos) return true;
  }
  for (std::string_view note : {"con nua", "con tiep", "xem tiep ky sau", "doc tiep ky sau",
                                "don doc ky sau", "con nua ky sau", "het"})
    if (key == note) return framed || note != "het" || trim_spaces(paragraph).ends_with('.');
  return false;
}

}  // namespace tuyentap
