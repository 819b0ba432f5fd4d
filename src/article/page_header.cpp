// A page's header: see page_header.h.
#include "article/page_header.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "article/broken_title.h"
#include "article/by_line.h"
#include "article/byline.h"
#include "article/capitals_heading.h"
#include "article/caption.h"
#include "article/date_echo.h"
#include "article/dated_paragraph.h"
#include "article/head_clock.h"
#include "article/header_lines.h"
#include "article/header_page_lines.h"
#include "article/header_shapes.h"
#include "article/header_topic.h"
#include "article/office_byline.h"
#include "article/page_footer.h"
#include "article/page_line.h"
#include "article/run_in_title.h"
#include "article/schema_lines.h"
#include "article/slogan.h"
#include "article/stopped_title.h"
#include "article/tab_title.h"
#include "article/text_lines.h"
#include "article/title_date.h"
#include "article/title_score.h"
#include "article/untitled_label.h"
#include "article/verse.h"
#include "base/ascii.h"
#include "text/date_line.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxTitleLookBack = 3;  // title-like paragraphs before the body text
constexpr std::size_t kNone = HeaderLayout::kNone;

// The topic of a page: a breadcrumb between the header chrome and the title, else the
// kicker-like paragraph just before the title. `topic` may already hold a section from the
// date line, which a breadcrumb overrides and a kicker-like line does not.
void find_page_topic(std::span<const std::string_view> paras, HeaderLayout& h,
                     std::size_t kicker_candidate) {
  for (std::size_t i = std::min({h.title, h.body, paras.size()}); i-- > 0;) {
    if (i == h.date) continue;
    if (is_breadcrumb(paras[i])) {
      h.kicker = i;
      h.topic = crumb_topic(paras[i], h.title < paras.size() ? paras[h.title] : h.title_text);
      return;
    }
  }
  if (!h.topic.empty() || kicker_candidate == kNone || kicker_candidate >= paras.size()) return;
  std::string_view k = paras[kicker_candidate];
  // the site's name in its banner, printed again over the title ("Hội Nông dân tỉnh Nghệ An" /
  // "Cổng thông tin điện tử" / "Hội Nông dân tỉnh Nghệ An" / <title>,
  // real-eval72/hoinongdannghean-1): a name of four words or more that the header printed higher
  // beside the site's medium (its portal's words, "Cổng thông tin điện tử", or the site's own name)
  // is the banner's, no section. A section's name printed in a menu and again over the title stays
  // the topic.
  constexpr std::size_t kMinBannerWords = 4;
  constexpr std::size_t kMaxMediumBytes = 120;  // a portal's name is short: most lines unfolded
  const auto names_medium = [&](std::size_t i) {
    if (i >= kicker_candidate) return false;
    const std::string_view line = paras[i];
    if (line.size() > kMaxMediumBytes) return false;
    const std::string key = fold_for_match(line);
    return key.starts_with("cong thong tin") || key.starts_with("trang thong tin") ||
           key.starts_with("trang tin dien tu") || is_portal_name(line) || names_the_site(line);
  };
  const auto banner_again = [&] {
    if (at_most_words(k, kMinBannerWords - 1)) return false;
    for (std::size_t j = 0; j < kicker_candidate; ++j)
      if (paras[j] == k && ((j > 0 && names_medium(j - 1)) || names_medium(j + 1))) return true;
    return false;
  };
  // the header is searched for the banner only for a line that is otherwise the kicker; the
  // site's address under its banner ("https://www.cdchaugiang.org.vn",
  // real-eval97/cdchaugiang-1) names no section
  if (is_kicker_like(k) && !dated(k) && !names_no_section(k) && !by_line_name(k) &&
      !is_web_address(k) && !banner_again()) {
    h.kicker = kicker_candidate;
    h.topic = without_top_section(std::string(k));
  }
}

// "Trang chủ", "Giới thiệu", …, "Văn hóa-Văn nghệ", then the date line: the paragraph at i is
// the last item of a menu printed one item a line (it and the four before it short, no
// sentence, no date), neither a title nor a kicker.
bool ends_menu_list(std::span<const std::string_view> paras, std::size_t i) {
  constexpr std::size_t kMinItemsBefore = 4;
  constexpr std::size_t kMaxItemWords = 4;
  if (i < kMinItemsBefore) return false;
  for (std::size_t k = i - kMinItemsBefore; k <= i; ++k)
    if (!at_most_words(paras[k], kMaxItemWords) || ends_with_sentence_punct(paras[k]) ||
        dated(paras[k]))
      return false;
  return true;
}

// "CÁN BỘ, ĐOÀN VIÊN THAM GIA DIỄU HÀNH, … TẠI ĐỀN TƯỞNG NIỆM TRƯỜNG AN." right under the date
// line, then the text (real-eval99/thpthuynhngochue-1, under Joomla's particulars): a line all
// in capitals is the page's heading, its stop or its clauses notwithstanding, where a sentence
// of the body stands under it; the page shows its title. At most a title's length
// (title_score.h kMaxTitleWords): a longer one is a sapo set in capitals (capitals_lead.h).
bool capitals_over_text(std::span<const std::string_view> paras, std::size_t i) {
  return i + 1 < paras.size() && is_all_caps(paras[i]) && at_most_words(paras[i], kMaxTitleWords) &&
         is_body_text(paras[i + 1]) && !is_all_caps(paras[i + 1]);
}

// "Mẫu giáo Họa Mi - Khối lá tham quan …", "Mẫu giáo Họa Mi", "Tu xá …", "Khối lá tham quan …",
// the body: a blog's heading block under the title prints the title's halves again, the
// second right over the body, where the title would stand. The whole title above, which ends
// with that line after a dash or a colon, is the title; what stands between is the header's.
std::size_t whole_title_above(std::span<const std::string_view> paras, std::size_t t) {
  if (t == HeaderLayout::kNone) return t;
  const std::string_view half = paras[t];
  for (std::size_t back = 1; back <= kMaxTitleLookBack && back <= t; ++back) {
    std::string_view whole = paras[t - back];
    if (whole.size() <= half.size() + 3 || !whole.ends_with(half) || !is_title_like(whole))
      continue;
    std::string_view before = whole.substr(0, whole.size() - half.size());
    if (before.ends_with(" - ") || before.ends_with(" – ") || before.ends_with(": "))
      return t - back;
  }
  return t;
}

}  // namespace

// A page's header around its date line at d.
HeaderLayout page_with_date(std::span<const std::string_view> paras, const std::vector<bool>& twice,
                            std::size_t d, const Dated& date) {
  HeaderLayout h;
  h.page_layout = true;
  h.date = d;
  h.when = date.when;
  h.body = d + 1;
  // "Title", "TS. Bùi Ngọc Thanh", "Nguyên Chủ nhiệm …", date line: the title stands above
  // the writer's byline and position.
  // "Lượt xem: 422" on a line of its own between the title and the date line: the counters,
  // as beside the date.
  constexpr std::size_t kMaxCounterLines = 2;
  std::size_t above = d;
  while (above >= 1 && d - above < kMaxCounterLines && is_counters(paras[above - 1])) --above;
  std::size_t top = above;
  if (above >= 2 && looks_like_degree_led_byline(paras[above - 2]) &&
      looks_like_institution_line(paras[above - 1])) {
    top = above - 2;
  } else if (above >= 1 && (looks_like_degree_led_byline(paras[above - 1]) ||
                            by_line_name(paras[above - 1]) || signs_as_board(paras[above - 1]))) {
    top = above - 1;
  }
  if (top != above) h.byline = top;
  bool title_after =
      d + 1 < paras.size() && is_page_title(paras[d + 1]) && !is_counters(paras[d + 1]);
  // "Thứ Sáu, 19/7/2024", "Ban Tuyên giáo Trung ương", "Thứ Năm, 8/6/2023 14:46": a line
  // between two date lines is the masthead under the page's clock, not the title, when a
  // title stands under the article's own date line.
  bool between_dates = top >= 2 && dated(paras[top - 2]).has_value();
  // A title stands after the date line when the line before it ends a menu.
  bool menu_before = top >= 1 && ends_menu_list(paras, top - 1);
  // a quotation cut short as the title (title_over_date_line): a magazine's header, whose
  // writer stands before the time and the date ("Bùi Minh - 14:20 28/09/2023 GMT+7")
  bool quoted_title =
      top == d && top >= 1 && is_body_text(paras[top - 1]) && title_over_date_line(paras, top - 1);
  bool title_before = top >= 1 && (is_page_title(paras[top - 1]) || quoted_title) &&
                      !((between_dates || menu_before) && title_after);
  std::size_t kicker_candidate = kNone;
  // "Xây dựng Đảng | 25/12/2012": a section, with the title before or after the line;
  // "Chi bộ … kết nạp đảng viên 15:20 PM | 21/12/2012": the title itself.
  bool rest_is_title =
      !date.rest.empty() && (!is_section_like(date.rest) || !(title_before || title_after));
  if (rest_is_title) {
    h.title = d;  // "Title | 25/12/2012 10:03"
    h.title_text = date.rest;
    kicker_candidate = d >= 1 ? d - 1 : kNone;
  } else {
    // Under the title, a name in capitals before the date is the writer's, not a section
    // (pages print the section above the title).
    if (!date.byline.empty())
      h.byline_text = date.byline;  // "20/12/2022 08:00 | Tác giả: Minh Anh"
    else if (date.rest_first && title_before &&
             (looks_like_capitals_byline(date.rest) ||
              (quoted_title && looks_like_name(date.rest))))
      h.byline_text = date.rest;
    else if (!date.rest.empty() && is_section_like(date.rest) && !names_no_section(date.rest))
      h.topic = date.rest;  // not "Publish date 09/05/2020": a template's label in English
    if (section_under_doubled_title(paras, twice, d)) {
      h.title = d - 2;
      h.kicker = d - 1;
      h.topic = std::string(paras[d - 1]);
    } else if (top == d && section_over_date_named_in_title(paras, d)) {
      h.kicker = d - 1;  // the section, the date line, the title naming the section
      h.topic = kicker_topic(paras[d - 1]);
      h.title = d + 1;
      h.body = d + 2;
    } else if (title_before) {
      // the title, the article's own heading in capitals, the date line: the upper
      h.title = top >= 2 && title_over_capitals_heading(paras[top - 2], paras[top - 1]) ? top - 2
                                                                                        : top - 1;
      h.title_over_date = quoted_title;
      kicker_candidate = h.title >= 1 ? h.title - 1 : kNone;
    } else if (kicker_then_title(paras, d + 1)) {  // the date line, the section, the title
      h.kicker = d + 1;
      h.topic = kicker_topic(paras[d + 1]);
      h.title = d + 2;
      h.body = d + 3;
    } else if (title_after) {
      h.title = d + 1;
      h.body = d + 2;
      // no masthead nor a menu's last item for a topic
      kicker_candidate = d >= 1 && !between_dates && !menu_before ? d - 1 : kNone;
    } else if (std::size_t t = best_title_under_date(paras, d); t < paras.size()) {
      h.title = t;  // nothing in the title's places: the most title-like line under the date
      h.body = t + 1;
      // "anhdaihoi": a photo's file name between the title and the body text
      while (h.body + 1 < paras.size() && looks_like_file_name(paras[h.body])) ++h.body;
    } else if (d >= 1 && plainly_not_title(paras[above >= 1 ? above - 1 : d - 1])) {
      h.no_title = true;  // a logo's address over the date line, no title under it
    } else if (d >= 1) {
      h.title = above >= 1 ? above - 1 : d - 1;  // not title-like: the best the reader can do
    } else if (d + 1 < paras.size() && is_body_text(paras[d + 1]) &&
               !capitals_over_text(paras, d + 1)) {
      h.no_title = true;  // the date line first, the body text right under it: no title shown
    } else {
      h.title = d + 1 < paras.size() ? d + 1 : kNone;
      h.body = d + 2;
    }
  }
  skip_counters_under_date(paras, h);
  find_page_topic(paras, h, kicker_candidate);
  h.first = std::min({h.title, h.date, h.kicker});
  return h;
}

// A breadcrumb ending in the title printed again over the body (page_header.h).
std::optional<HeaderLayout> page_with_titled_crumb(std::span<const std::string_view> paras,
                                                   std::size_t b) {
  for (std::size_t i = 0; i + 1 < b; ++i) {
    // a breadcrumb with its separators lost opens with the home link (header_lines.h)
    bool crumb = is_breadcrumb(paras[i]);
    std::string last = crumb ? topic_from_kicker(paras[i]) : std::string();
    for (std::size_t j = i + 1; j < b; ++j) {
      // a title too long or too punctuated for the line to read as a breadcrumb on its own
      std::optional<std::string> topic = crumb_to_title(paras[i], paras[j]);
      if (!topic && crumb && paras[j] == last) topic = crumb_topic(paras[i], last);
      if (!topic && !crumb) topic = section_in_crumb_to(paras[i], paras[j]);
      if (!topic) continue;
      HeaderLayout h;
      h.page_layout = true;
      h.first = h.kicker = i;
      h.title = j;
      h.title_in_crumb = true;
      h.topic = std::move(*topic);
      h.body = j + 1;
      for (std::size_t d = i + 1; d < b; ++d) {
        auto date = d != j ? dated(paras[d]) : std::nullopt;
        if (!date || !date->rest.empty()) continue;
        h.date = d;
        h.when = date->when;
        h.body = std::max(j, d) + 1;
        break;
      }
      // "tctdbqntcdh": a photo's file name, one word, between the title and the body text
      while (h.body < b && paras[h.body].find(' ') == std::string_view::npos) ++h.body;
      return h;
    }
  }
  return std::nullopt;
}

bool crumb_over_its_title(std::span<const std::string_view> paras, std::size_t i) {
  constexpr std::size_t kTitleWithin = 3;  // a date line or a counter may stand between
  for (std::size_t j = i + 1; j < paras.size() && j <= i + kTitleWithin; ++j)
    if (crumb_to_title(paras[i], paras[j])) return true;
  // the title under such a breadcrumb, its stop kept
  for (std::size_t k = i > kTitleWithin ? i - kTitleWithin : 0; k < i; ++k)
    if (crumb_to_title(paras[k], paras[i])) return true;
  return false;
}

// A page's header without a date line before its body text at b (b >= 3).
HeaderLayout page_without_date(std::span<const std::string_view> paras, std::size_t b) {
  HeaderLayout h;
  h.page_layout = true;
  // the title, then the same with its subject named first: the title and its sapo, whatever
  // stands between the sapo and the body text (header_shapes.h retold_with_subject)
  for (std::size_t k = 0; k + 1 < b && k < kMaxTitleLookBack; ++k)
    if (retold_with_subject(paras, k)) {
      h.title = k;
      h.body = k + 1;
      find_page_topic(paras, h, k >= 1 ? k - 1 : kNone);
      h.first = std::min(h.title, h.kicker);
      return h;
    }
  // "<title>", "by HiephoaNet", then the body (its lead perhaps no body text's shape): the
  // writer's line under the title places both, whatever follows it.
  for (std::size_t back = 1; back <= kMaxTitleLookBack && back < b; ++back) {
    std::size_t k = b - back;
    // Or a byline that credits the text ("Bài viết, hình: Hoài Bão"), perhaps over the
    // writer's board ("BTT Giáo phận", a line no sentence's shape), then the body.
    const bool credited = opens_with_writer_credit(paras[k]);
    if ((!by_line_name(paras[k]) && !credited) || !is_title_like(paras[k - 1])) continue;
    h.title = k - 1;
    h.byline = k;
    h.body = k + 1;
    if (credited && back == 2 && (signs_as_office(paras[k + 1]) || signs_as_unit(paras[k + 1])))
      h.body = k + 2;
    // "Tin bài: Nguyễn Việt Thạch" over "Ảnh : Minh Đức": the photographer's credit under the
    // writer's, the byline's second line, no caption of a photo (real-eval79/ptscquangngai-1)
    if (credited && back == 2 && is_credit_alone(paras[k + 1])) {
      h.photo_credit = k + 1;
      h.body = k + 2;
    }
    find_page_topic(paras, h, h.title >= 1 ? h.title - 1 : kNone);
    h.first = std::min(h.title, h.kicker);
    return h;
  }
  // "<title>", "ThS. Châu Thị Minh Long", "Bộ môn Chăn nuôi và Đồng cỏ", the body: the writer
  // with a degree and the unit under the name, as page_with_date reads them over a date line
  // (real-eval79/wasi-1). The unit's line is the byline's (the reader tells it); the title is
  // above the name, not the unit over the body.
  if (b >= 3 && looks_like_degree_led_byline(paras[b - 2]) &&
      looks_like_institution_line(paras[b - 1]) && is_title_like(paras[b - 3])) {
    h.title = b - 3;
    h.byline = b - 2;
    h.body = b;
    find_page_topic(paras, h, h.title >= 1 ? h.title - 1 : kNone);
    h.first = std::min(h.title, h.kicker);
    return h;
  }
  h.title = b - 1;
  // A title of three words or more before a shorter line: "Đồng Tháp" under the title is a
  // place tag, "Video" a box's name. Else the nearest title-like line that is not plainly no
  // title (a page part's name, "Xuất bản thông tin", is none: the line over the body then).
  std::size_t nearest = kNone;
  for (std::size_t back = 1; back <= kMaxTitleLookBack && back <= b; ++back) {
    std::string_view p = paras[b - back];
    if (nearest == kNone && is_title_like(p) && !plainly_not_title(p)) nearest = b - back;
    if (is_page_title(p)) {
      h.title = b - back;
      nearest = kNone;
      break;
    }
  }
  if (nearest != kNone) h.title = nearest;
  if (std::size_t whole = whole_title_above(paras, h.title); whole != h.title) {
    h.title = whole;
    h.body = b;  // the halves printed again under it are the header's
    find_page_topic(paras, h, h.title >= 1 ? h.title - 1 : kNone);
    h.first = std::min(h.title, h.kicker);
    return h;
  }
  if (closes_menu_run(paras, h.title)) {
    // "TRANG CHỦ", "GIỚI THIỆU", …, "XÂY DỰNG ĐOÀN", the body: the menu's last item stands where
    // a title would; the page shows none
    h.title = kNone;
    h.no_title = true;
    h.first = h.body = b;
    return h;
  }
  h.body = h.title + 1;
  h.title = whole_of_broken_title(paras, h.title);
  // "Ngành Kiểm tra Đảng", "ubkt", "TRUYỀN THỐNG NGÀNH KIỂM TRA …", body: the article's own
  // heading in capitals right over the body, the page's title (not in capitals) above it; what
  // stands between (a photo's file name) is the header's. Not above a page's own line (a bar
  // of its buttons, page_line.h): what stands over the page's tools is its masthead's.
  if (h.title + 1 == b && is_all_caps(paras[h.title])) {
    for (std::size_t back = 2; back <= kMaxTitleLookBack + 1 && back <= b; ++back) {
      std::string_view p = paras[b - back];
      if (is_page_line(p)) break;
      if (!capitals_heading_under_title(p, paras[h.title])) continue;
      h.title = b - back;
      h.body = b - 1;
      break;
    }
  }
  // "Tôn vinh điển hình …", "Thanh Thảo", "(NLĐO) - Với chủ đề …" (a sapo without its final
  // stop): a name alone between a title and a paragraph too long for a title is the byline
  // under the title, and that paragraph the sapo.
  constexpr std::size_t kMaxUsualTitleWords = 25;
  if (h.title >= 2 && !at_most_words(paras[h.title], kMaxUsualTitleWords) &&
      looks_like_name(paras[h.title - 1]) && is_page_title(paras[h.title - 2])) {
    h.byline = h.title - 1;
    h.body = h.title;
    h.title -= 2;
  }
  find_page_topic(paras, h, h.title >= 1 ? h.title - 1 : kNone);
  h.first = std::min(h.title, h.kicker);
  return h;
}

}  // namespace tuyentap
