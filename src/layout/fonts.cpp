#include "layout/fonts.h"

#include <hb-ot.h>

#include <filesystem>

#include "base/error.h"

namespace tuyentap {

FontSet::~FontSet() {
  for (auto& f : faces_) {
    hb_font_destroy(f->font);
    hb_face_destroy(f->face);
  }
}

int FontSet::add(const NamedBytes& font) {
  const std::string& path = font.name;
  for (int i = 0; i < size(); ++i) {
    if (faces_[i]->path == path) return i;
  }
  if (font.empty()) throw Error("the font file is empty", path);
  auto f = std::make_unique<FontFace>();
  f->path = path;
  f->bytes = font.bytes;
  hb_blob_t* blob = hb_blob_create(f->bytes->data(), static_cast<unsigned>(f->bytes->size()),
                                   HB_MEMORY_MODE_READONLY, nullptr, nullptr);
  f->face = hb_face_create(blob, 0);
  hb_blob_destroy(blob);
  f->upem = static_cast<int>(hb_face_get_upem(f->face));
  if (hb_face_get_glyph_count(f->face) < 2 || f->upem <= 0) {
    hb_face_destroy(f->face);
    throw Error("not a usable TrueType/OpenType font", path, 0, "use a .ttf file");
  }
  f->font = hb_font_create(f->face);
  hb_font_set_scale(f->font, f->upem, f->upem);
  char name[256];
  unsigned int len = sizeof name;
  if (hb_ot_name_get_utf8(f->face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &len, name) >
      0) {
    f->ps_name = name;
  } else {
    f->ps_name = std::filesystem::path(path).stem().string();
  }
  hb_font_extents_t ext;
  if (hb_font_get_h_extents(f->font, &ext)) {
    f->ascender = static_cast<float>(ext.ascender) / static_cast<float>(f->upem);
    f->descender = static_cast<float>(-ext.descender) / static_cast<float>(f->upem);
  }
  faces_.push_back(std::move(f));
  return size() - 1;
}

bool FontSet::has(int font, char32_t cp) const {
  hb_codepoint_t gid = 0;
  return hb_font_get_nominal_glyph(faces_[font]->font, cp, &gid) && gid != 0;
}

std::vector<FontFile> FontSet::files() const {
  std::vector<FontFile> out;
  for (const auto& f : faces_) out.push_back({f->path, f->ps_name, f->bytes});
  return out;
}

}  // namespace tuyentap
