// A section name glued to the sapo: see glued_section.h.
#include "article/glued_section.h"

#include "article/place_tag.h"
#include "article/text_lines.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxSectionWords = 5;
constexpr std::string_view kGap = "   ";

std::string cleaned(std::string_view raw) {
  std::vector<std::string> lines = split_clean_lines(raw);
  return lines.empty() ? std::string() : std::move(lines.front());
}

// "Nhịp sống trẻ", "Thời sự": a few words, no sentence, no number, no list of links (only
// ASCII marks are looked for: find_first_of compares bytes, and a letter's may be a mark's).
bool is_section_name(std::string_view head) {
  return !head.empty() && head.front() != ' ' && starts_with_upper(head) &&
         at_most_words(head, kMaxSectionWords) &&
         head.find_first_of("0123456789.,;:!?()[]|/>-") == std::string_view::npos;
}

// "Hà Nội", "Bà Rịa - Vũng Tàu", "Huế" (named again after it): the place a story comes from,
// printed before the sapo as agencies date their wires, is no section. Sections are named in
// sentence case ("Nhịp sống trẻ", "Xây dựng Đảng"); a place, as any proper name, has a
// capital on every word, and a one-word name is taken for a place when the text names it
// again (place_tag.h).
bool is_place_name(std::string_view name, std::string_view text) {
  bool every_word_capital = true;
  std::size_t words = 0;
  each_word(name, [&](std::string_view w) {
    every_word_capital = every_word_capital && starts_with_upper(w);
    ++words;
  });
  return words >= 2 ? every_word_capital : is_place_tag(name, {}, text);
}

}  // namespace

std::optional<std::string> section_glued_to(std::string_view raw_line) {
  std::size_t gap = raw_line.find(kGap);
  if (gap == std::string_view::npos || !is_section_name(raw_line.substr(0, gap)))
    return std::nullopt;
  std::string section = cleaned(raw_line.substr(0, gap));
  std::string line = cleaned(raw_line);
  if (line.size() <= section.size() + 1) return std::nullopt;
  std::string_view text = std::string_view(line).substr(section.size() + 1);
  if (!is_body_text(text) || is_place_name(section, text)) return std::nullopt;
  return section;
}

}  // namespace tuyentap
