// The build's notes and their stable codes: see note_codes.h.
#include "book/note_codes.h"

#include <string>
#include <vector>

#include "article/warning_codes.h"
#include "base/sentence_pattern.h"

// Marks the sentences for xgettext (po/update reads this file): each is also the msgid its
// Vietnamese is looked up by (cli/error_words.cpp).
#define N_(text) text

namespace tuyentap {

namespace {

constexpr NoteKind kNotes[] = {
    {"spec-include-unused", N_("include '%s' (%s) names no article read")},
    {"spec-exclude-unused", N_("exclude '%s' (%s) names no article read")},
    {"included-and-excluded", N_("%s is both included and excluded by the spec: left out")},
    {kIncludedBySpecCode, N_("%s (%s) is %s but included by the spec")},  // as its warning
    {"chapter-rule-unused",
     N_("chapter rule '%s' (%s) matched only articles of earlier chapters: it is left out")},
    {"epub-missing-glyph",
     N_("EPUB: %s: character %s \"%s\" has no glyph in the embedded font %s: readers would show "
        "a box or another font")},
    {"epub-missing-glyph",
     N_("EPUB: character %s \"%s\" (%s) has no glyph in the embedded font %s: readers would show "
        "a box or another font")},
    {"pdf-missing-glyph",
     N_("PDF: %s: character %s \"%s\": no font of the print style has it; it is printed as a "
        "visible replacement mark")},
    {"pdf-missing-glyph",
     N_("PDF: character %s \"%s\": no font of the print style has it; it is printed as a visible "
        "replacement mark")},
    {"pdf-word-broken", N_("PDF: %s: a word longer than a line was broken inside it: %s")},
    {"pdf-word-broken", N_("PDF: a word longer than a line was broken inside it: %s")},
    {"pdf-line-overfull", N_("PDF: %s: a line is wider than the text area: %s")},
    {"pdf-line-overfull", N_("PDF: a line is wider than the text area: %s")},
};

}  // namespace

std::span<const NoteKind> note_kinds() {
  return kNotes;
}

std::string_view note_code(std::string_view note) {
  std::vector<std::string> parts;
  for (const NoteKind& k : kNotes)
    if (match_sentence(k.sentence, note, parts)) return k.code;
  return "note";
}

}  // namespace tuyentap
