#include "layout/page_starts.h"

#include <algorithm>

#include "layout/typeset.h"

namespace tuyentap {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The first word of a line's text (at most 24 bytes of it), to find the line in its block.
std::string first_word(const std::string& line) {
  std::size_t b = 0;
  while (b < line.size() && is_space(line[b])) ++b;
  std::size_t e = b;
  while (e < line.size() && e - b < 24 && !is_space(line[e])) ++e;
  return line.substr(b, e - b);
}

}  // namespace

void tag_lines(const std::string& printed, std::int32_t place, std::vector<SetLine>& lines) {
  if (place < 0) return;
  std::size_t at = 0;  // where the text of the next line may start
  for (SetLine& line : lines) {
    std::string text;
    for (const TextRun& r : line.runs) text += r.text;
    const std::string word = first_word(text);
    std::size_t start = word.empty() ? std::string::npos : printed.find(word, at);
    if (start == std::string::npos) start = at;
    // Past the line's text, matching byte for byte outside spaces; a glyph whose text is not
    // the block's (none today) stops the match there, and the next line is searched from it.
    at = start;
    for (char c : text) {
      if (is_space(c)) continue;
      while (at < printed.size() && is_space(printed[at])) ++at;
      if (at >= printed.size() || printed[at] != c) break;
      ++at;
    }
    for (TextRun& r : line.runs) {
      r.place = place;
      r.place_offset = static_cast<std::uint32_t>(start);
    }
  }
}

std::string page_label(const std::vector<PageLabelRange>& labels, int page) {
  const PageLabelRange* range = nullptr;
  for (const PageLabelRange& r : labels) {  // the first range given for a page wins
    if (r.first_page > page || r.first_page < 0) continue;
    if (!range || r.first_page > range->first_page) range = &r;
  }
  PageLabelRange arabic{0, PageLabelRange::Arabic, 1};
  if (!range) range = &arabic;
  const int n = std::max(1, range->start) + page - range->first_page;
  switch (range->style) {
    case PageLabelRange::Roman:
      return lower_roman(n);
    case PageLabelRange::Arabic:
      return std::to_string(n);
    case PageLabelRange::None:
      break;
  }
  return "";
}

PrintedPage page_start(const Page& page, const std::string& label,
                       const std::vector<PagePlace>& places) {
  PrintedPage out;
  out.label = label;
  for (const TextRun& r : page.runs) {
    if (r.place < 0 || static_cast<std::size_t>(r.place) >= places.size()) continue;
    out.place = places[static_cast<std::size_t>(r.place)];
    out.offset = r.place_offset;
    break;
  }
  return out;
}

void fill_page_starts(std::vector<PrintedPage>& out) {
  if (!out.empty() && out[0].place.part == PagePlace::Part::None)
    out[0].place.part = PagePlace::Part::Cover;  // a cover of the user's picture alone
  // Blank pages: the place of the next page with text, backwards; after the last text, the
  // last start.
  const PrintedPage* next = nullptr;
  for (std::size_t i = out.size(); i-- > 0;) {
    if (out[i].place.part != PagePlace::Part::None) {
      next = &out[i];
    } else if (next) {
      out[i].place = next->place;
      out[i].offset = next->offset;
    }
  }
  for (std::size_t i = 1; i < out.size(); ++i) {
    if (out[i].place.part == PagePlace::Part::None) {
      out[i].place = out[i - 1].place;
      out[i].offset = out[i - 1].offset;
    }
  }
}

}  // namespace tuyentap
