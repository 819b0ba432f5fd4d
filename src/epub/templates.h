// The look of the EPUB comes from a template folder a user can copy and change
// (templates/epub/ is the default):
//   style.css       copied as it is, after the generated @font-face rules
//   page.xhtml      the skeleton of every page: an XHTML document with a <title> and one
//                   element with id="tt-content" that the writer replaces with the page
//   <type>.xhtml    optional skeleton for one page type, instead of page.xhtml:
//                   cover, title, preface, toc, chapter, article, abbreviations, list
#pragma once

#include <map>
#include <memory>
#include <string>

namespace pugi {
class xml_document;
}

namespace tuyentap::epub {

struct Templates {
  std::string dir;
  std::string css;
  // Parsed skeletons by page type; "page" is always there.
  std::map<std::string, std::shared_ptr<pugi::xml_document>> skeletons;

  const pugi::xml_document& skeleton(const std::string& type) const;
};

// Page types a template may give its own skeleton for.
inline constexpr const char* kPageTypes[] = {"cover",   "title",   "preface",       "toc",
                                             "chapter", "article", "abbreviations", "list"};

// A template folder's files as read: style.css, page.xhtml and any <type>.xhtml of kPageTypes.
struct TemplateFiles {
  std::string dir;                           // the folder they came from, for messages
  std::string css;                           // style.css
  std::map<std::string, std::string> pages;  // "page" → page.xhtml's text, "cover" → …
};

// Throws Error naming the file when page.xhtml is missing, or a skeleton is not well-formed
// XHTML with a <title> and an id="tt-content" element.
Templates parse_templates(const TemplateFiles& files);

// Throws Error, naming the file, for a page template over 256 KB (it is copied into every
// page of the book). parse_templates checks it too; load/ calls it before anything is made.
void check_template_sizes(const TemplateFiles& files);

}  // namespace tuyentap::epub
