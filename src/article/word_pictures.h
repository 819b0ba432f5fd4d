// The pictures inside a word processor's document, and where they stand in its article.
//
// A .docx names a picture by a relationship id (word/_rels/document.xml.rels gives its part,
// "media/image1.png" from word/); an .odt by its path in the package ("Pictures/1000.png").
// Each picture is read from the document's zip (office_zip.h: its inflated bytes count against
// the document's budget), at most the archive's limit for one photo (ArchiveLimits::
// max_image_bytes), and all of one document's together at most the limit for all photos.
// Only JPEG and PNG are kept (base/picture.h); anything else — an EMF or WMF drawing, a picture
// linked from outside, one over the limit or damaged — is a warning on the article
// (photos.h's kPhotoUnreadable, code "photo-unreadable"), and its caption is kept without it (a
// note).
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "archive/binary_format.h"
#include "article/article.h"
#include "article/office_zip.h"

namespace tuyentap {

struct WordPicture {
  std::string part;                        // "word/media/image1.png"; the ref when no part
  std::shared_ptr<const Picture> picture;  // null when it cannot be shown
  std::string problem;                     // the warning when it cannot ("" when it can)
};

// Every picture `refs` name (WordParagraph::images; "" entries are passed over), by ref, each
// read once.
std::map<std::string, WordPicture> read_word_pictures(OfficeZip& zip, WordFormat format,
                                                      const std::vector<std::string>& refs);

// Where each picture goes: `caption_at[k]` is the index in `a.blocks` of the block read from
// the paragraph under picture k (its caption when that block is one), or a.blocks.size() when
// none is (the paragraph is the lead, or was left out); `insert_at[k]` is where a photo alone
// goes in a.blocks (before the first block of a later paragraph). The last picture before a
// caption takes it; the others stand alone (a caption with an empty text). An unreadable
// picture leaves its caption without a photo, and a warning.
struct PicturePlace {
  std::string ref;
  std::size_t caption_at = 0;
  std::size_t insert_at = 0;
};
void place_word_pictures(const std::vector<PicturePlace>& places,
                         const std::map<std::string, WordPicture>& pictures, Article& a);

}  // namespace tuyentap
