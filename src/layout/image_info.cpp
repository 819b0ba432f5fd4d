#include "layout/image_info.h"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <string>

namespace tuyentap {
namespace {

std::uint32_t be16(const unsigned char* p) {
  return static_cast<std::uint32_t>(p[0]) << 8 | p[1];
}
std::uint32_t be32(const unsigned char* p) {
  return be16(p) << 16 | be16(p + 2);
}

bool sane(const ImageInfo& i) {
  return i.width > 0 && i.height > 0 && i.width <= 65535 && i.height <= 65535;
}

// The frame header (SOFn) holds the size; markers before it are skipped by their lengths.
std::optional<ImageInfo> jpeg_info(std::ifstream& in) {
  unsigned char b[8];
  for (;;) {
    int c = in.get();
    if (c == EOF) return std::nullopt;
    if (c != 0xFF) continue;  // not at a marker: resynchronise (corrupt, but be lenient)
    int m = in.get();
    while (m == 0xFF) m = in.get();                               // fill bytes
    if (m == EOF || m == 0xD9 || m == 0xDA) return std::nullopt;  // EOI / scan: no frame
    if (m == 0x01 || (m >= 0xD0 && m <= 0xD7)) continue;          // no length
    if (!in.read(reinterpret_cast<char*>(b), 2)) return std::nullopt;
    std::uint32_t len = be16(b);
    if (len < 2) return std::nullopt;
    bool sof = m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
    if (sof) {
      if (len < 8 || !in.read(reinterpret_cast<char*>(b), 6)) return std::nullopt;
      ImageInfo i;
      i.kind = ImageInfo::Jpeg;
      i.height = static_cast<int>(be16(b + 1));
      i.width = static_cast<int>(be16(b + 3));
      i.components = b[5];
      if (!sane(i) || (i.components != 1 && i.components != 3 && i.components != 4))
        return std::nullopt;
      return i;
    }
    in.seekg(len - 2, std::ios::cur);
    if (!in) return std::nullopt;
  }
}

}  // namespace

std::optional<ImageInfo> read_image_info(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  unsigned char head[24] = {};
  in.read(reinterpret_cast<char*>(head), 2);
  if (in.gcount() == 2 && head[0] == 0xFF && head[1] == 0xD8) return jpeg_info(in);
  in.read(reinterpret_cast<char*>(head + 2), 22);
  static const unsigned char kPng[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  if (in.gcount() != 22 || !std::equal(kPng, kPng + 8, head)) return std::nullopt;
  // The first chunk is IHDR: width and height, big-endian.
  if (std::string(reinterpret_cast<char*>(head + 12), 4) != "IHDR") return std::nullopt;
  ImageInfo i;
  i.kind = ImageInfo::Png;
  i.width = static_cast<int>(std::min<std::uint32_t>(be32(head + 16), 1u << 30));
  i.height = static_cast<int>(std::min<std::uint32_t>(be32(head + 20), 1u << 30));
  if (!sane(i)) return std::nullopt;
  return i;
}

}  // namespace tuyentap
