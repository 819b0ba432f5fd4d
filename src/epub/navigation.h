// The navigation documents: nav.xhtml (EPUB 3: table of contents nested chapters →
// articles, and landmarks) and toc.ncx (EPUB 2 reading systems: older Kindle and Kobo
// software read only this).
#pragma once

#include <string>

#include "epub/plan.h"

namespace tuyentap::epub {

std::string nav_document(const Plan& plan, const std::string& lang);
std::string ncx_document(const Plan& plan, const std::string& lang, const std::string& uid);

}  // namespace tuyentap::epub
