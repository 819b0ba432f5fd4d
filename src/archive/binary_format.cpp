#include "archive/binary_format.h"

#include <array>

namespace tuyentap {

namespace {

struct Magic {
  std::string_view bytes;
  std::size_t offset;
  std::string_view what;
};

// Checked in order; the first match names the file. WebP comes before the RIFF it is wrapped
// in, so that it is named for what it is.
constexpr std::array<Magic, 20> kMagics{{
    {"\x89PNG\r\n\x1a\n", 0, "PNG image"},
    {"\xff\xd8\xff", 0, "JPEG image"},
    {"GIF87a", 0, "GIF image"},
    {"GIF89a", 0, "GIF image"},
    {"%PDF-", 0, "PDF document"},
    {"II*\0", 0, "TIFF image"},
    {"MM\0*", 0, "TIFF image"},
    {"WEBP", 8, "WebP image"},
    {"RIFF", 0, "audio or video (RIFF: WAV/AVI)"},
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

std::string not_text(std::string_view what) {
  return "not text (" + std::string(what) + ")";
}

}  // namespace

std::optional<std::string> binary_format_reason(std::string_view bytes) {
  for (const Magic& m : kMagics) {
    if (bytes.size() >= m.offset + m.bytes.size() &&
        bytes.compare(m.offset, m.bytes.size(), m.bytes) == 0)
      return not_text(m.what);
  }
  if (bytes.starts_with("PK\x03\x04") || bytes.starts_with("PK\x05\x06"))
    return not_text(zip_kind(bytes));
  return std::nullopt;
}

}  // namespace tuyentap
