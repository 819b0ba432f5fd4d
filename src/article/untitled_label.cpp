// A page whose header's chrome stands where the title would: see untitled_label.h.
#include "article/untitled_label.h"

#include <algorithm>
#include <cstddef>
#include <span>

#include "article/by_line.h"
#include "article/byline.h"
#include "article/header_lines.h"
#include "article/header_topic.h"
#include "article/text_lines.h"
#include "article/theo_writer.h"
#include "article/untitled_page.h"
#include "article/verse.h"
#include "article/writer_unit.h"
#include "base/ascii.h"
#include "text/date_line.h"

namespace tuyentap {

namespace {

constexpr std::size_t kNone = HeaderLayout::kNone;

// "Tin tức - Sự kiện", "Đảng, Đoàn thể": at least two sections of at most 4 words each, set
// off by a separator a menu or a breadcrumb writes between them, each section opening with a
// capital, as a menu names it: a title's or a slogan's phrases run on in lower case ("Gần
// dân, hiểu dân, giúp dân", "Rộn ràng Tết quân - dân").
// The parts of `s` set off by any of `separators`, left to right, each asked `part_ok`: how
// many there are, or 0 when one is not ok.
template <typename PartOk>
std::size_t count_parts(std::string_view s, std::span<const std::string_view> separators,
                        PartOk part_ok) {
  std::size_t parts = 0;
  while (!s.empty()) {
    std::size_t cut = std::string_view::npos, width = 0;
    for (std::string_view sep : separators)
      if (std::size_t at = s.find(sep); at < cut) {
        cut = at;
        width = sep.size();
      }
    if (!part_ok(s.substr(0, cut))) return 0;
    ++parts;
    if (cut == std::string_view::npos) break;
    s.remove_prefix(cut + width);
  }
  return parts;
}

bool lists_sections(std::string_view s) {
  constexpr std::size_t kMaxSectionWords = 4;
  constexpr std::string_view kSeparators[] = {" - ", " – ", " — ", ", ",
                                              " / ", " › ", " » ", " > "};
  return count_parts(s, kSeparators, [](std::string_view item) {
           return has_letter_or_digit(item) && at_most_words(item, kMaxSectionWords) &&
                  starts_with_upper(item);
         }) >= 2;
}

// "VUI ĐÓN TRĂNG - TRÒN KẾT NỐI": each part set off by the dash a phrase of three words or more,
// none naming a unit ("Đoàn thanh niên", "Hội sinh viên": writer_unit.h), as a festival's title
// runs; a menu names its sections in a word or two ("THƠ - VĂN", "TIN TỨC - SỰ KIỆN", "Văn hóa -
// Xã hội": the review's probes over verse) or by the units it serves.
bool names_in_phrases(std::string_view line) {
  constexpr std::size_t kMinPhraseWords = 3;
  constexpr std::string_view kDashes[] = {" - ", " – ", " — "};
  return count_parts(line, kDashes, [](std::string_view part) {
           part = trim_spaces(part);
           return !at_most_words(part, kMinPhraseWords - 1) && !opens_with_writer_unit(part);
         }) >= 2;
}

// The writer's name where the title would stand ("Lương Hải Sinh", "Thu Trang – Hồng Hạnh"): a
// byline's shape (byline.h) of 2 to 6 words that names a person (theo_writer.h). A title of a
// word or two may have a byline's shape ("Quê", "Khối Đảng"), never a person's name.
bool names_writer(std::string_view s) {
  constexpr std::size_t kMaxBylineWords = 6;
  if (!at_most_words(s, kMaxBylineWords) || at_most_words(s, 1) || !looks_like_byline(s))
    return false;
  std::string_view first = s.substr(0, std::min(s.find(" – "), s.find(" - ")));
  return is_person_name(s) || is_person_name(first);
}

// A line of a title's shape (6 to 40 words, no stop, no date, no label) under the label at
// `label`, past a date line and a breadcrumb, with the body under it (or the date line, then the
// body): the label is the page's section over its title ("KINH TẾ - CHÍNH TRỊ",
// "09/05/2020", "Khai giảng lớp …", the lead; "Đảng - Đoàn thể", "Trang chủ > Tin tức >", a
// title in capitals), which the title's rules and the scorer read as they did without it.
bool title_under_label(std::span<const std::string_view> paras, const HeaderLayout& h,
                       std::size_t label) {
  // a shorter line there is as likely a photo's caption over the lead ("Toàn cảnh cuộc họp")
  // (its own measure, narrower than title_score.h's kMaxTitleWords: a title under a label)
  constexpr std::size_t kMinTitleUnderLabelWords = 6, kMaxTitleUnderLabelWords = 40;
  for (std::size_t j = label + 1; j + 1 < paras.size(); ++j) {
    if (j == h.date || is_breadcrumb(paras[j])) continue;
    if (ends_with_sentence_punct(paras[j]) || !at_most_words(paras[j], kMaxTitleUnderLabelWords) ||
        at_most_words(paras[j], kMinTitleUnderLabelWords - 1) || is_section_label(paras[j]) ||
        is_counters(paras[j]) || may_hold_date_line(paras[j]))
      return false;
    // the body under it, or the article's date line and then the body
    std::size_t next = j + 1;
    if (may_hold_date_line(paras[next]) && next + 1 < paras.size()) ++next;
    return is_body_text(paras[next]);
  }
  return false;
}

}  // namespace

bool is_section_label(std::string_view line) {
  // a breadcrumb's steps ("Tin tức - Sự kiện / Trong huyện / Kinh tế - Chính trị") run longer
  constexpr std::size_t kMaxWords = 7, kMaxCrumbWords = 16;
  const bool crumb = line.find(" / ") != std::string_view::npos ||
                     line.find(" › ") != std::string_view::npos ||
                     line.find(" » ") != std::string_view::npos;
  if (line.empty() || !has_letter_or_digit(line) ||
      !at_most_words(line, crumb ? kMaxCrumbWords : kMaxWords) || ends_with_sentence_punct(line) ||
      line.find_first_of("0123456789") != std::string_view::npos)
    return false;
  return lists_sections(line);
}

void untitle_header_chrome(std::span<const std::string_view> paras, HeaderLayout& h) {
  if (h.no_title || h.title == kNone || h.title >= paras.size()) return;
  // a theme's "by" line right under it ("Viết bởi Admin", by_line.h): the post's own title,
  // however much it reads as a section's label ("LỄ TRI ÂN - TRƯỞNG THÀNH")
  if (h.byline == h.title + 1 && h.byline < paras.size() && by_line_name(paras[h.byline])) return;
  // a kicker over it: the page's section stands there, and this is the title under it
  if (h.kicker != kNone && h.kicker < h.title) return;
  const bool beside_date = !h.title_text.empty();
  if (beside_date && h.title != h.date) return;
  const std::string_view line = beside_date ? std::string_view(h.title_text) : paras[h.title];
  // "TIN HOẠT ĐỘNG", "Đại hội … xã Măng Tố, nhiệm kỳ 2019-2024.", the lead: the line under a
  // section's label or a heading in capitals ends in a stop but has a title's shape
  // (untitled_page.h: it closes on a term or a day), and the body text follows it: it is the
  // title under its kicker
  constexpr std::size_t kMaxHeadingWords = 7, kMinSentenceWords = 6;
  const std::size_t next = h.title + 1;
  if (!beside_date &&
      (is_section_label(line) || (is_all_caps(line) && at_most_words(line, kMaxHeadingWords))) &&
      h.body == next && next + 1 < paras.size() && paras[next].ends_with('.') &&
      !at_most_words(paras[next], kMinSentenceWords - 1) && !is_untitled_opening(paras[next]) &&
      is_body_text(paras[next + 1])) {
    if (h.topic.empty()) h.topic = kicker_topic(line);
    h.kicker = h.title;
    h.title = next;
    h.body = next + 1;
    return;
  }
  if (!beside_date && is_counters(line)) {
    // the counter stays above the body, the header's chrome
  } else if (!beside_date && names_writer(line) && h.byline == kNone) {
    h.byline = h.title;
  } else if (is_section_label(line)) {
    if (!beside_date && title_under_label(paras, h, h.title)) return;
    // "VUI ĐÓN TRĂNG - TRÒN KẾT NỐI" over a quotation of verse the text opens with (verse.h):
    // the title of a festival's day over its epigraph, the label's shape notwithstanding; a
    // section's label stands over a title (real-eval103/lqdqt-igcschool-1)
    if (!beside_date && h.body == h.title + 1 && opens_quoted_verse(paras, h.body) &&
        names_in_phrases(line))
      return;
    if (h.topic.empty()) h.topic = kicker_topic(line);
    if (!beside_date && !h.topic.empty()) h.kicker = h.title;
  } else {
    return;
  }
  h.title_text.clear();
  h.title = kNone;
  h.title_over_date = false;
  h.no_title = true;
}

}  // namespace tuyentap
