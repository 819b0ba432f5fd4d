// Pictographs and symbols that open a line: see leading_symbols.h.
#include "article/leading_symbols.h"

#include <unicode/utf8.h>

namespace tuyentap {

namespace {

bool is_symbol(UChar32 c) {
  return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) ||
         (c >= 0x2B00 && c <= 0x2BFF) || (c >= 0x2190 && c <= 0x21FF) ||
         (c >= 0x2300 && c <= 0x23FF) || (c >= 0x25A0 && c <= 0x25FF) || c == 0xFE0F ||
         c == 0xFE0E || c == 0x200D || c == 0x20E3;
}

}  // namespace

std::string_view without_leading_symbols(std::string_view line) {
  // a cheap test first: every such symbol is beyond ASCII, and most lines open with a letter
  if (line.empty() || static_cast<unsigned char>(line.front()) < 0x80) return line;
  int32_t i = 0, rest = 0;
  const auto n = static_cast<int32_t>(line.size());
  bool any = false;
  while (i < n) {
    UChar32 c;
    const int32_t at = i;
    U8_NEXT(line.data(), i, n, c);
    if (c == ' ') continue;
    if (c < 0 || !is_symbol(c)) {
      rest = at;
      break;
    }
    any = true;
    rest = i;
  }
  if (!any || rest >= n) return line;
  return line.substr(static_cast<std::size_t>(rest));
}

}  // namespace tuyentap
