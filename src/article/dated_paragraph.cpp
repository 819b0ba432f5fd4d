// The date of a header paragraph: see dated_paragraph.h.
#include "article/dated_paragraph.h"

#include <algorithm>
#include <array>
#include <string>

#include "article/author_shape.h"
#include "article/by_line.h"
#include "article/byline.h"
#include "article/byline_name.h"
#include "article/company_banner.h"
#include "article/end_byline_shapes.h"
#include "article/family_names.h"
#include "article/header_lines.h"
#include "article/header_shapes.h"
#include "article/leading_symbols.h"
#include "article/office_byline.h"
#include "article/official_document.h"
#include "article/province_names.h"
#include "article/text_header.h"
#include "article/text_lines.h"
#include "article/theo_writer.h"
#include "article/title_score.h"
#include "base/ascii.h"
#include "text/date_line.h"
#include "text/normalize.h"

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

namespace {

// "Lần cập nhật cuối lúc Thứ ba, 13 Tháng 7 2021 16:44 Viết bởi Ban Biên Tập": the name after
// the theme's "written by" (by_line.h) when it is the editors' or a person's (two to five
// capitalised words, a family name first: family_names.h); else empty. Joomla's field names an
// account: "Administrator", "Super User", "quantri", "thtrung", "Ban Quản Trị", the school's own
// "TH Thạch Trung" or "Trường Tiểu học …" are none of these (the review's).
std::string_view poster_after_update(std::string_view rest) {
  constexpr std::size_t kMinNameWords = 2, kMaxNameWords = 5;
  const std::size_t by = rest.rfind(" Viết bởi ");
  if (by == std::string_view::npos) return {};
  std::optional<std::string_view> name = by_line_name(rest.substr(by + 1));
  if (!name || signs_as_no_one(*name)) return {};
  if (fold_exact(*name) == "ban biên tập") return *name;
  std::size_t words = 0;
  bool capitalised = true, family = false;
  each_word(*name, [&](std::string_view w) {
    family = family || (words == 0 && is_any_family_name(w));
    capitalised = capitalised && starts_with_upper(w);
    ++words;
  });
  return family && capitalised && words >= kMinNameWords && words <= kMaxNameWords
             ? *name
             : std::string_view();
}

// "Đăng bài thanhsang" before the date line (real-eval71/skhcn-vinhlong-1): Drupal's "Submitted
// by" in Vietnamese and the poster's account, one word of ASCII letters in lower case and
// digits: the site's user, no writer (the text signs with the writer's name) and no section.
bool is_posting_account(std::string_view rest) {
  constexpr std::string_view kLabel = "đăng bài";  // as folded: its letters fold byte for byte
  constexpr std::size_t kMaxAccountBytes = 32;
  if (rest.size() <= kLabel.size() + 1 || rest[kLabel.size()] != ' ' ||
      fold_exact(rest.substr(0, kLabel.size())) != kLabel)
    return false;
  std::string_view account = rest.substr(kLabel.size() + 1);
  // the weekday the theme prints before the date, which the split leaves with the account
  // ("thanhsang T6": Friday)
  if (std::size_t space = account.find(' '); space != std::string_view::npos) {
    std::string_view day = account.substr(space + 1);
    const bool weekday =
        day == "CN" || (day.size() == 2 && day[0] == 'T' && day[1] >= '2' && day[1] <= '7');
    if (!weekday) return false;
    account = account.substr(0, space);
  }
  if (account.empty()) return false;
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  return account.size() <= kMaxAccountBytes && lower(account.front()) &&
         std::all_of(account.begin(), account.end(),
                     [&](char c) { return lower(c) || is_ascii_digit(c); });
}

// An office by its noun as it signs a post (office_byline.h): "Văn phòng" alone (the body's own
// office), "Phòng …", "Văn phòng …" by their names, or an editorial board; a capital first and
// at most 12 words (office_byline.h's longest name).
bool posting_office(std::string_view office) {
  constexpr std::size_t kMaxOfficeWords = 12;
  if (office.empty() || !starts_with_upper(office) || !at_most_words(office, kMaxOfficeWords))
    return false;
  // no unit's word but these: a place may open with one and sign as one ("Hội An", "Ban Mê
  // Thuột", "Trung tâm Thành phố")
  const std::string folded = fold_for_match(office);
  const bool named_office = folded.starts_with("van phong ") || folded.starts_with("phong ");
  return folded == "van phong" || is_editorial_board(office) ||
         (named_office &&
          (signs_as_office(office) || names_organisation(office) || names_unit_in_full(office)));
}

// "05-03-2024 Văn phòng", "12/04/2023 Phòng Nông nghiệp": a date alone, a space, then an office
// by its noun as it signs (office_byline.h), "Văn phòng" alone (the body's own office) or an
// editorial board: the site prints the post's date and its poster side by side
// (real-eval70/sri-1). A date line cut at a plain space must say more than a date (date_line.h
// split_date_line: "Kỷ niệm ngày 30/4/1975"); an office after the date is no title's words, so
// this reads it as the poster, the byline.
std::optional<Dated> date_then_office(std::string_view p) {
  std::size_t space = p.find(' ');
  if (space == std::string_view::npos) return std::nullopt;
  std::string_view office = trim_spaces(p.substr(space + 1));
  // the date first, the cheap test: most header lines are no date alone and a space
  auto dt = parse_date_line(p.substr(0, space));
  if (!dt || !posting_office(office)) return std::nullopt;
  return Dated{*dt, {}, false, std::string(office)};
}

// "(Y.T., Sở Ngoại vụ TPHCM, ngày 18-7-2006)" closing a paragraph, alone or after its last
// sentence: the writer's credit in brackets (real-eval71/mofahcm-1, an old portal's print view),
// the writer's name or initials first, the day last after a comma (a date line whole: "ngày
// 18-7-2006", "18/7/2006"). Where that last comma stands in `text`, and the day.
struct CreditDay {
  std::size_t comma = 0;
  DateTime when;
};
std::optional<CreditDay> day_in_closing_credit(std::string_view text) {
  constexpr std::size_t kMaxCreditBytes = 160;
  if (!text.ends_with(')')) return std::nullopt;
  const std::size_t open = text.rfind('(');
  if (open == std::string_view::npos || text.size() - open > kMaxCreditBytes) return std::nullopt;
  std::string_view inner = text.substr(open + 1, text.size() - open - 2);
  const std::size_t last = inner.rfind(", ");
  if (last == std::string_view::npos || inner.find_first_of("()") != std::string_view::npos)
    return std::nullopt;
  // alone on its line, or glued after the text's last sentence
  std::string_view before = trim_spaces(text.substr(0, open));
  if (!before.empty() && !ends_with_sentence_punct(before)) return std::nullopt;
  // the writer and the office before the day (a comma of their own between them)
  if (!is_writer_credit(inner.substr(0, last))) return std::nullopt;
  auto when = parse_date_line(inner.substr(last + 2));
  if (!when) return std::nullopt;
  return CreditDay{open + 1 + last, *when};
}

// names_poster_after_particulars for the split dated() has made already.
bool poster_after_particulars(std::string_view line, const DatedLine& split) {
  constexpr std::size_t kMinWords = 3, kMaxWords = 4;
  if (split.rest_first) return false;
  const std::string_view rest = split.rest;
  const std::size_t at = line.rfind(rest);
  if (at == std::string_view::npos || !is_writer_name(rest) || has_name_noun(rest) ||
      is_province_name(rest) || rest.find_first_of("/.(),:;0123456789") != std::string_view::npos)
    return false;
  const std::size_t words = word_count(rest);
  if (words < kMinWords || words > kMaxWords) return false;
  const std::size_t last = rest.rfind(' ');
  if (!is_given_name(rest.substr(last + 1))) return false;
  std::string_view date_part = line.substr(0, at);
  while (!date_part.empty() && (date_part.back() == ' ' || date_part.back() == '|'))
    date_part.remove_suffix(1);
  return parse_date_line(date_part) && !bare_date_line(date_part);
}

// A company's registered name alone, before a date line: at most kMaxWords words, none of them
// a word a title's event is told with ("tổ chức", "hội nghị", "đại hội" …: "Công ty CP Sông Đà
// tổ chức Đại hội cổ đông 20/04/2018" is a title with its day).
bool posted_by_company(std::string_view rest) {
  constexpr std::size_t kMaxWords = 10;
  if (!names_a_company(rest) || !at_most_words(rest, kMaxWords)) return false;
  static constexpr std::array<std::string_view, 14> kEventWords = {
      "tổ chức",  "hội nghị", "đại hội",   "khai mạc", "tổng kết",   "ký kết",   "tham gia",
      "đón nhận", "trao",     "chào mừng", "kỷ niệm",  "triển khai", "hội thảo", "lễ"};
  const std::string folded = " " + fold_exact(rest) + " ";
  return std::none_of(kEventWords.begin(), kEventWords.end(), [&](std::string_view w) {
    return folded.find(" " + std::string(w) + " ") != std::string::npos;
  });
}

// "Trần Minh Hoàng": the last word a given name (byline_name.h), as a person's name ends; a
// commune's ("Trác Văn") seldom does.
bool ends_on_given_name(std::string_view name) {
  return is_given_name(last_word(trim_spaces(name)));
}

// "ngày 25 tháng 4 năm 2015": a day written with the words "tháng" and "năm", as documents
// date their place and day (not "ngày 25/4/2015", which a writer's dated byline may print).
bool day_in_documents_words(std::string_view day) {
  if (day.empty()) return false;
  const std::string folded = " " + fold_exact(day) + " ";
  return folded.find(" tháng ") != std::string::npos && folded.find(" năm ") != std::string::npos;
}

}  // namespace

std::optional<Dated> dated(std::string_view p, bool under_a_line) {
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
  if (split && split->rest_first && is_posting_account(split->rest))  // "Đăng bài thanhsang …"
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
  // "Công ty cổ phần nước sạch Bắc Ninh 15/05/2018": the company that posted the page, by its
  // registered name (company_banner.h), before the day (real-eval80/nuocsach-bacninh-1, under
  // the title): the byline, as an office's name signing is. A title naming a company goes on
  // with what the company did, so the name is short and holds no event's word.
  if (under_a_line && split && split->rest_first && posted_by_company(split->rest))
    return Dated{split->when, {}, false, split->rest};
  if (under_a_line && !split)  // a plain space before a date with no time: the split leaves
                               // the line whole
    if (auto named = text_then_date(p); named && posted_by_company(named->text))
      return Dated{named->when, {}, false, std::string(named->text)};
  // "• 06.06.2024 | 1,469 lượt xem | Danh Thế Anh": the poster after the page's particulars,
  // neither a section nor (an account of the site as often as the writer) the byline
  if (split && poster_after_particulars(p, *split)) return Dated{split->when, {}, false, {}};
  // "Bá Sơn08:08, 19/08/2014": a writer's name run into the date with no space, a pen name too
  // (byline_name.h)
  if (split && split->rest_first)
    if (std::string_view name = writer_glued_before_date(p, split->rest); !name.empty())
      return Dated{split->when, {}, false, std::string(name)};
  // "05-03-2024 Văn phòng": the office that posted the page after its date (real-eval70/sri-1)
  if (!split)
    if (auto posted = date_then_office(p)) return posted;
  // "Văn Quân31/10/2023": glued to a date alone, which the split leaves whole
  if (!split)
    if (auto named = text_then_date(p); named && named->glued)
      if (std::string_view name = writer_glued_before_date(p, named->text); !name.empty())
        return Dated{named->when, {}, false, std::string(name)};
  // "12-06-2006 - Phòng Kỹ thuật.": the same office after a dash, the line closed by a stop as
  // a signature may be (real-eval89/horuco-1, under the title); a section's name after a date
  // is none of these offices
  if (split && !split->rest_first)
    if (std::string_view office = byline_without_final_stop(trim_spaces(split->rest));
        posting_office(office))
      return Dated{split->when, {}, false, std::string(office)};
  if (split && !split->rest_first) {
    if (Particulars given = particulars(split->rest); given.all)
      return Dated{split->when, {}, false, std::move(given.byline)};
  }
  // "Lần cập nhật cuối lúc Thứ ba, 17 Tháng 12 2013 15:21 Viết bởi Administrator Thứ bảy, 14 Tháng
  // 12 2013 05:44": Joomla's particulars (last updated, written by, created), the created date
  // last; what stands before it is no title. The poster named is the byline unless it is the
  // site's account ("Viết bởi Ban Biên Tập": the editors sign; real-eval99/thpthuynhngochue-1)
  if (split && split->rest_first && opens_with_update_label(split->rest))
    return Dated{split->when, {}, false, std::string(poster_after_update(split->rest))};
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

std::optional<DateTime> take_date_beside_name(std::string& text, bool byline_shaped,
                                              bool closes_text) {
  // "… TPHCM. (Y.T., Sở Ngoại vụ TPHCM, ngày 18-7-2006)": the day closing the writer's credit
  // in brackets after the text's last sentence; the credit stays, without it, for the byline
  if (byline_shaped && closes_text)
    if (auto credit = day_in_closing_credit(text)) {
      text.erase(credit->comma, text.size() - 1 - credit->comma);
      return credit->when;
    }
  auto split = split_date_line(text);
  // "Ngày đăng: 13 Tháng Chín, 2023 người đăng Quí Nguyễn": a theme's posting line among the
  // text's last lines, the date then its poster (real-eval67/phatgiaobinhduong-1)
  if (split && byline_shaped && !split->rest_first && by_word_size(split->rest) > 0)
    if (std::optional<std::string_view> name = by_line_name(split->rest)) {
      const DateTime when = split->when;
      text = std::string(*name);
      return when;
    }
  // "Trác Văn, ngày 25 tháng 4 năm 2015.": a place and its day in the documents' words, as a
  // school closes its report (real-eval105/tracvan-hanam-1): the commune's name is no writer's
  // (a family name opens it), and the line is the text's date alone. A person's name signs so
  // too ("Trần Minh Hoàng, ngày 14 tháng 2 năm 2024.", the review's): one ending on a given name
  // (byline_name.h), or a full name (theo_writer.h), stays the writer's
  if (split && split->rest_first && day_in_documents_words(place_and_day(text)) &&
      !ends_on_given_name(split->rest) && !is_person_name(split->rest)) {
    const DateTime when = split->when;
    text.clear();
    return when;
  }
  if (!split || !(is_person_name(split->rest) ||
                  (byline_shaped && split->rest_first && looks_like_byline(split->rest))))
    return std::nullopt;
  text = split->rest;
  return split->when;
}

bool names_poster_after_particulars(std::string_view line) {
  auto split = split_date_line(line);
  return split && poster_after_particulars(line, *split);
}

}  // namespace tuyentap
