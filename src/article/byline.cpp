// Byline recognition. In the archive the byline is the last line of the article once the
// site chrome is gone; these rules only decide whether that line is a byline or the end of
// the last paragraph, so they look at its shape: short, a name or a source, no sentence.
#include "article/byline.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "article/author_shape.h"
#include "article/by_line.h"
#include "article/byline_initials.h"
#include "article/byline_name.h"
#include "article/byline_outlet.h"
#include "article/byline_unit.h"
#include "article/caption.h"
#include "article/end_byline_shapes.h"
#include "article/scene_caption.h"
#include "article/text_lines.h"
#include "article/text_photo_label.h"
#include "article/theo_writer.h"
#include "article/vi_syllable.h"
#include "article/writer_unit.h"
#include "base/ascii.h"
#include "text/date_line.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxBylineWords = 12;
constexpr std::size_t kMaxInstitutionWords = 12;

bool starts_with(std::string_view s, std::string_view head) {
  return s.substr(0, head.size()) == head;
}

// Folded prefixes that introduce a byline whatever follows.
const std::vector<std::string_view> kSourcePrefixes = {"theo ", "nguon:", "nguon "};
// `writer_only`: a label that says how the text was made ("Thực hiện: Minh Thư"), no part of
// the author's name: the author is the byline's name. The text-and-photos label ("Tin, ảnh:",
// "Bài và ảnh", …) has a grammar of its own (text_photo_label.h).
struct CreditPrefix {
  std::string_view key;
  bool writer_only;
};
const std::vector<CreditPrefix> kCreditPrefixes = {
    {"bai:", false},
    {"tin:", false},
    {"thuc hien:", true},
    {"nhom pv", false},
    {"nhom phong vien", false},
    {"phong vien ", false},
    {"nhom tac gia", false},
    {"tac gia:", true},
    {"but danh:", true},
    {"tac gia bai viet:", true},  // NukeViet's label, as many district and commune portals print it
    // "tác giả" shortened as "T/h" shortens "tổng hợp" ("– T/g: K. T. Thủy –",
    // real-eval86/firi-1); before a number it is "thời gian" (names_a_time)
    {"t/g:", true},
    {"nguoi viet:",
     true},  // the writer ("Người viết: Trần Văn Bình", text_photo_label.h kWriterLabels)
    // the compiler's label, "tổng hợp" (compiled): "T/h: Lâm Huyền", "TH: Minh Anh", "Tổng hợp:
    // Thu Hà"; whoever compiled the text signs it, the label no part of the name (as the
    // newsroom's mark "(T/h)" after a name, byline_outlet.h)
    {"t/h:", true},
    {"th:", true},
    {"tong hop:", true},
    // the credit's English word, as blogs and travel pages sign a text they took ("Cre: Trang
    // Trang", "Credit: …"): who the text is credited to, the label no part of the name
    {"cre:", true},
    {"credit:", true},
    // the poet's label under a poem ("Thơ: Nhã Nguyễn"), with its colon: the poet is its author
    {"tho:", true},
    // the writer's trade, as a clan's or an association's site credits a journalist member
    // ("Tin: Nhà báo: Đỗ Trọng Quang"): no part of the name
    {"nha bao:", true},
    // the collaborator's role spelled out, as a company's or a union's site signs its volunteer
    // writers ("Cộng tác viên Đinh Quang Diệu, Nguyễn Thành Nam"; "CTV" is kRoles'): the role
    // no part of the names (real-eval54/thuydienhoabinh-1)
    {"cong tac vien:", true},
    {"cong tac vien ", true},
    // a health worker's title, as hospitals' sites sign with a colon ("Ds: Trần Văn Chí",
    // "BS: …", "ĐD: …", "KTV: …": pharmacist, doctor, nurse, technician): no part of the name
    {"ds:", true},
    {"bs:", true},
    {"dd:", true},
    {"ktv:", true}};
// Folded whole-line roles.
const std::vector<std::string_view> kRoles = {"pv",           "ctv",         "btv",
                                              "nhom pv",      "phong vien",  "nhom phong vien",
                                              "ban bien tap", "pv tong hop", "tong hop"};

// "T/g: 90 phút", "T/g: 7 giờ 30": "thời gian" (time) shortened as "tác giả" is, a number
// after it.
bool names_a_time(std::string_view rest) {
  while (rest.starts_with(' ')) rest.remove_prefix(1);
  return !rest.empty() && rest.front() >= '0' && rest.front() <= '9';
}

// The line opens with one of kCreditPrefixes, a space before its colon or not ("Tác giả :").
bool opens_with_credit_prefix(std::string_view line) {
  std::string folded = fold_for_match(line);
  if (std::size_t colon = folded.find(':');
      colon > 0 && colon != std::string::npos && folded[colon - 1] == ' ')
    folded.erase(colon - 1, 1);
  for (const CreditPrefix& p : kCreditPrefixes)
    if (starts_with(folded, p.key) &&
        !(p.key == "t/g:" && names_a_time(folded.substr(p.key.size()))))
      return true;
  return false;
}

// Where the writer's name ends and a role, a unit or a second writer begins: at " - ", " – ",
// " — ", ", ", " (", or a hyphen glued to the name ("Văn Tú- Huyện đoàn"); the line's
// size when none does. `sep` gets the separator's length.
std::size_t name_end(std::string_view line, std::size_t* sep = nullptr) {
  std::size_t cut = line.size(), len = 0;
  for (std::string_view s : {" - ", " – ", " — ", ", ", " ("}) {
    std::size_t at = line.find(s);
    if (at != std::string_view::npos && at < cut) cut = at, len = s.size();
  }
  for (std::size_t at = line.find("- "); at != std::string_view::npos && at < cut;
       at = line.find("- ", at + 1))
    if (at > 0 && line[at - 1] != ' ') {
      cut = at, len = 2;
      break;
    }
  if (sep) *sep = len;
  return cut;
}

std::string_view trim_final_period(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  if (!s.empty() && s.back() == '.') s.remove_suffix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// "(T.H.)", "(Minh A.)": the stop before a closing bracket is an initial's, no sentence's.
bool ends_with_bracketed_initial(std::string_view body) {
  if (!body.ends_with(".)")) return false;
  body.remove_suffix(1);
  std::size_t start = body.find_last_of(" (");
  return is_initials(start == std::string_view::npos ? body : body.substr(start + 1));
}

// What stands before the last spaced dash of a line with two, when the part after it opens
// with an enterprise's kind ("Tập đoàn", "Tổng công ty", "Công ty") or a unit's word
// (writer_unit.h); empty otherwise.
std::string_view before_organisation(std::string_view line) {
  // a byline's length (asked of every line, the text's long paragraphs are let go first)
  constexpr std::size_t kMaxBytes = 160;
  if (line.size() > kMaxBytes) return {};
  // the first and the last spaced dash, and how many there are
  std::size_t first = std::string_view::npos, first_len = 0, last = 0, len = 0, dashes = 0;
  for (std::string_view dash : {" - ", " – ", " — "})
    for (std::size_t at = line.find(dash); at != std::string_view::npos;
         at = line.find(dash, at + dash.size())) {
      ++dashes;
      if (at < first) first = at, first_len = dash.size();
      if (at >= last) last = at, len = dash.size();
    }
  if (dashes < 2) return {};
  // the department between the dashes is a unit too ("TRUYỀN THÔNG NỘI BỘ"): a position there
  // ("Ông Trần Văn Nam – Chủ tịch HĐQT – Công ty CP …") is a portrait's caption's
  if (!opens_with_writer_unit(line.substr(first + first_len, last - first - first_len))) return {};
  std::string_view after = trim_spaces(line.substr(last + len));
  constexpr std::size_t kKindBytes = 24;  // "tổng công ty " and a margin
  const std::string folded = fold_for_match(utf8::whole_prefix(after, kKindBytes));
  bool organisation = opens_with_writer_unit(after);
  for (std::string_view kind : {"tap doan ", "tong cong ty ", "cong ty "})
    organisation = organisation || folded.starts_with(kind);
  return organisation ? trim_spaces(line.substr(0, last)) : std::string_view{};
}

bool short_and_unpunctuated(std::string_view line) {
  // the bound is the name's: a text-and-photos label closed by its colon counts for none of it
  // ("Ảnh và Bài viết: Công đoàn trường Đại học Kinh tế Quốc dân", real-eval104/congdoan-neu-1)
  if (line.empty()) return false;
  std::string_view named = line;
  if (TextPhotoLabel label = text_photo_label(line); label.size > 0 && label.colon)
    named = line.substr(label.size);
  if (!at_most_words(named, kMaxBylineWords)) return false;
  std::string_view body = trim_final_period(line);
  if (body.empty() || (ends_with_sentence_punct(body) && !ends_with_bracketed_initial(body)))
    return false;
  return !parse_date_line(line).has_value();
}

}  // namespace

bool is_degree_word(std::string_view w) {
  while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.remove_suffix(1);
  if (w.empty()) return false;
  for (std::size_t start = 0; start <= w.size();) {
    std::size_t end = w.find('.', start);
    if (end == std::string_view::npos) end = w.size();
    std::string_view part = w.substr(start, end - start);
    // in title case too ("Ts. Bùi Ngọc Thanh", "Ths Lê Văn Cường"): a capital, then letters
    // no Vietnamese word spells without a vowel, so no word of a sentence is taken
    bool degree = false;
    // BS: a physician ("BS", "BSCKII", "Bs"), as hospitals' pages title their doctors
    for (std::string_view d : {"ThS", "THS", "TS", "PGS", "GS", "NCS", "BS", "BSCKI", "BSCKII"}) {
      bool title = part.size() == d.size() && !part.empty() && part[0] == d[0];
      for (std::size_t i = 1; title && i < d.size(); ++i) title = part[i] == lower_ascii(d[i]);
      degree = degree || part == d || title;
    }
    if (!degree) return false;
    start = end + 1;
  }
  return true;
}

namespace {

// "Đại tá, PGS, TS Nguyễn Hữu Lập" → "PGS, TS Nguyễn Hữu Lập": a military rank before the
// writer's degrees or name, as the forces' journals print bylines ("THƯỢNG TÁ NGUYỄN VĂN
// HÙNG": in capitals too).
std::string_view without_rank(std::string_view line) {
  static const std::vector<std::string> kRanks = [] {
    std::vector<std::string> ranks;
    for (std::string_view rank :
         {"Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá",
          "Trung tá", "Thiếu tá", "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy"}) {
      ranks.emplace_back(rank);
      ranks.push_back(to_upper_vi(rank));
    }
    return ranks;
  }();
  for (const std::string& rank : kRanks) {
    if (!line.starts_with(rank)) continue;
    std::string_view rest = line.substr(rank.size());
    if (rest.starts_with(", ")) return rest.substr(2);
    if (rest.starts_with(' ')) return rest.substr(1);
  }
  return line;
}

}  // namespace

std::string_view without_footnote_mark(std::string_view byline) {
  while (byline.ends_with('*')) byline.remove_suffix(1);
  return byline;
}

bool looks_like_degree_byline(std::string_view line) {
  if (!short_and_unpunctuated(line)) return false;
  std::size_t degrees = 0, start = 0;
  while (start < line.size()) {
    std::size_t end = line.find(' ', start);
    if (end == std::string_view::npos) end = line.size();
    if (!is_degree_word(line.substr(start, end - start))) break;
    ++degrees;
    start = end + 1;
  }
  if (degrees == 0 || start >= line.size()) return false;
  std::string_view name = line.substr(start);
  return is_all_caps(name) && !at_most_words(name, 1) && is_writer_name(name);
}

bool looks_like_source(std::string_view line) {
  if (!short_and_unpunctuated(line)) return false;
  line = trim_final_period(line);
  std::string folded = fold_for_match(line);
  if (line.front() == '(' && line.back() == ')') {
    // "(Trích điếu văn …)", "(Trích nhật ký …)" are notes too; "(Trích từ báo …)", "(Trích
    // nguồn …)", "(Trích theo …)", "(Trích báo …)" name the paper
    static constexpr std::array<std::string_view, 4> kFromPaper = {"(trich tu ", "(trich nguon ",
                                                                   "(trich theo ", "(trich bao "};
    const bool from_paper = std::any_of(kFromPaper.begin(), kFromPaper.end(),
                                        [&](std::string_view p) { return folded.starts_with(p); });
    const bool opens_note =
        folded.starts_with("(loi ") || (folded.starts_with("(trich ") && !from_paper);
    // both openings end with a space: the word after it, in lower case, goes on the note
    return !(opens_note && starts_with_lower(line.substr(line.find(' ') + 1)));
  }
  for (std::string_view p : kSourcePrefixes)
    if (starts_with(folded, p)) return true;
  return false;
}

std::string_view byline_without_brackets(std::string_view byline) {
  if (!outlet_alone_in_brackets(byline).empty()) return byline;  // a source, no name
  std::string_view inner = trim_final_period(byline);
  if (inner.size() < 2 || inner.front() != '(' || inner.back() != ')') return byline;
  inner = inner.substr(1, inner.size() - 2);  // a name, or two ("(Kim Tiến – Tấn Hữu)")
  if (looks_like_name(inner.substr(0, name_end(inner)))) return inner;
  // "(Tin và ảnh: Chủ tịch Công đoàn Công ty)": the credit's label first (text_photo_label.h),
  // whoever it credits after it (real-eval80/tediport-1)
  inner = trim_spaces(inner);
  const TextPhotoLabel label = text_photo_label(inner);
  return label.size > 0 && !label.photos_only ? inner : byline;
}

bool opens_with_position(std::string_view text) {
  // Folded openings of a position in the Party, the state or an office.
  static constexpr std::string_view kPositions[] = {
      "bi thu ", "pho bi thu ", "chu tich ", "pho chu tich ", "truong ban ", "pho truong ",
      "giam doc ", "pho giam doc ", "uy vien ", "can bo ", "chuyen vien ", "chanh van phong ",
      "tong bien tap ", "hieu truong ", "truong phong ", "dang vien ",
      // a Catholic youth federation's or school's chaplain, who signs its notices ("TUYÊN ÚY
      // LIÊN ĐOÀN" over the priest's name, real-eval92/catnoi-1)
      "tuyen uy "};
  // A position takes a few words: fold only the start.
  constexpr std::size_t kLongestBytes = 48;
  std::size_t end = std::min(text.size(), kLongestBytes);
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  std::string folded = fold_for_match(text.substr(0, end)) + ' ';
  for (std::string_view position : kPositions)
    if (folded.starts_with(position)) return true;
  // a committee's or a cooperative's head: "Chủ nhiệm Ủy ban Kiểm tra …", "Phó Chủ nhiệm HTX"
  for (std::string_view head : {"chu nhiem ", "pho chu nhiem "})
    if (folded.starts_with(head)) return true;
  return false;
}

std::string_view byline_without_position(std::string_view byline) {
  for (std::string_view sep : {" - ", " – ", " — ", ", ", " ("}) {
    std::size_t at = byline.find(sep);
    if (at == std::string_view::npos) continue;
    if (opens_with_position(byline.substr(at + sep.size())) &&
        looks_like_name(byline.substr(0, at)))
      return byline.substr(0, at);
  }
  return byline;
}

bool looks_like_name(std::string_view line) {
  if (!short_and_unpunctuated(line)) return false;
  return is_writer_name(trim_final_period(line));
}

bool opens_with_writer_credit(std::string_view line) {
  if (!short_and_unpunctuated(line)) return false;
  const std::string colons = with_label_colons(line);  // "Tác giả; X" as "Tác giả: X"
  line = colons;
  if (TextPhotoLabel label = text_photo_label(line); label.size > 0) return !label.photos_only;
  return opens_with_credit_prefix(line);
}

bool is_newsroom_role(std::string_view line) {
  line = trim_final_period(trim_spaces(line));
  // Each printable ASCII byte keeps a byte of its own in the folded key, and no role is longer
  // than the longest: a paragraph (asked under the lead) is let go before it is folded.
  static const std::size_t longest =
      std::max_element(kRoles.begin(), kRoles.end(), [](std::string_view a, std::string_view b) {
        return a.size() < b.size();
      })->size();
  std::size_t ascii = 0;
  for (char c : line)
    if (c > ' ' && c < '\x7F' && ++ascii > longest) return false;
  std::string folded = fold_for_match(line);
  return std::find(kRoles.begin(), kRoles.end(), folded) != kRoles.end();
}

namespace {

std::string_view without_outlet_mark(std::string_view byline);  // below

// The line's last three words name an act before a camera ("… phát biểu", "… tặng hoa chúc
// mừng", scene_caption.h).
bool closes_with_photo_act(std::string_view line) {
  constexpr std::size_t kActWords = 3;
  std::size_t from = line.size();
  for (std::size_t words = 0; words < kActWords && from > 0; ++words) {
    std::size_t space = line.rfind(' ', from - 1);
    from = space == std::string_view::npos ? 0 : space;
  }
  return shows_photo_act(trim_spaces(line.substr(from)));
}

// The line up to its first cut (name_end) is a newsroom's role or a name ("Top", a page's
// button, is none: vi_syllable.h).
bool names_before_cut(std::string_view line) {
  std::string_view name = without_outlet_mark(line.substr(0, name_end(line)));
  std::string folded_name = fold_for_match(name);
  for (std::string_view r : kRoles)
    if (folded_name == r) return true;
  return (is_writer_name(name) && (!is_all_caps(name) || is_capitals_name(name)) &&
          (!is_foreign_word(name) || is_vowelless_initials(name))) ||
         is_spaced_initials(name);
}

}  // namespace

bool looks_like_byline(std::string_view line) {
  if (by_line_name(line)) return true;  // "by HiephoaNet": whoever it names
  // "Minh Huế - Công Hiếu (Trung tâm Văn hóa và Truyền thanh thành phố)": the writer's office
  // in brackets closing the line (writer_unit.h) is as long as its name is, no part of the
  // byline's shape nor of its bound of words: the byline is what stands before it
  if (std::size_t open = trim_final_period(line).rfind(" (");
      open != std::string_view::npos && open > 0 &&
      names_writer_unit(trim_final_period(line).substr(open + 1)))
    return looks_like_byline(trim_spaces(line.substr(0, open)));
  // "BÁ HIỆP – TRUYỀN THÔNG NỘI BỘ – TẬP ĐOÀN SEN TÀI THU": the writer's organisation after the
  // last of two dashes (a company's or a unit's word first) is no part of the bound either: the
  // name and the department before it are the byline (real-eval86/sentaithu-1)
  if (std::string_view before = before_organisation(line); !before.empty())
    return looks_like_byline(before);
  if (!short_and_unpunctuated(line)) return false;
  const std::string colons = with_label_colons(line);  // "Tác giả; X" as "Tác giả: X"
  line = without_rank(without_footnote_mark(trim_final_period(colons)));
  if (looks_like_source(line)) return true;
  // "Tin, ảnh: Long Xuân", "Bài và ảnh. Long Xuân": after any mark but a colon, a byline
  if (TextPhotoLabel label = text_photo_label(line);
      label.words)  // a label, or a sentence of its words
    return label.size > 0 && !label.photos_only &&
           (label.colon || looks_like_byline(line.substr(label.size)));
  if (opens_with_credit_prefix(line)) return true;
  // "Ảnh: Hồng Hà" is a photo's credit, however much it looks like a name.
  if (parse_caption(line)) return false;
  // "Trung tướng Nguyễn Vĩnh Phú, nguyên tư lệnh TCHC phát biểu": a name, its position, then
  // an act before a camera closing the line (scene_caption.h) is a portrait's caption, no
  // writer signing; an act's word inside the writer's unit ("Hoàng Lan - Phòng Trưng bày, Bảo
  // tàng tỉnh") is no act
  if (std::size_t cut = name_end(line); cut < line.size() && closes_with_photo_act(line))
    return false;
  if (names_before_cut(line)) return true;
  // "Đỗ Thuần-Bí thư Chi bộ …": the names before what is no name (byline_unit.h)
  std::string_view named = writer_before_unit(line);
  return named.size() < line.size() && names_before_cut(named);
}

bool looks_like_capitals_byline(std::string_view line) {
  std::string_view names = line.substr(0, line.find(" ("));
  return is_all_caps(names) && (!at_most_words(names, 1) || is_initials(names)) &&
         looks_like_byline(line);
}

bool looks_like_degree_led_byline(std::string_view line) {
  line = without_rank(line);
  std::size_t space = line.find(' ');
  if (space == std::string_view::npos || !is_degree_word(line.substr(0, space))) return false;
  // "ThS, Lê Văn Cường": after the degree and its comma, a byline of its own
  return looks_like_degree_byline(line) || looks_like_byline(line) ||
         looks_like_byline(trim_spaces(line.substr(space + 1)));
}

bool looks_like_institution_line(std::string_view line) {
  return at_most_words(line, kMaxInstitutionWords) && starts_with_upper(line) &&
         !is_body_text(line) && !ends_with_sentence_punct(line) && !parse_date_line(line);
}

std::string_view byline_without_final_stop(std::string_view byline) {
  // "Tin và Bài: Phòng Dạy nghề./.": the mark an official text closes on, the text's, not the
  // name's (real-eval75/ctxh-binhduong-1)
  if (byline.ends_with("./.") && byline.size() > 3)
    return trim_spaces(byline.substr(0, byline.size() - 3));
  if (!byline.ends_with('.') || byline.ends_with("..")) return byline;
  std::string_view last = byline.substr(0, byline.size() - 1);
  std::size_t cut = last.find_last_of(" .");
  if (cut != std::string_view::npos) last.remove_prefix(cut + 1);
  if (code_point_count(last) <= 1) return byline;  // an initial: "N.A.", "Minh A."
  // a byline of initials in capitals, no syllable ("QT.", "HNV."): the stop is theirs too; a
  // newsroom's role ("PV.", "CTV.") is a word, its stop the text's
  if (last.size() + 1 == byline.size() &&
      ((is_all_caps(last) && !is_vietnamese_syllable(last)) || is_vowelless_initials(last)) &&
      !is_newsroom_role(last))
    return byline;
  return byline.substr(0, byline.size() - 1);
}

namespace {

// `line` after its first `words` words.
std::string_view after_words(std::string_view line, std::size_t words) {
  for (std::size_t k = 0; k < words; ++k) {
    std::size_t space = line.find(' ');
    if (space == std::string_view::npos) return {};
    line.remove_prefix(space + 1);
  }
  return trim_spaces(line);
}

// "Tin HCMUS" → "HCMUS": "Tin" (news) or "Bài" (article) alone, its colon lost, before an
// office's initials (a word in capitals): the unit signs the text, as after "Tin:"
// (without_writer_label); before a name ("Tin Minh Anh") the word may be the name's own, and
// stays.
std::string_view without_colonless_label(std::string_view byline) {
  std::string folded = fold_for_match(byline);
  for (std::string_view label : {"tin ", "bai "}) {
    if (!starts_with(folded, label)) continue;
    std::string_view rest = after_words(byline, 1);
    return at_most_words(rest, 1) && is_all_caps(rest) ? rest : byline;
  }
  // "Cộng tác viên Đinh Quang Diệu": the role spelled out, a writer's name after it
  if (starts_with(folded, "cong tac vien ")) {
    std::string_view rest = after_words(byline, 3);
    return is_writer_name(rest.substr(0, name_end(rest))) ? rest : byline;
  }
  return byline;
}

// "Thu Hòa/VOV4" → "Thu Hòa": a writer's name, then after a slash (a space may follow it) the
// outlet's mark (one word opening with a capital, in capitals and digits, `VOV4`, `TTXVN`, or
// a site's name with a dot, in lower case too: `Thương Huyền/ baoquangbinh.vn`), as the
// state's radio and news agency and the papers a portal reprints sign. A source ("Theo Nguyễn
// Minh/Vcamp.vn") and a name with a number ("Mn3/2") stay.
std::string_view without_outlet_mark(std::string_view byline) {
  std::size_t slash = byline.find('/');
  if (slash == std::string_view::npos || slash == 0) return byline;
  std::string_view name = trim_spaces(byline.substr(0, slash));
  std::string_view mark = trim_spaces(byline.substr(slash + 1));
  constexpr std::size_t kMinMark = 2;
  bool site = mark.find('.') != std::string_view::npos;
  if (mark.size() < kMinMark || mark.find_first_of(" /") != std::string_view::npos ||
      !(starts_with_upper(mark) || site) || looks_like_source(byline) || !is_writer_name(name) ||
      at_most_words(name, 1))
    return byline;
  // after a name in capitals a syllable may be a second writer's ("THU HÒA/HÀ"); a mark that
  // spells none ("THU HÒA/VOV4", "/TTXVN") is the outlet's in any case
  bool acronym = is_all_caps(mark) && (!is_all_caps(name) || !is_vietnamese_syllable(mark));
  return acronym || site ? name : byline;
}

// "Tin: Tuyết Mai – Ảnh: Xuân Vũ" → "Tuyết Mai": the text's writer and the photographer named
// apart; the photographer is no author. After a label crediting the text ("Tin:", "Bài:",
// "Tác giả:"), or a writer's name alone ("Minh Anh - Ảnh: Thu Hà", as text_end.h joins a
// photographer's credit alone under a name), the photo's credit after a dash, a comma or a
// semicolon, spaced or glued.
std::string_view without_photo_credit(std::string_view byline) {
  std::size_t colon = byline.find(':');  // "Tác giả: …", "Thực hiện: …" (kCreditPrefixes) too
  if (colon == std::string_view::npos) return byline;
  // a name alone before the dash ("Minh Anh - Ảnh: Thu Hà"): no label, and no text-and-photos
  // label either ("Tin, ảnh: X" credits both to X: text_photo_label.h)
  const bool labelled = opens_with_credit_prefix(byline);
  if (!labelled && (text_photo_label(byline).words || byline.find(" - ") == std::string_view::npos))
    return byline;
  // "Tác giả bài viết: Tin, ảnh: Bích Thiện" (real-eval97/cdchaugiang-1): the site's label over
  // the writer's own text-and-photos label, which credits both to one name; no photo's credit
  // to take off (without_writer_label takes both labels)
  if (TextPhotoLabel inner = text_photo_label(trim_spaces(byline.substr(colon + 1)));
      labelled && inner.size > 0 && !inner.photos_only)
    return byline;
  if (!labelled) colon = std::string_view::npos;  // the name from the line's start
  for (std::size_t at = colon + 1; at < byline.size(); ++at) {
    std::size_t sep =
        std::string_view(labelled ? ",;-" : "-").find(byline[at]) != std::string_view::npos ? 1
        : byline.substr(at).starts_with("–") || byline.substr(at).starts_with("—")
            ? std::string_view("–").size()
            : 0;
    if (sep == 0) continue;
    // with its mark: "ảnh" a photo, "Anh" a co-writer's name ("Tin: Hoàng Nam - Anh Thư")
    std::string rest = fold_exact(trim_spaces(byline.substr(at + sep)));
    if (!starts_with(rest, "ảnh:") && !starts_with(rest, "ảnh ")) continue;
    std::string_view writer = trim_spaces(byline.substr(colon + 1, at - colon - 1));
    return is_writer_name(writer) ? writer : byline;
  }
  return byline;
}

bool names_no_source(std::string_view site);  // below

// "Thực hiện: Minh Thư" → "Minh Thư" (kCreditPrefixes' writer_only labels). "Tin: Đoàn cơ
// sở" → "Đoàn cơ sở", "Tin: Minh Anh" → "Minh Anh": a news credit naming a unit
// (writer_unit.h) or a person signs the text as the name alone does; the label is no part of
// the name.
std::string_view without_writer_label(std::string_view byline) {
  // "Tin,ảnh: Huy Quốc", "Tin, ảnh; Long Xuân", "Tin, ảnh Mn3/2" (text_photo_label.h)
  if (TextPhotoLabel label = text_photo_label(byline); label.size > 0 && !label.photos_only)
    return byline.substr(label.size);
  std::size_t colon = byline.find(':');
  if (colon == std::string_view::npos) return without_colonless_label(byline);
  std::string label = fold_for_match(byline.substr(0, colon)) + ':';  // "Tác giả :" too
  std::string_view rest = trim_spaces(byline.substr(colon + 1));
  if (rest.empty()) return byline;
  // "Tổng hợp: Internet", "T/h: Sưu tầm": a compiler's label over no one (names_no_source)
  for (const CreditPrefix& p : kCreditPrefixes) {
    if (!p.writer_only || p.key != label) continue;
    if (names_no_source(rest)) return {};
    // "Tác giả bài viết: Tin, ảnh: Bích Thiện": the writer's own label under the site's
    if (TextPhotoLabel inner = text_photo_label(rest); inner.size > 0 && !inner.photos_only)
      return trim_spaces(rest.substr(inner.size));
    return rest;
  }
  // "Tin: Nhà báo: Đỗ Trọng Quang": a second label under the news credit, the writer's trade
  // (real-eval60/hodovietnam-1); neither label is part of the name
  if ((label == "tin:" || label == "bai:") && opens_with_credit_prefix(rest)) {
    std::string_view inner = without_writer_label(rest);
    return inner == rest ? byline : inner;
  }
  // a person's name first, a second writer or a unit perhaps after it ("Tin: Quang Khải-Q6")
  if ((label == "tin:" || label == "bai:") &&
      (opens_with_writer_unit(rest) || is_writer_name(rest.substr(0, name_end(rest)))))
    return rest;
  // "TPT Đội: Hoàng Hoa Thúy", "GVCN: Lê Minh Thu": a role shortened to its initials (Tổng phụ
  // trách Đội, giáo viên chủ nhiệm), perhaps with one word of whose role it is, before a
  // person's name: the name signs. Initials in ASCII capitals, two to five of them, none of a
  // medium's names ("VIDEO: …").
  constexpr std::size_t kMaxRoleWords = 2, kMinInitials = 2, kMaxInitials = 5;
  const std::string_view role = trim_spaces(byline.substr(0, colon));
  const std::string_view initials = role.substr(0, role.find(' '));
  const bool ascii_capitals =
      std::all_of(initials.begin(), initials.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if (at_most_words(role, kMaxRoleWords) && initials.size() >= kMinInitials &&
      initials.size() <= kMaxInitials && ascii_capitals && initials != "VIDEO" &&
      initials != "CLIP" && initials != "PHOTO" && is_writer_name(rest))
    return rest;
  return byline;
}

// "CTV Thu Trang", "CTV- Thu Trang", "PV - Thu Trang" → "Thu Trang": a newsroom role (kRoles'
// one-word ones) before a name, perhaps with a dash or a colon after it.
std::string_view without_role_word(std::string_view byline) {
  std::size_t end = 0;  // the first word, up to a space, a dash or a colon
  while (end < byline.size() &&
         std::string_view(" -:").find(byline[end]) == std::string_view::npos &&
         !byline.substr(end).starts_with("–") && !byline.substr(end).starts_with("—"))
    ++end;
  std::string role = fold_for_match(byline.substr(0, end));
  std::string_view rest = trim_spaces(byline.substr(end));
  for (std::string_view mark : {"-", "–", "—", ":"})
    if (rest.starts_with(mark)) {
      rest = trim_spaces(rest.substr(mark.size()));
      break;
    }
  bool known = std::find(kRoles.begin(), kRoles.end(), role) != kRoles.end();
  rest = known && starts_with_upper(rest) ? rest : byline;  // "CTV Kim Tiến – Tấn Hữu" too
  return is_writer_name(without_outlet_mark(rest.substr(0, name_end(rest)))) ? rest : byline;
}

// "Nguồn Báo Thanh Hóa", "Nguồn TTXVN": the source's label with its colon left out, a name
// after it (a capital: "Nguồn nước sạch" is a phrase). No family name is "Nguồn", so the word
// opens no writer's name.
bool source_label_without_colon(std::string_view byline, const std::string& folded) {
  return starts_with(folded, "nguon ") && !starts_with(folded, "nguon tin") &&
         starts_with_upper(after_words(byline, 1));
}

// "Nguồn: Trung tâm Tin tức HTV", "Nguồn tin: Văn phòng Đảng ủy", "Nguồn Báo Thanh Hóa": a
// credit of where the text comes from (a paper, an office), which names no writer.
bool is_source_credit(std::string_view byline) {
  std::string folded = fold_for_match(byline);
  return starts_with(folded, "nguon:") || starts_with(folded, "nguon tin:") ||
         starts_with(folded, "nguon tin ") || source_label_without_colon(byline, folded);
}

// "Nguồn: X", "Nguồn tin: X", "Nguồn tin X", "Nguồn X" → "X" as written; empty for any other
// line.
std::string_view after_source_label(std::string_view byline) {
  std::string folded = fold_for_match(byline);
  for (std::string_view label : {"nguon tin:", "nguon:", "nguon tin "}) {
    if (!starts_with(folded, label)) continue;
    // after the colon (folding keeps it), or after the two words "Nguồn tin"
    if (label.ends_with(':')) return trim_spaces(byline.substr(byline.find(':') + 1));
    return after_words(byline, 2);
  }
  if (source_label_without_colon(byline, folded)) return after_words(byline, 1);
  return {};
}

// "Internet", "Sưu tầm", "Tổng hợp" after "Nguồn:": no paper nor office named.
bool names_no_source(std::string_view site) {
  std::string folded = fold_for_match(trim_final_period(site));
  for (std::string_view none : {"internet", "suu tam", "st", "tong hop", "mang xa hoi"})
    if (folded == none) return true;
  return false;
}

// `part` of `copy`, a rewrite of `line` byte for byte (with_label_colons), as the same bytes of
// `line`.
std::string_view same_place(std::string_view part, const std::string& copy, std::string_view line) {
  if (part.empty()) return {};
  return line.substr(static_cast<std::size_t>(part.data() - copy.data()), part.size());
}

}  // namespace

bool credits_no_source(std::string_view byline) {
  return names_no_source(after_source_label(byline_without_date(byline)));
}

std::string_view source_in_credit(std::string_view byline) {
  byline = byline_without_date(byline);
  if (std::string_view outlet = outlet_after_theo(byline); !outlet.empty()) return outlet;
  if (std::string_view outlet = outlet_alone_in_brackets(byline); !outlet.empty()) return outlet;
  // "Thu Hòa/VOV4": the outlet the writer signs for
  if (std::string_view name = without_outlet_mark(byline); name.size() < byline.size())
    return trim_spaces(byline.substr(byline.find('/') + 1));
  // "Tâm Hằng (TTXVN)", "Hoàng Uyên - Báo Bạc Liêu", "PV/VOV.VN" (byline_outlet.h)
  if (std::string_view outlet = outlet_in_byline(byline); !outlet.empty()) return outlet;
  std::string_view site = after_source_label(byline);
  if (site.starts_with('|') || names_no_source(site)) return {};
  // a page's line may go on with the post's facts: "Báo Quảng Ninh .Ngày đăng: …"
  for (std::string_view glued : {" .", ". ", " | ", " |"}) {
    std::size_t at = site.find(glued);
    if (at != std::string_view::npos) site = site.substr(0, at);
  }
  return trim_final_period(site);
}

std::string_view photographer_in_byline(std::string_view byline) {
  if (std::string colons = with_label_colons(byline); colons != byline)
    return same_place(photographer_in_byline(colons), colons, byline);
  std::string_view writer = without_photo_credit(writer_after_theo(byline));
  if (writer.size() == byline.size() || writer.empty()) return {};
  std::size_t label =
      byline.find(':', static_cast<std::size_t>(writer.data() - byline.data()) + writer.size());
  return label == std::string_view::npos ? std::string_view{}
                                         : trim_spaces(byline.substr(label + 1));
}

std::string_view author_in_byline(std::string_view byline) {
  // "AP-LQ", "TTH-NVA.": the dash joins two writers' initials, no name to a unit; the stop
  // is the line's
  const std::string_view trimmed = trim_spaces(byline);
  if (const std::string_view initials = trimmed.substr(0, trimmed.size() - trimmed.ends_with('.'));
      is_dashed_initials(initials))
    return initials;
  if (std::string colons = with_label_colons(byline); colons != byline)
    return same_place(author_in_byline(colons), colons, byline);
  if (auto name = by_line_name(byline))  // as written, even a site's name
    return signs_as_no_one(*name) ? std::string_view{} : *name;
  if (is_source_credit(byline)) return {};
  if (!outlet_after_theo(byline).empty()) return {};  // "Theo binhdinh online": where it came from
  if (!outlet_alone_in_brackets(byline).empty()) return {};  // "(Báo Sóc Trăng)": the same
  // "Phùng Anh (VTV Online) 17/07/2026 18:49": the date, then the outlet come off
  byline = byline_without_date(byline);
  std::string_view author = without_outlet_mark(
      writer_without_outlet(writer_before_unit(without_role_word(writer_before_unit(
          without_writer_label(without_photo_credit(writer_after_theo(byline))))))));
  // "Cát Đằng đưa tin": the name, then the verb saying it reports (end_byline_shapes.h)
  if (author.ends_with(kReportingVerb))
    author = trim_spaces(author.substr(0, author.size() - kReportingVerb.size()));
  // what no one signs with (a program's key, an address, a sentence) is no author, whatever
  // rule let its line pass (author_shape.h)
  return signs_as_no_one(author) ? std::string_view{} : author;
}

}  // namespace tuyentap
