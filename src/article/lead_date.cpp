#include "article/lead_date.h"

#include <algorithm>
#include <iterator>
#include <string>

#include "base/ascii.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

// The earliest year of a news day: an archive of web pages and Word files holds nothing
// published before it, and a lead opening with an older date recalls history.
constexpr int kFirstNewsYear = 2000;
// Bytes of the lead looked at: the words before the date and the date fit in far fewer.
constexpr std::size_t kOpening = 80;

// Reads 1..max_digits digits at s[i], moving i past them.
std::optional<int> number_at(std::string_view s, std::size_t& i, std::size_t max_digits) {
  std::size_t start = i;
  int n = 0;
  while (i < s.size() && is_ascii_digit(s[i]) && i - start < max_digits)
    n = n * 10 + (s[i++] - '0');
  if (i == start || (i < s.size() && is_ascii_digit(s[i]))) return std::nullopt;
  return n;
}

bool skip_word(std::string_view s, std::size_t& i, std::string_view word) {
  if (s.substr(i).starts_with(word) && (i + word.size() == s.size() || s[i + word.size()] == ' ')) {
    i += word.size();
    while (i < s.size() && s[i] == ' ') ++i;
    return true;
  }
  return false;
}

// "14/10/2022", "14-10-2022", "14.10.2022" (one separator throughout), "14 thang 10 nam 2022".
std::optional<Date> date_at(std::string_view s, std::size_t& i) {
  auto day = number_at(s, i, 2);
  if (!day || i >= s.size()) return std::nullopt;
  std::optional<int> month, year;
  if (char sep = s[i]; sep == '/' || sep == '-' || sep == '.') {
    ++i;
    month = number_at(s, i, 2);
    if (!month || i >= s.size() || s[i] != sep) return std::nullopt;
    ++i;
  } else {
    if (!skip_word(s, ++i, "thang")) return std::nullopt;
    month = number_at(s, i, 2);
    if (!month) return std::nullopt;
    while (i < s.size() && s[i] == ' ') ++i;
    if (!skip_word(s, i, "nam")) return std::nullopt;
  }
  year = number_at(s, i, 4);
  if (!year) return std::nullopt;
  return Date{*year, *month, *day};
}

}  // namespace

std::optional<Date> lead_opening_date(std::string_view lead) {
  // Cut at a space so that no letter is split; the key is folded ("Sáng ngày" → "sang ngay").
  std::string_view opening = lead.substr(0, std::min(lead.size(), kOpening));
  if (opening.size() < lead.size()) opening = opening.substr(0, opening.rfind(' ') + 1);
  std::string key = fold_for_match(opening);
  std::size_t i = 0;
  // At most a part of the day, then "ngày": "Sáng", "Vào chiều ngày", "Ngày", "Hôm nay".
  static constexpr std::string_view kPartsOfDay[] = {"vao", "sang", "chieu", "toi", "trua",
                                                     "dem", "som",  "hom",   "nay"};
  for (int words = 0; words < 3; ++words) {
    bool part = std::any_of(std::begin(kPartsOfDay), std::end(kPartsOfDay),
                            [&](std::string_view w) { return skip_word(key, i, w); });
    if (!part) break;
  }
  skip_word(key, i, "ngay");
  auto date = date_at(key, i);
  if (!date || !archive_date(*date) || date->year < kFirstNewsYear) return std::nullopt;
  // What follows: the clause (a comma, or a space and words), never a span's second date.
  if (i == key.size() || key[i] == ',') return date;
  if (key[i] != ' ') return std::nullopt;
  std::size_t next = key.find_first_not_of(' ', i);
  if (next == std::string::npos) return date;
  std::string_view rest = std::string_view(key).substr(next);
  bool dash = rest.starts_with("-") || rest.starts_with("–") || rest.starts_with("—");
  if (is_ascii_digit(rest.front()) || dash) return std::nullopt;
  return date;
}

void date_from_lead(Article& a) {
  if (a.date) return;
  std::string_view opening = a.lead;
  if (opening.empty()) {
    auto first = std::find_if(a.blocks.begin(), a.blocks.end(),
                              [](const Block& b) { return b.type == BlockType::Paragraph; });
    if (first != a.blocks.end()) opening = first->text;
  }
  auto date = lead_opening_date(opening);
  if (!date) return;
  a.date = *date;
  std::string warning = std::string(kDateFromLead) + vi_short_date(*date);
  auto no_date = std::find(a.warnings.begin(), a.warnings.end(), "no date line");
  if (no_date != a.warnings.end()) {
    *no_date = std::move(warning);
  } else {
    a.warnings.push_back(std::move(warning));
  }
}

}  // namespace tuyentap
