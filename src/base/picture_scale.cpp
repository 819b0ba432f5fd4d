#include "base/picture_scale.h"

#include <stb/stb_image.h>
#include <stb/stb_image_resize.h>
#include <stb/stb_image_write.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>
#include <vector>

namespace tuyentap {

namespace {

void append_bytes(void* context, void* data, int size) {
  static_cast<std::string*>(context)->append(static_cast<const char*>(data),
                                             static_cast<std::size_t>(size));
}

}  // namespace

bool pixels_decode(const Picture& p) {
  if (p.bytes.size() > static_cast<std::size_t>(INT32_MAX)) return false;
  const auto* data = reinterpret_cast<const stbi_uc*>(p.bytes.data());
  const int size = static_cast<int>(p.bytes.size());
  int w = 0, h = 0, comp = 0;
  if (!stbi_info_from_memory(data, size, &w, &h, &comp)) return false;
  if (static_cast<long long>(w) * h > kMaxDecodedPixels) return true;
  std::unique_ptr<stbi_uc, void (*)(void*)> pixels(
      stbi_load_from_memory(data, size, &w, &h, &comp, 0), stbi_image_free);
  return pixels != nullptr;
}

std::optional<Picture> scaled_down(const Picture& p, int max_width, int max_height) {
  if (max_width < 1 || max_height < 1) return std::nullopt;
  if (p.width <= max_width && p.height <= max_height) return std::nullopt;
  const auto* data = reinterpret_cast<const stbi_uc*>(p.bytes.data());
  if (p.bytes.size() > static_cast<std::size_t>(INT32_MAX)) return std::nullopt;
  const int size = static_cast<int>(p.bytes.size());
  int w = 0, h = 0, comp = 0;
  if (!stbi_info_from_memory(data, size, &w, &h, &comp)) return std::nullopt;
  if (w < 1 || h < 1 || static_cast<long long>(w) * h > kMaxDecodedPixels) return std::nullopt;
  std::unique_ptr<stbi_uc, void (*)(void*)> pixels(
      stbi_load_from_memory(data, size, &w, &h, &comp, 0), stbi_image_free);
  if (!pixels || comp < 1 || comp > 4) return std::nullopt;
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
