// The site's name after a title: see title_site_name.h.
#include "article/title_site_name.h"

#include <algorithm>
#include <array>
#include <span>
#include <string>

#include "article/header_lines.h"
#include "article/source_names.h"
#include "article/text_lines.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMinTitleWords = 3;

bool has_digit(std::string_view s) {
  return s.find_first_of("0123456789") != s.npos;
}

std::size_t words(std::string_view s) {
  std::size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\t';
    n += !space && !in;
    in = !space;
  }
  return n;
}

// "Đảng bộ tỉnh Bình Thuận", "Huyện ủy Tân Yên", "Thành ủy Hà Nội": a Party committee named by
// its place, a capital after the unit (not "Đảng bộ tỉnh nhiệm kỳ mới").
bool names_party_committee(std::string_view s) {
  std::string folded = fold_for_match(s);
  std::size_t at = std::string_view::npos;
  for (std::string_view head : {"tinh uy ", "huyen uy ", "thanh uy ", "thi uy ", "dang uy "}) {
    if (folded.starts_with(head)) at = head.size();
  }
  if (folded.starts_with("dang bo ")) {
    for (std::string_view unit :
         {"tinh ", "huyen ", "thanh pho ", "thi xa ", "quan ", "xa ", "phuong ", "thi tran "}) {
      if (std::string_view(folded).substr(8).starts_with(unit)) at = 8 + unit.size();
    }
  }
  if (at == std::string_view::npos) return false;
  // the folded key keeps a word per word: the same count of words into the line
  std::size_t want = words(std::string_view(folded).substr(0, at)), p = 0;
  for (std::size_t w = 0; w < want; ++w) {
    p = s.find(' ', p);
    if (p == s.npos) return false;
    ++p;
  }
  return starts_with_upper(s.substr(p));
}

// A masthead's words: capitals, or the few small words names of papers, portals, stations and
// committees hold ("điện tử", "thông tin", "phát thanh và truyền hình", "huyện", "nhân dân", "Xây
// dựng").
// A word else in lower case is a sentence's: "Báo Nhân Dân trao giải", "Đảng bộ tỉnh Bình
// Thuận lần thứ XV".
bool masthead_words(std::string_view name) {
  static constexpr std::array<std::string_view, 28> kSmall = {
      "va",    "dien", "tu",  "thong", "tin",  "phat", "thanh",  "truyen", "hinh", "tinh",
      "huyen", "pho",  "thi", "xa",    "tran", "quan", "phuong", "doi",    "nhan", "dan",
      "uy",    "bo",   "chi", "san",   "cong", "dang", "ttdt",   "dung"};
  std::size_t start = 0;
  while (start < name.size()) {
    std::size_t end = name.find(' ', start);
    if (end == name.npos) end = name.size();
    std::string_view word = name.substr(start, end - start);
    start = end + 1;
    if (word.empty() || starts_with_upper(word)) continue;
    std::string key = fold_for_match(word);
    bool small = false;
    for (std::string_view k : kSmall) small = small || key == k;
    if (!small) return false;
  }
  return true;
}

// A title's first word after the section's bar: a capital, a digit ("Thời sự | 544 đảng viên
// …"), an opening quote or bracket ("Thời sự | “Bữa cơm đoàn kết” …", "| (TTV) Phát triển …");
// never lower case ("Thời sự | ba việc": the bar is the title's own).
bool opens_a_title(std::string_view rest) {
  if (rest.empty() || starts_with_lower(rest)) return false;
  if (starts_with_upper(rest)) return true;
  const char c = rest.front();
  if ((c >= '0' && c <= '9') || c == '"' || c == '(' || c == '[') return true;
  for (std::string_view q : {"“", "‘", "«"})
    if (rest.starts_with(q)) return true;
  return false;
}

bool names_a_site(std::string_view name) {
  if (name.empty()) return false;
  if (looks_like_domain(name)) return true;
  if (has_digit(name) || !masthead_words(name)) return false;
  return names_the_site(name) || names_party_committee(name);
}

}  // namespace

std::string_view without_site_name(std::string_view title) {
  // the last separator: one pass back from the end to the first space that opens one (no two
  // separators open with the same two bytes), not four searches of the whole title
  std::size_t best = title.npos, sep = 0;
  for (std::size_t i = title.size(); i-- > 0 && best == title.npos;) {
    if (title[i] != ' ') continue;
    for (std::string_view s : {" - ", " | ", " – ", " — "})
      if (title.substr(i).starts_with(s)) {
        best = i;
        sep = s.size();
        break;
      }
  }
  if (best == title.npos) return title;
  std::string_view name = title.substr(best + sep), head = title.substr(0, best);
  while (name.ends_with(' ')) name.remove_suffix(1);
  while (name.starts_with(' ')) name.remove_prefix(1);
  if (words(head) < kMinTitleWords || !names_a_site(name)) return title;
  while (head.ends_with(' ')) head.remove_suffix(1);
  return head;
}

std::string_view without_section_before(std::string_view title) {
  constexpr std::size_t kMaxStepWords = 3;
  std::size_t cut = title.npos, sep = 0;
  std::size_t from = 0;
  for (;;) {
    std::size_t at = title.npos, len = 0;
    for (std::string_view s : {" | ", " » ", " › ", " > "}) {
      std::size_t i = title.find(s, from);
      if (i != title.npos && (at == title.npos || i < at)) {
        at = i;
        len = s.size();
      }
    }
    if (at == title.npos) break;
    std::string_view step = title.substr(from, at - from);
    if (words(step) == 0 || words(step) > kMaxStepWords || has_digit(step)) break;
    cut = at;
    sep = len;
    from = at + len;
  }
  if (cut == title.npos) return title;
  std::string_view rest = title.substr(cut + sep);
  while (rest.starts_with(' ')) rest.remove_prefix(1);
  if (words(rest) < kMinTitleWords || !opens_a_title(rest)) return title;
  return rest;
}

namespace {

// A site's sections by their first words: "Tin tức …", "Tin hoạt động", "Tin mới", "Tin nổi bật",
// "Hoạt động …", "Sự kiện …", "Thông báo …" ("Tin học văn phòng", a course, is none; "Hưởng
// ứng …", a title's verb, neither). Folded, a space after the last word.
constexpr std::array<std::string_view, 7> kSectionOpenings = {
    "tin tuc ",   "tin hoat dong ", "tin moi ",  "tin noi bat ",
    "hoat dong ", "su kien ",       "thong bao "};

// A news kind ("Tin nội bộ", "Tin Phật giáo", "Tin trong nước") or a field a site files under
// ("Thời sự", "Giáo dục", "Văn hóa", "Kinh tế" …), folded as above.
constexpr std::array<std::string_view, 20> kSectionFields = {
    "tin ",        "thoi su ",   "giao duc ",    "van hoa ",   "xa hoi ",
    "kinh te ",    "chinh tri ", "the thao ",    "y te ",      "phap luat ",
    "quoc phong ", "an ninh ",   "nong nghiep ", "du lich ",   "doi song ",
    "khoa hoc ",   "cong doan ", "doan the ",    "phat giao ", "cong giao "};

// The section's words, folded, with the space the lists above end their openings with.
std::string section_key(std::string_view section) {
  return fold_for_match(section) + " ";
}

bool opens_with_one_of(const std::string& key, std::span<const std::string_view> openings) {
  return std::any_of(openings.begin(), openings.end(),
                     [&](std::string_view opening) { return key.starts_with(opening); });
}

bool worded_as_section(std::string_view section) {
  return opens_with_one_of(section_key(section), kSectionOpenings);
}

// A section's name run into a title's line before its second printing: a site's section, a
// news kind or a field, its words whole; not "Tin học …" (computing, a course).
bool names_a_section(std::string_view section) {
  const std::string key = section_key(section);
  return opens_with_one_of(key, kSectionOpenings) ||
         (!key.starts_with("tin hoc ") && opens_with_one_of(key, kSectionFields));
}

}  // namespace

std::size_t section_after_capitals_title(std::string_view title) {
  constexpr std::size_t kMinTitleCapitalsWords = 3, kMinSectionWords = 2, kMaxSectionWords = 6;
  // the section: from the first word with a capital and lower case, all before it capitals
  std::size_t cut = title.npos;
  for (std::size_t at = title.find(' '); at != title.npos; at = title.find(' ', at + 1)) {
    std::string_view head = title.substr(0, at), tail = title.substr(at + 1);
    std::string_view word = tail.substr(0, tail.find(' '));
    if (!word.empty() && starts_with_upper(word) && !is_all_caps(word)) {
      if (!is_all_caps(head)) return title.npos;
      cut = at + 1;
      break;
    }
  }
  if (cut == title.npos) return title.npos;
  std::string_view head = title.substr(0, cut - 1), section = title.substr(cut);
  if (words(head) < kMinTitleCapitalsWords || words(section) < kMinSectionWords ||
      words(section) > kMaxSectionWords || has_digit(section) ||
      section.find_first_of(".,:;!?()|-\"") != section.npos)
    return title.npos;
  // its words after the first in lower case: a section's name, no proper name
  bool lower = true;
  each_word(section.substr(section.find(' ') + 1),
            [&](std::string_view w) { lower = lower && !starts_with_upper(w); });
  if (!lower) return title.npos;
  return worded_as_section(section) ? cut : title.npos;
}

std::optional<std::string_view> section_glued_over_title(std::string_view line,
                                                         std::string_view under) {
  constexpr std::size_t kMaxSectionWords = 4;
  if (words(under) < kMinTitleWords || line.size() <= under.size() + 1 || !line.ends_with(under))
    return std::nullopt;
  const std::size_t at = line.size() - under.size();
  if (line[at - 1] != ' ') return std::nullopt;
  std::string_view section = line.substr(0, at - 1);
  while (section.ends_with(' ')) section.remove_suffix(1);
  if (words(section) == 0 || words(section) > kMaxSectionWords || has_digit(section) ||
      !starts_with_upper(section) || !names_a_section(section))
    return std::nullopt;
  for (char c : section)
    if (std::string_view(".,;:!?|>-()[]\"'").find(c) != std::string_view::npos) return std::nullopt;
  return section;
}

}  // namespace tuyentap
