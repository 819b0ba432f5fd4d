#include "epub/templates.h"

#include <pugixml.hpp>

#include "base/error.h"

namespace tuyentap::epub {

namespace {

const char* kHint = "copy templates/epub from the tuyentap sources and change that copy";

// A page template is copied into every page of the book: the shipped ones are under 1 KB,
// while a 3 MB <style> in page.xhtml made a 400-page book hold 1.3 GB of XHTML (2.2 GB
// peak, 62 s). Styles belong in style.css, which is stored once and linked from each page.
constexpr std::size_t kMaxSkeletonBytes = 256 * 1024;

// Line number of a byte offset, for the error message.
int line_of(const std::string& text, std::ptrdiff_t offset) {
  int line = 1;
  for (std::ptrdiff_t i = 0; i < offset && i < static_cast<std::ptrdiff_t>(text.size()); ++i)
    line += text[static_cast<size_t>(i)] == '\n';
  return line;
}

std::shared_ptr<pugi::xml_document> parse_skeleton(const std::string& text,
                                                   const std::string& path) {
  auto doc = std::make_shared<pugi::xml_document>();
  pugi::xml_parse_result r = doc->load_buffer(
      text.data(), text.size(), pugi::parse_default | pugi::parse_declaration | pugi::parse_doctype,
      pugi::encoding_utf8);
  if (!r) {
    throw Error(std::string("template is not well-formed XML: ") + r.description(), path,
                line_of(text, r.offset), kHint);
  }
  pugi::xml_node html = doc->document_element();
  if (std::string(html.name()) != "html") {
    throw Error("template's root element is not <html>", path, 0, kHint);
  }
  if (!html.child("head").child("title")) {
    throw Error("template has no <head><title>", path, 0, "add <title></title> to <head>");
  }
  if (!html.find_node([](pugi::xml_node n) {
        return std::string(n.attribute("id").value()) == "tt-content";
      })) {
    throw Error("template has no element with id=\"tt-content\"", path, 0,
                "put <div id=\"tt-content\"/> where the page's text goes");
  }
  return doc;
}

}  // namespace

const pugi::xml_document& Templates::skeleton(const std::string& type) const {
  auto it = skeletons.find(type);
  return *(it != skeletons.end() ? it->second : skeletons.at("page"));
}

Templates parse_templates(const TemplateFiles& files) {
  Templates t;
  t.dir = files.dir;
  t.css = files.css;
  auto page = files.pages.find("page");
  if (page == files.pages.end()) {
    throw Error("the EPUB template has no page.xhtml", files.dir, 0, kHint);
  }
  check_template_sizes(files);
  for (const auto& [type, text] : files.pages) {
    t.skeletons[type] = parse_skeleton(text, files.dir + "/" + type + ".xhtml");
  }
  return t;
}

void check_template_sizes(const TemplateFiles& files) {
  for (const auto& [type, text] : files.pages) {
    if (text.size() > kMaxSkeletonBytes) {
      throw Error("page template of " + std::to_string(text.size() / 1024) +
                      " KB, over the 256 KB a page template may have (it is copied into "
                      "every page of the book)",
                  files.dir + "/" + type + ".xhtml", 0,
                  "move its <style> into style.css, which every page links to");
    }
  }
}

}  // namespace tuyentap::epub
