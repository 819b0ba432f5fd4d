// A caption naming a place: see place_caption.h.
#include "article/place_caption.h"

#include <algorithm>
#include <array>
#include <string>

#include "article/name_words.h"
#include "article/scene_caption.h"
#include "article/text_lines.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxPlaceWords = 15;
constexpr std::array<std::string_view, 2> kPlaceOpenings = {"trụ sở ", "vị trí "};

// Lower-case words a body's or a place's name holds ("Đảng ủy", "trụ sở UBND phường …",
// "Nhà văn hóa thôn …"): any other lower-case word after the opening is a predicate's
// ("được xây dựng", "nay chuyển về", "hiện còn trống", "do … đảm nhiệm"): a sentence.
constexpr std::array<std::string_view, 30> kNameWords = {
    "trụ",   "sở",   "ủy",   "bộ",    "ban",  "nhân",  "dân",  "nhà", "văn",  "hóa",
    "trung", "tâm",  "hành", "chính", "công", "cộng",  "đồng", "xã",  "thôn", "phường",
    "huyện", "quận", "tỉnh", "thị",   "trấn", "thành", "phố",  "và",  "của",  "mới"};

// Every word after the opening is a capital's, a number's or a name's lower-case word.
bool only_names(std::string_view rest) {
  bool names = true;
  each_word(rest, [&](std::string_view word) {
    while (!word.empty() && (word.back() == ',' || word.back() == '.')) word.remove_suffix(1);
    names = names && is_name_word(word, kNameWords);
  });
  return names;
}

}  // namespace

bool names_place_shown(std::string_view line, bool last) {
  if (!at_most_words(line, kMaxPlaceWords) || !starts_with_upper(line) || is_all_caps(line) ||
      line.find_first_of("?!:;") != std::string_view::npos || line.find("…") != line.npos ||
      line.ends_with("..") || stops_a_sentence_inside(line))
    return false;
  if (line.ends_with('.') ? false : (!last || ends_with_sentence_punct(line))) return false;
  std::string_view opening;
  std::string_view start = utf8::whole_prefix(line, 16);  // "vị trí " with room
  std::string head = fold_exact(start);
  for (std::string_view o : kPlaceOpenings)
    if (head.starts_with(o)) opening = o;
  if (opening.empty()) return false;
  // a name after the opening: a capital opens one of the words after it
  bool named = false;
  std::string_view rest = line;
  for (int skipped = 0; skipped < 2 && !rest.empty(); ++skipped) {
    std::size_t space = rest.find(' ');
    rest = space == std::string_view::npos ? std::string_view{} : rest.substr(space + 1);
  }
  for (std::size_t start = 0; start < rest.size() && !named;) {
    std::size_t end = rest.find(' ', start);
    if (end == std::string_view::npos) end = rest.size();
    named = starts_with_upper(rest.substr(start, end - start));
    start = end + 1;
  }
  return named && !has_reasoning_words(line) && only_names(rest);
}

}  // namespace tuyentap
