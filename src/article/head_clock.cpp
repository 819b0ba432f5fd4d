// The site's clock over a page's head: see head_clock.h.
#include "article/head_clock.h"

#include <algorithm>

#include "article/dated_paragraph.h"
#include "article/header_lines.h"
#include "article/header_topic.h"
#include "article/lead_date.h"
#include "article/slogan.h"
#include "article/title_score.h"
#include "text/date_line.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

// The article's date line stands under its title, at most a few paragraphs past where the
// header (misled by the clock) put the body's start: a byline, a sapo between
constexpr std::size_t kPastBody = 3;
// ... or, a whole date line, under the lead the header (misled) took for the title
constexpr std::size_t kWholePastBody = 6;
constexpr std::size_t kMaxHeaderLineBytes = 160;  // a date line's longest (date_line.h)
// The article's date line closing the text stands among the page's last paragraphs (a
// byline, a source, the page's last links after it)
constexpr std::size_t kLastLines = 4;

// "Chủ Nhật, 20 Tháng 4 2025" over a lead that opens "Sáng ngày 1-2-2024": the lead's day more
// than a year before the line over the title (real-eval103/senvangonline-1). A page is posted
// on the day of what it reports or within days; a year and more between is the day the page
// was served, the article's own date line lost with its header. Only for a line that opens the
// page, where a masthead prints its clock: the lead's day is proof at one remove, and an
// article's own date line under a breadcrumb or the page's <title> line is left as it is.
constexpr long kClockPastLeadDays = 366;

// "Sáng ngày 1-2-2024, …", "Vào chiều 5/3/2023 …": a lead that opens with a part of the day
// reports that day's event; "Ngày 3/2/2020, Đảng bộ xã … được thành lập" may recall the day
// an anniversary's piece counts from (the review's probes: "… kỷ niệm 5 năm thành lập").
bool opens_with_part_of_day(std::string_view lead) {
  // its first bytes only, to the end of the letter there: "vào " and the longest part, "chiều"
  constexpr std::size_t kOpeningBytes = 16;
  std::size_t end = std::min(lead.size(), kOpeningBytes);
  while (end < lead.size() && (static_cast<unsigned char>(lead[end]) & 0xC0) == 0x80) ++end;
  const std::string folded = fold_exact(lead.substr(0, end));
  std::string_view rest = folded;
  if (rest.starts_with("vào ")) rest.remove_prefix(std::string_view("vào ").size());
  for (std::string_view part : {"sáng ", "chiều ", "tối ", "trưa ", "đêm "})
    if (rest.starts_with(part)) return true;
  return false;
}

bool lead_long_before(std::span<const std::string_view> paras, std::size_t body,
                      const Date& clock) {
  if (body >= paras.size()) return false;
  // the lead's opening only, up to a space (the day is among its first words): a lead is long,
  // and the date parser's cheap test reads every byte it is given
  constexpr std::size_t kOpeningBytes = 80;
  std::string_view opening = paras[body];
  if (opening.size() > kOpeningBytes) {
    const std::size_t space = opening.rfind(' ', kOpeningBytes);
    opening = opening.substr(0, space == std::string_view::npos ? kOpeningBytes : space);
  }
  // a year before the clock's among those bytes first (most leads name the clock's year or
  // none): the lead's date is parsed only then
  bool earlier_year = false;
  for (std::size_t i = 0; i < opening.size() && !earlier_year;) {
    std::size_t j = i;
    while (j < opening.size() && opening[j] >= '0' && opening[j] <= '9') ++j;
    if (j - i == 4) {
      const int year = (opening[i] - '0') * 1000 + (opening[i + 1] - '0') * 100 +
                       (opening[i + 2] - '0') * 10 + (opening[i + 3] - '0');
      earlier_year = year < clock.year;
    }
    i = j > i ? j : i + 1;
  }
  if (!earlier_year || !opens_with_part_of_day(opening)) return false;
  // the clock shows the day alone, its weekday first: a stamp to the minute ("08:30 Thứ Hai,
  // 05/02/2024") is the post's own, and so is a date alone ("22/10/2021" over the title:
  // run-perturb's rewrite of pages whose sites stamp their posts years after the event,
  // real-eval18/truongchinhtrihy-1, real-eval78/nganson-1): text/date_line.h weekday_clock_line
  if (!weekday_clock_line(paras[0])) return false;
  auto lead = lead_opening_date(opening);
  return lead && clock.days() - lead->days() > kClockPastLeadDays;
}

// Whether a date line of an earlier day than `clock` stands below paragraph c: among the
// header's lines near the body's start (a short line, a date line perhaps beside a section or
// a title: dated_paragraph.h), or a whole date line among the page's last paragraphs.
bool earlier_date_below(std::span<const std::string_view> paras, const HeaderLayout& h,
                        std::size_t c, const Date& clock) {
  const std::size_t body = std::max(h.body, c + 1);
  const std::size_t near = std::min(paras.size(), body + kPastBody);
  const std::size_t whole = std::min(paras.size(), body + kWholePastBody);
  for (std::size_t j = c + 1; j < near; ++j) {
    if (paras[j].size() > kMaxHeaderLineBytes || !may_hold_date_line(paras[j])) continue;
    auto other = dated(paras[j]);
    if (other && other->when.date < clock) return true;
  }
  if (c == 0 && lead_long_before(paras, body, clock)) return true;
  auto earlier = [&](std::size_t j) {
    auto when = parse_date_line(paras[j]);
    return when && when->date < clock;
  };
  for (std::size_t j = near; j < whole; ++j)
    if (earlier(j)) return true;
  for (std::size_t j = std::max(whole, paras.size() - std::min(paras.size(), kLastLines));
       j < paras.size(); ++j)
    if (earlier(j)) return true;
  return false;
}

// The clock's paragraph, from `from` on (head_clock.h), or nullopt.
std::optional<std::size_t> head_clock_candidate(std::span<const std::string_view> paras,
                                                const HeaderLayout& h, std::size_t from) {
  for (std::size_t c = from; c < std::min(paras.size(), h.body); ++c) {
    // the header's date line, or a line over the header's title and date line
    bool over = c < h.title && (h.date == HeaderLayout::kNone || c < h.date);
    if (c != h.date && !over) continue;
    if (c == h.date && h.when) {  // its day known: the line is parsed again only if need be
      if (!earlier_date_below(paras, h, c, h.when->date)) return std::nullopt;
      return bare_date_line(paras[c]) ? std::optional(c) : std::nullopt;
    }
    if (auto clock = bare_date_line(paras[c]))
      return earlier_date_below(paras, h, c, clock->date) ? std::optional(c) : std::nullopt;
  }
  return std::nullopt;
}

// Whether the clock at `clock` loses to the date line of the header found without it.
bool clock_loses(std::span<const std::string_view> paras, std::size_t clock,
                 const HeaderLayout& with, const HeaderLayout& without) {
  auto upper = bare_date_line(paras[clock]);
  if (!upper || !without.impossible_date.empty()) return false;
  // The clock not taken for the date: the header stays as found (a masthead line between the
  // clock and the date line is told by both: text_header.cpp page_with_date), unless the
  // clock pushed the article's date line out of the archive's first three paragraphs
  if (with.date != clock && !(with.page_layout && !without.page_layout)) return false;
  // the clock over the title and the article's date line, the body under it, already read as
  // the page's layout (header_lines.h clock_over_title)
  if (with.date != clock && clock_over_title(paras, clock, with.body)) return false;
  // "Thứ Sáu, 19/7/2024", "Ban Tuyên giáo Trung ương", "Thứ Năm, 8/6/2023 14:46", "<title>": the
  // one line between the clock and the date line, a page title under the date line, is the
  // masthead (text_header.cpp page_with_date), never the title
  if (without.title == clock + 1 && without.date == clock + 2) {
    std::size_t next = without.date + 1;  // past the date line's echoes (date_echo.h)
    while (std::find(without.echoes.begin(), without.echoes.end(), next) != without.echoes.end())
      ++next;
    if (next < paras.size() && is_page_title(paras[next])) return false;
  }
  if (without.title != HeaderLayout::kNone && without.title < clock) return false;
  if (without.date == HeaderLayout::kNone) {
    for (std::size_t j = std::max(without.body, clock + 1); j < paras.size(); ++j)
      if (auto when = parse_date_line(paras[j])) return when->date < upper->date;
    return clock == 0 && lead_long_before(paras, without.body, upper->date);
  }
  return without.when && without.date > clock && without.when->date < upper->date;
}

// A kicker over the clock, the title under it: no kicker.
void part_kicker_from_title(std::span<const std::string_view> paras, HeaderLayout& h,
                            std::size_t clock) {
  if (h.kicker == HeaderLayout::kNone || h.kicker > clock || h.title == HeaderLayout::kNone ||
      h.title < clock || h.kicker >= paras.size() || is_breadcrumb(paras[h.kicker]))
    return;
  h.kicker = HeaderLayout::kNone;
  h.topic.clear();
  h.first = std::min(h.title, h.date);
}

}  // namespace

namespace {

// The site's greeting (a slogan's opening, "Chào mừng …": slogan.h), a slogan, the site's own
// name: the masthead's lines (not its counters nor its widgets, which a page prints under the
// article's own date line as well).
bool heads_masthead(std::string_view line) {
  constexpr std::size_t kMaxMastheadBytes = 200;  // a banner's line; a lead is let go unread
  return line.size() <= kMaxMastheadBytes && (is_slogan(line) || names_the_site(line));
}

}  // namespace

std::vector<std::size_t> masthead_clocks(std::span<const std::string_view> paras) {
  // the clock among the page's first lines (a <title> may be printed over it), the masthead's
  // line right under it: the date's shape first (most lines hold none), then that line, then
  // the date read
  constexpr std::size_t kMastheadLines = 4;
  std::vector<std::size_t> out;
  for (std::size_t c = 0; c + 1 < paras.size() && c < kMastheadLines; ++c)
    if (paras[c].size() <= kMaxHeaderLineBytes && may_hold_date_line(paras[c]) &&
        heads_masthead(paras[c + 1]) && dated(paras[c]))
      out.push_back(c);
  return out;
}

HeaderLayout without_head_clocks(
    std::span<const std::string_view> paras, HeaderLayout h,
    const std::vector<std::size_t>& removed,
    const std::function<HeaderLayout(const std::vector<std::size_t>&)>& find_without) {
  constexpr int kMaxClocks = 2;
  const std::vector<std::size_t> echoes = removed;
  std::vector<std::size_t> out = removed;
  std::size_t from = 0;
  for (int k = 0; k < kMaxClocks; ++k) {
    auto clock = head_clock_candidate(paras, h, from);
    if (!clock) break;
    std::vector<std::size_t> more = out;
    more.insert(std::lower_bound(more.begin(), more.end(), *clock), *clock);
    HeaderLayout without = find_without(more);
    if (!clock_loses(paras, *clock, h, without)) break;
    h = std::move(without);
    h.echoes = echoes;
    part_kicker_from_title(paras, h, *clock);
    out = std::move(more);
    from = *clock + 1;
  }
  return h;
}

bool is_clock_over_chrome(const HeaderLayout& h, const std::vector<std::size_t>& chrome_before) {
  constexpr std::size_t kMinChromeUnderClock = 2;
  if (h.date == HeaderLayout::kNone || h.title == HeaderLayout::kNone || h.date >= h.title)
    return false;
  std::size_t chrome = 0;
  for (std::size_t i = h.date + 1; i <= h.title && i < chrome_before.size(); ++i) {
    chrome += chrome_before[i];
    // a paragraph between them that the header sets as no field is the page's too
    if (i < h.title && i != h.kicker && i != h.byline &&
        std::find(h.echoes.begin(), h.echoes.end(), i) == h.echoes.end())
      ++chrome;
  }
  return chrome >= kMinChromeUnderClock;
}

}  // namespace tuyentap
