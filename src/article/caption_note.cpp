#include "article/caption_note.h"

namespace tuyentap {

bool is_photo_story(const Article& a) {
  int captions = 0;
  for (const Block& b : a.blocks) {
    if (b.type == BlockType::Paragraph) return false;
    if (b.type == BlockType::Caption) ++captions;
  }
  return captions >= 2;
}

CaptionRole caption_role(const Article& a, const Block& b, CaptionsWithoutPhoto rule) {
  if (b.photo.picture) return CaptionRole::Figure;
  if (is_photo_story(a)) return CaptionRole::Body;
  return rule == CaptionsWithoutPhoto::Drop ? CaptionRole::Drop : CaptionRole::Note;
}

std::string caption_text(const Block& b) {
  if (b.credit.empty()) return b.text;
  return b.text.empty() ? credit_label(b.credit) : b.text + " " + credit_label(b.credit);
}

std::string caption_note(const Block& b) {
  std::string what = b.text;
  if (what.ends_with('.') && !what.ends_with(".."))
    what.pop_back();  // a sentence's stop: the note has none
  if (!b.credit.empty()) what += (what.empty() ? "" : " — ") + b.credit;
  return "[Ảnh: " + what + "]";
}

int captions_without_photo(const Article& a) {
  if (is_photo_story(a)) return 0;
  int n = 0;
  for (const Block& b : a.blocks) n += b.type == BlockType::Caption && !b.photo.picture ? 1 : 0;
  return n;
}

}  // namespace tuyentap
