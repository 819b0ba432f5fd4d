// Internal to book/: the list of abbreviations ("Danh mục chữ viết tắt") from the articles'
// own inline definitions: "Ban Thường vụ (BTV)", "Ủy ban nhân dân (UBND)".
#pragma once

#include <string>
#include <vector>

#include "article/article.h"
#include "book/book.h"

namespace tuyentap::book {

// Definitions found in one text, in order; a "(ABBR)" whose preceding words do not spell
// it (initials folded: Ủ → U, đ → d) is not a definition and is left out.
std::vector<Abbreviation> find_abbreviations(const std::string& text);

// Every definition in the articles' lead and blocks; one entry per short form (its most
// frequent long form), sorted in Vietnamese order.
std::vector<Abbreviation> collect_abbreviations(const std::vector<const Article*>& articles);

}  // namespace tuyentap::book
