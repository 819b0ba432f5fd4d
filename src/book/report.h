// The build report in three shapes: JSON for tools and tests, a text report a clerk reads,
// and the plan `build --plan` prints. All deterministic: input order, chapter order.
#pragma once

#include <string>
#include <vector>

#include "book/book.h"
#include "book/fate.h"
#include "book/spec.h"

namespace tuyentap {

// A book file written, for report.json's "outputs".
struct OutputFile {
  std::string format;  // "epub", "pdf" or "booklet" (--impose booklet)
  std::string path;
  long long bytes = 0;
  int pages = 0;  // PDF only; a booklet's: sides of A4 sheets
};

// What report.json says beside the inputs: which program made it, from which period.
struct ReportHeader {
  std::string tool_version;  // "0.1.0"
  Period period;             // the book's (from the spec and the command line)
  std::vector<OutputFile> outputs;
};

// report.json's "schema": changes only when a field changes meaning or goes away.
inline constexpr const char* kReportSchema = "tuyentap-report/1";

// Every input with its fate; reasons as a stable code and an English sentence.
std::string report_json(const BuildReport& r, const Book& book, const ReportHeader& header);
// The same for the clerk, entirely in Vietnamese, grouped by fate: `translate` turns the
// readers' English words (reasons, warnings) and the notes into Vietnamese.
std::string report_text(const BuildReport& r, const Book& book,
                        const SentenceTranslator& translate = {});
// The book's chapters and articles, as `build --plan` prints them.
std::string plan_text(const Book& book);
// The same plan for a script (`build --plan --json`): chapters, then each article's id,
// file, date and title, in book order.
std::string plan_json(const Book& book);

}  // namespace tuyentap
