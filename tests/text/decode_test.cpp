// Decoding Unicode files: UTF-8 with and without BOM, broken UTF-8, UTF-16.
#include "text/decode.h"

#include <catch2/catch.hpp>

#include "base/error.h"

using namespace tuyentap;

TEST_CASE("UTF-8 is recognised, with or without BOM, and comes out NFC") {
  DecodedText d = decode_text("Công tác xây dựng Đảng\r\n");
  CHECK(d.encoding == Encoding::Utf8);
  CHECK(d.confident);
  CHECK_FALSE(d.had_bom);
  CHECK(d.text == "Công tác xây dựng Đảng\r\n");  // line ends stay as they were

  DecodedText b = decode_text("\xEF\xBB\xBFThứ Hai, 28/01/2019");
  CHECK(b.encoding == Encoding::Utf8);
  CHECK(b.had_bom);
  CHECK(b.text == "Thứ Hai, 28/01/2019");

  DecodedText n = decode_text("Vie\xCC\xA3\xCC\x82t Nam");  // NFD
  CHECK(n.encoding == Encoding::Utf8);
  CHECK(n.text == "Việt Nam");
}

TEST_CASE("plain ASCII is taken as UTF-8, confidently") {
  DecodedText d = decode_text("BTV Thanh uy, 28/01/2019\n");
  CHECK(d.encoding == Encoding::Utf8);
  CHECK(d.confident);
  CHECK(decode_text("").text.empty());
}

TEST_CASE("a stray bad byte in UTF-8 text is replaced and reported") {
  std::string bytes =
      "Công tác xây dựng Đảng luôn được Đảng bộ thành phố triển khai quyết liệt, đồng bộ, "
      "sâu sát \x93kịp thời\x94.";
  DecodedText d = decode_text(bytes);
  CHECK(d.encoding == Encoding::Utf8);
  CHECK_FALSE(d.confident);
  CHECK(d.note.find("U+FFFD") != std::string::npos);
  CHECK(d.text.find("\xEF\xBF\xBDkịp thời\xEF\xBF\xBD") != std::string::npos);
}

TEST_CASE("UTF-16 with a BOM, both byte orders, and without a BOM") {
  // "Đảng": U+0110 U+1EA3 n g, low byte first.
  const char raw[] = {'\xFF', '\xFE', '\x10', '\x01', '\xA3', '\x1E', 'n', 0, 'g', 0};
  std::string le(raw, sizeof raw);
  DecodedText d = decode_text(le);
  CHECK(d.encoding == Encoding::Utf16LE);
  CHECK(d.had_bom);
  CHECK(d.text == "Đảng");

  std::string be = encode_text("Bạc Liêu, Thành ủy", Encoding::Utf16BE);
  CHECK(be.substr(0, 2) == "\xFE\xFF");
  DecodedText e = decode_text(be);
  CHECK(e.encoding == Encoding::Utf16BE);
  CHECK(e.text == "Bạc Liêu, Thành ủy");

  std::string no_bom =
      encode_text("Công tác xây dựng Đảng của thành phố", Encoding::Utf16LE).substr(2);
  DecodedText f = decode_text(no_bom);
  CHECK(f.encoding == Encoding::Utf16LE);
  CHECK_FALSE(f.had_bom);
  CHECK(f.text == "Công tác xây dựng Đảng của thành phố");

  std::string no_bom_be = encode_text("Ủy ban Kiểm tra Tỉnh ủy", Encoding::Utf16BE).substr(2);
  DecodedText g = decode_text(no_bom_be);
  CHECK(g.encoding == Encoding::Utf16BE);
  CHECK(g.text == "Ủy ban Kiểm tra Tỉnh ủy");
}

TEST_CASE("encoding names and aliases") {
  CHECK(parse_encoding("UTF-8") == Encoding::Utf8);
  CHECK(parse_encoding("utf8") == Encoding::Utf8);
  CHECK(parse_encoding("cp1258") == Encoding::Cp1258);
  CHECK(parse_encoding("Windows-1258") == Encoding::Cp1258);
  CHECK(parse_encoding("abc") == Encoding::Tcvn3);
  CHECK(parse_encoding("TCVN") == Encoding::Tcvn3);
  CHECK(parse_encoding("vni") == Encoding::Vni);
  CHECK(parse_encoding("VNI-Windows") == Encoding::Vni);
  CHECK(parse_encoding("viscii") == Encoding::Viscii);
  CHECK(parse_encoding("UTF-16BE") == Encoding::Utf16BE);
  CHECK_FALSE(parse_encoding("latin-1").has_value());
  CHECK(parse_encoding("UTF-32") == Encoding::Utf32LE);
  for (Encoding e :
       {Encoding::Utf8, Encoding::Utf16LE, Encoding::Utf16BE, Encoding::Cp1258, Encoding::Tcvn3,
        Encoding::Vni, Encoding::Viscii, Encoding::Utf32LE, Encoding::Utf32BE})
    CHECK(parse_encoding(encoding_name(e)) == e);
}

TEST_CASE("UTF-32 with a byte order mark is read as UTF-32, never as UTF-16") {
  // FF FE 00 00 starts with UTF-16LE's mark: read as UTF-16 it gave a title of "\0".
  const std::string text = "Xây dựng Đảng 🇻🇳";
  for (Encoding e : {Encoding::Utf32LE, Encoding::Utf32BE}) {
    INFO(encoding_name(e));
    std::string bytes = encode_text(text, e);
    CHECK(bytes.size() == 4 + 4 * 16);  // the mark, 16 code points
    DecodedText d = decode_text(bytes);
    CHECK(d.encoding == e);
    CHECK(d.had_bom);
    CHECK(d.confident);
    CHECK(d.text == text);
  }
  // A code unit past U+10FFFF, a surrogate and a partial unit at the end are replaced.
  DecodedText bad =
      decode_text(std::string("\xFF\xFE\0\0"
                              "a\0\0\0"
                              "\0\0\x11\0"
                              "\0\xD8\0\0"
                              "b\0",
                              18));
  CHECK(bad.encoding == Encoding::Utf32LE);
  CHECK(bad.text == "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK_FALSE(bad.confident);
}
