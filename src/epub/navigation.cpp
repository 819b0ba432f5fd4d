#include "epub/navigation.h"

#include <pugixml.hpp>
#include <string_view>

#include "epub/semantics.h"
#include "epub/utf8.h"
#include "epub/xhtml.h"

namespace tuyentap::epub {

namespace {

// Views of the plan's strings and the labels: the tree of 100,000 articles is not copied.
struct NavEntry {
  std::string_view label, href;
  std::vector<NavEntry> children;
};

// The same tree feeds nav.xhtml and toc.ncx so that both readers see one book.
std::vector<NavEntry> nav_tree(const Plan& plan) {
  std::vector<NavEntry> tree;
  if (!plan.preface_file.empty()) tree.push_back({label::kPreface, plan.preface_file, {}});
  tree.push_back({label::kContents, plan.toc_files.front(), {}});
  for (const PlannedChapter& c : plan.chapters) {
    NavEntry e{c.heading, c.file, {}};
    e.children.reserve(c.articles.size());
    for (size_t a : c.articles)
      e.children.push_back({plan.articles[a].title, plan.articles[a].file, {}});
    tree.push_back(std::move(e));
  }
  if (!plan.abbreviations_file.empty())
    tree.push_back({label::kAbbreviations, plan.abbreviations_file, {}});
  if (!plan.list_files.empty()) tree.push_back({label::kArticleList, plan.list_files.front(), {}});
  return tree;
}

void text_child(pugi::xml_node parent, const char* tag, std::string_view text) {
  parent.append_child(tag).append_child(pugi::node_pcdata).set_value(xml_safe(text).c_str());
}

void nav_item(pugi::xml_node ol, const NavEntry& e);

void nav_list(pugi::xml_node parent, const std::vector<NavEntry>& entries) {
  pugi::xml_node ol = parent.append_child("ol");
  for (const NavEntry& e : entries) nav_item(ol, e);
}

void nav_item(pugi::xml_node ol, const NavEntry& e) {
  pugi::xml_node li = ol.append_child("li");
  pugi::xml_node a = li.append_child("a");
  a.append_attribute("href") = std::string(e.href).c_str();
  a.append_child(pugi::node_pcdata).set_value(xml_safe(e.label).c_str());
  if (!e.children.empty()) nav_list(li, e.children);
}

void landmark(pugi::xml_node ol, const char* type, const std::string& href, const char* label) {
  pugi::xml_node a = ol.append_child("li").append_child("a");
  a.append_attribute("epub:type") = type;
  a.append_attribute("href") = href.c_str();
  a.append_child(pugi::node_pcdata).set_value(label);
}

void ncx_point(pugi::xml_node parent, const NavEntry& e, int& order) {
  ++order;
  pugi::xml_node p = parent.append_child("navPoint");
  p.append_attribute("id") = ("np" + std::to_string(order)).c_str();
  p.append_attribute("playOrder") = order;
  text_child(p.append_child("navLabel"), "text", e.label);
  p.append_child("content").append_attribute("src") = std::string(e.href).c_str();
  for (const NavEntry& child : e.children) ncx_point(p, child, order);
}

}  // namespace

std::string nav_document(const Plan& plan, const std::string& lang,
                         const std::vector<PageTarget>& page_list) {
  pugi::xml_document doc;
  add_declaration(doc);
  doc.append_child(pugi::node_doctype).set_value("html");
  pugi::xml_node html = doc.append_child("html");
  html.append_attribute("xmlns") = "http://www.w3.org/1999/xhtml";
  html.append_attribute("xmlns:epub") = "http://www.idpf.org/2007/ops";
  html.append_attribute("xml:lang") = lang.c_str();
  html.append_attribute("lang") = lang.c_str();
  pugi::xml_node head = html.append_child("head");
  head.append_child("meta").append_attribute("charset") = "UTF-8";
  text_child(head, "title", label::kContents);
  pugi::xml_node body = html.append_child("body");

  pugi::xml_node toc = body.append_child("nav");
  set_semantics(toc, "toc");
  toc.append_attribute("id") = "toc";
  text_child(toc, "h1", label::kContents);
  // The entries (each chapter with its articles), then the printed pages: made a part at a
  // time (serialize_in_parts).
  const std::vector<NavEntry> tree = nav_tree(plan);
  std::vector<PartMaker> parts;
  add_parts_placeholder(toc.append_child("ol"));
  parts.push_back(
      in_batches(tree.size(), 1, [&](pugi::xml_node ol, std::size_t i) { nav_item(ol, tree[i]); }));

  pugi::xml_node marks = body.append_child("nav");
  marks.append_attribute("epub:type") = "landmarks";
  marks.append_attribute("id") = "landmarks";
  marks.append_attribute("hidden") = "hidden";
  text_child(marks, "h2", label::kBookParts);
  pugi::xml_node ol = marks.append_child("ol");
  landmark(ol, "cover", plan.cover_file, label::kCover);
  landmark(ol, "titlepage", plan.title_file, label::kTitlePage);
  landmark(ol, "toc", plan.toc_files.front(), label::kContents);
  // Reading starts at the first chapter (its opener), or the first back page of a book
  // without chapters.
  std::string body_start = !plan.chapters.empty()             ? plan.chapters.front().file
                           : !plan.abbreviations_file.empty() ? plan.abbreviations_file
                           : !plan.list_files.empty()         ? plan.list_files.front()
                                                              : plan.toc_files.front();
  landmark(ol, "bodymatter", body_start, label::kBodyMatter);

  if (!page_list.empty()) {  // the printed edition's pages, for "trang 37" in a meeting
    pugi::xml_node pages = body.append_child("nav");
    set_semantics(pages, "page-list");
    pages.append_attribute("id") = "page-list";
    pages.append_attribute("hidden") = "hidden";
    text_child(pages, "h2", label::kPrintedPages);
    add_parts_placeholder(pages.append_child("ol"));
    parts.push_back(in_batches(page_list.size(), 512, [&](pugi::xml_node list, std::size_t i) {
      const PageTarget& p = page_list[i];
      pugi::xml_node a = list.append_child("li").append_child("a");
      a.append_attribute("href") = p.href.c_str();
      a.append_child(pugi::node_pcdata).set_value(p.label.c_str());
    }));
  }
  return serialize_in_parts(doc, parts);
}

std::string ncx_document(const Plan& plan, const std::string& lang, const std::string& uid) {
  pugi::xml_document doc;
  add_declaration(doc);
  pugi::xml_node ncx = doc.append_child("ncx");
  ncx.append_attribute("xmlns") = "http://www.daisy.org/z3986/2005/ncx/";
  ncx.append_attribute("version") = "2005-1";
  ncx.append_attribute("xml:lang") = lang.c_str();
  std::vector<NavEntry> tree = nav_tree(plan);
  int depth = 1;
  for (const NavEntry& e : tree) depth = e.children.empty() ? depth : 2;
  pugi::xml_node head = ncx.append_child("head");
  auto meta = [&](const char* name, const std::string& content) {
    pugi::xml_node m = head.append_child("meta");
    m.append_attribute("name") = name;
    m.append_attribute("content") = content.c_str();
  };
  meta("dtb:uid", uid);  // must equal the package's dc:identifier
  meta("dtb:depth", std::to_string(depth));
  meta("dtb:totalPageCount", "0");
  meta("dtb:maxPageNumber", "0");
  text_child(ncx.append_child("docTitle"), "text", plan.title);
  int order = 0;
  add_parts_placeholder(ncx.append_child("navMap"));
  return serialize_in_parts(doc,
                            {in_batches(tree.size(), 1, [&](pugi::xml_node map, std::size_t i) {
                              ncx_point(map, tree[i], order);
                            })});
}

}  // namespace tuyentap::epub
