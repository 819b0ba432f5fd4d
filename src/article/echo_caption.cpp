#include "article/echo_caption.h"

#include <string>
#include <vector>

#include "article/text_lines.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

// The folded words, punctuation left out: "Trước cờ Tổ quốc, cờ Đảng" → truoc co to quoc co dang
std::vector<std::string> folded_words(std::string_view s) {
  std::vector<std::string> words;
  std::string word;
  for (char c : fold_for_match(s)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80) {
      word += c;
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

}  // namespace

bool echoes_paragraph_before(std::string_view line, std::string_view before) {
  constexpr std::size_t kMinWords = 6;   // a phrase this long is no chance repeat
  constexpr std::size_t kMaxWords = 40;  // a caption's length (caption.h)
  if (!at_most_words(line, kMaxWords) || at_most_words(line, kMinWords - 1)) return false;
  const std::vector<std::string> echo = folded_words(line);
  const std::vector<std::string> text = folded_words(before);
  if (echo.size() < kMinWords || text.size() <= echo.size()) return false;
  for (std::size_t start = 1; start + echo.size() <= text.size(); ++start) {
    std::size_t k = 0;
    while (k < echo.size() && text[start + k] == echo[k]) ++k;
    if (k == echo.size()) return true;
  }
  return false;
}

}  // namespace tuyentap
