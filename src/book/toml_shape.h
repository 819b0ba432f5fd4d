// A look at a TOML text's shape before toml++ parses it. toml++ builds one nested table per
// part of a dotted name ([a.b.c…], a.b.c = 1) without a limit and frees them recursively:
// a name of some 50,000 parts overflows the stack. It caps nested values (arrays, inline
// tables) at 256, deep enough to matter under a sanitizer's larger frames. The files read
// here (book.toml, the print styles) use names of one or two parts and values nested once,
// so far lower caps cost nothing and turn the crash into a message with the line.
#pragma once

#include <string>
#include <string_view>

namespace tuyentap {

inline constexpr int kMaxTomlNameParts = 32;  // parts of one dotted name
inline constexpr int kMaxTomlNesting = 32;    // [ and { open at once, outside strings

// Throws Error(file, line) at the first dotted name of more than kMaxTomlNameParts parts or
// the first bracket opened past kMaxTomlNesting. Strings and comments are skipped as TOML
// reads them; anything else (bad syntax) is left for toml++ to report.
void check_toml_shape(std::string_view text, const std::string& file);

}  // namespace tuyentap
