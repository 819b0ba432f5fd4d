#include "book/photo_count.h"

#include "article/photo_pixels.h"
#include "article/photos.h"

namespace tuyentap::book {

PhotoFigures count_photos(const Book& book) {
  PhotoFigures f;
  const bool drop = book.meta.captions_without_photo == CaptionsWithoutPhoto::Drop;
  for (const Chapter& ch : book.chapters) {
    for (const Article& a : ch.articles) {
      for (const Block& b : a.blocks) {
        if (b.type != BlockType::Caption) continue;
        if (b.photo.picture) ++f.embedded;
        if (!b.photo.ref.empty() && !b.photo.picture) ++f.missing;
      }
      (drop ? f.dropped : f.notes) += captions_without_photo(a);
      for (const std::string& w : a.warnings)
        f.unreadable += w.starts_with(kPhotoUnreadable) || w.starts_with(kPhotoTooLarge);
    }
  }
  return f;
}

}  // namespace tuyentap::book
