// The stable code of each of the build's notes (BuildReport::notes), for a script to match on
// as it matches an input's warnings (article/warning_codes.h): the notes themselves are English
// sentences (report.json) that the CLI puts into Vietnamese for the clerk (cli/error_words.cpp).
#pragma once

#include <string_view>

namespace tuyentap {

// One of:
//   spec-include-unused    an `include` entry of the spec named no article read (book/select.cpp)
//   spec-exclude-unused    an `exclude` entry named none
//   included-and-excluded  an article both included and excluded: left out
//   included-by-spec       an article outside the period or undated, kept because included
//   chapter-rule-unused    a chapter rule matched only articles of earlier chapters
//                          (book/chapters.cpp)
//   epub-missing-glyph     a character no font embedded in the EPUB has (epub/xhtml.cpp)
//   pdf-missing-glyph      a character no font of the print style has (layout/typeset.cpp)
//   pdf-word-broken        a word longer than a line, broken inside it
//   pdf-line-overfull      a line wider than the text area
//   note                   any other note (none is made today; a new kind gets its own code)
std::string_view note_code(std::string_view note);

}  // namespace tuyentap
