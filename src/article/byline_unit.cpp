// The unit after a writer's name: see byline_unit.h.
#include "article/byline_unit.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "article/byline.h"
#include "article/scene_caption.h"
#include "article/text_lines.h"
#include "article/text_photo_label.h"
#include "article/theo_writer.h"
#include "article/vi_syllable.h"
#include "article/writer_unit.h"
#include "base/ascii.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

// The abbreviations of a place noun sites write before a place's name: quận, huyện, phường,
// xã, thị xã, thành phố, thị trấn ("Q.Bình Thạnh", "H.Củ Chi", "TX.Giá Rai", "TP.Thủ Đức").
constexpr std::array<std::string_view, 7> kPlaceAbbreviations = {"Q.",  "H.",  "P.", "X.",
                                                                 "TX.", "TP.", "TT."};
constexpr std::size_t kMinPlaceWords = 2;  // "H. Nguyên" is a writer's initial and name

bool has_digit(std::string_view s) {
  return s.find_first_of("0123456789") != std::string_view::npos;
}

// "Q.Bình Thạnh", "H. Củ Chi": the abbreviation, then two capitalised words or more, the
// shape of a district's name (a writer's initial goes before one given name: "H. Nguyên").
bool opens_with_place_code(std::string_view rest) {
  for (std::string_view code : kPlaceAbbreviations) {
    if (!rest.starts_with(code)) continue;
    std::string_view place = trim_spaces(rest.substr(code.size()));
    std::size_t words = 0;
    bool capitals = true;
    each_word(place, [&](std::string_view w) {
      ++words;
      capitals = capitals && starts_with_upper(w);
    });
    if (capitals && words >= kMinPlaceWords) return true;
  }
  return false;
}

// "TPT", "CĐ", "PCT", "UBND": two capitals or more, no dot, that spell no Vietnamese syllable
// ("HÀ", "VŨ" are a name in capitals), opening `rest`, whatever the case of the name before it
// ("LÊ HÀ, TTVH" as "Lê Hà, TTVH"). A second writer signs by initials with dots ("H.T",
// "N.T.HÀ") or by a name, never by bare capitals: of the learning sets' 193 authors, none has
// a second writer in bare initials after a name (session 18, byline18b).
bool is_initials_of_office(std::string_view rest) {
  std::string_view word = first_word(rest);
  // a degree is the writer's own ("ĐẠI TÁ, PGS, TS NGUYỄN HỮU LẬP"), no office
  return code_point_count(word) >= 2 && is_all_caps(word) &&
         word.find('.') == std::string_view::npos && !is_vietnamese_syllable(word) &&
         !is_degree_word(word);
}

// "Khoa KSNK", "P. PT&UDTTĐT", "Phòng KHTH", "Tổ QTM": a hospital's or a school's department, its
// noun ("Khoa", "Phòng", "Tổ", "Ban") or the noun's letter ("P.", "K."), then the department's
// initials (is_initials_of_office), and nothing after them: a second writer may follow ("… - Khoa
// KSNK; Trần Thị Bình - Phòng KHTH"), and the byline is no one writer's then. A name has no such
// word after "Khoa" ("Đăng Khoa", "Khoa Nam" stay).
bool is_department(std::string_view rest) {
  rest = trim_spaces(rest);
  while (!rest.empty() && (rest.back() == '.' || rest.back() == ' ')) rest.remove_suffix(1);
  std::string_view noun = first_word(rest);
  const std::string key = fold_exact(noun);
  // "Tổ QTM", "Ban TT": a school's or a company's team or board (real-eval102/cdktcnqn-1)
  if (key != "khoa" && key != "phòng" && key != "p." && key != "k." && key != "tổ" && key != "ban")
    return false;
  std::string_view initials = trim_spaces(rest.substr(noun.size()));
  return first_word(initials).size() == initials.size() && is_initials_of_office(initials);
}

// A person's name as a byline prints it: capitalised words and no acronym ("Tấn Hữu"), or all in
// capitals beside a name in capitals ("VŨ HÀ" after "NGỌC ANH"). "Đài TT Tân Phú" and "HND xã
// Đông Hòa" are no such names.
bool is_plain_name(std::string_view text, std::string_view name_before) {
  if (!looks_like_name(text)) return false;
  if (is_all_caps(text)) return is_all_caps(name_before);
  bool acronym = false;
  each_word(text, [&](std::string_view w) {
    acronym = acronym || (code_point_count(w) >= 2 && is_all_caps(w));
  });
  return !acronym;
}

// A word in lower case that is no joiner of names ("và").
bool is_lower_word(std::string_view w) {
  return starts_with_lower(w) && fold_exact(w) != "và";
}

// One place the byline may be cut: `at` the separator's first byte, `size` its bytes.
struct Cut {
  std::size_t at, size;
};

// The next place to cut at or after `from`: a dash ("-", "–", "—") or a comma, with or
// without spaces around it, or an opening bracket; never a hyphen inside initials.
Cut next_cut(std::string_view s, std::size_t from) {
  for (std::size_t i = from; i < s.size(); ++i) {
    if (s[i] == '-' && hyphen_inside_initials(s, i)) continue;
    std::size_t size = 0;
    // " _ ": an underscore typed for the dash between the name and the unit ("Nguyễn Thị Thanh
    // Hằng _ Văn phòng dự án CIRAD", real-eval74/vcn-1)
    const bool spaced_underscore =
        s[i] == '_' && i > 0 && s[i - 1] == ' ' && i + 1 < s.size() && s[i + 1] == ' ';
    if (s[i] == '-' || s[i] == ',' || s[i] == '(' || spaced_underscore)
      size = 1;
    else if (s.substr(i).starts_with("–") || s.substr(i).starts_with("—"))
      size = std::string_view("–").size();
    if (size > 0) return {i, size};
  }
  return {s.size(), 0};
}

// "Minh Anh", "Đức Nguyên - Hiệp Thương": a name, or names joined by dashes or commas.
bool are_names(std::string_view text) {
  if (text.empty()) return false;
  for (std::size_t from = 0;;) {
    Cut cut = next_cut(text, from);
    if (cut.at < text.size() && text[cut.at] == '(') return false;
    if (!looks_like_name(trim_spaces(text.substr(from, cut.at - from)))) return false;
    if (cut.at == text.size()) return true;
    from = cut.at + cut.size;
  }
}

}  // namespace

bool opens_with_no_name(std::string_view rest, std::string_view name, bool in_brackets) {
  rest = trim_spaces(rest);
  if (rest.empty()) return false;
  std::string_view first = first_word(rest);
  if ((starts_with_upper(first) && has_digit(first)) || opens_with_place_code(rest) ||
      is_initials_of_office(rest) || is_department(rest) || opens_with_place(rest) ||
      (opens_with_writer_unit(rest) && !is_plain_name(rest, name)))
    return true;
  if (in_brackets) return false;
  // a newsroom's role ("PV", "CTV", "TH": tổng hợp) or the writer's position ("Bí thư …")
  if (is_newsroom_role(rest) || fold_for_match(rest) == "th" || opens_with_position(rest))
    return true;
  // a paper in sentence case ("Thanh niên Thủ đô") is the writer's outlet (byline_outlet.h)
  if (has_name_noun(rest)) return false;
  if (is_lower_word(first)) return true;  // "phóng viên"
  // "Huyện hội", "Phóng viên": a capital, then a word in lower case; a name in capitals
  // ("NGỌC xã Đông Hòa") is a second writer's, before what it names
  std::string_view second = first_word(trim_spaces(rest.substr(first.size())));
  return !is_all_caps(first) && is_lower_word(second);
}

namespace {

// "Huyện", "Tỉnh": a level of the administration alone, what a board's byline says it serves
// ("Ban TTTT – Huyện", the district's board; real-eval66/phatgiaohailang-1). No Vietnamese name
// is one of these words (fold_exact keeps the tones: "Huyền", "Quân" are names).
bool is_level_alone(std::string_view rest) {
  const std::string key = fold_exact(trim_spaces(rest));
  for (std::string_view level :
       {"huyện", "tỉnh", "xã", "phường", "quận", "thị xã", "thị trấn", "thành phố", "trung ương"})
    if (key == level) return true;
  return false;
}

}  // namespace

std::string_view writer_before_unit(std::string_view byline) {
  if (text_photo_label(byline).words) return byline;  // "Tin, ảnh:" with no name after it
  // "Ban TTTT – Huyện": the level after the last dash is no second writer
  for (std::string_view dash : {" – ", " - ", " — "})
    if (const std::size_t at = byline.rfind(dash);
        at != std::string_view::npos && at > 0 && is_level_alone(byline.substr(at + dash.size())))
      return trim_spaces(byline.substr(0, at));
  for (Cut cut = next_cut(byline, 0); cut.at < byline.size();
       cut = next_cut(byline, cut.at + cut.size)) {
    std::string_view name = trim_spaces(byline.substr(0, cut.at));
    std::string_view rest = byline.substr(cut.at + cut.size);
    bool bracket = byline[cut.at] == '(';
    if (bracket) {
      rest = trim_spaces(rest);
      if (!rest.ends_with(')') || rest.find_first_of("()") != rest.size() - 1) continue;
      rest.remove_suffix(1);
    }
    // a degree before the name is no writer's name ("PGS, TS TRẦN THU HÀ")
    if (is_degree_word(name)) continue;
    if (are_names(name) && opens_with_no_name(rest, name, bracket)) return name;
  }
  return byline;
}

namespace {

constexpr std::size_t kMaxPlaceWords = 4;  // "Thừa Thiên Huế", "TP Hồ Chí Minh"

// How a page names a place before its name (fold_exact keys): a place noun or its
// abbreviation, as its last word before the name.
constexpr std::array<std::string_view, 15> kPlaceMarks = {
    "xã", "phường", "huyện", "quận", "tỉnh", "thị trấn", "thị xã", "thành phố",
    "tp", "tp.",    "h.",    "q.",   "p.",   "x.",       "tx."};

// `place` in one to four words, each opening with a capital, no digit.
bool is_place_name_shape(std::string_view place) {
  std::size_t words = 0;
  bool capitals = true;
  each_word(place, [&](std::string_view w) {
    ++words;
    capitals = capitals && starts_with_upper(w);
  });
  return capitals && words >= 1 && words <= kMaxPlaceWords && !has_digit(place);
}

// A page's word, folded, with whether it opens with a capital, is in capitals, and ends a
// phrase (a stop or a comma after it).
struct PageWord {
  std::string key;
  bool capital, capitals, closes;
};

std::vector<PageWord> page_words(std::string_view page) {
  std::vector<PageWord> words;
  each_word(page, [&](std::string_view w) {
    // "H.Củ": the abbreviation glued to the name is a word of its own
    std::size_t dot = w.find('.');
    if (dot != std::string_view::npos && dot + 1 < w.size() &&
        starts_with_upper(w.substr(dot + 1))) {
      words.push_back({fold_exact(w.substr(0, dot + 1)), true, false, false});
      w.remove_prefix(dot + 1);
    }
    std::string_view bare = w;
    while (!bare.empty() &&
           std::string_view(".,;:!?)\"'").find(bare.back()) != std::string_view::npos)
      bare.remove_suffix(1);
    std::string key = fold_exact(bare);
    constexpr std::size_t kMaxAbbreviation = 2;  // "H.", "TX.": the dot is the word's own
    bool abbreviation = w.ends_with('.') && code_point_count(bare) <= kMaxAbbreviation;
    words.push_back({abbreviation ? key + '.' : key, starts_with_upper(bare), is_all_caps(bare),
                     bare.size() < w.size() && !abbreviation});
  });
  return words;
}

// The page names `place` (its folded words) as a place: right after a place mark, as the
// whole name (the word after it, if the phrase goes on, opens with no capital: "Hà" is no
// "Hà Giang"). In a line in capitals ("HUYỆN CỦ CHI TỔ CHỨC …") where the name ends is not
// told: a name of two words or more is taken, one word ("HÀ GIANG") is not.
bool names_as_place(const std::vector<PageWord>& page, const std::vector<std::string>& place) {
  for (std::size_t i = 1; i + place.size() <= page.size(); ++i) {
    bool same = true;
    for (std::size_t k = 0; k < place.size() && same; ++k) same = page[i + k].key == place[k];
    if (!same ||
        std::find(kPlaceMarks.begin(), kPlaceMarks.end(), page[i - 1].key) == kPlaceMarks.end())
      continue;
    const PageWord& last = page[i + place.size() - 1];
    std::size_t next = i + place.size();
    bool ends = last.closes || next == page.size() || !page[next].capital ||
                (last.capitals && !page[next].capitals);
    if (ends || (last.capitals && place.size() >= 2)) return true;
  }
  return false;
}

// `name` before the cut, `place` after it: a name, then a place's shape.
bool is_name_then_place(std::string_view name, std::string_view place) {
  return !name.empty() && looks_like_name(name) && is_place_name_shape(place);
}

// What stands after the cut: the rest of the author, or the bracket's inside when the bracket
// closes it ("Huy Quốc (Củ Chi)" → "Củ Chi"); empty for a bracket inside.
std::string_view after_cut(std::string_view author, Cut cut) {
  std::string_view rest = author.substr(cut.at + cut.size);
  if (author[cut.at] != '(') return trim_spaces(rest);
  if (!rest.ends_with(')') || rest.find_first_of("()") != rest.size() - 1) return {};
  return trim_spaces(rest.substr(0, rest.size() - 1));
}

// Some cut of `author` (a dash, a comma, a closing bracket) has a name before it and a place's
// shape after it.
bool has_place_after_cut(std::string_view author) {
  for (Cut cut = next_cut(author, 0); cut.at < author.size();
       cut = next_cut(author, cut.at + cut.size))
    if (is_name_then_place(trim_spaces(author.substr(0, cut.at)), after_cut(author, cut)))
      return true;
  return false;
}

}  // namespace

std::string_view writer_before_named_place(std::string_view author, std::string_view page) {
  std::vector<PageWord> words;
  for (Cut cut = next_cut(author, 0); cut.at < author.size();
       cut = next_cut(author, cut.at + cut.size)) {
    std::string_view name = trim_spaces(author.substr(0, cut.at));
    std::string_view place = after_cut(author, cut);
    if (!is_name_then_place(name, place)) continue;
    if (words.empty()) words = page_words(page);
    std::vector<std::string> keys;
    each_word(place, [&](std::string_view w) { keys.push_back(fold_exact(w)); });
    if (names_as_place(words, keys)) return name;
  }
  return author;
}

void drop_place_the_page_names(Article& a) {
  if (!has_place_after_cut(a.author)) return;  // the page is read only for such a byline
  std::string page = a.title + "\n" + a.lead;
  for (const Block& b : a.blocks) page += "\n" + b.text;
  std::string_view name = writer_before_named_place(a.author, page);
  if (name.size() < a.author.size()) a.author = std::string(name);
}

}  // namespace tuyentap
