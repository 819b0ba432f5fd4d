#include "epub/templates.h"

#include <pugixml.hpp>

#include "base/error.h"

namespace tuyentap::epub {

namespace {

const char* kHint = "copy templates/epub from the tuyentap sources and change that copy";

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
  for (const auto& [type, text] : files.pages)
    t.skeletons[type] = parse_skeleton(text, files.dir + "/" + type + ".xhtml");
  return t;
}

}  // namespace tuyentap::epub
