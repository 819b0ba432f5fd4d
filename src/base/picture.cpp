#include "base/picture.h"

#include <algorithm>
#include <cstdint>

namespace tuyentap {
namespace {

std::uint32_t be16(const unsigned char* p) {
  return static_cast<std::uint32_t>(p[0]) << 8 | p[1];
}
std::uint32_t be32(const unsigned char* p) {
  return be16(p) << 16 | be16(p + 2);
}

bool sane(const Picture& i) {
  return i.width > 0 && i.height > 0 && i.width <= 65535 && i.height <= 65535;
}

// The frame header (SOFn) holds the size; markers before it are skipped by their lengths.
bool jpeg_header(const std::string& bytes, Picture& out) {
  const auto* d = reinterpret_cast<const unsigned char*>(bytes.data());
  std::size_t n = bytes.size(), i = 2;
  auto get = [&]() -> int { return i < n ? d[i++] : -1; };
  for (;;) {
    int c = get();
    if (c < 0) return false;
    if (c != 0xFF) continue;  // not at a marker: resynchronise (corrupt, but be lenient)
    int m = get();
    while (m == 0xFF) m = get();                          // fill bytes
    if (m < 0 || m == 0xD9 || m == 0xDA) return false;    // EOI / scan: no frame
    if (m == 0x01 || (m >= 0xD0 && m <= 0xD7)) continue;  // no length
    if (i + 2 > n) return false;
    std::uint32_t len = be16(d + i);
    if (len < 2) return false;
    bool sof = m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
    if (sof) {
      if (len < 8 || i + 8 > n) return false;
      const unsigned char* b = d + i + 2;
      out.kind = Picture::Jpeg;
      out.height = static_cast<int>(be16(b + 1));
      out.width = static_cast<int>(be16(b + 3));
      out.components = b[5];
      return sane(out) && (out.components == 1 || out.components == 3 || out.components == 4);
    }
    i += len;
  }
}

bool png_header(const std::string& bytes, Picture& out) {
  static const unsigned char kPng[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  if (bytes.size() < 24) return false;
  const auto* d = reinterpret_cast<const unsigned char*>(bytes.data());
  if (!std::equal(kPng, kPng + 8, d)) return false;
  // The first chunk is IHDR: width and height, big-endian.
  if (bytes.compare(12, 4, "IHDR") != 0) return false;
  out.kind = Picture::Png;
  out.width = static_cast<int>(std::min<std::uint32_t>(be32(d + 16), 1u << 30));
  out.height = static_cast<int>(std::min<std::uint32_t>(be32(d + 20), 1u << 30));
  return sane(out);
}

}  // namespace

std::optional<Picture> read_picture(std::string name, std::string bytes) {
  Picture p;
  bool jpeg = bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF &&
              static_cast<unsigned char>(bytes[1]) == 0xD8;
  if (!(jpeg ? jpeg_header(bytes, p) : png_header(bytes, p))) return std::nullopt;
  p.name = std::move(name);
  p.bytes = std::move(bytes);
  return p;
}

}  // namespace tuyentap
