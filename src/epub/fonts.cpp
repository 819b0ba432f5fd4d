#include "epub/fonts.h"

#include <hb-subset.h>
#include <hb.h>

#include "base/error.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace tuyentap::epub {

namespace {
constexpr char32_t kCodePoints = 0x110000;

const FaceInfo kFaces[kFaceCount] = {
    {"NotoSerif-Regular.ttf", "Tuyentap Serif", "normal", "normal", "Noto Serif Regular"},
    {"NotoSerif-Bold.ttf", "Tuyentap Serif", "bold", "normal", "Noto Serif Bold"},
    {"NotoSerif-Italic.ttf", "Tuyentap Serif", "normal", "italic", "Noto Serif Italic"},
    {"NotoSerif-BoldItalic.ttf", "Tuyentap Serif", "bold", "italic", "Noto Serif Bold Italic"},
    {"NotoSans-Regular.ttf", "Tuyentap Sans", "normal", "normal", "Noto Sans Regular"},
    {"NotoSans-Bold.ttf", "Tuyentap Sans", "bold", "normal", "Noto Sans Bold"},
};
}  // namespace

const FaceInfo& face_info(Face f) {
  return kFaces[static_cast<int>(f)];
}

struct FontSet::Loaded {
  std::string path;
  std::shared_ptr<const std::string> bytes;  // the blob below points into it
  hb_blob_t* blob = nullptr;
  hb_face_t* face = nullptr;
  hb_set_t* cmap = nullptr;  // code points the font maps to a glyph

  ~Loaded() {
    hb_set_destroy(cmap);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
  }
};

FontSet::FontSet(const std::vector<NamedBytes>& fonts) : embed_(!fonts.empty()) {
  if (!embed_) return;
  if (fonts.size() != kFaceCount) throw Error("the EPUB needs its six fonts, or none");
  code_points_.assign(kCodePoints, 0);
  for (int f = 0; f < kFaceCount; ++f) {
    faces_[f] = std::make_unique<Loaded>();
    Loaded* l = faces_[f].get();
    l->path = fonts[static_cast<size_t>(f)].name;
    l->bytes = fonts[static_cast<size_t>(f)].bytes;
    if (!l->bytes) l->bytes = std::make_shared<const std::string>();
    l->blob = hb_blob_create(l->bytes->data(), static_cast<unsigned>(l->bytes->size()),
                             HB_MEMORY_MODE_READONLY, nullptr, nullptr);
    l->face = hb_face_create(l->blob, 0);
    l->cmap = hb_set_create();
    hb_face_collect_unicodes(l->face, l->cmap);
    if (hb_face_get_glyph_count(l->face) == 0 || hb_set_is_empty(l->cmap)) {
      throw Error("not a usable font (no glyphs or no character map)", l->path, 0,
                  "restore the font from the tuyentap release, or set TUYENTAP_DATA");
    }
  }
}

FontSet::~FontSet() = default;

void FontSet::use(Face face, std::string_view text, std::vector<char32_t>& missing) {
  const int f = static_cast<int>(face);
  if (text.empty()) return;
  used_[f] = true;
  if (!embed_) return;
  const unsigned char bit = static_cast<unsigned char>(1u << f);
  const hb_set_t* cmap = faces_[f]->cmap;
  size_t first_missing = missing.size();
  for (size_t i = 0; i < text.size();) {
    // Most of the text is ASCII: skip the decoder for it.
    unsigned char b = static_cast<unsigned char>(text[i]);
    char32_t c = b < 0x80 ? (++i, b) : utf8::next(text, i);
    unsigned char& slot = code_points_[c];
    if (slot & bit) continue;       // seen in this face: known to be present (or reported)
    if (!needs_glyph(c)) continue;  // nothing to draw: never missing (as in the PDF)
    if (!hb_set_has(cmap, c)) {
      bool dup = false;
      for (size_t k = first_missing; k < missing.size(); ++k) dup = dup || missing[k] == c;
      if (!dup) missing.push_back(c);
      continue;  // not marked: every article that uses it gets its own report
    }
    slot |= bit;
  }
}

std::vector<FontFile> FontSet::subsets() const {
  std::vector<FontFile> out;
  if (!embed_) return out;
  for (int f = 0; f < kFaceCount; ++f) {
    if (!used_[f]) continue;
    hb_subset_input_t* input = hb_subset_input_create_or_fail();
    if (!input) throw Error("out of memory while subsetting fonts");
    hb_set_t* unicodes = hb_subset_input_unicode_set(input);
    const unsigned char bit = static_cast<unsigned char>(1u << f);
    for (char32_t c = 0; c < kCodePoints; ++c) {
      if (code_points_[c] & bit) hb_set_add(unicodes, c);
    }
    hb_set_add(unicodes, ' ');  // the space between words is in every text
    // The defaults keep GSUB/GPOS (kerning, mark placement) for the glyphs kept.
    hb_face_t* subset = hb_subset_or_fail(faces_[f]->face, input);
    hb_subset_input_destroy(input);
    if (!subset) throw Error("cannot subset the font", faces_[f]->path);
    hb_blob_t* blob = hb_face_reference_blob(subset);
    unsigned len = 0;
    const char* data = hb_blob_get_data(blob, &len);
    out.push_back({std::string("fonts/") + kFaces[f].file, std::string(data, len)});
    hb_blob_destroy(blob);
    hb_face_destroy(subset);
  }
  return out;
}

std::string FontSet::font_face_css() const {
  std::string css;
  if (!embed_) return css;
  for (int f = 0; f < kFaceCount; ++f) {
    if (!used_[f]) continue;
    const FaceInfo& fi = kFaces[f];
    css += "@font-face {\n  font-family: \"";
    css += fi.family;
    css += "\";\n  font-weight: ";
    css += fi.weight;
    css += ";\n  font-style: ";
    css += fi.style;
    css += ";\n  src: url(fonts/";
    css += fi.file;
    css += ");\n}\n";
  }
  return css;
}

}  // namespace tuyentap::epub
