// The build report in three shapes: JSON for tools and tests, a text report a clerk reads,
// and the plan `build --plan` prints. All deterministic: input order, chapter order.
#pragma once

#include <string>

#include "book/book.h"
#include "book/fate.h"

namespace tuyentap {

// Every input with its fate; reasons in English, as a stable sentence and a code.
std::string report_json(const BuildReport& r);
// The same for the clerk, in Vietnamese, grouped by fate.
std::string report_text(const BuildReport& r, const Book& book);
// The book's chapters and articles, as `build --plan` prints them.
std::string plan_text(const Book& book);

}  // namespace tuyentap
