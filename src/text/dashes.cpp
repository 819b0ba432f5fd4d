#include "text/dashes.h"

namespace tuyentap {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

}  // namespace

std::string range_dashes(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    // text[i] is the hyphen of " - ": a number (or a closing bracket) before, one after.
    bool range = text[i] == '-' && i >= 2 && i + 2 < text.size() && text[i - 1] == ' ' &&
                 text[i + 1] == ' ' && (is_digit(text[i - 2]) || text[i - 2] == ')') &&
                 (is_digit(text[i + 2]) || text[i + 2] == '(');
    if (range)
      out += "\xE2\x80\x93";  // – U+2013
    else
      out += text[i];
  }
  return out;
}

}  // namespace tuyentap
