// The XHTML pages of the book, each from its template skeleton. Faces follow the roles the
// default style.css gives them (see fonts.h).
#pragma once

#include <string>
#include <vector>

#include "book/book.h"
#include "epub/plan.h"
#include "epub/xhtml.h"

namespace tuyentap::epub {

// front_pages.cpp
std::string cover_page(PageWriter& w, const Presentation& book, const Plan& plan);
std::string title_page(PageWriter& w, const Presentation& book, const Plan& plan);
std::string preface_page(PageWriter& w, const Presentation& book, const Plan& plan);
// One page per Plan::toc_files entry.
std::vector<std::string> toc_pages(PageWriter& w, const Plan& plan);
// `index`: the chapter's in Plan::chapters.
std::string chapter_page(PageWriter& w, const PlannedChapter& chapter, int index);

// article_page.cpp
std::string article_page(PageWriter& w, const PlannedArticle& article);

// back_pages.cpp
std::string abbreviations_page(PageWriter& w, const Presentation& book, const Plan& plan);
// One page per Plan::list_files entry.
std::vector<std::string> list_pages(PageWriter& w, const Plan& plan);

}  // namespace tuyentap::epub
