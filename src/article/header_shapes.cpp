// Shapes of header lines the header rules test: see header_shapes.h.
#include "article/header_shapes.h"

#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "article/bare_caption.h"
#include "article/caption_score.h"
#include "article/dated_paragraph.h"
#include "article/header_lines.h"
#include "article/office_byline.h"
#include "article/scene_caption.h"
#include "article/text_header.h"
#include "article/text_lines.h"
#include "article/title_score.h"
#include "article/untitled_page.h"
#include "article/view_caption.h"
#include "base/ascii.h"
#include "text/normalize.h"

namespace tuyentap {

// "Bài 2: …", "Kỳ III - …", "Phần cuối: …": one part of a series, whose name stands above it.
bool opens_series_part(std::string_view s) {
  std::size_t space = s.find(' ');
  if (space == std::string_view::npos) return false;
  std::string_view word = s.substr(0, space);
  if (word != "Bài" && word != "Kỳ" && word != "Phần") return false;
  std::string_view rest = s.substr(space + 1);
  std::size_t end = rest.find_first_of(":.-");
  if (end == std::string_view::npos || end == 0) return false;
  std::string_view number = rest.substr(0, end);
  while (number.ends_with(' ')) number.remove_suffix(1);
  bool numeral = !number.empty() && number.find_first_not_of("0123456789IVXL") == number.npos;
  return numeral || number == "cuối";
}

bool is_section_list(std::string_view s) {
  constexpr std::size_t kMaxItemWords = 4;
  if (s.find_first_of("0123456789") != std::string_view::npos || ends_with_sentence_punct(s))
    return false;
  std::size_t items = 0;
  for (std::size_t start = 0;;) {
    std::size_t comma = s.find(", ", start);
    std::string_view item =
        s.substr(start, comma == std::string_view::npos ? comma : comma - start);
    if (!starts_with_upper(item) || !at_most_words(item, kMaxItemWords)) return false;
    ++items;
    if (comma == std::string_view::npos) return items >= 2;
    start = comma + 2;
  }
}

// "Hải Phòng, ngày 27 tháng 02 năm 2020": a place of at most four words, no digit, then ", ngày"
// and the date: where a document or a print view dates itself from, never a title.
bool dates_from_place(std::string_view line, std::string_view place) {
  constexpr std::size_t kMaxPlaceWords = 4;
  if (!line.starts_with(place) || !at_most_words(place, kMaxPlaceWords) ||
      place.find_first_of("0123456789") != std::string_view::npos)
    return false;
  std::string_view after = line.substr(place.size());
  return after.starts_with(", ngày ") || after.starts_with(", Ngày ");
}

// "Trả lời:" (an answer's label), "1. Tư tưởng Hồ Chí Minh về …" (a part's heading, led by its
// number): a label or a part of the article, which no title is (title_score.h plainly no
// title), first in a file: the copy opens inside the article, its title left out.
bool opens_inside_article(std::string_view first) {
  constexpr std::size_t kMaxLabelWords = 4;
  return (first.ends_with(':') && at_most_words(first, kMaxLabelWords)) ||
         opens_with_part_number(first);
}

// "<title>" over "<a question asked, a sapo, a label>": the upper of two lines is the title,
// not a kicker over it, when it is plainly the better title (title_score.h) by two points or
// more; one feature alone (capitals, a longer line) does not make a kicker a title.
bool upper_is_better_title(std::span<const std::string_view> paras, const std::vector<bool>& twice,
                           std::size_t k) {
  constexpr int kMargin = 2;
  auto score = [&](std::size_t i) {
    return title_score({paras[i], false, i < twice.size() && twice[i]});
  };
  int upper = score(k);
  return upper != kNotTitle && upper >= score(k + 1) + kMargin;
}

namespace {

// The runs of four words of s, folded, the punctuation around each word left out
// (bare_caption.h without_marks).
std::unordered_set<std::string> runs_of_four(std::string_view s) {
  constexpr std::size_t kRun = 4;
  std::string folded = fold_for_match(s);
  std::vector<std::string_view> words;
  each_word(folded, [&](std::string_view w) {
    w = without_marks(w);
    if (!w.empty()) words.push_back(w);
  });
  std::unordered_set<std::string> runs;
  for (std::size_t i = 0; i + kRun <= words.size(); ++i) {
    std::string run(words[i]);
    for (std::size_t k = 1; k < kRun; ++k) (run += ' ') += words[i + k];
    runs.insert(std::move(run));
  }
  return runs;
}

std::size_t shared(const std::unordered_set<std::string>& a,
                   const std::unordered_set<std::string>& b) {
  std::size_t n = 0;
  for (const std::string& run : a) n += b.contains(run);
  return n;
}

}  // namespace

DoubledLine doubled_line(std::span<const std::string_view> paras) {
  std::unordered_set<std::string> lead = runs_of_four(paras[2]);
  if (shared(runs_of_four(paras[0]), lead) > shared(runs_of_four(paras[1]), lead))
    return DoubledLine::Title;
  // "Toàn cảnh hội nghị" twice is a photo's: what it shows, or its view, opens it
  bool caption =
      shows_who_or_what(paras[0]) || names_photo_view(paras[0]) || describes_photo_scene(paras[0]);
  return is_kicker_like(paras[0]) && !caption ? DoubledLine::Kicker : DoubledLine::Caption;
}

bool sapo_printed_again(std::span<const std::string_view> paras) {
  // the first line, then its stop, in the second
  return paras.size() >= 2 && paras[1].size() > paras[0].size() && paras[1].starts_with(paras[0]) &&
         paras[1][paras[0].size()] == '.';
}

bool dashed_title(std::string_view first) {
  constexpr std::size_t kMaxItemWords = 5;
  return first.starts_with("- ") && !at_most_words(first.substr(2), kMaxItemWords) &&
         is_title_like(first.substr(2));
}

bool is_quoted_saying(std::string_view s) {
  constexpr std::size_t kMinSayingWords = 8;
  while (s.ends_with(' ')) s.remove_suffix(1);
  bool quoted = (s.starts_with("“") && s.ends_with("”")) ||
                (s.size() > 2 && s.starts_with('"') && s.ends_with('"'));
  if (!quoted || at_most_words(s, kMinSayingWords - 1)) return false;
  // one quotation, not two quoted names with words between ("“A” và “B”")
  std::string_view inner =
      s.starts_with('"')
          ? s.substr(1, s.size() - 2)
          : s.substr(std::string_view("“").size(), s.size() - 2 * std::string_view("“").size());
  return inner.find("”") == std::string_view::npos && inner.find('"') == std::string_view::npos;
}

namespace {

// "3. Ông …" with n = 3: the item's number, a stop and a space, then its text.
bool numbered_item(std::string_view s, std::size_t n) {
  const std::string label = std::to_string(n) + ". ";
  return s.size() > label.size() && s.starts_with(label);
}

}  // namespace

bool opens_numbered_list(std::span<const std::string_view> paras, std::size_t i) {
  constexpr std::size_t kMinItems = 3;
  constexpr std::size_t kMinAnnouncingWords = 3, kMaxAnnouncingWords = 20;
  constexpr std::size_t kMinItemWords = 5;
  if (i + kMinItems >= paras.size() || !paras[i].ends_with(':') || numbered_item(paras[i], 1) ||
      !at_most_words(paras[i], kMaxAnnouncingWords) ||
      at_most_words(paras[i], kMinAnnouncingWords - 1))
    return false;
  // a menu numbers its items too ("Danh mục:" over "1. Tin tức", "2. Thông báo"): a few words
  // each, where the text's list names people with their posts, or what is to be done
  for (std::size_t n = 1; n <= kMinItems; ++n)
    if (!numbered_item(paras[i + n], n) || at_most_words(paras[i + n], kMinItemWords)) return false;
  return true;
}

bool section_under_doubled_title(std::span<const std::string_view> paras,
                                 const std::vector<bool>& twice, std::size_t d) {
  if (d < 2) return false;
  std::size_t t = d - 2;
  bool doubled = (t >= 1 && paras[t - 1] == paras[t]) || (t < twice.size() && twice[t]);
  return doubled && is_page_title(paras[t]) && is_section_like(paras[d - 1]);
}

bool kicker_then_title(std::span<const std::string_view> paras, std::size_t k) {
  if (k + 2 >= paras.size() || !is_body_text(paras[k + 2])) return false;
  // "Lễ giỗ lần thứ 153 …" over "LỄ GIỖ LẦN THỨ 153 …": the title printed again in capitals, as
  // a blog's post heading repeats it (real-eval67/gxucanxay-1), no section over a title
  if (fold_for_match(paras[k]) == fold_for_match(paras[k + 1])) return false;
  for (std::size_t i = k; i <= k + 1; ++i)
    if (!is_title_like(paras[i]) || ends_with_sentence_punct(paras[i]) || is_body_text(paras[i]))
      return false;
  return true;
}

bool section_over_date_named_in_title(std::span<const std::string_view> paras, std::size_t d) {
  constexpr std::size_t kMaxSectionWords = 4, kMinTitleWords = 8;
  if (d == 0 || d + 2 >= paras.size()) return false;
  const std::string_view section = paras[d - 1], title = paras[d + 1];
  if (!at_most_words(section, kMaxSectionWords) || ends_with_sentence_punct(section) ||
      ends_with_sentence_punct(title) || !is_title_like(section) || !is_title_like(title) ||
      is_body_text(title) || !is_body_text(paras[d + 2]) ||
      at_most_words(title, kMinTitleWords - 1) || word_count(title) < 2 * word_count(section) ||
      reads_as_people_caption(title) || shows_who_or_what(title) || names_photo_view(title) ||
      describes_photo_scene(title) || reads_as_caption_over_lead(title, paras[d + 2]))
    return false;
  const std::string folded_section = " " + fold_for_match(section) + " ";
  return folded_section.size() > 2 &&
         (" " + fold_for_match(title) + " ").find(folded_section) != std::string::npos;
}

namespace {

// Where the title at k is told again at k + 1 with words inserted at one place: the title's
// words (folded) are the retold line's first `at` words and its last ones, `inserted` words
// between. Nothing when the title (at least 6 words, no final stop, a title's shape) is not so
// retold.
struct Insertion {
  std::size_t at = 0, inserted = 0, after = 0;  // the title's words before and after the insertion
};
std::optional<Insertion> retold_with_insertion(std::span<const std::string_view> paras,
                                               std::size_t k) {
  constexpr std::size_t kMinTitleWords = 6;
  if (k + 1 >= paras.size()) return std::nullopt;
  const std::string_view title = trim_spaces(paras[k]), retold = trim_spaces(paras[k + 1]);
  if (retold.size() <= title.size() || at_most_words(title, kMinTitleWords - 1) ||
      ends_with_sentence_punct(title) || !is_title_like(title))
    return std::nullopt;
  const std::string folded_title = fold_for_match(title), folded_retold = fold_for_match(retold);
  std::vector<std::string_view> t, r;
  each_word(folded_title, [&](std::string_view w) { t.push_back(w); });
  each_word(folded_retold, [&](std::string_view w) { r.push_back(w); });
  if (r.size() <= t.size()) return std::nullopt;
  std::size_t prefix = 0, suffix = 0;
  while (prefix < t.size() && t[prefix] == r[prefix]) ++prefix;
  while (suffix < t.size() - prefix && t[t.size() - 1 - suffix] == r[r.size() - 1 - suffix])
    ++suffix;
  if (prefix + suffix != t.size()) return std::nullopt;
  return Insertion{prefix, r.size() - t.size(), suffix};
}

}  // namespace

bool retold_with_subject(std::span<const std::string_view> paras, std::size_t k) {
  constexpr std::size_t kMinSubjectWords = 2, kMaxSubjectWords = 8;
  const std::optional<Insertion> told = retold_with_insertion(paras, k);
  return told && told->at == 0 && told->inserted >= kMinSubjectWords &&
         told->inserted <= kMaxSubjectWords;
}

bool retold_with_more(std::span<const std::string_view> paras, std::size_t k) {
  constexpr std::size_t kMinTitleKept = 4, kMinTitleClosing = 2, kMinInserted = 2,
                        kMaxInserted = 12;
  const std::optional<Insertion> told = retold_with_insertion(paras, k);
  return told && told->at >= kMinTitleKept && told->after >= kMinTitleClosing &&
         told->inserted >= kMinInserted && told->inserted <= kMaxInserted;
}

bool title_over_date_line(std::span<const std::string_view> paras, std::size_t i) {
  constexpr std::size_t kMaxWords = 30;
  return i + 1 < paras.size() && is_title_like(paras[i]) && at_most_words(paras[i], kMaxWords) &&
         dated(paras[i + 1]).has_value();
}

bool is_decorated_site_name(std::string_view s) {
  s = trim_spaces(s);
  // ".:", ":.", ".::", "::.": a stop among the colons on each side (":: Tin tức ::" marks a
  // section as often)
  auto dotted = [](std::string_view marks) {
    return marks.find('.') != std::string_view::npos && marks.find(':') != std::string_view::npos;
  };
  const std::size_t open = s.find_first_not_of(".:"), close = s.find_last_not_of(".:");
  if (open == std::string_view::npos || open == 0 || close + 1 == s.size() ||
      !dotted(s.substr(0, open)) || !dotted(s.substr(close + 1)))
    return false;
  const std::string_view inner = trim_spaces(s.substr(open, close + 1 - open));
  // the site's own name, or a body's: "Trường Đại học Tiền Giang", not a section nor a title
  return names_the_site(inner) || names_organisation(inner) || names_unit_in_full(inner);
}

}  // namespace tuyentap
