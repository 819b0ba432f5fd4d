// Sentences with holes: "unknown format '%s'" matches "unknown format 'docx'" and gives the
// part "docx". The program's English sentences are kept as such patterns in two places that
// must agree on what a match is: the CLI's translation tables (cli/error_words.cpp) and the
// readers' warning codes (article/warning_codes.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tuyentap {

// Whether `text` is `pattern` with each "%s" filled; the fills go to `parts`, in order. Each
// part ends at the first place the next fixed words occur. A pattern without "%s" matches
// only itself.
bool match_sentence(std::string_view pattern, std::string_view text,
                    std::vector<std::string>& parts);

}  // namespace tuyentap
