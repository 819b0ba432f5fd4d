// A writer's name glued to the text's last line: see glued_byline.h.
#include "article/glued_byline.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace tuyentap {

namespace {

constexpr std::size_t kMinNameWords = 2;
constexpr std::size_t kMaxNameWords = 4;
constexpr std::size_t kMinWordsBefore = 3;

// A word of a name: a capital, then small letters only (no digit, no mark, no capital inside).
bool is_person_name_word(std::string_view w) {
  int32_t i = 0;
  const auto n = static_cast<int32_t>(w.size());
  bool first = true;
  while (i < n) {
    UChar32 c;
    U8_NEXT(w.data(), i, n, c);
    if (c < 0 || (first ? !u_isupper(c) : !u_islower(c))) return false;
    first = false;
  }
  return !first;
}

}  // namespace

std::size_t glued_name_at_end(std::string_view line) {
  while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
  // the last words, back to the one glued to a small letter
  std::size_t end = line.size(), words = 0;
  while (words < kMaxNameWords) {
    std::size_t space = line.rfind(' ', end == 0 ? 0 : end - 1);
    std::size_t start = space == std::string_view::npos ? 0 : space + 1;
    std::string_view word = line.substr(start, end - start);
    ++words;
    // a word whose small letters run into a capital: the glued joint
    int32_t i = 0;
    const auto n = static_cast<int32_t>(word.size());
    UChar32 prev = -1;
    // the word's small letters so far, from its start: the joint needs two or more before it
    // and nothing else ("iPhone", "TikTok" are brands' names, no joint)
    std::size_t small = 0;
    bool all_small = true;
    while (i < n) {
      const int32_t at = i;
      UChar32 c;
      U8_NEXT(word.data(), i, n, c);
      if (prev >= 0 && u_islower(prev) && c >= 0 && u_isupper(c)) {
        if (!all_small || small < 2) return std::string_view::npos;
        const std::size_t name = start + static_cast<std::size_t>(at);
        std::string_view rest = line.substr(name);
        if (words < kMinNameWords ||
            !is_person_name_word(word.substr(static_cast<std::size_t>(at))))
          return std::string_view::npos;
        std::size_t k = 0;
        bool names = true;
        each_word(rest, [&](std::string_view w) {
          names = names && (++k == 1 || is_person_name_word(w));
        });
        return names && word_count(line.substr(0, name)) >= kMinWordsBefore
                   ? name
                   : std::string_view::npos;
      }
      prev = c;
      all_small = all_small && c >= 0 && u_islower(c);
      small += all_small;
    }
    if (!is_person_name_word(word) || start == 0) return std::string_view::npos;
    end = start - 1;
  }
  return std::string_view::npos;
}

void unglue_end_byline(std::vector<Paragraph>& body) {
  if (body.size() < 2) return;
  Paragraph& last = body.back();
  const std::size_t at = glued_name_at_end(last.text);
  if (at == std::string_view::npos) return;
  std::string name = last.text.substr(at);
  while (!name.empty() && name.back() == ' ') name.pop_back();
  last.text.resize(at);
  body.push_back(Paragraph{std::move(name), PhotoHint::None});
}

}  // namespace tuyentap
