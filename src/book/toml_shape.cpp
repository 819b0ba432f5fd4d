#include "book/toml_shape.h"

#include <algorithm>

#include "base/error.h"

namespace tuyentap {

namespace {

bool is_bare_key_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-';
}

// Skips the string that opens at t[i] (a quote: basic, literal, or either multi-line) and
// returns the index just past it, counting the lines it spans. A one-line string left open
// stops at its line's end: toml++ reports it.
std::size_t skip_string(std::string_view t, std::size_t i, int& line) {
  const char quote = t[i];
  const std::string_view triple = quote == '"' ? "\"\"\"" : "'''";
  const bool multi = t.substr(i, 3) == triple;
  const bool escapes = quote == '"';
  i += multi ? 3 : 1;
  while (i < t.size()) {
    const char c = t[i];
    if (escapes && c == '\\') {
      if (i + 1 < t.size() && t[i + 1] == '\n') ++line;
      i += 2;
      continue;
    }
    if (c == '\n') {
      if (!multi) return i;
      ++line;
    } else if (c == quote) {
      if (!multi) return i + 1;
      if (t.substr(i, 3) == triple) {
        i += 3;
        // """a"""" ends in a quote of the text: up to two quotes may precede the closing three.
        for (int extra = 0; extra < 2 && i < t.size() && t[i] == quote; ++extra) ++i;
        return i;
      }
    }
    ++i;
  }
  return t.size();
}

}  // namespace

void check_toml_shape(std::string_view t, const std::string& file) {
  int line = 1, depth = 0, dots = 0;  // dots: in the dotted name (or number) being read
  for (std::size_t i = 0; i < t.size();) {
    const char c = t[i];
    if (c == '"' || c == '\'') {  // a quoted part of a name continues it
      i = skip_string(t, i, line);
      continue;
    }
    if (c == '#') {
      while (i < t.size() && t[i] != '\n') ++i;
      continue;
    }
    if (c == '\n') {
      ++line;
      dots = 0;
    } else if (c == '.') {
      if (++dots >= kMaxTomlNameParts) {
        throw Error("a name of more than " + std::to_string(kMaxTomlNameParts) + " dotted parts",
                    file, line,
                    "names in this file have one or two parts, such as [book] or page.width_mm");
      }
    } else if (c == '[' || c == '{') {
      dots = 0;
      if (++depth > kMaxTomlNesting) {
        throw Error("lists or tables nested more than " + std::to_string(kMaxTomlNesting) + " deep",
                    file, line, "a value in this file is a text, a number or a list of them");
      }
    } else if (c == ']' || c == '}') {
      dots = 0;
      depth = std::max(0, depth - 1);
    } else if (c != ' ' && c != '\t' && !is_bare_key_char(c)) {
      dots = 0;
    }
    ++i;
  }
}

}  // namespace tuyentap
