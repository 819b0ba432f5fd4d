#include "epub/semantics.h"

#include <string>

namespace tuyentap::epub {

namespace {

struct Pair {
  std::string_view type, role;
};

// DPUB-ARIA 1.0 §4 and the EPUB Structural Semantics Vocabulary, for the types the books use.
constexpr Pair kPairs[] = {
    {"appendix", "doc-appendix"}, {"chapter", "doc-chapter"},    {"cover", "doc-cover"},
    {"glossary", "doc-glossary"}, {"page-list", "doc-pagelist"}, {"pagebreak", "doc-pagebreak"},
    {"part", "doc-part"},         {"preface", "doc-preface"},    {"toc", "doc-toc"},
};

}  // namespace

std::string_view aria_role(std::string_view epub_type) {
  for (const Pair& p : kPairs) {
    if (p.type == epub_type) return p.role;
  }
  return {};
}

void set_semantics(pugi::xml_node n, std::string_view type) {
  n.append_attribute("epub:type") = std::string(type).c_str();
  std::string_view role = aria_role(type);
  if (!role.empty()) n.append_attribute("role") = std::string(role).c_str();
}

}  // namespace tuyentap::epub
