// Lines of an article file: splitting, cleaning, and the shape tests the reader's rules use.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tuyentap {

// Splits on LF, CRLF or CR; each line has zero-width characters and soft hyphens removed and
// its white space folded (tabs, NBSP, runs, ends). Blank lines come back as "".
std::vector<std::string> split_clean_lines(std::string_view text);

// Non-blank lines, one per paragraph. A line that continues the previous one (no blank line
// between, the previous one ends without sentence punctuation and this one starts with a
// lower-case letter) is joined to it: archives hard-wrapped at 72 columns read as paragraphs.
std::vector<std::string> join_paragraphs(const std::vector<std::string>& lines);

std::size_t word_count(std::string_view s);
// word_count(s) <= n, without counting a long paragraph to its end.
bool at_most_words(std::string_view s, std::size_t n);
std::size_t code_point_count(std::string_view s);

// The last character, ignoring closing quotes and brackets, is . , ; : ! ? or …
bool ends_with_sentence_punct(std::string_view s);

// First letter (skipping digits' absence: the very first code point) is upper / lower case.
bool starts_with_upper(std::string_view s);
bool starts_with_lower(std::string_view s);

}  // namespace tuyentap
