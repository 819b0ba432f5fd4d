#include "archive/binary_format.h"

#include <catch2/catch.hpp>

using tuyentap::binary_format_reason;

TEST_CASE("the formats people leave beside their articles are named by their magic numbers") {
  CHECK(binary_format_reason("GIF89a\x01\x00") == "not text (GIF image)");
  CHECK(binary_format_reason(std::string("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0", 10)) ==
        "not text (old Word/Excel document (.doc/.xls))");
  CHECK(binary_format_reason("{\\rtf1\\ansi Chi bộ}") == "not text (RTF document)");
  CHECK(binary_format_reason(std::string("\0\0\0\x18"
                                         "ftypmp42",
                                         12)) == "not text (video (MP4/MOV))");
  CHECK(binary_format_reason(std::string("RIFF\x24\0\0\0WEBPVP8 ", 16)) == "not text (WebP image)");
  CHECK(binary_format_reason(std::string("RIFF\x24\0\0\0WAVEfmt ", 16)) ==
        "not text (audio or video (RIFF: WAV/AVI))");
  CHECK(binary_format_reason("PK\x03\x04 mimetypeapplication/epub+zip") == "not text (EPUB book)");
  CHECK(binary_format_reason(std::string("PK\x03\x04\x14\0\x06\0", 8)) == "not text (zip archive)");
}

TEST_CASE("text in any encoding, and junk of no known format, is no format") {
  CHECK_FALSE(binary_format_reason("Xây dựng Đảng\r\n"));
  CHECK_FALSE(
      binary_format_reason("\xef\xbb\xbf"
                           "Xây dựng"));                  // UTF-8 BOM
  CHECK_FALSE(binary_format_reason("B\xb6o Th\xbe ng"));  // TCVN3 bytes
  CHECK_FALSE(binary_format_reason("<html><body>Bài</body></html>"));
  CHECK_FALSE(binary_format_reason(std::string("\xfe\xff\0X\0a", 6)));  // UTF-16BE, BOM
  CHECK_FALSE(binary_format_reason(std::string("X\0a\0y\0", 6)));       // UTF-16LE, no BOM
  // Whether these are text is for the readers to say, knowing a forced encoding.
  CHECK_FALSE(binary_format_reason(std::string("abc\0def", 7)));
}
