// A "Theo" credit naming a person: see theo_writer.h.
#include "article/theo_writer.h"

#include <array>
#include <string>

#include "article/text_lines.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMinNameWords = 2;
constexpr std::size_t kMaxNameWords = 4;

// Vietnamese family names (fold_exact), the common ones whose word opens no place's or
// paper's name.
constexpr std::array<std::string_view, 34> kFamilyNames = {
    "nguyễn", "trần",  "lê",    "phạm", "hoàng", "huỳnh", "phan", "vũ",    "võ",
    "đặng",   "bùi",   "đỗ",    "hồ",   "ngô",   "dương", "lý",   "đinh",  "đoàn",
    "trương", "lương", "trịnh", "lưu",  "tạ",    "vương", "đào",  "phùng", "kiều",
    "triệu",  "quách", "lại",   "mạc",  "khổng", "nông",  "hứa"};

bool is_family_name(std::string_view word) {
  std::string key = fold_exact(word);
  for (std::string_view f : kFamilyNames)
    if (key == f) return true;
  return false;
}

}  // namespace

std::string_view writer_after_theo(std::string_view byline) {
  if (byline.size() < 5 || byline[4] != ' ' || fold_exact(byline.substr(0, 4)) != "theo")
    return byline;
  std::string_view name = byline.substr(5);
  while (name.starts_with(' ')) name.remove_prefix(1);
  if (name.find_first_of("/.(),:;0123456789") != std::string_view::npos) return byline;
  std::size_t words = 0;
  bool capitals = true, family = false;
  each_word(name, [&](std::string_view w) {
    if (words++ == 0) family = is_family_name(w);
    capitals = capitals && starts_with_upper(w);
  });
  if (!family || !capitals || words < kMinNameWords || words > kMaxNameWords) return byline;
  if (fold_exact(name) == "hồ chí minh") return byline;
  return name;
}

}  // namespace tuyentap
