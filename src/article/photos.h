// The photos of the articles: each caption's photo (Block::photo.ref, as the page writes it) is
// looked for among the JPEG and PNG files the archive read (ArchiveContents::images) — next to
// the page, in its saved-page "_files/" folder, or from the input's root for "/uploads/…" —
// whether the archive is a folder or a zip. Only archive/ opens files; this matches names.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "archive/archive.h"
#include "article/photo_pixels.h"
#include "article/reader.h"

namespace tuyentap {

// The path, as the archive shows paths, that `ref` in the page `page` names: relative to the
// page's folder, or for "/…" (and an "http://site/…" address, by its path) to the root of the
// input or zip the page came from (one of `roots`). Query and fragment are dropped, %XX
// decoded. "" for what no archive file can be (data:, a path climbing above the root).
std::string photo_path(const std::string& page, const std::string& ref,
                       const std::vector<std::string>& roots);

// `rel`'s "." and ".." resolved into `out` ("a/./b/../c" → "a/c"); false when ".." climbs
// above its start or nothing is left.
bool resolve_dots(const std::string& rel, std::string& out);

struct PhotoCounts {
  int found = 0;    // captions whose photo the archive holds
  int missing = 0;  // captions whose photo it does not (each also a warning on its article)
};

// The stable start of the warning an article gets for each photo the archive lacks:
// "photo missing: bai-viet_files/anh1.jpg (not in the archive, or not a JPEG or PNG)".
inline constexpr const char* kPhotoMissing = "photo missing: ";

// The stable start of the warning for a photo there that the books cannot show (a Word
// document's EMF drawing, a picture past the limits: word_pictures.h):
// "photo unreadable: word/media/image2.emf (an EMF or WMF drawing: …)".
inline constexpr const char* kPhotoUnreadable = "photo unreadable: ";

// Sets each caption's Block::photo.picture from `archive.images` (one Picture shared by every
// caption that shows the same file) and warns of each photo not found. Every photo, a Word
// document's too, must be within the pixel limits (photo_pixels.h), or is let go with a
// warning. Image files that an
// article shows leave `archive.skipped`: they are that article's photos, not inputs left out;
// the others stay there as before ("not text (JPEG image)"). `archive.images` is emptied.
PhotoCounts attach_photos(ArchiveContents& archive,
                          std::vector<std::variant<Article, NotAnArticle>>& articles);

// The same an article at a time, for articles that are not all held at once (`tuyentap
// scan` prints each as soon as it is read): attach() each article in the files' order, then
// finish() once, which takes the shown images out of `archive.skipped` and empties
// `archive.images`. The archive must outlive this.
class PhotoAttacher {
 public:
  explicit PhotoAttacher(ArchiveContents& archive);
  void attach(Article& a);
  PhotoCounts finish();

 private:
  ArchiveContents& archive_;
  std::map<std::string, std::size_t> exact_, loose_;
  std::vector<std::shared_ptr<const Picture>> pictures_;
  std::set<std::size_t> used_skips_;
  PhotoCounts counts_;
  std::uint64_t word_bytes_ = 0;
  PixelBudget pixels_;  // per build: every caption's photo, in the articles' order
};

}  // namespace tuyentap
