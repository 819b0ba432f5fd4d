#include "archive/sniff.h"

#include <catch2/catch.hpp>

using namespace tuyentap::archive_detail;

TEST_CASE("sniffing names the formats people leave beside their articles") {
  CHECK(not_text_reason("GIF89a\x01\x00") == "not text (GIF image)");
  CHECK(not_text_reason(std::string("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0", 10)) ==
        "not text (old Word/Excel document (.doc/.xls))");
  CHECK(not_text_reason("{\\rtf1\\ansi Chi bộ}") == "not text (RTF document)");
  CHECK(not_text_reason(std::string("\0\0\0\x18"
                                    "ftypmp42",
                                    12)) == "not text (video (MP4/MOV))");
  CHECK(not_text_reason("PK\x03\x04 mimetypeapplication/epub+zip") == "not text (EPUB book)");
}

TEST_CASE("text passes sniffing, whatever its encoding") {
  CHECK(not_text_reason("Xây dựng Đảng\r\n").empty());
  CHECK(not_text_reason("\xef\xbb\xbf"
                        "Xây dựng")
            .empty());                                 // UTF-8 BOM
  CHECK(not_text_reason("B\xb6o Th\xbe ng").empty());  // TCVN3 bytes
  CHECK(not_text_reason("<html><body>Bài</body></html>").empty());
  CHECK(not_text_reason(std::string("\xfe\xff\0X\0a", 6)).empty());  // UTF-16BE with BOM
}

TEST_CASE("UTF-16 saved without a byte-order mark is told apart from binary junk") {
  std::string utf16;
  for (char ch : std::string("Chi bo khu pho")) utf16 += std::string{ch, '\0'};
  CHECK(not_text_reason(utf16) ==
        "not readable as text (UTF-16 without a byte-order mark); save it again as UTF-8");
}

TEST_CASE("hidden and system names are recognised anywhere in a path, not ordinary ones") {
  CHECK(hidden_or_system_reason("2019/bai-1.txt").empty());
  CHECK(hidden_or_system_reason("a/.hidden/b.txt").find("hidden folder") != std::string::npos);
  CHECK(hidden_or_system_reason("desktop.ini").find("Windows") != std::string::npos);
  CHECK(hidden_or_system_reason("a/._bai.txt").find("macOS") != std::string::npos);
  CHECK(hidden_or_system_reason("a/bai.txt").empty());
}

TEST_CASE("sizes are written the way a clerk reads them") {
  CHECK(human_size(16u << 20) == "16 MB");
  CHECK(human_size(1536) == "1.5 KB");
  CHECK(human_size(2ull << 30) == "2 GB");
  CHECK(human_size(12) == "12 bytes");
}
