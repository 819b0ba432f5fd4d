#include "archive/sniff.h"

#include <array>
#include <cstring>

namespace tuyentap::archive_detail {

namespace {

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

// An Office Open XML or OpenDocument file is a zip; what is inside says which. The names
// sit uncompressed in the local headers, so a search of the first bytes is enough.
std::string_view zip_kind(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 64 * 1024);
  if (head.find("word/") != std::string_view::npos) return "Word document (.docx)";
  if (head.find("xl/") != std::string_view::npos) return "Excel workbook (.xlsx)";
  if (head.find("ppt/") != std::string_view::npos) return "PowerPoint file (.pptx)";
  if (head.find("application/epub+zip") != std::string_view::npos) return "EPUB book";
  if (head.find("application/vnd.oasis.opendocument") != std::string_view::npos)
    return "OpenDocument file (.odt/.ods)";
  return "zip archive";
}

struct Magic {
  std::string_view bytes;
  std::size_t offset;
  std::string_view what;
};

// Formats people put next to their articles: scans, photos, the printed PDF, the Word
// original, compressed archives, programs. Checked in order; the first match names it.
constexpr std::array<Magic, 19> kMagics{{
    {"\x89PNG\r\n\x1a\n", 0, "PNG image"},
    {"\xff\xd8\xff", 0, "JPEG image"},
    {"GIF87a", 0, "GIF image"},
    {"GIF89a", 0, "GIF image"},
    {"%PDF-", 0, "PDF document"},
    {"II*\0", 0, "TIFF image"},
    {"MM\0*", 0, "TIFF image"},
    {"WEBP", 8, "WebP image"},
    {"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "old Word/Excel document (.doc/.xls)"},
    {"{\\rtf", 0, "RTF document"},
    {"7z\xbc\xaf\x27\x1c", 0, "7-Zip archive"},
    {"Rar!\x1a\x07", 0, "RAR archive"},
    {"\x1f\x8b", 0, "gzip archive"},
    {"BZh", 0, "bzip2 archive"},
    {"\x7f"
     "ELF",
     0, "program (ELF)"},
    {"MZ", 0, "Windows program"},
    {"ID3", 0, "MP3 audio"},
    {"ftyp", 4, "video (MP4/MOV)"},
    {"OggS", 0, "Ogg audio"},
}};

// UTF-16 text saved without a byte-order mark: a NUL in every other byte.
bool looks_like_bomless_utf16(std::string_view bytes) {
  std::size_t n = std::min<std::size_t>(bytes.size(), 4096) & ~std::size_t{1};
  if (n < 8) return false;
  std::size_t even_nul = 0, odd_nul = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    even_nul += bytes[i] == '\0';
    odd_nul += bytes[i + 1] == '\0';
  }
  std::size_t pairs = n / 2;
  return (odd_nul * 10 >= pairs * 7 && even_nul * 10 < pairs) ||
         (even_nul * 10 >= pairs * 7 && odd_nul * 10 < pairs);
}

}  // namespace

std::string hidden_or_system_reason(std::string_view path) {
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    bool last = end == std::string_view::npos;
    std::string_view part = path.substr(start, last ? std::string_view::npos : end - start);
    if (!last && part == "__MACOSX") return "macOS resource data (__MACOSX), not an article";
    if (part == ".DS_Store") return "macOS folder settings (.DS_Store), not an article";
    if (part == "Thumbs.db" || part == "thumbs.db" || part == "desktop.ini" ||
        part == "Desktop.ini")
      return "Windows system file (" + std::string(part) + "), not an article";
    if (starts_with(part, "~$"))
      return "Office lock file (" + std::string(part) + "), not an article";
    if (starts_with(part, "._"))
      return "macOS resource data (" + std::string(part) + "), not an article";
    if (part.size() > 1 && part[0] == '.' && part != "..") {
      return last ? "hidden file (" + std::string(part) + "), not read"
                  : "inside a hidden folder (" + std::string(part) + "), not read";
    }
    if (last) break;
    start = end + 1;
  }
  return {};
}

std::string not_text_reason(std::string_view bytes) {
  for (const Magic& m : kMagics) {
    if (bytes.size() >= m.offset + m.bytes.size() &&
        bytes.compare(m.offset, m.bytes.size(), m.bytes) == 0)
      return "not text (" + std::string(m.what) + ")";
  }
  if (starts_with(bytes, "PK\x03\x04") || starts_with(bytes, "PK\x05\x06"))
    return "not text (" + std::string(zip_kind(bytes)) + ")";
  // UTF-16 (and UTF-32) text is full of NULs: the BOM says it is text all the same.
  if (starts_with(bytes, "\xff\xfe") || starts_with(bytes, "\xfe\xff")) return {};
  if (std::memchr(bytes.data(), '\0', bytes.size()) != nullptr) {
    if (looks_like_bomless_utf16(bytes))
      return "not readable as text (UTF-16 without a byte-order mark); save it again as UTF-8";
    return "not text (binary data: contains NUL bytes)";
  }
  return {};
}

std::string human_size(std::uint64_t bytes) {
  auto fmt = [](double v, const char* unit) {
    char buf[32];
    if (v == static_cast<double>(static_cast<std::uint64_t>(v)))
      std::snprintf(buf, sizeof buf, "%llu %s", static_cast<unsigned long long>(v), unit);
    else
      std::snprintf(buf, sizeof buf, "%.1f %s", v, unit);
    return std::string(buf);
  };
  if (bytes >= (1ull << 30)) return fmt(static_cast<double>(bytes) / (1ull << 30), "GB");
  if (bytes >= (1ull << 20)) return fmt(static_cast<double>(bytes) / (1ull << 20), "MB");
  if (bytes >= (1ull << 10)) return fmt(static_cast<double>(bytes) / (1ull << 10), "KB");
  return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
}

}  // namespace tuyentap::archive_detail
