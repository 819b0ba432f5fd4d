// Byte sniffing. An archive folder holds photos, PDFs and Word files beside the articles; they
// must be reported as "not text", never decoded into garbage articles.
#include "article/sniff.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace tuyentap {

namespace {

struct Magic {
  std::string_view bytes;
  const char* what;
};

constexpr std::array<Magic, 9> kMagic = {{
    {"\x89PNG", "PNG image"},
    {"\xFF\xD8\xFF", "JPEG image"},
    {"GIF8", "GIF image"},
    {"%PDF", "PDF document"},
    {"PK\x03\x04", "zip archive or Office document"},
    {"\xD0\xCF\x11\xE0", "Word 97-2003 or other Office document"},
    {"{\\rtf", "RTF document"},
    {"RIFF", "RIFF media file"},
    {"\x1F\x8B", "gzip archive"},
}};

}  // namespace

std::optional<Encoding> guess_bomless_utf16(std::string_view bytes) {
  std::size_t pairs = bytes.size() / 2, zero_even = 0, zero_odd = 0;
  if (pairs < 2) return std::nullopt;
  // Without a single NUL both counts are zero and neither test below can pass; memchr
  // settles that at memory speed for every UTF-8 or legacy file.
  if (std::memchr(bytes.data(), '\0', bytes.size()) == nullptr) return std::nullopt;
  for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
    zero_even += bytes[i] == '\0';
    zero_odd += bytes[i + 1] == '\0';
  }
  // Vietnamese UTF-16 is about half ASCII (spaces, base letters): many zeros on one side,
  // none on the other.
  if (zero_odd * 4 >= pairs && zero_even * 50 <= pairs) return Encoding::Utf16LE;
  if (zero_even * 4 >= pairs && zero_odd * 50 <= pairs) return Encoding::Utf16BE;
  return std::nullopt;
}

std::optional<std::string> not_text_reason(std::string_view bytes) {
  for (const Magic& m : kMagic)
    if (bytes.substr(0, m.bytes.size()) == m.bytes) return "not text (" + std::string(m.what) + ")";
  bool has_bom16 = bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF";
  if (has_bom16 || guess_bomless_utf16(bytes)) return std::nullopt;
  // Control characters other than tab, line ends and form feed do not occur in text; VISCII
  // uses six of them for letters, so a few are fine, many are not.
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
      unsigned char c = p[i];
      if (c == 0) return "not text (binary data)";
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++controls;
    }
  }
  if (controls * 20 > bytes.size()) return "not text (binary data)";
  return std::nullopt;
}

}  // namespace tuyentap
