// Finding the header: see text_header.h for the two layouts; the page's is page_header.h's.
#include "article/text_header.h"

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
#include "article/label_over_name.h"
#include "article/office_byline.h"
#include "article/official_document.h"
#include "article/page_header.h"
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

constexpr std::size_t kMaxKickerWords = 12;
constexpr std::size_t kHeaderLines = 3;      // the archive's date line is at most the third
constexpr std::size_t kBodyAfterDate = 3;    // ... and its body text follows within three
constexpr std::size_t kMaxPageHeader = 300;  // a page's header is looked for this far
constexpr std::size_t kNone = HeaderLayout::kNone;

// The page printed paragraph `k` twice (its heading and the article's own title) and not `next`
// under it: the doubled one is the title, whatever its shape beside the other's.
bool printed_twice_alone(const std::vector<bool>& twice, std::size_t k, std::size_t next) {
  return k < twice.size() && twice[k] && !(next < twice.size() && twice[next]);
}

// The archive's layout with a date line among the first three paragraphs.
// "<title>" / "<sapo>" / "<date line>" / "<the sapo again>": the line at s over the date line
// at d is printed again word for word right under it, as the body's first paragraph, and is a
// sentence: the page's summary (real-eval50/vnsteel-1), no title, which a page prints once; the
// title is the line over it.
bool sapo_over_date_printed_again(std::span<const std::string_view> paras, std::size_t s,
                                  std::size_t d) {
  return s >= 1 && s + 1 == d && d + 1 < paras.size() && is_body_text(paras[s]) &&
         trim_spaces(paras[s]) == trim_spaces(paras[d + 1]) && is_page_title(paras[s - 1]);
}

HeaderLayout archive_with_date(std::span<const std::string_view> paras,
                               const std::vector<bool>& twice, std::size_t d,
                               const std::optional<DateTime>& when) {
  HeaderLayout h;
  h.when = when;
  h.date = d;
  if (d == 2 && section_under_doubled_title(paras, twice, d)) {
    h.kicker = 1;
    h.topic = std::string(paras[1]);
    h.title = 0;
  } else if (d == 2 && is_counters(paras[1])) {
    h.title = 0;  // the title, its view counter ("Lượt xem: 422"), the date line
  } else if (d == 2 && (looks_like_degree_led_byline(paras[1]) || by_line_name(paras[1]) ||
                        signs_as_board(paras[1]))) {
    // the title, the writer ("PGS.TS NGUYỄN VĂN AN", "by Minh Anh") or the board ("BTT HOCVIEN
    // OFMVN", office_byline.h), the date line
    h.title = 0;
    h.byline = 1;
  } else if (d == 2 && is_machine_timestamp(paras[2]) && looks_like_byline(paras[1])) {
    // a page's schema data (schema_lines.h): the headline, the author, the machine's time
    h.title = 0;
    h.byline = 1;
    h.title_over_date = ends_with_sentence_punct(paras[0]);
  } else if (d == 2 && is_section_list(paras[1]) && word_count(paras[1]) < word_count(paras[0])) {
    // the title, then the sections it is filed under ("Tin nổi bật, Người Việt tại Séc, CỘNG
    // ĐỒNG"), then the date line: a kicker stands over its title, a blog's list of sections
    // under it. The list is the template's (a box's name among the sections), no topic.
    h.title = 0;
  } else if (d == 2 && title_over_capitals_heading(paras[0], paras[1])) {
    h.title = 0;  // the title, the article's own heading in capitals, the date line
  } else if (d == 2 && sapo_over_date_printed_again(paras, 1, d)) {
    h.title = 0;  // the title, the summary, the date line, the summary again
  } else if (d == 2) {
    h.kicker = 0;
    h.topic = kicker_topic(paras[0]);
    h.title = 1;
  } else if (d == 1 && section_over_date_named_in_title(paras, d)) {
    h.kicker = 0;  // the section, the date line, the title naming the section
    h.topic = kicker_topic(paras[0]);
    h.title = 2;
    h.body = 3;
    return h;
  } else if (d == 1 && plainly_not_title(paras[0])) {
    h.first = 1;  // a logo's address where the title would be: the page shows no title
    h.no_title = true;
  } else if (d == 1) {
    h.title = 0;
    // a title written with a stop, right over the date line: the title all the same
    h.title_over_date = ends_with_sentence_punct(paras[0]);
  } else if (paras.size() >= 4 && plainly_not_title(paras[1]) && !is_body_text(paras[1]) &&
             is_page_title(paras[2])) {
    // the date line, a line plainly no title ("Hội nông dân:", a file's name), then the title;
    // not a paragraph of the text (a sentence, too long for a title): under the date line it
    // opens the body of a page that shows no title, and the short line under it is a photo's
    // caption ("Ảnh minh họa"), no title under the text
    h.first = 2;
    h.title = 2;
    h.body = 3;
    return h;
  } else if (kicker_then_title(paras, 1) && !plainly_not_title(paras[2]) &&
             !is_writer_line(paras[2]) && !printed_twice_alone(twice, 1, 2) &&
             !retold_with_more(paras, 1)) {
    h.kicker = 1;  // the date line, the section, the title
    h.topic = kicker_topic(paras[1]);
    h.title = 2;
    h.body = 3;
    return h;
  } else if (paras.size() >= 2) {  // the date line first, then the title
    h.title = 1;
    h.body = 2;
    // "HOÀI NGUYỆT" under the title: the writer's byline, not the body's first line
    if (paras.size() >= 4 && looks_like_capitals_byline(paras[2]) && !is_body_text(paras[2])) {
      h.byline = 2;
      h.body = 3;
    }
    return h;
  }
  h.body = d + 1;
  skip_counters_under_date(paras, h);
  return h;
}

// The most words of a title printed with its final stop (the learning sets' longest: 33).
constexpr std::size_t kMaxStoppedTitleWords = 36;
// The fewest words of a lead announcing what follows with its colon ("… như sau:"): a heading
// or a label ends with a colon too ("Thông báo:", "Kết quả cụ thể như sau:").
constexpr std::size_t kMinAnnouncingLeadWords = 20;

// The archive's layout without a date line in the header.
HeaderLayout archive_without_date(std::span<const std::string_view> paras,
                                  const std::vector<bool>& twice) {
  HeaderLayout h;
  DoubledLine doubled = DoubledLine::Title;
  auto title_under = [&] {
    return paras.size() >= 3 && is_page_title(paras[1]) && !opens_with_dated_clause(paras[1]);
  };
  bool series = paras.size() >= 3 && opens_series_part(paras[1]) && is_title_like(paras[0]) &&
                !ends_with_sentence_punct(paras[0]);  // "<series>", "Bài 2: <title>"
  // a sapo whose final stop the page left out is no title, though it has a title's ending
  bool sapo_second =
      paras.size() >= 2 && is_body_text(paras[1]) && !ends_with_sentence_punct(paras[1]);
  if (!paras.empty() && opens_inside_article(paras[0])) {
    // "Trả lời:", "1. Tư tưởng …", "Về vai trò …", then the text: a copy that left the title
    // out; a heading under the first (a kicker's shape) is the header's too, not the lead
    h.body = paras.size() >= 3 && is_kicker_like(paras[1]) && !is_body_text(paras[1]) ? 2 : 1;
    h.first = h.body;
    h.no_title = true;
  } else if (!paras.empty() && opens_with_dated_clause(paras[0]) && !is_body_text(paras[0]) &&
             (title_under() || sapo_printed_again(paras))) {
    // "Ngày 5/3/2025, … đã tổ chức …" first, its stop left out: a report's first sentence, no
    // title. A title under it is the title, the line over it a banner ("“Ngày 23/5/2021, cử
    // tri cả nước đi bầu cử …”"); else the copy opens with its lead, printed again under it
    // (a title may open with its day too: "Ngày 3/2, toàn Đảng bộ tỉnh kỷ niệm …").
    h.no_title = !title_under();
    h.first = h.no_title ? 0 : 1;
    h.title = h.no_title ? HeaderLayout::kNone : 1;
    h.body = h.no_title ? 0 : 2;
  } else if (paras.size() >= 3 && retold_with_subject(paras, 0) && is_body_text(paras[2])) {
    // "<title>", "<subject> <title>" (header_shapes.h retold_with_subject): the title and its
    // sapo, no section over a title
    h.title = 0;
    h.body = 1;
  } else if (paras.size() >= 3 && !twice.empty() && twice[0] && is_page_title(paras[1]) &&
             is_body_text(paras[2]) && !upper_is_better_title(paras, {}, 0) &&
             !capitals_heading_under_title(paras[0], paras[1]) &&  // the title over its heading
             (doubled = doubled_line(paras)) != DoubledLine::Title) {
    // "<caption>" or "<section>" printed twice, "<title>", the body (header_shapes.h
    // doubled_line): the title is under it
    bool kicker = doubled == DoubledLine::Kicker;
    h.kicker = kicker ? 0 : HeaderLayout::kNone;
    h.topic = kicker ? kicker_topic(paras[0]) : std::string();
    h.first = h.title = 1;  // a caption's alt text and caption: the header's chrome
    h.body = 2;
  } else if (paras.size() >= 3 && by_line_name(paras[1])) {  // the title, "by Minh Anh", the body
    h.title = 0;
    h.byline = 1;
    h.body = 2;
  } else if (paras.size() >= 3 && is_title_like(paras[0]) && !is_page_line(paras[0]) &&
             is_page_line(paras[1]) && !is_menu_item(paras[1]) && !is_body_text(paras[1]) &&
             is_body_text(paras[2])) {
    // "<title>", "Đánh giá bài viết" (the page's own line: a tool, a counter), the body: the
    // page's line is the header's chrome, never a title under a kicker (a bulleted line there
    // is the body's first heading: archive_without_date's kicker rule keeps it)
    h.title = 0;
    h.body = 2;
  } else if (series || (paras.size() >= 3 && is_kicker_like(paras[0]) && is_title_like(paras[1]) &&
                        !sapo_second && !opens_with_bullet(paras[1]) &&  // the body's first heading
                        !is_quoted_saying(paras[1]) &&                   // a motto over the text
                        !opens_verse(paras, 1) &&  // a poem's first verse under its title
                        !looks_like_degree_led_byline(paras[1]) &&  // the writer under the title
                        !upper_is_better_title(paras, twice, 0) &&
                        !title_over_capitals_heading(paras[0], paras[1]))) {
    h.kicker = 0;
    h.topic = kicker_topic(paras[0]);
    h.title = 1;
    h.body = 2;
  } else if (paras.size() >= 2 && is_page_line(paras[0]) && !dashed_title(paras[0])) {
    h.first = h.body = 1;  // "Chi tiết - Sở Tư pháp", "Xuất bản thông tin" (the page's), the text
    h.no_title = true;
  } else if (paras.size() >= 2 && is_body_text(paras[1]) &&
             !at_most_words(paras[0], kMinAnnouncingLeadWords) &&
             (paras[0].ends_with(':') ||
              (is_body_text(paras[0]) && paras[0].ends_with('.') && !paras[0].ends_with("..") &&
               !at_most_words(paras[0], kMaxStoppedTitleWords)))) {
    // "Từ ngày 25/10/2018 …, Bảo tàng … sẽ phối hợp … như sau:", "Triển lãm tranh … do Hội Mỹ
    // thuật … tổ chức." (40 words) over the text: a sentence announcing what follows with its
    // colon, or longer than any title with its full stop (a headline may ask or cry out at any
    // length: "…?", "…!"), then more text, is the lead of a copy that left the title out
    // (real-eval75/chungtichchientranh-1, hoimythuat-hcm-1). Pages print titles with a stop, up
    // to 33 words on the learning sets ("Đoàn Thanh Niên phường Tân Lợi tổ chức Lễ kết nạp đoàn
    // viên …."): those stay titles.
    h.no_title = true;
    h.first = h.body = 0;
  } else if (!paras.empty()) {
    h.title = 0;
    h.body = 1;
    if (dashed_title(paras[0])) h.title_text = paras[0].substr(2);  // the dash is no part of it
  }
  return h;
}

}  // namespace

bool is_kicker_like(std::string_view s) {
  return !s.empty() && at_most_words(s, kMaxKickerWords) && !ends_with_sentence_punct(s);
}

bool is_title_like(std::string_view s) {
  return !s.empty() && at_most_words(s, kMaxTitleWords) &&
         !(s.back() == '.' && !s.ends_with("..."));
}

namespace {

// The header of paragraphs that open with no slogan.
HeaderLayout header_after_slogans(std::span<const std::string_view> paras,
                                  const std::vector<bool>& twice) {
  const std::size_t n = paras.size();
  std::size_t body_text = n;  // the first paragraph of body text
  bool heading_seen = false;
  for (std::size_t i = 0; i < n && i < kMaxPageHeader; ++i) {
    // A line in capitals is the page's heading, not the body's first sentence, whatever ends
    // it: only the first such line, and not under a title (there it is a sapo or the text's).
    bool heading =
        is_all_caps(paras[i]) && !heading_seen && (i == 0 || !is_page_title(paras[i - 1]));
    heading_seen = heading_seen || (is_all_caps(paras[i]) && is_body_text(paras[i]));
    // a poem's page: its first verse is where the body starts (verse.h)
    if ((is_body_text(paras[i]) || opens_verse(paras, i) || opens_numbered_list(paras, i)) &&
        !heading && !title_over_date_line(paras, i) && !printed_run_into(paras, i) &&
        !crumb_over_its_title(paras, i)) {
      body_text = i;
      break;
    }
  }
  if (body_text < n) {
    if (auto h = page_with_titled_crumb(paras, body_text)) return *h;
  }
  // The archive's layout: a date line among the first three, its body text close after. A bar
  // of links above it ("Tiếng Việt | English") makes it a page's.
  for (std::size_t i = 0; i < n && i < kHeaderLines && !is_menu_bar(paras[i]); ++i) {
    if (auto dt = date_line_of(paras[i])) {
      if (clock_over_title(paras, i, body_text)) break;  // the page's layout
      if (body_text == n || body_text <= i + kBodyAfterDate)
        return archive_with_date(paras, twice, i, *dt);
      break;
    }
    if (auto given = labelled_particulars(paras[i])) {  // "Tác giả: … .Ngày đăng: …"
      if (body_text != n && body_text > i + kBodyAfterDate) break;
      HeaderLayout h = archive_with_date(paras, twice, i, given->when);
      h.byline_text = std::move(given->byline);
      return h;
    }
    // A date line whose date does not exist still stands where the date goes: the header
    // around it reads the same, and the warning names the date instead of "no date line".
    if (auto impossible = impossible_date_line(paras[i])) {
      if (body_text != n && body_text > i + kBodyAfterDate) break;
      HeaderLayout h = archive_with_date(paras, twice, i, std::nullopt);
      h.impossible_date = *impossible;
      return h;
    }
  }
  // A page's layout: the last date line before the body text.
  std::size_t limit = std::min({body_text, n, kMaxPageHeader});
  for (std::size_t i = limit; i-- > 0;) {
    if (auto d = dated(paras[i], i > 0)) return page_with_date(paras, twice, i, *d);
  }
  // a page that opens with a quotation of verse (verse.h): the body from its first line, no
  // title shown (real-eval94/thcscaugiay-1)
  if (body_text == 0 && opens_quoted_verse(paras, 0)) {
    HeaderLayout h;
    h.no_title = true;
    return h;
  }
  if (body_text == n || body_text <= 2) return archive_without_date(paras, twice);
  return page_without_date(paras, body_text);
}

// Every paragraph index of h moved down by `by`.
void shift(HeaderLayout& h, std::size_t by) {
  for (std::size_t* i :
       {&h.first, &h.kicker, &h.title, &h.date, &h.byline, &h.photo_credit, &h.body})
    if (*i != kNone) *i += by;
}

HeaderLayout find_header_of(std::span<const std::string_view> paras,
                            const std::vector<bool>& twice) {
  // A slogan first ("Chủ đề công tác năm 2020: …"), then the header proper: the slogan is
  // the page's chrome, whatever shape it has (a long one looks like a title, a short one
  // like a kicker). Only when a paragraph that is no body text follows it: a file that
  // opens with a slogan and then its text has nothing else for a title; nor when the date
  // line follows it and the body text the date line ("Chào mừng Đại hội …", date line, text:
  // the title in its place over the date, opening as a slogan does).
  constexpr std::size_t kMaxSlogans = 2;
  auto title_over_dated_body = [&](std::size_t i) {
    return i + 2 < paras.size() && parse_date_line(paras[i + 1]) && is_body_text(paras[i + 2]);
  };
  std::size_t skip = 0;
  while (skip < kMaxSlogans && skip + 1 < paras.size() &&
         (is_slogan(paras[skip]) || cries_as_banner(paras[skip])) &&
         !is_body_text(paras[skip + 1]) && !title_over_dated_body(skip))
    ++skip;
  // "Tác giả: Hoàng Lê" first, over the title or the lead (label_over_name.h): the byline, the
  // header proper under it (real-eval75/baotro-bentre-1)
  if (skip == 0 && paras.size() > 1 && is_writer_labelled_byline(paras[0])) {
    std::vector<bool> rest(
        twice.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(1, twice.size())),
        twice.end());
    HeaderLayout h = header_after_slogans(paras.subspan(1), rest);
    shift(h, 1);
    if (h.byline == HeaderLayout::kNone && h.byline_text.empty()) {
      h.byline = 0;
      h.first = 0;
    }
    return h;
  }
  // The page's <title> line over its own header (tab_title.h): read below it; so is a notice's
  // addressee line opening the copy ("Kính gửi: Quý Khách hàng …"), no section, and a photo's
  // caption over the text ("Trụ sở … Nghệ An. Ảnh tư liệu: Thành Duy", caption.h
  // is_described_photo: real-eval76/dbndnghean-1), no title nor topic, which the reader keeps as
  // the body's first block (not over a date line: a title with a credit glued on stands there);
  // and the site's name between dots and colons (".:Trường …:."); and the name of a part of the
  // page (header_lines.h is_page_part_name: "Quản Cáo  Topbanner", an advertising slot's label
  // over a section, a date line and the title, real-eval85/hcdc-1), no kicker
  if (skip == 0 &&
      (tab_title_first(paras) ||
       (paras.size() > 2 && (addresses_readers(paras[0]) ||
                             (is_described_photo(paras[0]) && !parse_date_line(paras[1])) ||
                             is_decorated_site_name(paras[0]) || is_page_part_name(paras[0])))))
    skip = 1;
  // ... and the name of a part of the page under the <title> line ("<title> - Báo X", "Sidebar",
  // the date line, the title: run-perturb's `title twice` on real-eval51/giaophanvinhlong-1,
  // read untitled, the part's name taken for the title over the date line)
  if (skip == 1 && paras.size() > 3 && is_page_part_name(paras[1])) skip = 2;
  if (skip == 0) return header_after_slogans(paras, twice);
  std::vector<bool> rest(twice.begin() + static_cast<std::ptrdiff_t>(std::min(skip, twice.size())),
                         twice.end());
  HeaderLayout h = header_after_slogans(paras.subspan(skip), rest);
  shift(h, skip);
  return h;
}

// The header found with the paragraphs `removed` (in order) left out, its indices moved back
// to the page's; `removed` below the body is the header's chrome.
HeaderLayout header_without(std::span<const std::string_view> paras, const std::vector<bool>& twice,
                            const std::vector<std::size_t>& removed) {
  if (removed.empty()) return find_header_of(paras, twice);
  std::vector<std::string_view> rest;
  std::vector<bool> rest_twice;
  for (std::size_t i = 0, e = 0; i < paras.size(); ++i) {
    if (e < removed.size() && removed[e] == i) {
      ++e;
      continue;
    }
    rest.push_back(paras[i]);
    if (i < twice.size()) rest_twice.push_back(twice[i]);
  }
  HeaderLayout h = find_header_of(rest, rest_twice);
  restore_echoes(h, removed);
  return h;
}

}  // namespace

HeaderLayout find_header(std::span<const std::string_view> paras, const std::vector<bool>& twice) {
  // A date line printed twice in a row is one: the header is found without its echo
  std::vector<std::size_t> echoes = echoed_date_lines(paras, kMaxPageHeader);
  // ... and without the site's clock over its masthead's lines (head_clock.h)
  for (std::size_t c : masthead_clocks(paras))
    if (!std::binary_search(echoes.begin(), echoes.end(), c))
      echoes.insert(std::lower_bound(echoes.begin(), echoes.end(), c), c);
  HeaderLayout h = header_without(paras, twice, echoes);
  // The site's clock over the head, the article's own date line under it (head_clock.h)
  h = without_head_clocks(paras, std::move(h), echoes, [&](const std::vector<std::size_t>& out) {
    return header_without(paras, twice, out);
  });
  take_date_echo_under_header(paras, h);
  date_closing_title(paras, h);
  skip_page_lines_under_header(paras, h);
  stopped_title_over_date(paras, h);  // "… kế hoạch năm.", its date line under it
  untitle_header_chrome(paras, h);    // a label, a counter or a byline where the title stands
  // "Kính gửi: Sở Văn hóa, …" right under the title of a letter the page posts (no letterhead
  // to read it by: official_document.h): the letter's addressees, the header's, no lead
  // (real-eval96/cinet-1)
  if (h.title != HeaderLayout::kNone && h.body + 1 < paras.size() &&
      addresses_readers(paras[h.body]) && !is_body_text(paras[h.body]))
    ++h.body;
  return h;
}

}  // namespace tuyentap
