// A line broken at the dash before a position: see position_wrap.h.
#include "article/position_wrap.h"

#include <array>
#include <string>
#include <vector>

#include "article/byline.h"
#include "article/text_lines.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxLineWords = 30;
constexpr std::size_t kMaxNameWords = 5;

// The line's words, split at spaces.
std::vector<std::string_view> words_of(std::string_view s) {
  std::vector<std::string_view> out;
  each_word(s, [&](std::string_view w) { out.push_back(w); });
  return out;
}

// The line ends on a name a form of address opens: "… và đồng chí Vũ Khắc Hào", "Ông Lê An".
bool ends_on_addressed_name(std::string_view line) {
  const std::vector<std::string_view> words = words_of(line);
  std::size_t name = 0;  // capitalised words at the end
  while (name < words.size() && name < kMaxNameWords + 1 &&
         starts_with_upper(words[words.size() - 1 - name]))
    ++name;
  // the form of address may open the line in capitals ("Đồng chí", "Ông"): try each split
  for (std::size_t n = 1; n <= std::min(name, kMaxNameWords); ++n) {
    std::size_t at = words.size() - n;  // the name's first word
    auto key = [&](std::size_t i) { return fold_exact(words[i]); };
    if (at >= 1 && (key(at - 1) == "ông" || key(at - 1) == "bà" || key(at - 1) == "đ/c"))
      return true;
    if (at >= 2 && key(at - 2) == "đồng" && key(at - 1) == "chí") return true;
  }
  return false;
}

}  // namespace

bool continues_with_position(std::string_view previous, std::string_view line) {
  std::string_view rest;
  for (std::string_view dash : {"-", "–", "—"}) {
    if (line.starts_with(dash)) {
      rest = line.substr(dash.size());
      break;
    }
  }
  while (rest.starts_with(' ')) rest.remove_prefix(1);
  if (rest.empty() || !opens_with_position(rest)) return false;
  while (previous.ends_with(' ')) previous.remove_suffix(1);
  if (previous.empty() || !at_most_words(previous, kMaxLineWords) ||
      ends_with_sentence_punct(previous))
    return false;
  for (std::string_view end : {",", ";", ":", ")", "\"", "”"})
    if (previous.ends_with(end)) return false;
  return ends_on_addressed_name(previous);
}

}  // namespace tuyentap
