// The end of an article: see article_tail.h.
#include "article/article_tail.h"

#include <algorithm>
#include <array>
#include <string>

#include "article/header_lines.h"
#include "article/text_lines.h"
#include "article/text_photo_label.h"
#include "article/word_lists.h"
#include "text/date_line.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

bool has_digit(std::string_view s) {
  return s.find_first_of("0123456789") != std::string_view::npos;
}

bool has_word(std::string_view key, std::string_view word) {
  bool found = false;
  each_word(key, [&](std::string_view w) { found = found || w == word; });
  return found;
}

}  // namespace

bool names_page_box(std::string_view line) {
  constexpr std::size_t kMaxBoxWords = 6;
  if (line.ends_with(':')) line.remove_suffix(1);
  if (line.empty() || !at_most_words(line, kMaxBoxWords) || has_digit(line) ||
      line.find_first_of(",.;:!?()[]\"|/") != std::string_view::npos)
    return false;
  std::string key = fold_for_match(line);
  // the page's links to other sites ("Liên kết website", "Website liên kết", "Links")
  for (std::string_view web : {"website", "web", "weblink", "link", "links"})
    if (has_word(key, web)) return true;
  if (key == "lien ket" || key == "lien ket nhanh") return true;
  std::string_view k = key;
  for (std::string_view plural : {"cac ", "nhung "})
    if (k.starts_with(plural)) k.remove_prefix(plural.size());
  // what a page lists: its posts, comments, clips, notices
  static constexpr std::array<std::string_view, 19> kListed = {
      "tin",      "tin tuc",  "ban tin", "bai",   "bai viet", "binh luan", "y kien",
      "trao doi", "phan hoi", "hoi dap", "video", "clip",     "hinh anh",  "thong bao",
      "van ban",  "su kien",  "tep",     "file",  "tai lieu"};
  // by their order, their readers or their tie to the article (or as the files attached to
  // the page: "Tệp đính kèm")
  static constexpr std::array<std::string_view, 18> kOrder = {
      "moi",       "moi nhat",  "moi cap nhat", "nhieu nhat",      "xem nhieu",   "doc nhieu",
      "noi bat",   "tieu diem", "gan day",      "lien quan",       "khac",        "hot",
      "cung loai", "da dua",    "da dang",      "cung chuyen muc", "cung chu de", "dinh kem"};
  // the tie alone names the box ("Cùng chuyên mục" over the section's other articles): no
  // subject is named so
  if (k == "cung chuyen muc" || k == "cung chu de") return true;
  // a search box by what it searches ("Tìm kiếm tài liệu chăn nuôi", real-eval74/vcn-1; "Tìm
  // kiếm văn bản", "Tìm kiếm nâng cao"): what a page lists, after "tìm kiếm" (search)
  if (std::string_view search = "tim kiem "; k.starts_with(search)) {
    const std::string_view what = k.substr(search.size());
    if (what == "nang cao") return true;
    for (std::string_view listed : kListed)
      if (opens_with_words(what, listed)) return true;
  }
  for (std::string_view listed : kListed) {
    if (!opens_with_words(k, listed) || k.size() == listed.size()) continue;
    for (std::string_view order : kOrder)
      if (closes_with_words(k, order) && k.size() >= listed.size() + 1 + order.size()) return true;
  }
  return false;
}

bool labels_icon_row(std::string_view line) {
  constexpr std::size_t kMaxLabelWords = 15;
  if (line.empty() || !at_most_words(line, kMaxLabelWords) || ends_with_sentence_punct(line))
    return false;
  std::string key = " " + fold_exact(line);
  std::string_view end = last_word(key);
  bool dangling = false;
  for (std::string_view preposition : {"trên", "tại", "qua", "với", "bằng", "on", "via"})
    dangling = dangling || end == preposition;
  if (!dangling) return false;
  // following, sharing, downloading, reading elsewhere
  for (std::string_view act : {" theo dõi ", " chia sẻ ", " tải ", " kết nối ", " đọc báo ",
                               " follow ", " like ", " share ", " quét "})
    if (key.find(act) != std::string::npos) return true;
  return false;
}

bool is_tail_chrome(std::string_view line) {
  return names_page_box(line) || labels_icon_row(line) || is_page_actions_bar(line) ||
         is_menu_bar(line) || is_page_part_name(line) || is_named_counters(line);
}

bool is_byline_label_alone(std::string_view line) {
  constexpr std::size_t kMaxLabelBytes = 40;  // "Tác giả bài viết:" is 21
  if (line.size() > kMaxLabelBytes) return false;
  const bool colon = line.ends_with(':');
  if (colon) line.remove_suffix(1);
  // with no colon, a writer's label opens with T or N ("Tác giả", "Thực hiện", "Người viết"):
  // most short lines are let go unfolded
  if (!colon && (line.empty() || std::string_view("TtNn").find(line[0]) == std::string_view::npos))
    return false;
  std::string key = fold_exact(line);
  // "Người Viết" over "Nguyễn Thị Thanh Tầm" (real-eval105/tracvan-hanam-1): a writer's label
  // needs no colon, it names nothing else alone on its line
  if (!colon)
    return std::find(kWriterLabels.begin(), kWriterLabels.end(), key) != kWriterLabels.end() &&
           key != "bút danh";
  // the writer's labels (text_photo_label.h), and the text's and its photos' credits and the
  // newsroom's that stand alone so
  static constexpr auto kLabels = joined_words(
      kWriterLabels, std::array<std::string_view, 10>{"bài", "tin", "bài và ảnh", "tin và ảnh",
                                                      "bài, ảnh", "tin, ảnh", "bài ảnh", "tin ảnh",
                                                      "nhóm phóng viên", "phóng viên"});
  for (std::string_view label : kLabels)
    if (key == label) return true;
  return false;
}

namespace {

// "Một là, …", "Thứ hai, …": a point led by an ordinal word and a comma or colon.
bool opens_with_ordinal(std::string_view line) {
  std::string key = fold_exact(line.substr(0, 24));
  for (std::string_view ordinal :
       {"một là", "hai là", "ba là", "bốn là", "năm là", "sáu là", "bảy là", "thứ nhất", "thứ hai",
        "thứ ba", "thứ tư", "thứ năm", "thứ sáu"})
    if (key.starts_with(ordinal) && key.size() > ordinal.size() &&
        (key[ordinal.size()] == ',' || key[ordinal.size()] == ':'))
      return true;
  return false;
}

bool is_roman(std::string_view w) {
  while (!w.empty() && (w.back() == '.' || w.back() == ':' || w.back() == ')')) w.remove_suffix(1);
  return !w.empty() && w.find_first_not_of("IVX") == std::string_view::npos;
}

// How a list's item opens: a bullet, a number, a word before a number ("Phần 1:", "Bài II");
// empty when the line opens as no item does.
std::string list_lead(std::string_view line) {
  if (line.empty()) return {};
  if (opens_with_bullet(line) || line.starts_with("-") || line.starts_with("+") ||
      line.starts_with("*") || line.starts_with("•"))
    return "bullet";
  if (line[0] >= '0' && line[0] <= '9') return "number";
  std::string_view first = first_word(line);
  std::string_view rest = line.substr(first.size());
  if (rest.starts_with(' ')) rest.remove_prefix(1);
  std::string_view second = first_word(rest);
  if (!second.empty() && ((second[0] >= '0' && second[0] <= '9') || is_roman(second)))
    return fold_for_match(first);
  return {};
}

}  // namespace

bool is_dangling_heading(std::string_view line, std::string_view before) {
  constexpr std::size_t kMaxLabelWords = 6;
  constexpr std::size_t kMaxPointWords = 30;
  if (line.empty() || stops_a_sentence_inside(line)) return false;
  bool shaped = heading_shape(line);
  if (!shaped && line.ends_with(':') && at_most_words(line, kMaxLabelWords) &&
      starts_with_upper(line))
    shaped = heading_shape(line.substr(0, line.size() - 1));
  if (!shaped && !ends_with_sentence_punct(line) && at_most_words(line, kMaxPointWords) &&
      (opens_with_ordinal(line) || opens_with_part_number(line)) && !parse_date_line(line))
    shaped = true;
  if (!shaped) return false;
  std::string lead = list_lead(line);
  return lead.empty() || lead != list_lead(before);
}

}  // namespace tuyentap
