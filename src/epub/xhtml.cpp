#include "epub/xhtml.h"

#include <algorithm>
#include <string_view>

#include "base/error.h"
#include "epub/utf8.h"
#include "text/utf8.h"

namespace tuyentap::epub {

namespace {
struct StringWriter : pugi::xml_writer {
  std::string out;
  void write(const void* data, size_t size) override {
    out.append(static_cast<const char*>(data), size);
  }
};
}  // namespace

std::string serialize(const pugi::xml_document& doc) {
  StringWriter w;
  w.out.reserve(8192);
  doc.save(w, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
  w.out += '\n';
  return std::move(w.out);
}

namespace {
constexpr std::string_view kPartsPlaceholder = "<!--tuyentap-parts-->";
}  // namespace

void add_parts_placeholder(pugi::xml_node parent) {
  parent.append_child(pugi::node_comment).set_value("tuyentap-parts");
}

PartMaker in_batches(std::size_t count, std::size_t per_part,
                     std::function<void(pugi::xml_node, std::size_t)> item) {
  return [=, next = std::size_t{0}](pugi::xml_node parent) mutable {
    if (next == count) return false;
    for (std::size_t end = std::min(count, next + per_part); next < end; ++next) item(parent, next);
    return true;
  };
}

std::string serialize_in_parts(const pugi::xml_document& skeleton,
                               const std::vector<PartMaker>& makers) {
  const std::string frame = serialize(skeleton);
  StringWriter w;
  w.out.reserve(frame.size());
  std::size_t from = 0;
  for (const PartMaker& make : makers) {
    const std::size_t at = frame.find(kPartsPlaceholder, from);
    if (at == std::string::npos) throw Error("internal: a document has fewer placeholders");
    w.out.append(frame, from, at - from);
    bool any = false;
    for (;;) {
      pugi::xml_document part;
      if (!make(part)) break;
      part.save(w, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
      any = true;
    }
    // An element left without children would serialise as <x/> in the whole document.
    if (!any) throw Error("internal: a placeholder of a document got no part");
    from = at + kPartsPlaceholder.size();
  }
  w.out.append(frame, from);
  return std::move(w.out);
}

void add_declaration(pugi::xml_document& doc) {
  pugi::xml_node decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
}

PageWriter::PageWriter(const Templates& templates, FontSet& fonts,
                       std::vector<EpubProblem>& problems, std::string lang)
    : templates_(templates), fonts_(fonts), problems_(problems), lang_(std::move(lang)) {}

pugi::xml_node PageWriter::begin(const std::string& type, std::string_view title,
                                 std::string source_file, std::string page_label) {
  set_source(std::move(source_file), std::move(page_label));
  doc_.reset(templates_.skeleton(type));
  pugi::xml_node html = doc_.document_element();
  // The language and the epub: namespace are the writer's business, whatever the template.
  for (const char* a : {"xml:lang", "lang"}) {
    pugi::xml_attribute attr = html.attribute(a);
    (attr ? attr : html.append_attribute(a)).set_value(lang_.c_str());
  }
  if (!html.attribute("xmlns:epub"))
    html.append_attribute("xmlns:epub") = "http://www.idpf.org/2007/ops";
  pugi::xml_node t = html.child("head").child("title");
  t.remove_children();
  t.append_child(pugi::node_pcdata).set_value(xml_safe(title).c_str());

  placeholder_ = html.find_node(
      [](pugi::xml_node n) { return std::string_view(n.attribute("id").value()) == "tt-content"; });
  pugi::xml_node section = placeholder_.parent().insert_child_before("section", placeholder_);
  section.append_attribute("class") = type.c_str();
  return section;
}

void PageWriter::reserve_glyphs(std::string_view chars, Face face) {
  missing_.clear();
  fonts_.use(face, chars, missing_);  // the fonts have digits: nothing to report
}

void PageWriter::set_source(std::string source_file, std::string page_label) {
  source_file_ = std::move(source_file);
  page_label_ = std::move(page_label);
}

void PageWriter::text(pugi::xml_node parent, std::string_view text, Face face) {
  std::string safe = xml_safe(text);
  if (safe.empty()) return;
  missing_.clear();
  fonts_.use(face, safe, missing_);
  for (char32_t c : missing_) {
    if (!reported_.insert({source_file_, c}).second) continue;
    EpubProblem p;
    p.file = source_file_;
    utf8::append(p.character, c);
    p.message = "character " + code_point_label(c) + " \"" + p.character + "\" ";
    if (source_file_.empty()) p.message += "(" + page_label_ + ") ";
    p.message += std::string("has no glyph in the embedded font ") + face_info(face).name +
                 ": readers would show a box or another font";
    problems_.push_back(std::move(p));
  }
  parent.append_child(pugi::node_pcdata).set_value(safe.c_str());
}

pugi::xml_node PageWriter::add(pugi::xml_node parent, const char* tag, std::string_view text,
                               Face face, const char* cls) {
  pugi::xml_node n = parent.append_child(tag);
  if (cls) n.append_attribute("class") = cls;
  this->text(n, text, face);
  return n;
}

std::string PageWriter::finish() {
  placeholder_.parent().remove_child(placeholder_);
  return serialize(doc_);
}

}  // namespace tuyentap::epub
