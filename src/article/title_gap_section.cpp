// A section's name before the title, set apart by white space alone: see title_gap_section.h.
#include "article/title_gap_section.h"

#include <array>
#include <vector>

#include "article/source_names.h"
#include "article/text_lines.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxLabelWords = 5;
constexpr std::size_t kMinRestWords = 3;
constexpr std::string_view kNbsp = "\xC2\xA0";

std::string cleaned(std::string_view raw) {
  std::vector<std::string> lines = split_clean_lines(raw);
  return lines.empty() ? std::string() : std::move(lines.front());
}

// The length in bytes of the white space character at s[i] (space, tab, no-break space), or 0.
std::size_t space_at(std::string_view s, std::size_t i) {
  if (s[i] == ' ' || s[i] == '\t') return 1;
  return s.substr(i).starts_with(kNbsp) ? kNbsp.size() : 0;
}

struct Gap {
  std::size_t at = std::string_view::npos;  // where the gap starts
  std::size_t end = 0;                      // where the text after it starts
};

// The first run of white space of two characters or more, or with a tab, after the line's
// indent; none when more than kMaxLabelWords words stand before it.
Gap first_gap(std::string_view s) {
  std::size_t i = 0, n = 0;
  while (i < s.size() && (n = space_at(s, i)) > 0) i += n;
  std::size_t words = 0;
  bool in_word = false;
  while (i < s.size()) {
    n = space_at(s, i);
    if (n == 0) {
      words += !in_word;
      in_word = true;
      ++i;
      continue;
    }
    in_word = false;
    std::size_t j = i, count = 0;
    bool tab = false;
    while (j < s.size() && (n = space_at(s, j)) > 0) {
      tab = tab || s[j] == '\t';
      ++count;
      j += n;
    }
    if (j == s.size()) return {};
    if (count >= 2 || tab) return {i, j};
    if (words >= kMaxLabelWords) return {};
    i = j;
  }
  return {};
}

// A section's name: at most kMaxLabelWords words of letters, a dash standing alone between two
// of them ("Tin tức - Sự kiện"); no digit, no sentence or list mark, no quote.
bool is_label(std::string_view label) {
  static constexpr std::array<std::string_view, 7> kMarks = {"“", "”", "‘", "’", "…", "«", "»"};
  if (label.empty() || !at_most_words(label, kMaxLabelWords)) return false;
  if (label.find_first_of("0123456789.,;:!?()[]{}|/<>\"'&@#*+=_~") != std::string_view::npos)
    return false;
  for (std::string_view m : kMarks)
    if (label.find(m) != std::string_view::npos) return false;
  bool first = true, dash_last = false;
  bool ok = true;
  each_word(label, [&](std::string_view w) {
    bool dash = w == "-" || w == "–" || w == "—";
    if (dash && (first || dash_last)) ok = false;
    if (!dash && w.find('-') != std::string_view::npos) ok = false;
    dash_last = dash;
    first = false;
  });
  return ok && !dash_last && (starts_with_upper(label) || starts_with_lower(label));
}

// A title's first word: never in lower case (no title opens so: the gap cut a phrase), nor a
// mark that joins it to the words before (a dash, a comma, a colon).
bool opens_title(std::string_view rest) {
  if (rest.empty() || starts_with_lower(rest)) return false;
  for (std::string_view joint : {"-", "–", "—", ",", ":", ";", "|", "/", "›", "»", ">"})
    if (rest.starts_with(joint)) return false;
  return true;
}

constexpr std::array<std::string_view, 10> kSteps = {"›", "»", ">", "|", "/",
                                                     "-", "–", "—", "•", ":"};

bool ends_with_step(std::string_view before) {
  for (std::string_view sep : kSteps)
    if (before.ends_with(sep)) return true;
  return false;
}

bool starts_with_step(std::string_view after) {
  for (std::string_view sep : kSteps)
    if (after.starts_with(sep)) return true;
  return false;
}

// The label stands on another line of the page, alone or as a step of a menu or breadcrumb
// ("Trang chủ › Tin tức › Xây dựng Đảng").
bool named_elsewhere(std::string_view label, std::string_view line,
                     std::span<const std::string> lines) {
  const std::string key = fold_for_match(label);
  for (const std::string& l : lines) {
    if (l.empty() || l == line) continue;
    if (l.size() <= label.size() + 2) {
      if (fold_for_match(l) == key) return true;
      continue;
    }
    for (std::size_t at = l.find(label); at != std::string::npos; at = l.find(label, at + 1)) {
      std::string_view before = std::string_view(l).substr(0, at);
      std::string_view after = std::string_view(l).substr(at + label.size());
      while (before.ends_with(' ')) before.remove_suffix(1);
      while (after.starts_with(' ')) after.remove_prefix(1);
      bool open = before.empty() || ends_with_step(before);
      bool close = after.empty() || starts_with_step(after);
      if (open && close) return true;
    }
  }
  return false;
}

}  // namespace

std::optional<std::string> section_before_gap(std::string_view raw_line,
                                              std::span<const std::string> lines) {
  const Gap gap = first_gap(raw_line);
  if (gap.at == std::string_view::npos) return std::nullopt;
  std::string label = cleaned(raw_line.substr(0, gap.at));
  std::string rest = cleaned(raw_line.substr(gap.end));
  if (!is_label(label) || word_count(rest) < kMinRestWords || !opens_title(rest))
    return std::nullopt;
  const std::string line = label + " " + rest;
  const bool label_caps = is_all_caps(label) && !at_most_words(label, 1);
  if ((label_caps && !is_all_caps(rest)) || starts_with_lower(label) || !useful_topic(label) ||
      named_elsewhere(label, line, lines))
    return label;
  return std::nullopt;
}

std::string section_on_title_line(std::span<const std::string> lines, std::string_view title,
                                  std::string_view text) {
  if (title.empty()) return {};
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i] != title) continue;
    std::string_view raw = raw_line(text, i);
    // most titles' lines had no run of white space to fold (a tab folds to a space: as long)
    if (raw.size() <= title.size() && raw.find('\t') == std::string_view::npos) return {};
    auto label = section_before_gap(raw, lines);
    if (!label || !title.starts_with(*label + " ")) return {};
    return std::move(*label);
  }
  return {};
}

void cut_title_section(std::string_view label, Article& a) {
  if (label.empty() || a.title.size() <= label.size() || !a.title.starts_with(label) ||
      a.title[label.size()] != ' ')
    return;
  a.title.erase(0, label.size() + 1);
  a.warnings.push_back("the section before the title left out of it: " + std::string(label));
  if (a.topic.empty() && useful_topic(label)) a.topic = std::string(label);
}

}  // namespace tuyentap
