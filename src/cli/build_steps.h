// The steps of `tuyentap build` before and after the books: finding the spec and the
// archive, applying the command line, checking the output folder, the summary.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "book/compile.h"
#include "book/filter_check.h"
#include "book/report.h"
#include "book/spec.h"
#include "cli/commands.h"
#include "layout/layout.h"

namespace tuyentap {

// --spec, else book.toml in the current folder (said on stderr), else an empty spec.
BookSpec load_build_spec(const BuildOptions& o);
// Command-line options override the spec file, one field at a time.
void apply_overrides(BookSpec& spec, const BuildOptions& o);

struct Formats {
  bool epub = false, pdf = false;
};
Formats parse_formats(const std::string& list);

// The archive paths: the command line's, else the spec's [archive] paths (relative to the
// spec's folder). Each must exist: a mistyped path is an Error naming it, never a skip.
std::vector<std::string> archive_inputs(const BuildOptions& o, const BookSpec& spec);

// Checks that the folder can be made and written in (Error otherwise); makes nothing.
void check_output_folder(const std::string& dir);

// --style: "official" when empty; a name that is neither a style nor a file is an Error
// with "did you mean …?".
std::string check_style_name(const std::string& style);

// --impose: the style a booklet's pages are set in, the PDF's own when it is A5 already,
// else "pocket"; an imposition other than "booklet" is an Error.
PrintStyle booklet_style(const std::string& impose, const std::optional<PrintStyle>& pdf_style);

// SOURCE_DATE_EPOCH when set (reproducible builds); else the newest article's date, so
// that the same archive gives the same book whatever the clock says.
long long book_epoch(const Book& book);

// "--topic 'Khong co' matches no article; closest topics: …" in the user's language.
std::string unmatched_sentence(const UnmatchedFilter& u);

// The books written and the inputs' fates, on stderr (unless -q).
void print_summary(const Compiled& c, const ReportHeader& header, const std::string& output);

// The sample book.toml with this year in place of the sample's.
std::string sample_spec_for_this_year();

}  // namespace tuyentap
