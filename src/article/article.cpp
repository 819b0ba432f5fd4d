// The Article value's helpers.
#include "article/article.h"

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
  add(a.lead);
  for (const Block& b : a.blocks) {
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
  add(a.author);
  return out;
}

std::string article_plain_text(const Article& a) {
  return article_plain_text(a, CaptionsWithoutPhoto::Note);
}

void release_body(Article& a) {
  std::string().swap(a.lead);  // swapped, not `= {}`: that keeps the room
  std::vector<Emphasis>().swap(a.lead_emphasis);
  std::vector<Block>().swap(a.blocks);
}

std::string credit_label(const std::string& credit) {
  return "Ảnh: " + credit;
}

}  // namespace tuyentap
