// The fonts embedded in the EPUB: which faces the book's text is set in, which code points
// each face must hold, the subsets (hb-subset) and their @font-face rules.
//
// Every piece of visible text goes through FontSet::use with the face its role is styled in
// (templates/epub/style.css says which: headings sans bold, body serif, lead serif bold,
// captions serif italic, credits serif bold italic, meta lines sans). That is how a subset
// holds exactly the glyphs the book uses, and how a character no font has is caught before
// it turns into a box on the reader's screen.
#pragma once

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/named_bytes.h"

namespace tuyentap::epub {

enum class Face { SerifRegular, SerifBold, SerifItalic, SerifBoldItalic, SansRegular, SansBold };
inline constexpr int kFaceCount = 6;

struct FaceInfo {
  const char* file;    // in fonts/: "NotoSerif-Regular.ttf"
  const char* family;  // the CSS family the templates use: "Tuyentap Serif"
  const char* weight;  // "normal" / "bold"
  const char* style;   // "normal" / "italic"
  const char* name;    // for messages: "Noto Serif Regular"
};
const FaceInfo& face_info(Face f);

struct FontFile {
  std::string name;  // "fonts/NotoSerif-Regular.ttf" (path inside the package)
  std::string data;  // the subset
};

class FontSet {
 public:
  // One font per Face, in Face order (face_info(f).file names each); none: nothing is
  // checked or embedded. Throws Error naming a font that is not one.
  explicit FontSet(const std::vector<NamedBytes>& fonts);
  ~FontSet();
  FontSet(const FontSet&) = delete;
  FontSet& operator=(const FontSet&) = delete;

  bool embedding() const { return embed_; }

  // Records that `text` is set in `face`. Code points the face has no glyph for are
  // appended to `missing` (each once per call, in order of appearance).
  void use(Face face, std::string_view text, std::vector<char32_t>& missing);

  bool used(Face face) const { return used_[static_cast<int>(face)]; }

  // Subsets of the used faces, in Face order. Throws Error when hb-subset fails.
  std::vector<FontFile> subsets() const;

  // @font-face rules for the used faces (empty when not embedding).
  std::string font_face_css() const;

 private:
  struct Loaded;
  bool embed_;
  std::array<bool, kFaceCount> used_{};
  std::vector<unsigned char> code_points_;  // bit f set: code point used in face f
  std::array<std::unique_ptr<Loaded>, kFaceCount> faces_;
};

}  // namespace tuyentap::epub
