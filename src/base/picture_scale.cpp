#include "base/picture_scale.h"

#include <stb/stb_image.h>
#include <stb/stb_image_resize.h>
#include <stb/stb_image_write.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "base/jpeg_tables.h"
#include "base/png_chunks.h"

namespace tuyentap {

namespace {

void append_bytes(void* context, void* data, int size) {
  static_cast<std::string*>(context)->append(static_cast<const char*>(data),
                                             static_cast<std::size_t>(size));
}

using Pixels = std::unique_ptr<stbi_uc, void (*)(void*)>;

// A picture as stb decodes it: no pixels when its header or its data do not decode, or when
// it is too large to decode at all (too_large, kMaxDecodedPixels).
struct Decoded {
  Pixels pixels{nullptr, stbi_image_free};
  int w = 0, h = 0, comp = 0;
  bool too_large = false;
};

Decoded decode(const Picture& p) {
  Decoded d;
  if (p.bytes.size() > static_cast<std::size_t>(INT32_MAX)) return d;
  // Never let stb read a Huffman table it would overflow (base/jpeg_tables.h), nor reserve
  // room for a chunk that is not there (base/png_chunks.h).
  if (p.kind == Picture::Jpeg && !jpeg_huffman_tables_fit(p.bytes)) return d;
  if (p.kind == Picture::Png && !png_chunks_fit(p.bytes)) return d;
  const auto* data = reinterpret_cast<const stbi_uc*>(p.bytes.data());
  const int size = static_cast<int>(p.bytes.size());
  if (!stbi_info_from_memory(data, size, &d.w, &d.h, &d.comp)) return d;
  d.too_large = static_cast<long long>(d.w) * d.h > kMaxDecodedPixels;
  if (!d.too_large) d.pixels.reset(stbi_load_from_memory(data, size, &d.w, &d.h, &d.comp, 0));
  return d;
}

}  // namespace

bool pixels_decode(const Picture& p) {
  Decoded d = decode(p);
  return d.too_large || d.pixels != nullptr;
}

std::optional<Picture> scaled_down(const Picture& p, int max_width, int max_height) {
  if (max_width < 1 || max_height < 1) return std::nullopt;
  if (p.width <= max_width && p.height <= max_height) return std::nullopt;
  Decoded d = decode(p);
  if (!d.pixels || d.w < 1 || d.h < 1 || d.comp < 1 || d.comp > 4) return std::nullopt;
  const int w = d.w, h = d.h, comp = d.comp;
  const Pixels& pixels = d.pixels;
  double scale = std::min(static_cast<double>(max_width) / w, static_cast<double>(max_height) / h);
  int nw = std::max(1, static_cast<int>(std::lround(w * scale)));
  int nh = std::max(1, static_cast<int>(std::lround(h * scale)));
  std::vector<unsigned char> out(static_cast<std::size_t>(nw) * nh * comp);
  int alpha = comp == 2 ? 1 : comp == 4 ? 3 : STBIR_ALPHA_CHANNEL_NONE;
  if (!stbir_resize_uint8_srgb(pixels.get(), w, h, 0, out.data(), nw, nh, 0, comp, alpha, 0)) {
    return std::nullopt;
  }
  std::string bytes;
  bool ok = p.kind == Picture::Jpeg && (comp == 1 || comp == 3)
                ? stbi_write_jpg_to_func(append_bytes, &bytes, nw, nh, comp, out.data(), 85)
                : stbi_write_png_to_func(append_bytes, &bytes, nw, nh, comp, out.data(), nw * comp);
  if (!ok) return std::nullopt;
  return read_picture(p.name, std::move(bytes));
}

std::optional<Picture> scaled_to_long_side(const Picture& p, int max_long_side) {
  return scaled_down(p, max_long_side, max_long_side);
}

}  // namespace tuyentap
