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

std::vector<GluedSection> sections_glued_to_sapos(std::string_view text) {
  std::vector<GluedSection> found;
  for (std::size_t gap = text.find(kGap); gap != std::string_view::npos;) {
    std::size_t start = text.find_last_of("\r\n", gap);
    start = start == std::string_view::npos ? 0 : start + 1;
    std::size_t end = text.find_first_of("\r\n", gap);
    if (end == std::string_view::npos) end = text.size();
    std::string_view head = text.substr(start, gap - start);
    if (is_section_name(head)) {
      std::string line = cleaned(text.substr(start, end - start));
      std::string section = cleaned(head);
      if (line.size() > section.size() + 1 && is_body_text(line.substr(section.size() + 1)))
        found.push_back(GluedSection{std::move(section), std::move(line)});
    }
    gap = end < text.size() ? text.find(kGap, end) : std::string_view::npos;
  }
  return found;
}

}  // namespace tuyentap
