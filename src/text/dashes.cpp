#include "text/dashes.h"

#include "base/ascii.h"

namespace tuyentap {
namespace {

// text[i] is the hyphen of " - ": a number (or a closing bracket) before, one after.
bool is_range_dash(std::string_view text, std::size_t i) {
  return text[i] == '-' && i >= 2 && i + 2 < text.size() && text[i - 1] == ' ' &&
         text[i + 1] == ' ' && (is_ascii_digit(text[i - 2]) || text[i - 2] == ')') &&
         (is_ascii_digit(text[i + 2]) || text[i + 2] == '(');
}

}  // namespace

std::string range_dashes(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (is_range_dash(text, i))
      out += "\xE2\x80\x93";  // – U+2013
    else
      out += text[i];
  }
  return out;
}

std::size_t range_dashed_offset(std::string_view text, std::size_t offset) {
  std::size_t moved = offset;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i)
    moved += is_range_dash(text, i) ? 2 : 0;
  return moved;
}

}  // namespace tuyentap
