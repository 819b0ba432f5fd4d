// The legacy 8-bit encodings: known bytes, round trips through detection, forcing.
#include <catch2/catch.hpp>
#include <string>

#include "base/error.h"
#include "base/paths.h"
#include "test_paths.h"
#include "text/decode.h"
#include "text/syllable.h"

using namespace tuyentap;

namespace {

std::string article() {
  return read_file_bytes(test_paths::source_dir() + "/tests/text/data/bai-viet.txt");
}

constexpr Encoding kLegacy[] = {Encoding::Cp1258, Encoding::Tcvn3, Encoding::Vni, Encoding::Viscii};

}  // namespace

TEST_CASE("known TCVN3 bytes (.VnTime) decode to Vietnamese") {
  CHECK(decode_text("B\xB6o Th\xBEng", Encoding::Tcvn3).text == "Bảo Thắng");
  CHECK(decode_text("tr\xAD\xEAng", Encoding::Tcvn3).text == "trường");
  CHECK(decode_text("\xA7\xB6ng b\xE9 n\xAD\xED"
                    "c",
                    Encoding::Tcvn3)
            .text == "Đảng bộ nước");
  // B0..B4 are combining tone marks: a capital toned vowel is its base + mark.
  CHECK(decode_text("\xA6\xB3\x63", Encoding::Tcvn3).text == "Ức");
  CHECK(encode_text("Bảo Thắng", Encoding::Tcvn3) == "B\xB6o Th\xBEng");
  CHECK(encode_text("Ủy", Encoding::Tcvn3) == "U\xB1y");
}

TEST_CASE("known VNI-Windows bytes (base letter + mark byte) decode to Vietnamese") {
  CHECK(decode_text("Vie\xE4t Nam", Encoding::Vni).text == "Việt Nam");
  CHECK(decode_text("\xD1\x61\xFBng", Encoding::Vni).text == "Đảng");
  CHECK(decode_text("Ch\xE6 th\xF2", Encoding::Vni).text == "Chỉ thị");
  CHECK(decode_text("na\xEAm", Encoding::Vni).text == "năm");
  CHECK(decode_text("tr\xF6\xF4\xF8ng", Encoding::Vni).text == "trường");
  CHECK(decode_text("VIE\xC4T NAM", Encoding::Vni).text == "VIỆT NAM");
  CHECK(encode_text("Việt Nam", Encoding::Vni) == "Vie\xE4t Nam");
  CHECK(encode_text("Thắng", Encoding::Vni) == "Tha\xE9ng");
  CHECK(encode_text("ĐỒNG", Encoding::Vni) == "\xD1O\xC0NG");
}

TEST_CASE("known VISCII bytes decode to Vietnamese, control positions included") {
  CHECK(decode_text("Vi\xAEt Nam", Encoding::Viscii).text == "Việt Nam");
  CHECK(decode_text("\xD0\xE4ng", Encoding::Viscii).text == "Đảng");
  CHECK(decode_text("\x14 Lan", Encoding::Viscii).text == "Ỷ Lan");
  CHECK(encode_text("Ẳ Ẵ Ẫ Ỷ Ỹ Ỵ", Encoding::Viscii) == "\x02 \x05 \x06 \x14 \x19 \x1E");
}

TEST_CASE("known windows-1258 bytes, with combining tone marks, decode to NFC") {
  CHECK(decode_text("Vi\xEA\xF2t Nam", Encoding::Cp1258).text == "Việt Nam");
  CHECK(decode_text("\xD0\x61\xD2ng", Encoding::Cp1258).text == "Đảng");
  // à may be written precomposed or as a + combining grave: both are "Hà".
  CHECK(decode_text("H\xE0 N\xF4\xF2i", Encoding::Cp1258).text == "Hà Nội");
  CHECK(decode_text("Ha\xCC N\xF4\xF2i", Encoding::Cp1258).text == "Hà Nội");
  CHECK(encode_text("Hà Nội", Encoding::Cp1258) == "H\xE0 N\xF4\xF2i");
  CHECK(encode_text("Đảng", Encoding::Cp1258) == "\xD0\x61\xD2ng");
}

TEST_CASE("an article in each legacy encoding is detected and decoded exactly") {
  const std::string text = article();
  for (Encoding e : kLegacy) {
    INFO(encoding_name(e));
    std::string bytes = encode_text(text, e);
    REQUIRE(bytes != text);
    DecodedText d = decode_text(bytes);
    CHECK(d.encoding == e);
    CHECK(d.confident);
    CHECK(d.note.empty());
    CHECK(d.text == text);
  }
}

TEST_CASE("a title alone in a legacy encoding is still recognised") {
  const std::string title = "Công tác xây dựng Đảng của thành phố: đổi mới và bám sát thực tiễn";
  for (Encoding e : kLegacy) {
    INFO(encoding_name(e));
    DecodedText d = decode_text(encode_text(title, e));
    CHECK(d.encoding == e);
    CHECK(d.text == title);
  }
}

TEST_CASE("TCVN3 and VNI files keep Windows quotes and dashes at 80..9F") {
  std::string quoted = "\x93" +
                       encode_text("Chuẩn mực đạo đức của cán bộ, đảng viên", Encoding::Tcvn3) +
                       "\x94 \x96 " + encode_text("Quy định số 02", Encoding::Tcvn3);
  DecodedText d = decode_text(quoted);
  CHECK(d.encoding == Encoding::Tcvn3);
  CHECK(d.text == "“Chuẩn mực đạo đức của cán bộ, đảng viên” – Quy định số 02");
  CHECK(decode_text("\x93Vie\xE4t Nam\x94", Encoding::Vni).text == "“Việt Nam”");
}

TEST_CASE("a forced encoding is used as told, right or wrong") {
  std::string bytes = encode_text("Chỉ thị của Ban Thường vụ", Encoding::Vni);
  DecodedText right = decode_text(bytes, Encoding::Vni);
  CHECK(right.encoding == Encoding::Vni);
  CHECK(right.text == "Chỉ thị của Ban Thường vụ");
  DecodedText wrong = decode_text(bytes, Encoding::Cp1258);
  CHECK(wrong.encoding == Encoding::Cp1258);
  CHECK(wrong.text != right.text);
  // Forcing UTF-8 on legacy bytes keeps every byte visible as U+FFFD and says so.
  DecodedText utf8 = decode_text(bytes, Encoding::Utf8);
  CHECK(utf8.text.find("\xEF\xBF\xBD") != std::string::npos);
  CHECK_FALSE(utf8.confident);
}

TEST_CASE("a short ambiguous input is reported as not confident") {
  DecodedText d = decode_text("ch\xE0o");
  CHECK_FALSE(d.confident);
  CHECK(d.note.find("uncertain") != std::string::npos);
  // Bytes that read as no Vietnamese at all are not confident either.
  DecodedText junk = decode_text("\x81\x8D\x8F\x90\x9D \xFF\xFE\xFD\xFC \x80\x83\x99\x9F");
  CHECK_FALSE(junk.confident);
}

TEST_CASE("encoding a character the encoding cannot hold throws, or is replaced when lossy") {
  CHECK_THROWS_AS(encode_text("\xE2\x80\x9C\xC4\x90\xE1\xBA\xA3ng\xE2\x80\x9D", Encoding::Viscii),
                  Error);
  CHECK_THROWS_AS(encode_text("Trung Quốc 中国", Encoding::Tcvn3), Error);
  CHECK_THROWS_AS(encode_text("Café Noël", Encoding::Vni), Error);
  std::size_t replaced = 0;
  CHECK(encode_text_lossy("“Đảng”…", Encoding::Viscii, &replaced) == "\"\xD0\xE4ng\"...");
  CHECK(replaced == 3);
  // windows-1252 punctuation is kept by the encodings that have it.
  CHECK(encode_text("“Đảng”", Encoding::Cp1258) == "\x93\xD0\x61\xD2ng\x94");
}

TEST_CASE("the syllable check knows Vietnamese syllables from mis-decodings") {
  for (const char32_t* w :
       {U"nghiêng", U"khuya", U"Nguyễn", U"quyết", U"giữ", U"gì", U"hoạch", U"ngoằn", U"ngoèo",
        U"rượu", U"hươu", U"thuở", U"xoong", U"Đảng", U"khuếch", U"yêu", U"oái", U"ĐƯỜNG"})
    CHECK(vn::is_syllable(w));
  for (const char32_t* w : {U"vieät", U"bảả", U"thực\u0301", U"xyz", U"Ñaûng", U"ấc\u00b6", U"ắ",
                            U"bát\u0300", U"lộa", U"mãt", U"bàt"})
    CHECK_FALSE(vn::is_syllable(w));
}

// A long file is told by its first 4 KB (cut after a space or a line end) and only the rest is
// decoded after: the two halves joined must be the whole file decoded at once, wherever the
// cut falls, a combining mark or a broken UTF-8 byte right after it included.
TEST_CASE("a long file decodes the same as when forced, wherever its sample ends") {
  const std::string text = article() + article() + article() + article();  // about 10 KB
  for (Encoding e : kLegacy) {
    INFO(encoding_name(e));
    const std::string body = encode_text(text, e);
    for (std::size_t shift = 0; shift < 24; ++shift) {
      INFO(shift);
      std::string bytes = std::string(shift, '-') + "\n" + body;
      DecodedText d = decode_text(bytes);
      REQUIRE(d.encoding == e);
      CHECK(d.text == decode_text(bytes, e).text);
      CHECK(d.note.empty());
    }
  }
  // windows-1258 writes tones as combining marks: one right after the cut (after a space,
  // where it has no letter to sit on) must stay a lone mark after a space, as in the whole.
  const std::string cp = encode_text(text, Encoding::Cp1258);
  for (std::size_t at = 4090; at < 4140; ++at) {
    INFO(at);
    std::string bytes = cp;
    std::size_t cut = bytes.find_first_of("\n ", at);
    bytes.insert(cut + 1, "\xCC");  // U+0300
    DecodedText d = decode_text(bytes);
    REQUIRE(d.encoding == Encoding::Cp1258);
    CHECK(d.text == decode_text(bytes, Encoding::Cp1258).text);
    CHECK(d.text.find(" \xCC\x80") != std::string::npos);
  }
  // UTF-8 with stray Windows quotes: the bad bytes of both halves are counted.
  for (std::size_t at = 4090; at < 4140; at += 7) {
    INFO(at);
    std::string bytes = "\x93" + text;
    std::size_t cut = bytes.find_first_of("\n ", at);
    bytes.insert(cut + 1, "\x93");
    bytes += "\x94";
    DecodedText d = decode_text(bytes);
    REQUIRE(d.encoding == Encoding::Utf8);
    DecodedText whole = decode_text(bytes, Encoding::Utf8);
    CHECK(d.text == whole.text);
    CHECK(whole.note.starts_with("3 invalid UTF-8 sequences"));
    INFO(d.note << " / " << whole.note);
    CHECK(d.note.starts_with(whole.note));
  }
}
