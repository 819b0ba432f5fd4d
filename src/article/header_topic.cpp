// The topic of a page's header: see header_topic.h.
#include "article/header_topic.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

#include "article/page_line.h"
#include "article/text_lines.h"

namespace tuyentap {

namespace {

constexpr std::array<std::string_view, 4> kCrumbSeparators = {" > ", " » ", " › ", " >> "};
// How many steps `sep` parts the line into, each a section's name: one to six words opening
// with a capital, no digit, no sentence's punctuation (0: one is not).
std::size_t section_steps(std::string_view line, std::string_view sep) {
  constexpr std::size_t kMaxStepWords = 6;
  std::size_t steps = 0;
  while (true) {
    std::size_t at = line.find(sep);
    std::string_view step = line.substr(0, at);
    if (step.empty() || !starts_with_upper(step) || !at_most_words(step, kMaxStepWords) ||
        step.find_first_of("0123456789.,;:!?/") != std::string_view::npos)
      return 0;
    ++steps;
    if (at == std::string_view::npos) return steps;
    line.remove_prefix(at + sep.size());
  }
}

// "Tin tức - Sự kiện / Trong huyện / Kinh tế - Chính trị": a breadcrumb whose steps a slash
// parts (a portal's template; the copy folded the gaps around it). A title or a date may hold
// a slash ("đợt 1 / 2020"), so only three steps or more, each a section's name.
bool is_slash_crumb(std::string_view line) {
  return section_steps(line, " / ") >= 3;
}

// Where a breadcrumb's last step starts and its separator's length (npos: no separator).
std::pair<std::size_t, std::size_t> last_crumb_separator(std::string_view crumb) {
  std::size_t cut = std::string_view::npos, len = 0;
  if (is_slash_crumb(crumb)) return {crumb.rfind(" / "), 3};
  for (std::string_view sep : kCrumbSeparators) {
    std::size_t at = crumb.rfind(sep);
    if (at != std::string_view::npos && (cut == std::string_view::npos || at > cut)) {
      cut = at;
      len = sep.size();
    }
  }
  return {cut, len};
}

// "Nhịp cầu sư phạmChuyện học đường": two steps of a menu whose link texts were saved with
// nothing between them, the lower-case word that ends a step glued to the capital that opens
// the next. A word that opens with a capital and has another inside it is a name
// ("VnExpress", "YouTube", "PetroVietnam Gas"), and a joint needs steps of two words or more
// on both sides. Returns where the last step starts (0: no joint).
std::size_t last_glued_step(std::string_view line) {
  std::size_t last = 0;
  UChar32 prev = -1;
  bool word_opens_lower = false;  // the word being read opened with a lower-case letter
  bool space_before = false;      // a space since the previous joint (or the line's start)
  for (std::size_t i = 0; i < line.size();) {
    std::size_t at = i;
    UChar32 c;
    U8_NEXT(line.data(), i, line.size(), c);
    if (c == ' ') {
      space_before = true;
    } else if (prev == ' ' || prev == -1) {
      word_opens_lower = c >= 0 && u_islower(c);
    } else if (c >= 0 && u_isupper(c) && prev >= 0 && u_islower(prev) && word_opens_lower &&
               space_before && line.find(' ', at) != std::string_view::npos) {
      last = at;
      space_before = false;
      word_opens_lower = false;
    }
    prev = c;
  }
  return last;
}

// "Trang chủ > Tin tức > Xây dựng Đảng >": a breadcrumb closed by a separator (the page's
// own step, its title, left empty) has its steps before it; the closing separator and the
// spaces around it are no step.
std::string_view without_closing_separator(std::string_view crumb) {
  for (bool cut = true; cut;) {
    cut = false;
    while (crumb.ends_with(' ')) crumb.remove_suffix(1);
    for (std::string_view sep : kCrumbSeparators) {
      std::string_view mark = sep.substr(1, sep.size() - 2);  // ">", "»", "›", ">>"
      if (crumb.size() > mark.size() && crumb.ends_with(mark) &&
          crumb[crumb.size() - mark.size() - 1] == ' ') {
        crumb.remove_suffix(mark.size());
        cut = true;
        break;
      }
    }
  }
  return crumb;
}

}  // namespace

bool is_breadcrumb(std::string_view line) {
  if (line.size() > 300) return false;
  for (std::string_view sep : kCrumbSeparators)
    if (line.find(sep) != std::string_view::npos) return true;
  return is_slash_crumb(line);
}

std::string topic_from_kicker(std::string_view kicker) {
  kicker = without_closing_separator(kicker);
  auto [cut, len] = last_crumb_separator(kicker);
  return std::string(cut == std::string_view::npos ? kicker : kicker.substr(cut + len));
}

std::string crumb_topic(std::string_view crumb, std::string_view title) {
  crumb = without_closing_separator(crumb);
  std::string last = topic_from_kicker(crumb);
  if (title.empty() || last != title) return last;
  return topic_from_kicker(crumb.substr(0, last_crumb_separator(crumb).first));
}

std::optional<std::string> crumb_to_title(std::string_view line, std::string_view title) {
  if (title.empty() || line.size() <= title.size() || !line.ends_with(title)) return std::nullopt;
  std::string_view steps = line.substr(0, line.size() - title.size());
  for (std::string_view sep : {" / ", " > ", " » ", " › ", " >> "}) {
    if (!steps.ends_with(sep)) continue;
    steps.remove_suffix(sep.size());
    // slashes part a title's words too ("đợt 1 / 2020"): two sections before it, as three
    // steps make a slash crumb; the other separators are a breadcrumb's alone
    if (section_steps(steps, sep) < (sep == " / " ? 2u : 1u)) return std::nullopt;
    std::size_t last = steps.rfind(sep);
    std::string topic(last == std::string_view::npos ? steps : steps.substr(last + sep.size()));
    if (std::find(kHomeLinks.begin(), kHomeLinks.end(), topic) != kHomeLinks.end())
      return std::string();
    return topic;
  }
  return std::nullopt;
}

std::string without_top_section(std::string topic) {
  if (std::size_t glued = last_glued_step(topic)) topic.erase(0, glued);
  // "Tin tức - Sự kiện" before "Tin tức": the longer name of the same top section first
  for (std::string_view top :
       {"Tin tức - Sự kiện ", "Tin tức – Sự kiện ", "Thời sự ", "Tin tức ", "Trang chủ "}) {
    if (topic.size() > top.size() && topic.starts_with(top) &&
        starts_with_upper(std::string_view(topic).substr(top.size())))
      return topic.substr(top.size());
  }
  return topic;
}

std::string kicker_topic(std::string_view kicker) {
  if (names_no_section(kicker)) return std::string();
  return without_top_section(topic_from_kicker(kicker));
}

}  // namespace tuyentap
