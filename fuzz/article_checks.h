// What the harnesses that read an article check of it beyond "no crash": each caption's note
// (article/caption_note.h) carries its emphasis inside its own text, and the photos' pixel
// limits (article/photo_pixels.h) run over its captions as attach_photos runs them. A broken
// promise aborts, which libFuzzer reports as a finding.
#pragma once

#include <cstdlib>
#include <variant>
#include <vector>

#include "article/caption_note.h"
#include "article/photos.h"
#include "article/reader.h"

inline void check_article(std::variant<tuyentap::Article, tuyentap::NotAnArticle> read) {
  auto* a = std::get_if<tuyentap::Article>(&read);
  if (!a) return;
  for (const tuyentap::Block& b : a->blocks) {
    if (b.type != tuyentap::BlockType::Caption) continue;
    const std::string note = tuyentap::caption_note(b);
    for (const tuyentap::Emphasis& e : tuyentap::caption_note_emphasis(b))
      if (e.begin >= e.end || e.end > note.size() - 1) std::abort();  // never on the "]"
  }
  tuyentap::ArchiveContents none;
  std::vector<std::variant<tuyentap::Article, tuyentap::NotAnArticle>> articles{std::move(read)};
  tuyentap::attach_photos(none, articles);
}
