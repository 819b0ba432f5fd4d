#include "load/font_check.h"

#include <hb.h>

#include <memory>

#include "base/error.h"
#include "load/cff_kind.h"
#include "text/utf8.h"
#include "text/vietnamese_letters.h"

namespace tuyentap {

namespace {

// How many of the missing letters a message lists before "…".
constexpr std::size_t kLettersShown = 24;

struct FaceDeleter {
  void operator()(hb_face_t* f) const { hb_face_destroy(f); }
};
using Face = std::unique_ptr<hb_face_t, FaceDeleter>;

Face open_face(const NamedBytes& font) {
  const std::string empty;
  const std::string& bytes = font.bytes ? *font.bytes : empty;
  hb_blob_t* blob = hb_blob_create(bytes.data(), static_cast<unsigned>(bytes.size()),
                                   HB_MEMORY_MODE_READONLY, nullptr, nullptr);
  Face face(hb_face_create(blob, 0));
  hb_blob_destroy(blob);
  return face;
}

std::string table(hb_face_t* face, const char* tag) {
  hb_blob_t* blob = hb_face_reference_table(face, hb_tag_from_string(tag, 4));
  unsigned size = 0;
  const char* data = hb_blob_get_data(blob, &size);
  std::string bytes = data ? std::string(data, size) : std::string();
  hb_blob_destroy(blob);
  return bytes;
}

}  // namespace

void check_outlines(const NamedBytes& font, const NamedAt& at) {
  Face face = open_face(font);
  if (!table(face.get(), "glyf").empty()) return;  // TrueType
  const std::string cff = table(face.get(), "CFF ");
  std::string why;
  if (!table(face.get(), "CFF2").empty()) {
    why = "CFF2 outlines (a variable .otf)";
  } else if (!cff.empty() && cff_is_cid_keyed(cff)) {
    why = "CID-keyed CFF outlines (a CJK .otf)";
  }
  if (why.empty()) return;  // plain CFF (pdf/ embeds it), or not a font (layout says so)
  throw Error("the font " + font.name + " has " + why + ", which are not supported yet", at.file,
              at.line,
              "use the .ttf (TrueType) version of the font, or one of the fonts in fonts/");
}

std::u32string vietnamese_letters_missing(const std::vector<NamedBytes>& fonts) {
  std::u32string missing = vietnamese_letters();
  for (const NamedBytes& font : fonts) {
    Face face = open_face(font);
    hb_set_t* has = hb_set_create();
    hb_face_collect_unicodes(face.get(), has);
    std::erase_if(missing, [&](char32_t c) { return hb_set_has(has, c); });
    hb_set_destroy(has);
  }
  return missing;
}

void refuse_missing_vietnamese(const NamedBytes& font, const std::u32string& missing,
                               const NamedAt& at) {
  if (missing.empty()) return;
  std::string letters;
  for (std::size_t i = 0; i < missing.size() && i < kLettersShown; ++i) {
    if (i > 0) letters += ' ';
    utf8::append(letters, missing[i]);
  }
  if (missing.size() > kLettersShown) letters += " …";
  throw Error("the font " + font.name + " lacks " + std::to_string(missing.size()) +
                  " Vietnamese letters: " + letters,
              at.file, at.line,
              "use a font that has Vietnamese (such as those in fonts/), or name one that has "
              "in [fonts] fallbacks");
}

}  // namespace tuyentap
