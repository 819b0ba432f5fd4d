// A font opened with HarfBuzz for embedding: its glyph count, units per em, natural
// advances, the metrics a PDF FontDescriptor wants, and its outlines' kind (TrueType, or
// the CFF of an .otf, which load/font_check.h lets through only when not CID-keyed).
#pragma once

#include <hb.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "layout/pages.h"

namespace tuyentap::pdf {

class FontSource {
 public:
  // Throws Error naming the file when its bytes are missing or not a font.
  explicit FontSource(const FontFile& file);
  ~FontSource();
  FontSource(const FontSource&) = delete;
  FontSource& operator=(const FontSource&) = delete;

  const FontFile& file() const { return file_; }
  hb_face_t* face() const { return face_; }
  unsigned glyph_count() const { return glyph_count_; }
  unsigned upem() const { return upem_; }
  // CFF outlines (a 'CFF ' table, no 'glyf'): embedded as FontFile3/OpenType.
  bool cff() const { return cff_; }

  // The glyph's advance in 1000-unit text space, rounded as written in /W: the content
  // stream measures its TJ adjustments against exactly this value.
  double width(std::uint32_t gid) const { return widths_[gid]; }

  // A glyph the writer may draw: never .notdef (gid 0), never past the font's last glyph.
  bool drawable(std::uint32_t gid) const { return gid != 0 && gid < glyph_count_; }

  struct Metrics {  // in 1000-unit glyph space
    double ascent = 0, descent = 0, cap_height = 0, italic_angle = 0, stem_v = 0;
    double bbox[4] = {0, 0, 0, 0};
    int flags = 0;
  };
  Metrics metrics() const;

 private:
  FontFile file_;
  hb_blob_t* blob_ = nullptr;
  hb_face_t* face_ = nullptr;
  hb_font_t* font_ = nullptr;
  unsigned glyph_count_ = 0, upem_ = 1000;
  bool cff_ = false;
  std::vector<double> widths_;
};

}  // namespace tuyentap::pdf
