// The navigation documents: nav.xhtml (EPUB 3: table of contents nested chapters →
// articles, and landmarks) and toc.ncx (EPUB 2 reading systems: older Kindle and Kobo
// software read only this).
#pragma once

#include <string>

#include "epub/page_breaks.h"
#include "epub/plan.h"

namespace tuyentap::epub {

// `page_list`: the printed edition's pages (page_breaks.h); empty: no page-list nav.
std::string nav_document(const Plan& plan, const std::string& lang,
                         const std::vector<PageTarget>& page_list = {});
std::string ncx_document(const Plan& plan, const std::string& lang, const std::string& uid);

}  // namespace tuyentap::epub
