// The writer's unit under a byline: see writer_unit.h.
#include "article/writer_unit.h"

#include <algorithm>
#include <array>
#include <string>

#include "article/text_lines.h"
#include "article/vi_syllable.h"
#include "base/ascii.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

// Offices, committees and institutions of the Party, the state and the mass organisations
// (fold_exact keys: lower case, tones kept, each a whole word or words with its space, as
// "Vụ" and "Cục" are no surname Vũ or name Cúc, nor "Thành đoàn" the name Thanh Đoàn), each
// followed by the unit's name. The district and commune's own loudspeaker station ("Đài TT
// Tân Phú", "Đài truyền thanh xã") is an office of the place, not a publication as a
// province's "Đài PT-TH" is.
struct Unit {
  std::string_view key;
  bool alone;  // the unit is named in full with nothing after it ("Văn Tú- Huyện đoàn")
};
constexpr std::array<Unit, 45> kUnits = {{
    {"cơ quan ", false},
    {"văn phòng ", false},
    {"ban ", false},
    {"phòng ", false},
    {"sở ", false},
    {"ủy ban ", false},
    {"ubkt ", false},
    {"ubnd ", false},
    {"đảng ủy ", false},
    {"huyện ủy ", false},
    {"tỉnh ủy ", false},
    {"thành ủy ", false},
    {"quận ủy ", false},
    {"thị ủy ", false},
    {"trường ", false},
    {"học viện ", false},
    {"viện ", false},
    {"trung tâm ", false},
    // a hospital signing its own news ("BỆNH VIỆN ĐA KHOA TỈNH SÓC TRĂNG" closing the text,
    // real-eval97/benhviensoctrang-1), as a health centre does ("Trung tâm Y tế huyện …")
    {"bệnh viện ", false},
    {"chi bộ ", false},
    {"cục ", false},
    {"vụ ", false},
    {"hội ", false},
    {"công an ", false},
    {"bộ chỉ huy ", false},
    {"hnd ", false},
    {"huyện đoàn ", true},
    {"tỉnh đoàn ", true},
    {"thành đoàn ", true},
    {"đoàn xã ", false},
    {"đoàn trường ", false},
    {"đoàn cơ sở ", true},  // a school's or an office's grassroots Youth Union
    {"đài tt ", true},
    {"đài truyền thanh ", false},
    {"mttq ", false},
    {"mặt trận ", false},
    {"đoàn thanh niên ", false},
    {"đoàn tn ", true},
    {"đoàn tncs ", false},
    {"chi đoàn ", false},
    {"chi hội ", false},
    // an association's district, provincial or city chapter ("Huyện hội Bù Đăng", "Tỉnh hội
    // Phụ nữ"), as "Huyện đoàn" is the Youth Union's
    {"huyện hội ", true},
    {"tỉnh hội ", true},
    {"thành hội ", true},
    // a company's department by its work ("TRUYỀN THÔNG NỘI BỘ", internal communications,
    // between the writer's name and the group's: real-eval86/sentaithu-1)
    {"truyền thông ", false},
}};

// The unit whose key opens `text` (its leading spaces aside), and whether words follow the
// key; no two keys open the same text. Null when none does.
struct Opening {
  const Unit* unit = nullptr;
  bool more = false;
};
Opening opening_unit(std::string_view text) {
  const std::string folded = fold_exact(text) + ' ';
  for (const Unit& u : kUnits)
    if (folded.starts_with(u.key)) return {&u, folded.size() > u.key.size()};
  return {};
}

}  // namespace

bool opens_with_writer_unit(std::string_view text) {
  while (text.starts_with(' ')) text.remove_prefix(1);
  const Opening o = opening_unit(text);
  return o.unit && (o.unit->alone || o.more);
}

std::string_view after_writer_unit(std::string_view text) {
  while (text.starts_with(' ')) text.remove_prefix(1);
  const Opening o = opening_unit(text);
  if (!o.unit || !o.more) return {};
  // the key's words counted off the printed text (folding may change its bytes)
  std::string_view rest = text;
  for (auto n = std::count(o.unit->key.begin(), o.unit->key.end(), ' '); n > 0; --n) {
    const std::size_t space = rest.find(' ');
    if (space == std::string_view::npos) return {};
    rest.remove_prefix(space + 1);
  }
  return rest;
}

bool names_writer_unit(std::string_view line) {
  constexpr std::size_t kMaxUnitWords = 12;
  while (line.ends_with('.')) line.remove_suffix(1);
  if (line.size() < 3 || line.front() != '(' || line.back() != ')' ||
      !at_most_words(line, kMaxUnitWords))
    return false;
  std::string_view inner = line.substr(1, line.size() - 2);
  if (inner.find_first_of("()") != std::string_view::npos) return false;
  return opens_with_writer_unit(inner);
}

bool names_unit_of_its_place(std::string_view line) {
  constexpr std::size_t kMaxWords = 6;
  // the level the unit serves, last and in lower case: its place goes unnamed
  static constexpr std::string_view kLevels[] = {" tỉnh", " huyện",  " xã",       " phường",
                                                 " quận", " thị xã", " thị trấn", " thành phố"};
  line = trim_spaces(line);
  if (!at_most_words(line, kMaxWords) ||
      line.find_first_of(".,:;!?()\"-|/") != std::string_view::npos ||
      !opens_with_writer_unit(line))
    return false;
  for (std::string_view level : kLevels)
    if (line.ends_with(level) && line.size() > level.size()) return true;
  return false;
}

bool hyphen_inside_initials(std::string_view s, std::size_t hyphen) {
  constexpr std::size_t kMaxHalfLetters = 3;  // "TT", "ĐT", "DL": a department's name halved
  if (hyphen == 0 || hyphen + 1 >= s.size() || s[hyphen - 1] == ' ' || s[hyphen + 1] == ' ')
    return false;
  std::size_t start = s.rfind(' ', hyphen);
  // the initials open the byline: a writer's own ("KH-TTVH"), no office's name
  if (start == std::string_view::npos) return false;
  std::string_view left = s.substr(start + 1);
  left = left.substr(0, left.find('-'));
  // "T.HÀ-PV", "N.T.LAN-TTXVN": a name's initials before it, the name its last part
  if (std::size_t dot = left.rfind('.'); dot != std::string_view::npos) left = left.substr(dot + 1);
  std::string_view right = s.substr(hyphen + 1);
  right = right.substr(0, right.find_first_of(" -,("));
  const auto letters = [](std::string_view w) {
    return static_cast<std::size_t>(std::count_if(
        w.begin(), w.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
  };
  return left.size() >= 2 && !right.empty() && letters(right) <= kMaxHalfLetters &&
         is_all_caps(left) && is_all_caps(right) && !is_vietnamese_syllable(left);
}

}  // namespace tuyentap
