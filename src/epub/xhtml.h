// Builds one XHTML page from a template skeleton with pugixml (well-formed by construction).
// Every piece of visible text is added through add()/text() with the face it is set in, so
// the font subsets see it and a character no font has is reported with its page's file.
#pragma once

#include <functional>
#include <pugixml.hpp>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "epub/epub.h"
#include "epub/fonts.h"
#include "epub/page_breaks.h"
#include "epub/templates.h"

namespace tuyentap::epub {

class PageWriter {
 public:
  PageWriter(const Templates& templates, FontSet& fonts, std::vector<EpubProblem>& problems,
             std::string lang);

  // Starts a page of `type` titled `title`: returns a <section> where the skeleton's
  // id="tt-content" element was. `source_file` is what problems on this page name (the
  // article's file), `page_label` what they say otherwise ("title page").
  pugi::xml_node begin(const std::string& type, std::string_view title, std::string source_file,
                       std::string page_label);

  // Appends <tag class="cls">text</tag> to parent; text set in `face`.
  pugi::xml_node add(pugi::xml_node parent, const char* tag, std::string_view text, Face face,
                     const char* cls = nullptr);
  // Appends a text node to parent; text set in `face`.
  void text(pugi::xml_node parent, std::string_view text, Face face);

  // Glyphs the reading system draws itself in `face` (list numbers): kept in the subset.
  void reserve_glyphs(std::string_view chars, Face face);

  // What problems name from here on in this page: the article a line of a list is about.
  void set_source(std::string source_file, std::string page_label);

  // The page as XHTML bytes.
  std::string finish();

  // The printed edition's page breaks (page_breaks.h) that fall in `element`, which shows
  // `place` in `file`; nothing without a printed edition.
  void set_page_breaks(PageBreaks* breaks) { breaks_ = breaks; }
  void mark(pugi::xml_node element, const PagePlace& place, const std::string& file) {
    if (breaks_) breaks_->mark(element, place, file);
  }
  void mark_at_end(pugi::xml_node element, PagePlace::Part part, const std::string& file) {
    if (breaks_) breaks_->mark_at_end(element, part, file);
  }

 private:
  const Templates& templates_;
  FontSet& fonts_;
  std::vector<EpubProblem>& problems_;
  std::string lang_;
  std::string source_file_, page_label_;
  std::vector<char32_t> missing_;
  std::set<std::pair<std::string, char32_t>> reported_;  // one problem per file and character
  pugi::xml_document doc_;
  pugi::xml_node placeholder_;
  PageBreaks* breaks_ = nullptr;
};

// The XML serialisation every generated file uses: UTF-8, no added declaration (the
// document carries its own), raw (no indentation inside mixed content), final newline.
std::string serialize(const pugi::xml_document& doc);

// A document that names every article (the navigation, the package) is made a part at a
// time: its skeleton holds placeholders (add_parts_placeholder, in document order), and
// the i-th is filled by calling makers[i] with an empty document to append one part to,
// serialised and let go before the next, until it returns false. Without indentation a
// subtree serialises to the same bytes alone as in its document, so the result is
// serialize() of the whole document, which is never held: for 100,000 articles its tree
// would take several times the memory of its text. Each placeholder must get a part.
using PartMaker = std::function<bool(pugi::xml_node parent)>;
void add_parts_placeholder(pugi::xml_node parent);
// A maker that appends items [0, count) by calling item(parent, i), `per_part` to a part.
PartMaker in_batches(std::size_t count, std::size_t per_part,
                     std::function<void(pugi::xml_node, std::size_t)> item);
std::string serialize_in_parts(const pugi::xml_document& skeleton,
                               const std::vector<PartMaker>& makers);

// Appends <?xml version="1.0" encoding="UTF-8"?> to a document built from nothing
// (the OPF, the NCX, container.xml); pages take theirs from the templates.
void add_declaration(pugi::xml_document& doc);

}  // namespace tuyentap::epub
