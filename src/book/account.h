// Internal to book/: the compiler's report step — every input accounted for, from what the
// other steps decided: its chapter and place when it is in the book, else why it is not.
#pragma once

#include <vector>

#include "archive/archive.h"
#include "book/chapters.h"
#include "book/fate.h"
#include "book/select.h"

namespace tuyentap::book {

// One InputFate per input in input order, then one per file the archive skipped; chapters
// (final and ordered) with their ids; the counts; the selection's notes, then the
// drafting's. An input the selection left out is Skipped when it was no article
// (Unreadable, NotAnArticle), else Excluded.
BuildReport account_for_inputs(const Inputs& in, const Selection& sel, const Drafting& drafting,
                               const std::vector<SkippedFile>& skipped);

}  // namespace tuyentap::book
