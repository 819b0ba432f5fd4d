// What raw bytes are before decoding: UTF-16 without a byte order mark, or binary data.
#include "text/sniff.h"

#include <catch2/catch.hpp>

using namespace tuyentap;

namespace {

// `text` in UTF-16 of the given order, without its byte order mark.
std::string bomless(const std::string& text, Encoding e) {
  return encode_text(text, e).substr(2);
}

const std::string kText = "Chi bộ ấp Mỹ Lợi sinh hoạt chuyên đề: Đảng viên gương mẫu.\r\n";

}  // namespace

TEST_CASE("UTF-16 without a byte order mark is found, in either byte order") {
  CHECK(detect_bomless_utf16(bomless(kText, Encoding::Utf16LE)) == Encoding::Utf16LE);
  CHECK(detect_bomless_utf16(bomless(kText, Encoding::Utf16BE)) == Encoding::Utf16BE);
  CHECK(detect_bomless_utf16(std::string("X\0a\0", 4)) == Encoding::Utf16LE);
  // Text that is all ă, đ, ơ, ư and U+1Exx letters has no zero column: not guessed.
  CHECK_FALSE(detect_bomless_utf16(bomless("ỨỪỬỮỰ", Encoding::Utf16LE)));
  // 8-bit text has no NUL at all.
  CHECK_FALSE(detect_bomless_utf16(kText));
  CHECK_FALSE(detect_bomless_utf16(encode_text(kText, Encoding::Tcvn3)));
}

TEST_CASE("zeros in one byte column are not UTF-16 unless the code units read as text") {
  // Small 16-bit numbers, low byte first: the odd column is all zeros, like UTF-16LE, but the
  // code units are control codes.
  std::string numbers;
  for (int i = 0; i < 200; ++i) numbers += std::string{static_cast<char>(i % 31 + 1), '\0'};
  CHECK_FALSE(detect_bomless_utf16(numbers));
  CHECK(binary_data_reason(numbers) == "not text (binary data: contains NUL bytes)");
}

TEST_CASE("binary data is told from text in every encoding read, UTF-16 included") {
  CHECK(binary_data_reason(std::string("abc\0def", 7)) ==
        "not text (binary data: contains NUL bytes)");
  CHECK(binary_data_reason("\x01\x02\x03\x04 ab\x05\x06\x07\x08") ==
        "not text (binary data: control codes)");

  CHECK_FALSE(binary_data_reason(kText));
  CHECK_FALSE(binary_data_reason(encode_text(kText, Encoding::Tcvn3)));
  CHECK_FALSE(binary_data_reason(encode_text(kText, Encoding::Utf16LE)));  // with its BOM
  CHECK_FALSE(binary_data_reason(encode_text(kText, Encoding::Utf16BE)));
  CHECK_FALSE(binary_data_reason(bomless(kText, Encoding::Utf16LE)));
  CHECK_FALSE(binary_data_reason(bomless(kText, Encoding::Utf16BE)));
  // VISCII puts six letters on control codes: a few of them are text.
  CHECK_FALSE(binary_data_reason(encode_text("Quốc hội Việt Nam, Ủy ban", Encoding::Viscii)));
}
