// A "Theo" credit naming a person: see theo_writer.h.
#include "article/theo_writer.h"

#include <array>
#include <string>

#include "article/family_names.h"
#include "article/text_lines.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMinNameWords = 2;
constexpr std::size_t kMaxNameWords = 3;  // four capitalised words read like a paper's name

// Middle names (fold_exact), the common ones.
constexpr std::array<std::string_view, 24> kMiddleNames = {
    "văn", "thị", "viết", "đức",   "hữu",  "công", "đình", "ngọc", "xuân", "quang", "minh", "thanh",
    "kim", "bá",  "duy",  "trọng", "quốc", "khắc", "tiến", "đăng", "thế",  "huy",   "mạnh", "như"};

// Two-word common nouns (fold_exact) that papers', organisations' and places' names are made
// of and a person's name is not: "Theo Trần Pháp Luật" is no writer.
constexpr std::array<std::string_view, 22> kNameNouns = {
    "nông nghiệp", "lý luận",    "thanh niên", "chính trị", "nhân dân",  "lao động",
    "tuổi trẻ",    "tiền phong", "công an",    "quân đội",  "pháp luật", "văn hóa",
    "kinh tế",     "đời sống",   "giáo dục",   "thời đại",  "tin tức",   "phụ nữ",
    "hoàng sa",    "trường sa",  "việt nam",   "đảng bộ"};

// Heroes whose names streets, schools and wards bear ("Theo Lê Hồng Phong" is a place).
constexpr std::array<std::string_view, 16> kHistoricalNames = {
    "hồ chí minh",   "lê hồng phong",  "trần hưng đạo",     "lê lợi",
    "nguyễn trãi",   "nguyễn du",      "trần phú",          "lê duẩn",
    "nguyễn huệ",    "lê quý đôn",     "hồ tùng mậu",       "võ thị sáu",
    "nguyễn văn cừ", "trần quốc toản", "nguyễn đình chiểu", "võ nguyên giáp"};

template <std::size_t N>
bool is_one_of(const std::string& key, const std::array<std::string_view, N>& list) {
  for (std::string_view x : list)
    if (key == x) return true;
  return false;
}

}  // namespace

bool has_name_noun(std::string_view name) {
  std::string previous;
  bool found = false;
  each_word(name, [&](std::string_view w) {
    std::string word = fold_exact(w);
    if (!previous.empty()) found = found || is_one_of(previous + " " + word, kNameNouns);
    previous = std::move(word);
  });
  return found;
}

bool is_middle_name(std::string_view word) {
  return is_one_of(fold_exact(word), kMiddleNames);
}

bool is_person_name(std::string_view name) {
  if (name.find_first_of("/.(),:;0123456789") != std::string_view::npos) return false;
  std::size_t words = 0;
  bool capitals = true, family = false;
  each_word(name, [&](std::string_view w) {
    if (words++ == 0) family = is_family_name(w);
    capitals = capitals && starts_with_upper(w);
  });
  if (!family || !capitals || words < kMinNameWords || words > kMaxNameWords) return false;
  return !is_one_of(fold_exact(name), kHistoricalNames) && !has_name_noun(name);
}

std::string_view writer_after_theo(std::string_view byline) {
  if (byline.size() < 5 || byline[4] != ' ' || fold_exact(byline.substr(0, 4)) != "theo")
    return byline;
  std::string_view name = byline.substr(5);
  while (name.starts_with(' ')) name.remove_prefix(1);
  return is_person_name(name) ? name : byline;
}

}  // namespace tuyentap
