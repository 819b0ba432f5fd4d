#include "pdf/font_source.h"

#include <hb-ot.h>

#include <cmath>

#include "base/error.h"
#include "pdf/pdf_number.h"

namespace tuyentap::pdf {

namespace {

// Big-endian fields of an OpenType table; a short table reads as zeros.
struct TableReader {
  hb_blob_t* blob;
  const unsigned char* data;
  unsigned size;
  TableReader(hb_face_t* face, hb_tag_t tag) : blob(hb_face_reference_table(face, tag)) {
    data = reinterpret_cast<const unsigned char*>(hb_blob_get_data(blob, &size));
  }
  ~TableReader() { hb_blob_destroy(blob); }
  int u16(unsigned off) const { return off + 2 <= size ? (data[off] << 8) | data[off + 1] : 0; }
  int s16(unsigned off) const { return static_cast<std::int16_t>(u16(off)); }
  int u8(unsigned off) const { return off < size ? data[off] : 0; }
};

}  // namespace

FontSource::FontSource(const FontFile& file) : file_(file) {
  if (!file.bytes || file.bytes->empty())
    throw Error("the font was not read", file.path, 0,
                "check that the font exists and is readable (fonts/ in the installation)");
  blob_ = hb_blob_create(file.bytes->data(), static_cast<unsigned>(file.bytes->size()),
                         HB_MEMORY_MODE_READONLY, nullptr, nullptr);
  face_ = hb_face_create(blob_, 0);
  glyph_count_ = hb_face_get_glyph_count(face_);
  upem_ = hb_face_get_upem(face_);
  if (glyph_count_ == 0 || upem_ == 0) {
    hb_face_destroy(face_);
    hb_blob_destroy(blob_);
    throw Error("the file is not a usable TrueType font", file.path, 0,
                "use a .ttf font with glyph outlines (e.g. the fonts in fonts/)");
  }
  cff_ = TableReader(face_, HB_TAG('g', 'l', 'y', 'f')).size == 0 &&
         TableReader(face_, HB_TAG('C', 'F', 'F', ' ')).size > 0;
  font_ = hb_font_create(face_);  // scale = upem: advances in font units
  widths_.resize(glyph_count_);
  for (unsigned gid = 0; gid < glyph_count_; ++gid) {
    double adv = hb_font_get_glyph_h_advance(font_, gid);
    widths_[gid] = rounded(adv * 1000.0 / upem_, 2);
  }
}

FontSource::~FontSource() {
  hb_font_destroy(font_);
  hb_face_destroy(face_);
  hb_blob_destroy(blob_);
}

FontSource::Metrics FontSource::metrics() const {
  Metrics m;
  double k = 1000.0 / upem_;
  TableReader head(face_, HB_TAG('h', 'e', 'a', 'd'));
  m.bbox[0] = head.s16(36) * k;
  m.bbox[1] = head.s16(38) * k;
  m.bbox[2] = head.s16(40) * k;
  m.bbox[3] = head.s16(42) * k;

  hb_font_extents_t ext{};
  hb_font_get_h_extents(font_, &ext);
  m.ascent = ext.ascender * k;
  m.descent = ext.descender * k;
  hb_position_t cap = 0;
  if (hb_ot_metrics_get_position(font_, HB_OT_METRICS_TAG_CAP_HEIGHT, &cap) && cap > 0)
    m.cap_height = cap * k;
  else
    m.cap_height = m.ascent;  // old fonts without OS/2 v2: the ascent is the usual stand-in
  m.italic_angle = hb_style_get_value(font_, HB_STYLE_TAG_SLANT_ANGLE);

  TableReader os2(face_, HB_TAG('O', 'S', '/', '2'));
  int weight = os2.u16(4);
  if (weight <= 0) weight = 400;
  // No font records its stem width; this is the usual estimate from the weight class
  // (400 → 88, 700 → 166), which viewers only use to fake a missing font anyway.
  m.stem_v = std::round(50 + (weight / 65.0) * (weight / 65.0));

  TableReader post(face_, HB_TAG('p', 'o', 's', 't'));
  bool fixed_pitch = post.u16(12) != 0 || post.u16(14) != 0;
  // PANOSE (OS/2 offset 32): family "Latin text" (2) with serif styles 2..10 is a serif face.
  int panose_family = os2.u8(32), panose_serif = os2.u8(33);
  bool serif = panose_family == 2 && panose_serif >= 2 && panose_serif <= 10;
  m.flags = 4;  // Symbolic: a CID font's glyphs are not the standard Latin set
  if (fixed_pitch) m.flags |= 1;
  if (serif) m.flags |= 2;
  if (m.italic_angle != 0) m.flags |= 64;
  return m;
}

}  // namespace tuyentap::pdf
