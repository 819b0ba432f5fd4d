// cover_png: the typographic cover drawn into pixels. The page is laid out by the same code
// as the PDF's cover (book_pages.h), then its rules are filled as rectangles and its glyphs
// rendered by FreeType at the picture's scale, each at its exact sub-pixel position.
#include <ft2build.h>
#include FT_FREETYPE_H
#include <png.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

#include "base/error.h"
#include "layout/book_pages.h"
#include "layout/typeset.h"

namespace tuyentap {
namespace {

struct Canvas {
  int width = 0, height = 0;
  std::vector<unsigned char> gray;  // row-major, 255 white

  // Mixes `level` (0 black … 255 white) into a pixel with coverage `alpha` (0 … 1).
  void paint(int x, int y, float alpha, float level) {
    if (x < 0 || y < 0 || x >= width || y >= height || alpha <= 0) return;
    unsigned char& p = gray[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) +
                            static_cast<std::size_t>(x)];
    float v = p + (level - p) * std::min(alpha, 1.0f);
    p = static_cast<unsigned char>(std::lround(v));
  }
};

// How much of pixel [i, i+1) the span [a, b) covers.
float overlap(int i, float a, float b) {
  return std::max(0.0f, std::min(b, i + 1.0f) - std::max(a, static_cast<float>(i)));
}

// A rule is a stroke of its width along its line: filled as the rectangle it covers (the
// cover's rules are horizontal), black, its edges anti-aliased.
void fill_rule(Canvas& c, const Rule& r, float scale) {
  float half = r.width / 2;
  float x1 = std::min(r.x1, r.x2) * scale, x2 = std::max(r.x1, r.x2) * scale;
  float y1 = std::min(r.y1, r.y2) * scale, y2 = std::max(r.y1, r.y2) * scale;
  if (r.y1 == r.y2) {
    y1 -= half * scale;
    y2 += half * scale;
  } else {
    x1 -= half * scale;
    x2 += half * scale;
  }
  for (int y = std::max(0, static_cast<int>(y1)); y < std::min(c.height, static_cast<int>(y2) + 1);
       ++y) {
    float cy = overlap(y, y1, y2);
    for (int x = std::max(0, static_cast<int>(x1)); x < std::min(c.width, static_cast<int>(x2) + 1);
         ++x)
      c.paint(x, y, cy * overlap(x, x1, x2), 0);
  }
}

class GlyphPainter {
 public:
  GlyphPainter(const FontSet& fonts, float scale) : fonts_(fonts), scale_(scale) {
    if (FT_Init_FreeType(&lib_)) throw Error("FreeType could not start");
  }
  ~GlyphPainter() {
    for (auto& [i, face] : faces_) FT_Done_Face(face);
    FT_Done_FreeType(lib_);
  }
  GlyphPainter(const GlyphPainter&) = delete;
  GlyphPainter& operator=(const GlyphPainter&) = delete;

  void run(Canvas& c, const TextRun& r) {
    FT_Face face = open(r.font);
    if (FT_Set_Char_Size(face, 0, static_cast<FT_F26Dot6>(std::lround(r.size * scale_ * 64)), 72,
                         72))
      throw Error("FreeType could not size the font", fonts_.face(r.font).path);
    float pen = r.x;
    std::size_t next_offset = 0;
    for (std::size_t i = 0; i < r.glyphs.size(); ++i) {
      float dx = 0, dy = 0;
      if (next_offset < r.offsets.size() && r.offsets[next_offset].index == i) {
        dx = r.offsets[next_offset].dx;
        dy = r.offsets[next_offset].dy;
        ++next_offset;
      }
      draw(c, face, r.glyphs[i].id, (pen + dx) * scale_, (r.y + dy) * scale_, r.gray * 255);
      pen += r.glyphs[i].advance;
    }
  }

 private:
  FT_Face open(int font) {
    auto it = faces_.find(font);
    if (it != faces_.end()) return it->second;
    const FontFace& f = fonts_.face(font);
    FT_Face face = nullptr;
    if (FT_New_Memory_Face(lib_, reinterpret_cast<const FT_Byte*>(f.bytes->data()),
                           static_cast<FT_Long>(f.bytes->size()), 0, &face))
      throw Error("FreeType could not open the font", f.path);
    faces_.emplace(font, face);
    return face;
  }

  // One glyph, its origin at (x, y) pixels: the fraction goes into FreeType's transform,
  // so that glyphs sit where the layout put them rather than on whole pixels.
  void draw(Canvas& c, FT_Face face, unsigned id, float x, float y, float level) {
    float fx = std::floor(x), fy = std::floor(y);
    FT_Vector delta{static_cast<FT_Pos>(std::lround((x - fx) * 64)),
                    -static_cast<FT_Pos>(std::lround((y - fy) * 64))};
    FT_Set_Transform(face, nullptr, &delta);
    if (FT_Load_Glyph(face, id, FT_LOAD_NO_HINTING) ||
        FT_Render_Glyph(face->glyph, FT_RENDER_MODE_NORMAL))
      return;  // a glyph FreeType cannot draw is left out, as a viewer would
    const FT_Bitmap& bm = face->glyph->bitmap;
    int left = static_cast<int>(fx) + face->glyph->bitmap_left;
    int top = static_cast<int>(fy) - face->glyph->bitmap_top;
    for (unsigned row = 0; row < bm.rows; ++row)
      for (unsigned col = 0; col < bm.width; ++col) {
        unsigned char a = bm.buffer[static_cast<long>(row) * bm.pitch + col];
        c.paint(left + static_cast<int>(col), top + static_cast<int>(row), a / 255.0f, level);
      }
  }

  const FontSet& fonts_;
  float scale_;
  FT_Library lib_ = nullptr;
  std::map<int, FT_Face> faces_;
};

void append_png(png_structp png, png_bytep data, png_size_t length) {
  auto* out = static_cast<std::string*>(png_get_io_ptr(png));
  out->append(reinterpret_cast<const char*>(data), length);
}

// 8-bit gray PNG, no time or text chunks: the bytes depend on the pixels alone.
std::string encode_png(const Canvas& c) {
  std::string out;
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  png_infop info = png ? png_create_info_struct(png) : nullptr;
  if (!info) {
    png_destroy_write_struct(&png, nullptr);
    throw Error("libpng could not start");
  }
  if (setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, &info);
    throw Error("libpng could not write the cover picture");
  }
  png_set_write_fn(png, &out, append_png, nullptr);
  png_set_compression_level(png, 9);
  png_set_IHDR(png, info, static_cast<png_uint_32>(c.width), static_cast<png_uint_32>(c.height), 8,
               PNG_COLOR_TYPE_GRAY, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
               PNG_FILTER_TYPE_DEFAULT);
  png_write_info(png, info);
  for (int y = 0; y < c.height; ++y)
    png_write_row(png,
                  c.gray.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(c.width));
  png_write_end(png, nullptr);
  png_destroy_write_struct(&png, &info);
  return out;
}

}  // namespace

Picture cover_png(const Presentation& book, const PrintStyle& style, int width, int height) {
  // A page of the picture's shape, as wide as the style's page, its margins kept.
  PrintStyle shape = style;
  shape.page_height_mm =
      style.page_width_mm * static_cast<float>(height) / static_cast<float>(width);
  shape.mirror_margins = false;
  Typesetter t(shape);
  Page page = typographic_cover(t, book);
  float scale = static_cast<float>(width) / t.geometry().width;

  Canvas c{width, height,
           std::vector<unsigned char>(
               static_cast<std::size_t>(width) * static_cast<std::size_t>(height), 255)};
  for (const Rule& r : page.rules) fill_rule(c, r, scale);
  GlyphPainter glyphs(t.fonts, scale);
  for (const TextRun& r : page.runs) glyphs.run(c, r);

  Picture p;
  p.kind = Picture::Png;
  p.width = width;
  p.height = height;
  p.name = "cover.png";
  p.bytes = encode_png(c);
  return p;
}

}  // namespace tuyentap
