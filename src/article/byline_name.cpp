// A writer's name as a byline writes it: see byline_name.h.
#include "article/byline_name.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include "article/byline.h"
#include "article/family_names.h"
#include "article/text_lines.h"
#include "article/theo_writer.h"
#include "base/ascii.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxNameWords = 6;

// Words no Vietnamese name is made of, in capitals the words of a heading: the small words
// of a phrase (của, về, các, những …), fold_exact keys.
constexpr std::string_view kNeverNameWords[] = {
    "của", "về",   "các", "những", "một", "số",  "trong", "với", "cho",   "là",   "để",  "đến",
    "tại", "được", "có",  "không", "này", "khi", "thì",   "mà",  "nhưng", "hoặc", "vào", "ra"};
// The words that name a text's part or its reasoning (đặt vấn đề, mở đầu, kết luận, tài liệu
// tham khảo, nội dung, giải pháp, thực trạng …): no name's either, but a few are given names
// too (Kết, Pháp, Cầu, Nội, Tiêu: "NGUYỄN VĂN KẾT", "TRẦN NỘI"), so after a family name
// (theo_writer.h) they are a name's. A name's syllables (Minh, Tâm, Dung, Tài, Luận, Kiến,
// Cao, Phương) are kept out, however often a heading uses them too.
constexpr std::string_view kHeadingWords[] = {
    "đặt", "vấn",  "đề",  "mở",     "đầu",    "kết",   "liệu", "tham", "khảo",
    "nội", "phần", "mục", "giải",   "pháp",   "trạng", "tóm",  "tắt",  "phụ",
    "lời", "nói",  "bài", "nghiệm", "nhiệm",  "vụ",    "đánh", "giá",  "hình",
    "quả", "tiêu", "yêu", "cầu",    "nghiên", "cứu",   "xây",  "dựng", "nâng"};
constexpr std::size_t kMaxNameSyllables = 4;  // "TÔN NỮ THU HÀ"; a writer's degrees aside

// Common given names (fold_exact keys: lower case, the old tone placement, "hòa", "thúy"). Left
// out: those that are mostly an ordinary word a closing line is made of ("ái" of "thân ái",
// "trọng" of "trân trọng", "mến" of "thân mến").
constexpr std::string_view kGivenNames[] = {
    "an",     "anh",    "ánh",    "bảo",    "bích",  "bình",  "cường", "châu",  "chi",   "chinh",
    "chính",  "chung",  "công",   "cúc",    "diễm",  "diệp",  "diệu",  "dung",  "dũng",  "duy",
    "duyên",  "dương",  "đạt",    "điệp",   "định",  "đông",  "đức",   "giang", "hà",    "hải",
    "hạnh",   "hào",    "hảo",    "hằng",   "hân",   "hậu",   "hiền",  "hiển",  "hiệp",  "hiếu",
    "hoa",    "hòa",    "hoài",   "hoan",   "hoàn",  "hoàng", "hồng",  "huân",  "huệ",   "huế",
    "hùng",   "hưng",   "hương",  "hường",  "huy",   "huyền", "khang", "khanh", "khánh", "khải",
    "khoa",   "khôi",   "kiên",   "kiều",   "kim",   "lam",   "lan",   "lâm",   "lệ",    "liên",
    "liễu",   "linh",   "loan",   "long",   "lộc",   "lợi",   "luân",  "lực",   "ly",    "lý",
    "mai",    "mạnh",   "minh",   "my",     "mỹ",    "nam",   "nga",   "ngân",  "nghĩa", "ngọc",
    "nguyên", "nguyệt", "nhàn",   "nhân",   "nhật",  "nhi",   "nhung", "như",   "oanh",  "phong",
    "phú",    "phúc",   "phương", "phượng", "quang", "quân",  "quế",   "quý",   "quyên", "quỳnh",
    "sang",   "sơn",    "sương",  "tài",    "tâm",   "tân",   "thái",  "thanh", "thành", "thảo",
    "thắm",   "thắng",  "thiện",  "thịnh",  "thoa",  "thơ",   "thu",   "thùy",  "thúy",  "thủy",
    "thư",    "thương", "tiến",   "tín",    "toàn",  "trà",   "trang", "trâm",  "trí",   "trinh",
    "trung",  "trúc",   "tú",     "tuấn",   "tuệ",   "tùng",  "tuyết", "tường", "uyên",  "vân",
    "việt",   "vinh",   "vĩnh",   "vũ",     "vy",    "xuân",  "yến"};

}  // namespace

bool is_writer_name(std::string_view s) {
  std::size_t words = 0, in_name = 0;  // the words of the text, of the writer's name
  std::string_view family;
  bool ok = true, given_due = false;  // after a middle name in lower case, a given name
  each_word(s, [&](std::string_view w) {
    ++words;
    if (w == "và" || w == "&") {
      ok = ok && !given_due;
      in_name = 0;
      return;
    }
    if (++in_name == 1) family = w;
    bool middle =
        in_name == 2 && !starts_with_upper(w) && is_any_family_name(family) && is_middle_name(w);
    ok = ok && (starts_with_upper(w) || middle);
    given_due = middle;
  });
  return ok && !given_due && words >= 1 && words <= kMaxNameWords;
}

bool is_capitals_name(std::string_view name) {
  std::size_t syllables = 0;
  bool plausible = true;
  bool family = false;  // the writer's name opens with a family name
  each_word(name, [&](std::string_view w) {
    std::string folded = fold_exact(w);
    while (!folded.empty() && (folded.back() == '.' || folded.back() == ',')) folded.pop_back();
    if (folded == "và" || folded == "&") {
      syllables = 0;  // the next writer's name
      return;
    }
    if (is_degree_word(w)) return;
    if (syllables == 0) family = is_family_name(folded);
    bool heading_word = !family && std::find(std::begin(kHeadingWords), std::end(kHeadingWords),
                                             folded) != std::end(kHeadingWords);
    plausible = plausible && ++syllables <= kMaxNameSyllables && !heading_word &&
                std::find(std::begin(kNeverNameWords), std::end(kNeverNameWords), folded) ==
                    std::end(kNeverNameWords);
  });
  return plausible;
}

bool is_dashed_initials(std::string_view word) {
  constexpr std::size_t kMaxLetters = 3, kMinGroups = 2, kMaxGroups = 3;
  std::size_t groups = 0;
  while (true) {
    std::size_t letters = 0;
    while (!word.empty() && (word.starts_with("Đ") || (word[0] >= 'A' && word[0] <= 'Z'))) {
      word.remove_prefix(word.starts_with("Đ") ? std::string_view("Đ").size() : 1);
      ++letters;
    }
    if (letters == 0 || letters > kMaxLetters) return false;
    ++groups;
    if (word.empty()) return groups >= kMinGroups && groups <= kMaxGroups;
    if (word[0] != '-') return false;
    word.remove_prefix(1);
  }
}

bool is_initials(std::string_view word) {
  if (word.find('.') == std::string_view::npos) return false;
  while (!word.empty()) {
    std::size_t dot = word.find('.');
    if (code_point_count(word.substr(0, dot)) != 1) return false;
    if (dot == std::string_view::npos) break;
    word.remove_prefix(dot + 1);
  }
  return true;
}

bool is_spaced_initials(std::string_view line) {
  constexpr std::size_t kMinWords = 2, kMaxWords = 4;
  std::size_t words = 0;
  bool shaped = true, last_dotless = false;
  each_word(line, [&](std::string_view w) {
    ++words;
    shaped = shaped && !last_dotless;  // only the last may leave its dot out
    last_dotless = !w.ends_with('.');
    if (!last_dotless) w.remove_suffix(1);
    shaped = shaped && code_point_count(w) == 1 && starts_with_upper(w);
  });
  return shaped && words >= kMinWords && words <= kMaxWords;
}

bool is_given_name(std::string_view word) {
  return std::find(std::begin(kGivenNames), std::end(kGivenNames), fold_exact(word)) !=
         std::end(kGivenNames);
}

// "Lữ nhiên Hương", "Nguyễn Thị thu Hà": a full name, a family name first, every syllable in
// title case but one later one, not the last; its syllables need be in no list (a family name
// opens it, as no phrase of ordinary words does).
static bool is_full_name_one_lower(const std::vector<std::string_view>& words) {
  constexpr std::size_t kFewest = 3, kMost = 4;
  if (words.size() < kFewest || words.size() > kMost || !is_any_family_name(words[0])) return false;
  std::size_t lower = 0;
  for (std::size_t k = 0; k < words.size(); ++k) {
    std::string_view w = words[k];
    if (is_all_caps(w) || w.find_first_of("0123456789.-–()/") != std::string_view::npos)
      return false;
    if (!starts_with_upper(w)) {
      if (k == 0 || k + 1 == words.size()) return false;
      ++lower;
    }
  }
  return lower == 1;
}

bool is_name_typed_lower(std::string_view line) {
  constexpr std::size_t kFewest = 2, kMost = 3;  // "Minh hiếu", "Nguyễn văn an"
  std::vector<std::string_view> words;
  each_word(line, [&](std::string_view w) { words.push_back(w); });
  if (is_full_name_one_lower(words)) return true;
  if (words.size() < kFewest || words.size() > kMost) return false;
  bool lower_later = false;
  for (std::size_t k = 0; k < words.size(); ++k) {
    std::string_view w = words[k];
    // in title case or in lower case (the first in title case); the lists hold letters alone
    if (is_all_caps(w)) return false;
    bool lower = !starts_with_upper(w);
    if (k == 0 && lower) return false;
    lower_later = lower_later || lower;
    bool last = k + 1 == words.size();
    bool syllable = is_given_name(w) || (!last && (is_any_family_name(w) || is_middle_name(w)));
    if (!syllable) return false;
  }
  return lower_later;
}

bool is_capitals_of_common_words(std::string_view line) {
  constexpr std::size_t kPenNameSyllables = 2;  // "TUYẾT MAI", "PHI CÔNG": no family name
  line = trim_spaces(line);
  if (!is_all_caps(line) || line.find_first_of("0123456789:.()/") != std::string_view::npos)
    return false;
  bool heading = true;  // every part ("THẾ HIỆP – HUYỆN ĐOÀN PHÙ MỸ": the writer and a unit)
  // one writer's name: more syllables than a pen name has, no family name first, a word
  // no name's syllable
  std::size_t syllables = 0;
  bool family = false, common = false;
  auto close_name = [&] {
    heading = heading && syllables > kPenNameSyllables && !family && common;
    syllables = 0;
    family = common = false;
  };
  each_word(line, [&](std::string_view w) {
    if (w == "-" || w == "–" || w == "—" || fold_exact(w) == "và" || w == "&") {
      close_name();
      return;
    }
    if (++syllables == 1) family = family_name_kind(fold_exact(w)).has_value();
    if (!is_given_name(w) && !is_middle_name(w) && !family_name_kind(fold_exact(w))) common = true;
  });
  close_name();
  return heading;
}

std::string_view writer_glued_before_date(std::string_view line, std::string_view rest) {
  constexpr std::size_t kMaxWords = 4;  // a writer's name; a section's name may be longer
  line = trim_spaces(line);
  rest = trim_spaces(rest);
  if (rest.empty() || !line.starts_with(rest) || line.size() == rest.size()) return {};
  // the glue: the date's first character right after the name's last letter
  const auto next = static_cast<unsigned char>(line[rest.size()]);
  bool glued = next != ' ' && (next >= 0x80 || is_ascii_letter(line[rest.size()]) ||
                               is_ascii_digit(line[rest.size()]));
  // a weekday glued to the name, before the date ("Như HoàngThứ 6, 04/01/2019")
  for (std::string_view day : {"Thứ ", "Chủ nhật", "Chủ Nhật", "CN"}) {
    std::size_t at = rest.rfind(day);
    if (at == std::string_view::npos || at == 0 || rest[at - 1] == ' ') continue;
    std::string_view after = trim_spaces(rest.substr(at + day.size()));
    if (after.find(' ') != std::string_view::npos) continue;  // one word: "6", "bảy"
    rest = rest.substr(0, at);
    glued = true;
    break;
  }
  // a pen name has two syllables at least; one word is an acronym as often ("QPTD–Thứ Năm")
  if (!glued || rest.find_first_of("0123456789/|:,;()") != std::string_view::npos ||
      at_most_words(rest, 1))
    return {};
  // one writer's name, or two joined by a dash ("Thu Hường – Minh Dũng")
  std::string_view left = rest;
  while (!left.empty()) {
    std::size_t dash = std::string_view::npos, width = 0;
    for (std::string_view d : {"–", "—", "-"})
      if (std::size_t at = left.find(d); at < dash) {
        dash = at;
        width = d.size();
      }
    std::string_view name = trim_spaces(left.substr(0, dash));
    if (name.empty() || !(is_writer_name(name) || is_name_typed_lower(name)) ||
        !at_most_words(name, kMaxWords) ||
        (is_all_caps(name) && !is_capitals_name(name)))  // "TIN TỨC": a heading's words
      return {};
    left = dash == std::string_view::npos ? std::string_view{} : left.substr(dash + width);
  }
  return rest;
}

std::optional<TextThenDate> text_then_date(std::string_view line) {
  line = trim_spaces(line);
  std::size_t k = line.find_first_of("0123456789");
  if (k == std::string_view::npos || k == 0) return std::nullopt;
  std::string_view text = trim_spaces(line.substr(0, k));
  if (text.empty()) return std::nullopt;
  auto when = parse_date_line(line.substr(k));
  if (!when) return std::nullopt;
  return TextThenDate{text, *when, line[k - 1] != ' '};
}

}  // namespace tuyentap
