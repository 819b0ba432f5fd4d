// A local government's name in capitals: see local_unit_name.h.
#include "article/local_unit_name.h"

#include <array>
#include <initializer_list>
#include <span>
#include <string>
#include <vector>

#include "article/text_lines.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

using Words = std::span<const std::string>;

// The words at `at` are `phrase`'s; moves `at` past them.
bool take(Words words, std::size_t& at, std::initializer_list<std::string_view> phrase) {
  if (words.size() - at < phrase.size()) return false;
  std::size_t i = at;
  for (std::string_view w : phrase)
    if (words[i++] != w) return false;
  at = i;
  return true;
}

// A unit's name alone, in capitals (local_unit_name.h).
bool unit_name(std::string_view line) {
  constexpr std::size_t kMaxWords = 8, kMaxNameWords = 3;
  if (line.empty() || !at_most_words(line, kMaxWords) ||
      line.find_first_of(",.:;!?|()[]/-") != std::string_view::npos ||
      line.find("–") != std::string_view::npos)
    return false;
  std::vector<std::string> words;
  each_word(fold_exact(line), [&](std::string_view w) { words.emplace_back(w); });
  std::size_t at = 0;
  // the body that speaks for the unit, if named first
  take(words, at, {"ubnd"}) || take(words, at, {"ủy", "ban", "nhân", "dân"}) ||
      take(words, at, {"hđnd"}) || take(words, at, {"hội", "đồng", "nhân", "dân"}) ||
      take(words, at, {"đảng", "bộ"}) || take(words, at, {"đảng", "ủy"});
  const bool unit = take(words, at, {"thị", "trấn"}) || take(words, at, {"thị", "xã"}) ||
                    take(words, at, {"thành", "phố"}) || take(words, at, {"xã"}) ||
                    take(words, at, {"phường"}) || take(words, at, {"huyện"}) ||
                    take(words, at, {"quận"}) || take(words, at, {"tỉnh"});
  const std::size_t name = words.size() - at;
  if (!unit || name == 0 || name > kMaxNameWords) return false;
  // "XÃ HỘI" (society), "TỈNH ỦY", "HUYỆN ĐOÀN": no unit's name
  for (std::string_view not_name : {"hội", "ủy", "đoàn"})
    if (words[at] == not_name) return false;
  return true;
}

}  // namespace

bool is_local_unit_name_in_capitals(std::string_view line) {
  constexpr std::size_t kMaxWords = 12;
  if (line.empty() || !at_most_words(line, kMaxWords) || !is_all_caps(line)) return false;
  // "QUẬN 5 - THÀNH PHỐ HỒ CHÍ MINH": the unit, then the one above it
  for (std::string_view dash : {" - ", " – "}) {
    std::size_t at = line.find(dash);
    if (at != std::string_view::npos)
      return unit_name(line.substr(0, at)) && unit_name(line.substr(at + dash.size()));
  }
  return unit_name(line);
}

}  // namespace tuyentap
