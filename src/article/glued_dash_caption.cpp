// A dash glued between a name and a post: see glued_dash_caption.h.
#include "article/glued_dash_caption.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace tuyentap {

namespace {

// The length in bytes of the dash at `at` ('-' 1, '–' or '—' 3), 0 when none stands there.
std::size_t dash_at(std::string_view s, std::size_t at) {
  if (s[at] == '-') return 1;
  std::string_view rest = s.substr(at);
  return rest.starts_with("–") || rest.starts_with("—") ? 3 : 0;
}

// The code point ending at byte `end` (exclusive), -1 when none.
UChar32 letter_before(std::string_view s, std::size_t end) {
  if (end == 0) return -1;
  auto i = static_cast<int32_t>(end);
  UChar32 c;
  U8_PREV(s.data(), 0, i, c);
  return c;
}

UChar32 letter_from(std::string_view s, std::size_t at) {
  if (at >= s.size()) return -1;
  auto i = static_cast<int32_t>(at);
  UChar32 c;
  U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
  return c;
}

// The dash at `at` (`len` bytes) has a letter before it and a capital after it, with a space
// on one side at most.
bool joins_name_and_capital(std::string_view s, std::size_t at, std::size_t len) {
  std::size_t before = at, after = at + len;
  const bool space_before = before > 0 && s[before - 1] == ' ';
  const bool space_after = after < s.size() && s[after] == ' ';
  if (space_before && space_after) return false;
  if (space_before) --before;
  if (space_after) ++after;
  UChar32 b = letter_before(s, before);
  UChar32 a = letter_from(s, after);
  return b >= 0 && u_isalpha(b) && a >= 0 && u_isupper(a);
}

}  // namespace

bool has_glued_dash(std::string_view line) {
  for (std::size_t at = 0; at < line.size(); ++at)
    if (std::size_t len = dash_at(line, at); len > 0 && joins_name_and_capital(line, at, len))
      return true;
  return false;
}

std::string with_glued_dashes_spaced(std::string_view line) {
  std::string out;
  out.reserve(line.size() + 8);
  for (std::size_t at = 0; at < line.size(); ++at) {
    const std::size_t len = dash_at(line, at);
    if (len == 0 || !joins_name_and_capital(line, at, len)) {
      out += line[at];
      continue;
    }
    if (!out.empty() && out.back() != ' ') out += ' ';
    out.append(line.substr(at, len));
    at += len - 1;
    if (at + 1 < line.size() && line[at + 1] != ' ') out += ' ';
  }
  return out;
}

}  // namespace tuyentap
