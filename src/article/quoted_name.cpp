// Quotations read as names: see quoted_name.h.
#include "article/quoted_name.h"

#include <algorithm>
#include <cstring>

namespace tuyentap {

namespace {

// Where the next '"' or 0xE2 byte (the lead byte of "“", "”", "–", "…") stands from `from`: two
// memchr searches, each remembered until passed, so a line costs one pass whatever it holds.
class MarkFinder {
 public:
  explicit MarkFinder(std::string_view line)
      : line_(line), straight_(find('"', 0)), curly_(find('\xE2', 0)) {}
  std::size_t next(std::size_t from) {
    if (straight_ < from) straight_ = find('"', from);
    if (curly_ < from) curly_ = find('\xE2', from);
    return std::min(straight_, curly_);
  }

 private:
  std::size_t find(char c, std::size_t from) const {
    if (from >= line_.size()) return std::string_view::npos;
    const void* at = std::memchr(line_.data() + from, c, line_.size() - from);
    return at ? static_cast<std::size_t>(static_cast<const char*>(at) - line_.data())
              : std::string_view::npos;
  }
  std::string_view line_;
  std::size_t straight_, curly_;
};

}  // namespace

bool quotes_anything(std::string_view line) {
  return line.find('"') != std::string_view::npos || line.find("“") != std::string_view::npos;
}

std::string quotes_as_names(std::string_view line) {
  constexpr std::string_view kName = "“Tên”";
  constexpr std::string_view kOpen = "“", kClose = "”";
  MarkFinder marks(line);
  std::size_t i = marks.next(0);
  if (i == std::string_view::npos) return std::string(line);
  std::string out(line.substr(0, i));
  // once no "”" follows an opening "“", none follows a later one: stop asking (a line of
  // many "“" left open costs one search, not one each)
  bool curly_closes = true;
  std::size_t copied = i;
  while (i < line.size()) {
    std::string_view rest = line.substr(i);
    std::string_view close;
    std::size_t open = 0;
    if (rest[0] == '"') {
      close = "\"";
      open = 1;
    } else if (curly_closes && rest.starts_with(kOpen)) {
      close = kClose;
      open = kOpen.size();
    }
    std::size_t end = open > 0 ? rest.find(close, open) : std::string_view::npos;
    if (open == kOpen.size() && end == std::string_view::npos) curly_closes = false;
    if (end == std::string_view::npos || end == open) {
      // a straight quote with no partner ends every later search too: its find reached the end
      std::size_t next = marks.next(i + 1);
      i = next == std::string_view::npos ? line.size() : next;
      continue;
    }
    out.append(line.substr(copied, i - copied));
    out += kName;
    i += end + close.size();
    copied = i;
  }
  out.append(line.substr(copied));
  return out;
}

}  // namespace tuyentap
