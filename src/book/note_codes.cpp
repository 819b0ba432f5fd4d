// The stable code of a build note: see note_codes.h.
#include "book/note_codes.h"

#include <string>
#include <utility>
#include <vector>

#include "article/warning_codes.h"
#include "base/sentence_pattern.h"

namespace tuyentap {

namespace {

// Each note's sentence as its maker writes it (%s for a part), with its code. The EPUB's and
// the PDF's notes open with the book's name and the article's file when there is one
// (cli/build.cpp): a pattern for each shape.
constexpr std::pair<const char*, const char*> kNotes[] = {
    {"include '%s' (%s) names no article read", "spec-include-unused"},
    {"exclude '%s' (%s) names no article read", "spec-exclude-unused"},
    {"%s is both included and excluded by the spec: left out", "included-and-excluded"},
    {"%s (%s) is %s but included by the spec", kIncludedBySpecCode},  // as its warning
    {"chapter rule '%s' (%s) matched only articles of earlier chapters: it is left out",
     "chapter-rule-unused"},
    {"EPUB: %s has no glyph in the embedded font %s: readers would show a box or another font",
     "epub-missing-glyph"},
    {"PDF: %s: no font of the print style has it; it is printed as a visible replacement mark",
     "pdf-missing-glyph"},
    {"PDF: %s: a word longer than a line was broken inside it: %s", "pdf-word-broken"},
    {"PDF: a word longer than a line was broken inside it: %s", "pdf-word-broken"},
    {"PDF: %s: a line is wider than the text area: %s", "pdf-line-overfull"},
    {"PDF: a line is wider than the text area: %s", "pdf-line-overfull"},
};

}  // namespace

std::string_view note_code(std::string_view note) {
  std::vector<std::string> parts;
  for (const auto& [pattern, code] : kNotes)
    if (match_sentence(pattern, note, parts)) return code;
  return "note";
}

}  // namespace tuyentap
