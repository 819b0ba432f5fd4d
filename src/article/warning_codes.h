// Every warning a reader may give an article (Article::warnings: English sentences whose
// dynamic parts — a count, a name, a photo's file — sit inside fixed words), each with the
// stable code a script matches on: report.json's and `scan --json`'s "warning_codes", in the
// order of "warnings". The sentences here are also what the CLI translates them by (cli/
// error_words.cpp reads this table; po/check.cmake extracts its N_ strings for po/vi.po), so
// a warning is added in one place: its sentence and its code, here.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tuyentap {

struct WarningKind {
  const char* code;      // "no-byline": stable, lower case, words joined by '-'
  const char* sentence;  // the English sentence, "%s" for each dynamic part
};

// All of them, grouped by what they are about (docs/archive-format.md "Warnings" lists the
// codes); a code may have several sentences (the site chrome's reasons, a photo's).
std::span<const WarningKind> warning_kinds();

// The code of a warning sentence; kOtherWarning when no sentence of the table matches (a
// sentence made without its entry here; tests/cli/reader_warning_words_test.cpp and the
// fixtures' scan keep that from happening).
std::string_view warning_code(std::string_view warning);
inline constexpr const char* kOtherWarning = "other";

// What a code's warnings are, in a few English words ("no date line", "site chrome left out"),
// marked for translation as the sentences are: scan's and report.txt's count of files by kind
// of warning. Every code has one, kIncludedBySpecCode's too, so that one table holds every
// label; a code with no entry (none: tests/article/warning_codes_test.cpp) reads as
// kOtherWarning's.
std::string_view warning_summary(std::string_view code);

// How many files have a kind of warning: scan's and report.txt's count, before the list of
// every file's warnings. Each caller words it (scan in the user's language, report.txt in
// Vietnamese); the counting and the order are the same for both.
struct WarningKindCount {
  std::string code;
  int files = 0;
};

// One entry per code of codes_by_file (the codes of each file's warnings: warning_code's, or
// the compiler's; a code repeated in one file counts that file once), the most files first.
// Among equals, the catalogue's order: the order warning_codes.cpp lists the codes in (the
// date, the topic and title, the author, the body, the photos, the bytes; then the compiler's
// included-by-spec and kOtherWarning), not the codes' spelling, so that ties read in the same
// order whatever a code is called; a code the catalogue lacks comes last, by its spelling.
std::vector<WarningKindCount> count_warning_kinds(
    std::span<const std::vector<std::string_view>> codes_by_file);

// The codes that report.json's "problems" give with their facts (a count of lines, a photo's
// file, the rules' title): named for book/report.cpp.
inline constexpr const char* kPhotoMissingCode = "photo-missing";
inline constexpr const char* kPhotoUnreadableCode = "photo-unreadable";
inline constexpr const char* kPhotoTooLargeCode = "photo-too-large";
inline constexpr const char* kPhotoLeftoversCode = "photo-leftovers";
inline constexpr const char* kSiteChromeCode = "site-chrome";
inline constexpr const char* kBodyKeptCode = "body-kept";
inline constexpr const char* kTitleScoredCode = "title-scored";

// The compiler's own code, not a reader's: an input kept by the spec's include list although
// out of the period or undated (book/select.h kIncludedBySpec ends its warning). Named here
// for its label in the table beside the readers'.
inline constexpr const char* kIncludedBySpecCode = "included-by-spec";

}  // namespace tuyentap
