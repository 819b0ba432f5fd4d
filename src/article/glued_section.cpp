// A section name glued to the sapo: see glued_section.h.
#include "article/glued_section.h"

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

}  // namespace

std::optional<std::string> section_glued_to(std::string_view raw_line) {
  std::size_t gap = raw_line.find(kGap);
  if (gap == std::string_view::npos || !is_section_name(raw_line.substr(0, gap)))
    return std::nullopt;
  std::string section = cleaned(raw_line.substr(0, gap));
  std::string line = cleaned(raw_line);
  if (line.size() <= section.size() + 1 || !is_body_text(line.substr(section.size() + 1)))
    return std::nullopt;
  return section;
}

}  // namespace tuyentap
