#include "article/caption_note.h"

#include <algorithm>
#include <string_view>

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

namespace {

constexpr std::string_view kNoteStart = "[Ảnh: ";

// How much of b.text the note keeps: all but a sentence's stop (the note has none).
std::size_t note_text_size(const Block& b) {
  const std::string& t = b.text;
  return t.ends_with('.') && !t.ends_with("..") ? t.size() - 1 : t.size();
}

}  // namespace

std::string caption_note(const Block& b) {
  std::string what = b.text.substr(0, note_text_size(b));
  if (!b.credit.empty()) what += (what.empty() ? "" : " — ") + b.credit;
  return std::string(kNoteStart) + what + "]";
}

std::vector<Emphasis> caption_note_emphasis(const Block& b) {
  const std::size_t kept = note_text_size(b);
  std::vector<Emphasis> out;
  for (Emphasis e : b.emphasis) {
    e.end = std::min(e.end, kept);
    if (e.begin >= e.end) continue;
    e.begin += kNoteStart.size();
    e.end += kNoteStart.size();
    out.push_back(e);
  }
  return out;
}

int captions_without_photo(const Article& a) {
  if (is_photo_story(a)) return 0;
  int n = 0;
  for (const Block& b : a.blocks) n += b.type == BlockType::Caption && !b.photo.picture ? 1 : 0;
  return n;
}

}  // namespace tuyentap
