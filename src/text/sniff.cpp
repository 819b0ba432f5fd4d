#include "text/sniff.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace tuyentap {

namespace {

// Enough code units to be sure of the byte order, and a fixed cost whatever the file's size.
constexpr std::size_t kSampleBytes = 4096;

bool is_control(char32_t c) {
  return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
}

char32_t unit_at(std::string_view bytes, std::size_t i, bool big_endian) {
  auto b0 = static_cast<unsigned char>(bytes[i]), b1 = static_cast<unsigned char>(bytes[i + 1]);
  return big_endian ? (b0 << 8 | b1) : (b1 << 8 | b0);
}

// Do the code units of `sample` (an even number of bytes) read as text? Counts those that
// never occur in text: a surrogate without its partner, a non-character (U+FFFE is a byte
// order mark read the wrong way round), a control code.
bool reads_as_utf16_text(std::string_view sample, bool big_endian) {
  std::size_t units = sample.size() / 2, not_text = 0;
  for (std::size_t i = 0; i + 1 < sample.size(); i += 2) {
    char32_t u = unit_at(sample, i, big_endian);
    if (u >= 0xD800 && u <= 0xDBFF) {
      if (i + 2 == sample.size()) break;  // its partner is past the end of the sample
      char32_t low = unit_at(sample, i + 2, big_endian);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        i += 2;
        continue;
      }
      ++not_text;
    } else if ((u >= 0xDC00 && u <= 0xDFFF) || u == 0xFFFE || u == 0xFFFF || is_control(u)) {
      ++not_text;
    }
  }
  return not_text * 20 <= units;
}

// The first NUL, or a share of control codes above one byte in twenty.
std::optional<std::string> nul_or_controls(std::string_view bytes) {
  std::size_t controls = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  while (i < n) {
    // Skip eight bytes at a time while none is below 0x20 (most of any text file): a byte
    // below 0x20 is one whose value minus 0x20 borrows into its top bit while it had none.
    for (; i + 8 <= n; i += 8) {
      std::uint64_t w;
      std::memcpy(&w, p + i, 8);
      if ((w - 0x2020202020202020ull) & ~w & 0x8080808080808080ull) break;
    }
    std::size_t stop = std::min(n, i + 8);
    for (; i < stop; ++i) {
      if (p[i] == 0) return "not text (binary data: contains NUL bytes)";
      controls += is_control(p[i]);
    }
  }
  if (controls * 20 > n) return "not text (binary data: control codes)";
  return std::nullopt;
}

}  // namespace

std::optional<Encoding> detect_bomless_utf16(std::string_view bytes) {
  std::string_view sample = bytes.substr(0, std::min(bytes.size(), kSampleBytes) & ~std::size_t{1});
  const std::size_t units = sample.size() / 2;
  // Without a single NUL neither column can be largely zero; memchr settles that at memory
  // speed for every UTF-8 or legacy file.
  if (units < 2 || std::memchr(sample.data(), '\0', sample.size()) == nullptr) return std::nullopt;
  std::size_t zero_even = 0, zero_odd = 0;
  for (std::size_t i = 0; i < sample.size(); i += 2) {
    zero_even += sample[i] == '\0';
    zero_odd += sample[i + 1] == '\0';
  }
  // At least half the units with a zero high byte (an article has three in four), at most
  // one in twenty with a zero low byte (U+0100, U+1E00 … and NULs).
  std::optional<Encoding> order;
  if (zero_odd * 2 >= units && zero_even * 20 <= units) order = Encoding::Utf16LE;
  if (zero_even * 2 >= units && zero_odd * 20 <= units) order = Encoding::Utf16BE;
  if (order && reads_as_utf16_text(sample, *order == Encoding::Utf16BE)) return order;
  return std::nullopt;
}

std::optional<std::string> binary_data_reason(std::string_view bytes) {
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) return std::nullopt;
  if (bytes.starts_with(std::string_view("\0\0\xFE\xFF", 4))) return std::nullopt;  // UTF-32BE
  if (detect_bomless_utf16(bytes)) return std::nullopt;
  return nul_or_controls(bytes);
}

}  // namespace tuyentap
