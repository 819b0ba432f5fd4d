// The Article value's helpers.
#include "article/article.h"

#include <algorithm>

#include "article/caption_note.h"
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

std::string article_plain_text(const Article& a, CaptionsWithoutPhoto rule) {
  std::string out;
  auto add = [&out](const std::string& s) {  // with range dashes, as both books print it
    if (s.empty()) return;
    if (!out.empty()) out += ' ';
    out += range_dashes(s);
  };
  add(a.title);
  const std::size_t above = blocks_above_lead(a);
  for (std::size_t i = 0; i < a.blocks.size(); ++i) {
    if (i == above) add(a.lead);
    const Block& b = a.blocks[i];
    if (b.type != BlockType::Caption) {
      add(b.text);
      continue;
    }
    switch (caption_role(a, b, rule)) {
      case CaptionRole::Figure:
      case CaptionRole::Body:
        add(caption_text(b));
        break;
      case CaptionRole::Note:
        add(caption_note(b));
        break;
      case CaptionRole::Drop:
        break;
    }
  }
  if (above == a.blocks.size()) add(a.lead);
  add(a.author);
  return out;
}

std::string article_plain_text(const Article& a) {
  return article_plain_text(a, CaptionsWithoutPhoto::Note);
}

std::size_t blocks_above_lead(const Article& a) {
  return std::min(a.lead_at, a.blocks.size());
}

bool lead_is_sapo(const Article& a) {
  const auto above = a.blocks.begin() + static_cast<std::ptrdiff_t>(blocks_above_lead(a));
  return std::none_of(a.blocks.begin(), above,
                      [](const Block& b) { return b.type == BlockType::Heading; });
}

void release_body(Article& a) {
  std::string().swap(a.lead);  // swapped, not `= {}`: that keeps the room
  std::vector<Emphasis>().swap(a.lead_emphasis);
  std::vector<Block>().swap(a.blocks);
  a.lead_at = 0;
}

std::string credit_label(const std::string& credit) {
  return "Ảnh: " + credit;
}

}  // namespace tuyentap
