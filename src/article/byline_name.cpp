// A writer's name as a byline writes it: see byline_name.h.
#include "article/byline_name.h"

#include <algorithm>
#include <iterator>
#include <string>

#include "article/byline.h"
#include "article/text_lines.h"
#include "article/theo_writer.h"
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

}  // namespace tuyentap
