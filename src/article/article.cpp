// The Article value's helpers.
#include "article/article.h"

#include "text/dashes.h"

namespace tuyentap {

const char* block_type_name(BlockType t) {
  switch (t) {
    case BlockType::Paragraph:
      return "paragraph";
    case BlockType::Caption:
      return "caption";
    case BlockType::Heading:
      return "heading";
  }
  return "paragraph";
}

std::string article_plain_text(const Article& a) {
  std::string out;
  auto add = [&out](const std::string& s) {  // with range dashes, as both books print it
    if (s.empty()) return;
    if (!out.empty()) out += ' ';
    out += range_dashes(s);
  };
  add(a.title);
  add(a.lead);
  for (const Block& b : a.blocks) {
    add(b.text);
    if (!b.credit.empty()) add(credit_label(b.credit));
  }
  add(a.author);
  return out;
}

std::string credit_label(const std::string& credit) {
  return "Ảnh: " + credit;
}

}  // namespace tuyentap
