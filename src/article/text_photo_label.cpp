// The text-and-photos credit label: see text_photo_label.h.
#include "article/text_photo_label.h"

#include <algorithm>
#include <string>
#include <vector>

#include "article/byline_name.h"
#include "article/end_byline_shapes.h"
#include "article/text_lines.h"
#include "article/word_lists.h"
#include "article/writer_unit.h"
#include "base/ascii.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::string_view kEnDash = "–", kEmDash = "—";

// The bytes of the dash at `at` ("-", "–", "—"), 0 when none is there.
std::size_t dash_at(std::string_view s, std::size_t at) {
  std::string_view rest = s.substr(at);
  if (rest.starts_with('-')) return 1;
  if (rest.starts_with(kEnDash) || rest.starts_with(kEmDash)) return kEnDash.size();
  return 0;
}

// The bytes of the mark at `at` that ends a word: a space, a dash or ASCII punctuation.
std::size_t break_at(std::string_view s, std::size_t at) {
  if (std::string_view(" ,;:./&").find(s[at]) != std::string_view::npos) return 1;
  return dash_at(s, at);
}

std::size_t after_spaces(std::string_view s, std::size_t at) {
  while (at < s.size() && s[at] == ' ') ++at;
  return at;
}

// The word starting at `at`, up to the next break.
std::string_view word_at(std::string_view s, std::size_t at) {
  std::size_t end = at;
  while (end < s.size() && break_at(s, end) == 0) ++end;
  return s.substr(at, end - at);
}

// Where the next label word may start after the one ending at `at`: past a joiner (spaces and
// one of ",", "/", "&", a dash, or the word "và"), or `at` when none joins.
std::size_t after_joiner(std::string_view s, std::size_t at) {
  std::size_t j = after_spaces(s, at);
  if (j < s.size() && (s[j] == ',' || s[j] == '/' || s[j] == '&')) return after_spaces(s, j + 1);
  if (std::size_t dash = j < s.size() ? dash_at(s, j) : 0) return after_spaces(s, j + dash);
  if (std::string_view w = word_at(s, j); j > at && fold_exact(w) == "và")
    return after_spaces(s, j + w.size());
  return j > at ? j : at;
}

// A writer's name or unit opens `rest` and runs to its end or to a cut (a dash, spaced or
// glued, a comma, a bracket, a slash before an outlet's mark): each word of it opens with a
// capital ("Minh Kiên", "TS. Lê Hà", "T.H", "Quý Trường- Huyện đoàn", "TRẦN HIỀN –VĂN HIẾU",
// "Thương Huyền/ baoquangbinh.vn"), "và" aside, or it names an office ("Đoàn thanh niên thị
// trấn"). A sentence goes on in lower case ("Nghị quyết Đại hội", "Hồ Chí Minh với …").
bool opens_with_writer(std::string_view rest) {
  constexpr std::size_t kMaxNameWords = 6;
  // a newsroom's role before a site's handle ("btv chiminh"), a name with its unit glued ("Hồng
  // Mai Trung tâm TT/GDSK"): the end byline's shapes (end_byline_shapes.h)
  if (is_role_and_handle(rest) || !name_before_glued_unit(rest).empty()) return true;
  if (rest.empty() || !starts_with_upper(rest)) return false;
  if (opens_with_writer_unit(rest)) return true;
  // a digit cuts too: the date a page's author box prints beside the name ("Xuân Tiến
  // 21/03/2022 - 10:45")
  std::size_t cut = std::min(rest.find_first_of("-,;(/0123456789"), rest.size());
  for (std::string_view dash : {"–", "—"}) cut = std::min(cut, rest.find(dash));
  std::string_view name = rest.substr(0, cut);
  // a label's colon in it: "BÀI VIẾT: …" after "TÁC GIẢ" is the label going on, no name
  if (name.find(':') != std::string_view::npos) return false;
  std::size_t words = 0;
  bool ok = true;
  each_word(name, [&](std::string_view w) {
    ++words;
    ok = ok && (starts_with_upper(w) || fold_exact(w) == "và");
  });
  // or a name with its middle name in lower case ("Mai viết Tăng"), or with a later syllable
  // typed so ("Minh hiếu."): byline_name.h
  std::string_view bare = trim_spaces(name);
  if (bare.ends_with('.')) bare.remove_suffix(1);
  return (ok && words <= kMaxNameWords) || is_writer_name(name) || is_name_typed_lower(bare);
}

// "Tác giả Minh Kiên" → "Tác giả:Minh Kiên": a writer's label whose colon was left out, the
// space after it read as the colon, when a writer's name or unit follows (kWriterLabels; the
// longest first: "Tác giả bài viết Hồng Đào"), the label in any case ("TÁC GIẢ Minh Kiên").
// Not a label that has its colon ("TÁC GIẢ BÀI VIẾT: …", and so the rewrite is done once only),
// nor a line wholly in capitals, where no word's case tells a name from a heading's words
// ("THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI").
void colon_after_writer_label(std::string& out) {
  constexpr std::size_t kLabelWords = 4;  // the longest label's
  // every label opens with T, B or N
  if (out.empty() || std::string_view("TtBbNn").find(out[0]) == std::string_view::npos) return;
  std::vector<std::size_t> spaces;  // after each of the line's first words
  for (std::size_t at = out.find(' '); at != std::string::npos && spaces.size() < kLabelWords;
       at = out.find(' ', at + 1))
    spaces.push_back(at);
  if (spaces.empty()) return;
  const std::string head = fold_exact(std::string_view(out).substr(0, spaces.back()));
  for (std::string_view key : kWriterLabels) {
    std::size_t words = 1 + static_cast<std::size_t>(std::count(key.begin(), key.end(), ' '));
    if (words > spaces.size() || !head.starts_with(key) ||
        (head.size() > key.size() && head[key.size()] != ' '))
      continue;
    const std::size_t end = spaces[words - 1];
    std::string_view rest = std::string_view(out).substr(end + 1);
    bool capitals = is_all_caps(std::string_view(out).substr(0, end)) && is_all_caps(rest);
    if (!capitals && opens_with_writer(rest)) out[end] = ':';
    return;
  }
}

}  // namespace

TextPhotoLabel text_photo_label(std::string_view line) {
  // the label's first word is "tin", "bài", "ảnh" or "hình": any other first letter is let go
  // unfolded
  constexpr std::string_view kPhotoUpper = "Ả", kPhotoLower = "ả";
  // ("hình": an H, then "ình" or "ÌNH", so that the many lines opening with another H word
  // are let go unfolded too)
  const bool opens_picture =
      line.size() > 1 && (line[0] == 'H' || line[0] == 'h') &&
      (line.substr(1).starts_with("ình") || line.substr(1).starts_with("ÌNH"));
  if (line.empty() ||
      (std::string_view("TtBb").find(line[0]) == std::string_view::npos && !opens_picture &&
       !line.starts_with(kPhotoUpper) && !line.starts_with(kPhotoLower)))
    return {};
  bool news = false, article = false, photos = false;
  std::size_t label_end = 0;
  for (std::size_t at = 0; at < line.size();) {
    std::string_view w = word_at(line, at);
    std::string key = fold_exact(w);
    // "hình" (picture) and "hình ảnh" say photos as "ảnh" does, "bài viết" an article as "bài"
    // does ("Bài viết, hình: Hoài Bão", "Tin, hình ảnh: …")
    const bool picture = key == "hình";
    bool* seen = key == "tin"              ? &news
                 : key == "bài"            ? &article
                 : key == "ảnh" || picture ? &photos
                                           : nullptr;
    if (w.empty() || !seen || *seen) break;
    *seen = true;
    label_end = at + w.size();
    if (std::string_view second = picture        ? "ảnh"
                                  : key == "bài" ? "viết"
                                                 : "";
        !second.empty() && label_end < line.size() && line[label_end] == ' ') {
      std::string_view next = word_at(line, label_end + 1);
      if (fold_exact(next) == second) label_end += 1 + next.size();
    }
    std::size_t next = after_joiner(line, label_end);
    if (next == label_end) break;
    at = next;
  }
  const bool text = news || article;
  // "Tin bài:" credits the text by both its words, no photo: a label only when a colon (or
  // the semicolon typed for it) closes it ("Tin bài đọc nhiều" is a box's heading); a text
  // word alone ("Tin:", "Bài:") is the credit prefixes' (byline.cpp)
  const bool text_twice = news && article && !photos;
  if (!photos && !text_twice) return {};
  // what closes the label: a colon, a semicolon, a full stop, a comma, a dash, or nothing
  std::size_t at = after_spaces(line, label_end);
  char mark = 0;
  if (at < line.size() && std::string_view(":;.,").find(line[at]) != std::string_view::npos)
    mark = line[at++];
  else if (std::size_t dash = at < line.size() ? dash_at(line, at) : 0)
    mark = '-', at += dash;
  at = after_spaces(line, at);
  std::string_view rest = line.substr(at);
  if (text_twice && (rest.empty() || (mark != ':' && mark != ';'))) return {};
  const TextPhotoLabel words{.words = true};
  if (rest.empty() || (!text && mark != ':' && mark != ';')) return words;
  bool name_first = starts_with_upper(rest) || (rest[0] >= '0' && rest[0] <= '9');
  if (mark != ':' && !name_first) return words;
  return {at, !text, mark == ':', true};
}

std::string with_label_colons(std::string_view line) {
  // the credits by name, and those to news, an article, photos or a source
  static constexpr auto kLabels = joined_words(
      kWriterLabels, std::array<std::string_view, 5>{"tin", "bài", "ảnh", "nguồn", "nguồn tin"});
  std::string out(line);
  for (std::size_t semi = line.find(';'); semi != std::string_view::npos;
       semi = line.find(';', semi + 1)) {
    // the label's words: from the line's start or the last dash before the semicolon
    std::size_t from = 0;
    for (std::size_t i = 0; i < semi; ++i)
      if (std::size_t dash = dash_at(line, i)) from = i + dash, i += dash - 1;
    if (line.substr(from, semi - from).find(':') != std::string_view::npos) continue;
    std::string_view words = line.substr(from, semi - from);
    bool label = text_photo_label(std::string(words) + ": X").size > 0;
    for (std::string_view key : kLabels) label = label || fold_exact(words) == key;
    if (label) out[semi] = ':';
  }
  colon_after_writer_label(out);
  return out;
}

}  // namespace tuyentap
