// Internal to book/: the compiler's order step — the reading order inside each chapter.
#pragma once

#include <vector>

#include "article/article.h"
#include "book/chapters.h"
#include "book/spec.h"

namespace tuyentap::book {

// Sorts each chapter's members (input indices into art): by date, oldest or newest first,
// then by time; or by title in Vietnamese order, then by date. Undated articles go last in
// either date order; ties keep input order.
void order_chapters(std::vector<ChapterDraft>& chapters, Order order,
                    const std::vector<const Article*>& art);

}  // namespace tuyentap::book
