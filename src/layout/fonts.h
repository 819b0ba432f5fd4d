// The fonts a layout uses: each .ttf opened once with HarfBuzz (hb_face from a blob),
// numbered in the order first asked for; the numbers are LaidOutBook::fonts indices.
#pragma once

#include <hb.h>

#include <memory>
#include <string>
#include <vector>

#include "base/named_bytes.h"
#include "layout/pages.h"

namespace tuyentap {

struct FontFace {
  std::string path, ps_name;
  std::shared_ptr<const std::string> bytes;  // the face's blob points into them
  hb_face_t* face = nullptr;
  hb_font_t* font = nullptr;  // scale = upem: positions come out in font units
  int upem = 1000;
  float ascender = 0.9f, descender = 0.25f;  // em, both positive
};

class FontSet {
 public:
  FontSet() = default;
  FontSet(const FontSet&) = delete;
  FontSet& operator=(const FontSet&) = delete;
  ~FontSet();

  // Opens (once per name) and numbers a font; throws Error naming it when unusable.
  int add(const NamedBytes& font);
  const FontFace& face(int i) const { return *faces_[i]; }
  int size() const { return static_cast<int>(faces_.size()); }
  // Whether the font maps the code point to a real glyph.
  bool has(int font, char32_t cp) const;
  std::vector<FontFile> files() const;

 private:
  std::vector<std::unique_ptr<FontFace>> faces_;
};

}  // namespace tuyentap
