// What a page or element is, said twice as EPUB 3 asks: `epub:type` for reading systems
// and its DPUB-ARIA `role` for assistive technology (Ace's rule epub-type-has-matching-role).
// One table pairs them, so no page can carry the one without the other.
#pragma once

#include <pugixml.hpp>
#include <string_view>

namespace tuyentap::epub {

// Sets epub:type="type" on `n` and, when DPUB-ARIA has a role for it, role="doc-…":
// chapter, part, preface, toc, glossary, appendix, cover (an img only), pagebreak,
// page-list. Types without a role (titlepage, landmarks, bodymatter) get epub:type alone.
void set_semantics(pugi::xml_node n, std::string_view type);

// "doc-chapter" for "chapter"; "" when DPUB-ARIA has no role for the type.
std::string_view aria_role(std::string_view epub_type);

}  // namespace tuyentap::epub
