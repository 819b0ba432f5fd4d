// The date of a header paragraph: see dated_paragraph.h.
#include "article/dated_paragraph.h"

#include "article/by_line.h"
#include "article/byline.h"
#include "article/byline_name.h"
#include "article/header_lines.h"
#include "article/header_shapes.h"
#include "article/leading_symbols.h"
#include "article/text_header.h"
#include "article/text_lines.h"
#include "article/theo_writer.h"
#include "article/title_score.h"
#include "text/date_line.h"

namespace tuyentap {

// A section written beside the date: a few words, no digits ("Lượt xem: 120" is not one).
bool is_section_like(std::string_view s) {
  return is_kicker_like(s) && at_most_words(s, 8) &&
         s.find_first_of("0123456789") == std::string_view::npos;
}

// "Lần cập nhật cuối", Joomla's "Last Updated on" in Vietnamese.
bool opens_with_update_label(std::string_view s) {
  return s.starts_with("Lần cập nhật cuối") || s.starts_with("LẦN CẬP NHẬT CUỐI");
}

std::optional<Dated> dated(std::string_view p) {
  p = without_leading_symbols(p);  // "✅ Thứ Ba, 12/03/2019 | 09:45": an emoji as a bullet
  if (is_phone_line(p)) return std::nullopt;  // the masthead's clock, the day the page was read
  if (auto dt = date_line_of(p)) return Dated{*dt, {}, false, {}};
  p = without_page_actions(p);
  if (auto given = labelled_particulars(p)) return Dated{given->when, {}, false, given->byline};
  auto split = split_date_line(p);
  if (split && !split->rest_first && is_counters(split->rest))
    return Dated{split->when, {}, false, {}};
  if (split && split->rest_first && is_template_label(split->rest))  // "author <date line>"
    return Dated{split->when, {}, false, {}};
  if (split && split->rest_first && by_line_name(split->rest))  // "Bởi Minh Anh - <date line>"
    return Dated{split->when, {}, false, split->rest};
  // "Vào 23/05/2022 bởi admin": a theme's "posted on <date> by <poster>", the poster the writer
  // when a name, nobody when the site's account in lower case (by_line.h takes no such name)
  if (split && !split->rest_first && by_word_size(split->rest) > 0) {
    std::optional<std::string_view> name = by_line_name(split->rest);
    return Dated{split->when, {}, false, name ? std::string(*name) : std::string()};
  }
  // "Ngô Duy Bách3/09/2020 9:00 AM", "<date line> Ngô Duy Bách": a person's name beside the date
  // (a family name first, theo_writer.h) is the writer's, in either order; a section's name
  // is not a person's
  if (split && is_person_name(split->rest)) return Dated{split->when, {}, false, split->rest};
  // "Bá Sơn08:08, 19/08/2014": a writer's name run into the date with no space, a pen name too
  // (byline_name.h)
  if (split && split->rest_first)
    if (std::string_view name = writer_glued_before_date(p, split->rest); !name.empty())
      return Dated{split->when, {}, false, std::string(name)};
  // "Văn Quân31/10/2023": glued to a date alone, which the split leaves whole
  if (!split)
    if (auto named = text_then_date(p); named && named->glued)
      if (std::string_view name = writer_glued_before_date(p, named->text); !name.empty())
        return Dated{named->when, {}, false, std::string(name)};
  if (split && !split->rest_first) {
    if (Particulars given = particulars(split->rest); given.all)
      return Dated{split->when, {}, false, std::move(given.byline)};
  }
  // "Lần cập nhật cuối lúc Thứ ba, 17 Tháng 12 2013 15:21 Viết bởi Administrator Thứ bảy, 14 Tháng
  // 12 2013 05:44": Joomla's particulars (last updated, written by, created), the created date
  // last; what stands before it is no title, and the poster named is the site's account
  if (split && split->rest_first && opens_with_update_label(split->rest))
    return Dated{split->when, {}, false, {}};
  if (split && split->rest_first && dates_from_place(p, split->rest))
    return Dated{split->when, {}, false, {}};
  // "Ngày 5/3/2025, Trường … đã tổ chức …": a report's first sentence opening with its day,
  // no date line beside a title
  if (split && !split->rest_first && opens_with_dated_clause(p) && !is_section_like(split->rest))
    return std::nullopt;
  if (!split || !is_title_like(split->rest) || ends_with_sentence_punct(split->rest))
    return std::nullopt;
  return Dated{split->when, split->rest, split->rest_first, {}};
}

std::optional<DateTime> take_date_beside_name(std::string& text, bool byline_shaped) {
  auto split = split_date_line(text);
  // "Ngày đăng: 13 Tháng Chín, 2023 người đăng Quí Nguyễn": a theme's posting line among the
  // text's last lines, the date then its poster (real-eval67/phatgiaobinhduong-1)
  if (split && byline_shaped && !split->rest_first && by_word_size(split->rest) > 0)
    if (std::optional<std::string_view> name = by_line_name(split->rest)) {
      const DateTime when = split->when;
      text = std::string(*name);
      return when;
    }
  if (!split || !(is_person_name(split->rest) ||
                  (byline_shaped && split->rest_first && looks_like_byline(split->rest))))
    return std::nullopt;
  text = split->rest;
  return split->when;
}

}  // namespace tuyentap
