#include "archive/binary_format.h"

#include <array>
#include <cstdint>
#include <vector>

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

bool is_zip(std::string_view bytes) {
  return bytes.starts_with("PK\x03\x04") || bytes.starts_with("PK\x05\x06");
}

std::uint32_t little_endian(std::string_view b, std::size_t at, int bytes) {
  std::uint32_t v = 0;
  for (int k = bytes - 1; k >= 0; --k)
    v = (v << 8) | static_cast<unsigned char>(b[at + static_cast<std::size_t>(k)]);
  return v;
}

// The entry names a zip's central directory lists (found from its end record, which the
// last 64 KB hold); empty when the directory is not where the record says. Names only: the
// content of an entry (a .docx stored inside a zip) never counts.
std::vector<std::string_view> central_directory_names(std::string_view zip) {
  constexpr std::size_t kEndRecord = 22, kMaxComment = 65535, kEntry = 46;
  std::vector<std::string_view> names;
  if (zip.size() < kEndRecord) return names;
  std::size_t from =
      zip.size() > kEndRecord + kMaxComment ? zip.size() - kEndRecord - kMaxComment : 0;
  std::size_t end = zip.rfind("PK\x05\x06");
  if (end == std::string_view::npos || end < from || end + kEndRecord > zip.size()) return names;
  std::size_t count = little_endian(zip, end + 10, 2);
  std::size_t at = little_endian(zip, end + 16, 4);
  for (std::size_t k = 0; k < count && at + kEntry <= zip.size(); ++k) {
    if (zip.compare(at, 4, "PK\x01\x02") != 0) break;
    std::size_t name_len = little_endian(zip, at + 28, 2), extra = little_endian(zip, at + 30, 2),
                comment = little_endian(zip, at + 32, 2);
    if (at + kEntry + name_len > zip.size()) break;
    names.push_back(zip.substr(at + kEntry, name_len));
    at += kEntry + name_len + extra + comment;
  }
  return names;
}

}  // namespace

WordFormat word_format(std::string_view bytes) {
  if (is_zip(bytes)) {
    // OpenDocument puts an uncompressed "mimetype" entry first.
    if (bytes.substr(0, 256).find("mimetypeapplication/vnd.oasis.opendocument.text") !=
        std::string_view::npos)
      return WordFormat::Odt;
    // A .docx names word/document.xml in its central directory (a .docx without it is still
    // one, to be reported as damaged, when it has [Content_Types].xml and a word/ part).
    bool types = false, word_part = false;
    for (std::string_view name : central_directory_names(bytes)) {
      if (name == "word/document.xml") return WordFormat::Docx;
      types = types || name == "[Content_Types].xml";
      word_part = word_part || name.starts_with("word/");
    }
    if (types && word_part) return WordFormat::Docx;
    // Cut short, the zip has no directory: its first entry still says what it was meant to be
    // (Word writes [Content_Types].xml first), so that it is reported as a damaged document.
    constexpr std::size_t kLocalHeader = 30;
    std::string_view first_name = bytes.size() >= kLocalHeader
                                      ? bytes.substr(kLocalHeader, little_endian(bytes, 26, 2))
                                      : std::string_view();
    if (first_name == "[Content_Types].xml" &&
        bytes.substr(0, 64 * 1024).find("word/") != std::string_view::npos &&
        central_directory_names(bytes).empty())
      return WordFormat::Docx;
    return WordFormat::None;
  }
  // OLE2: the directory names the streams in UTF-16LE; Word's main one is "WordDocument".
  static constexpr char kWordStream[] = "W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0";
  if (bytes.starts_with("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") &&
      bytes.find(std::string_view(kWordStream, sizeof kWordStream - 1)) != std::string_view::npos)
    return WordFormat::LegacyWord;
  return WordFormat::None;
}

std::optional<std::string> binary_format_reason(std::string_view bytes) {
  for (const Magic& m : kMagics) {
    if (bytes.size() >= m.offset + m.bytes.size() &&
        bytes.compare(m.offset, m.bytes.size(), m.bytes) == 0)
      return not_text(m.what);
  }
  if (is_zip(bytes)) return not_text(zip_kind(bytes));
  return std::nullopt;
}

}  // namespace tuyentap
