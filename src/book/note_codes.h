// The build's notes (BuildReport::notes), each kind with its stable code, for a script to match
// on as it matches an input's warnings (article/warning_codes.h). The notes are English
// sentences (report.json); the CLI puts them into Vietnamese for the clerk by these same
// sentences (cli/error_words.cpp), so that a note's shape is written here once.
#pragma once

#include <span>
#include <string_view>

namespace tuyentap {

struct NoteKind {
  const char* code;      // "epub-missing-glyph": stable, lower case, words joined by '-'
  const char* sentence;  // the English sentence as its maker writes it, "%s" for each part
};

// All of them; a code may have several sentences (with and without the article's file). Codes:
//   spec-include-unused    an `include` entry of the spec named no article read (book/select.cpp)
//   spec-exclude-unused    an `exclude` entry named none
//   included-and-excluded  an article both included and excluded: left out
//   included-by-spec       an article outside the period or undated, kept because included
//   chapter-rule-unused    a chapter rule matched only articles of earlier chapters
//                          (book/chapters.cpp)
//   epub-missing-glyph     a character no font embedded in the EPUB has (epub/xhtml.cpp, its
//                          book's page named where no article's file is)
//   pdf-missing-glyph      a character no font of the print style has (layout/typeset.cpp)
//   pdf-word-broken        a word longer than a line, broken inside it
//   pdf-line-overfull      a line wider than the text area
// (cli/build.cpp puts "EPUB: " or "PDF: " and the article's file before the makers' words.)
std::span<const NoteKind> note_kinds();

// The code of a note; "note" when no sentence of the table matches (a note made without its
// entry here: tests/book/note_codes_test.cpp checks each maker's shape).
std::string_view note_code(std::string_view note);

}  // namespace tuyentap
