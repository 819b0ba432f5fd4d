// The date line printed twice: see date_echo.h.
#include "article/date_echo.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "article/dated_paragraph.h"
#include "article/text_lines.h"

namespace tuyentap {

namespace {

// What a date line tells beyond its day: a time counts most, then a writer or a section.
// A date line is short and holds a digit: a longer paragraph, or one without a digit, is
// never read for a date here (a body paragraph's date parse is the costly part).
constexpr std::size_t kMaxDateLineBytes = 200;
std::optional<Dated> short_dated(std::string_view p) {
  if (p.size() > kMaxDateLineBytes || p.find_first_of("0123456789") == std::string_view::npos)
    return std::nullopt;
  return dated(p);
}

// Whether `p` writes the numbers of `day`'s day and month ("05/12/2022", "5.12", "ngày 05
// tháng 12"): a date line of that day does; a cheap test before the date is parsed.
bool has_day_numbers(std::string_view p, const Date& day) {
  bool d = false, m = false;
  for (std::size_t i = 0; i < p.size();) {
    if (p[i] < '0' || p[i] > '9') {
      ++i;
      continue;
    }
    int n = 0;
    std::size_t start = i;
    for (; i < p.size() && p[i] >= '0' && p[i] <= '9'; ++i)
      if (i - start < 4) n = n * 10 + (p[i] - '0');
    d = d || n == day.day;
    m = m || n == day.month;
  }
  return d && m;
}

int told(const Dated& d) {
  return (d.when.time ? 2 : 0) + (!d.rest.empty() || !d.byline.empty() ? 1 : 0);
}

}  // namespace

std::vector<std::size_t> echoed_date_lines(std::span<const std::string_view> paras,
                                           std::size_t limit) {
  // the whole date lines above the first paragraph of body text, each with its day
  std::vector<std::pair<std::size_t, Dated>> lines;
  std::vector<std::size_t> candidates;  // short, with a digit: two are needed for an echo
  for (std::size_t i = 0; i < paras.size() && i < limit && !is_body_text(paras[i]); ++i)
    if (paras[i].size() <= kMaxDateLineBytes &&
        paras[i].find_first_of("0123456789") != std::string_view::npos)
      candidates.push_back(i);
  if (candidates.size() < 2) return {};
  for (std::size_t i : candidates)
    if (auto d = dated(paras[i]); d && d->rest.empty()) lines.emplace_back(i, std::move(*d));
  std::vector<std::size_t> out;
  for (std::size_t a = 0; a < lines.size(); ++a) {
    // the one of its day that tells the most stays (the first of those that tell as much)
    bool goes = false;
    for (std::size_t b = 0; b < lines.size() && !goes; ++b) {
      if (b == a || lines[b].second.when.date != lines[a].second.when.date) continue;
      int mine = told(lines[a].second), theirs = told(lines[b].second);
      goes = theirs > mine || (theirs == mine && b < a);
    }
    if (goes) out.push_back(lines[a].first);
  }
  return out;
}

void restore_echoes(HeaderLayout& h, const std::vector<std::size_t>& echoes) {
  for (std::size_t* i :
       {&h.first, &h.kicker, &h.title, &h.date, &h.byline, &h.photo_credit, &h.body}) {
    if (*i == HeaderLayout::kNone) continue;
    for (std::size_t e : echoes)
      if (*i >= e) ++*i;
  }
  h.echoes = echoes;
}

void take_date_echo_under_header(std::span<const std::string_view> paras, HeaderLayout& h) {
  if (!h.when || h.date == HeaderLayout::kNone) return;
  constexpr std::size_t kMaxEchoes = 2;
  for (std::size_t k = 0; k < kMaxEchoes && h.body < paras.size(); ++k) {
    if (!has_day_numbers(paras[h.body], h.when->date)) return;
    std::optional<Dated> again = short_dated(paras[h.body]);
    if (!again || again->when.date != h.when->date) return;
    if (!again->rest.empty() && !is_section_like(again->rest)) return;  // a title beside it
    if (!h.when->time) h.when->time = again->when.time;
    if (h.byline == HeaderLayout::kNone && h.byline_text.empty()) h.byline_text = again->byline;
    if (h.topic.empty() && again->rest_first) h.topic = again->rest;  // "Xã hội - <date line>"
    h.echoes.push_back(h.body++);
  }
}

}  // namespace tuyentap
