// The one-pass UTF-8 scan behind decode_text: validity, ASCII and "plainly NFC" at the edges
// of the byte patterns it recognises without ICU.
#include <unicode/utf8.h>

#include <catch2/catch.hpp>
#include <cstdint>

#include "text/decode.h"
#include "text/utf8.h"
#include "utf8_pieces.h"

using namespace tuyentap;

TEST_CASE("the UTF-8 scan finds validity, ASCII and plain NFC in one pass") {
  auto s = utf8::scan("Xây dựng Đảng – “vững mạnh”");
  CHECK(s.valid == std::string_view("Xây dựng Đảng – “vững mạnh”").size());
  CHECK_FALSE(s.ascii);
  CHECK(s.plainly_nfc);
  CHECK(utf8::scan("plain ascii text").ascii);
  // U+2000 and U+2001 are not NFC (they become U+2002, U+2003); U+20D0 is a combining mark.
  CHECK_FALSE(utf8::scan("a\u2000b").plainly_nfc);
  CHECK_FALSE(utf8::scan("a\u2001b").plainly_nfc);
  CHECK(utf8::scan("a\u2002b\u20CFc").plainly_nfc);
  CHECK_FALSE(utf8::scan("a\u20D0").plainly_nfc);
  // Decomposed text (a + U+0301) is valid but not plainly NFC.
  auto nfd = utf8::scan("ca\xCC\x81");
  CHECK(nfd.valid == 4);
  CHECK_FALSE(nfd.plainly_nfc);
  // Ill-formed: a lead byte without its continuation, an overlong form, a lone continuation.
  CHECK(utf8::scan("ab\xE1\xBA").valid == 2);
  CHECK(utf8::scan("ab\xC0\x80").valid == 2);
  CHECK(utf8::scan("\xE2\x80").valid == 0);
  CHECK(utf8::scan("x\x80").valid == 1);
  CHECK(utf8::valid_prefix("ab\xC3") == 2);
  CHECK(utf8::is_plainly_nfc("Đảng"));
  CHECK_FALSE(utf8::is_plainly_nfc("ab\xE1\xBA"));
}

TEST_CASE("valid UTF-8 that is not NFC is normalised by decode_text") {
  CHECK(decode_text("ca\xCC\x81 m\xE1\xBB\x9B").text == "cá mớ");
  CHECK(decode_text("a\u2001b").text == "a\u2003b");
  CHECK(decode_text("Đảng viên").text == "Đảng viên");
}

TEST_CASE("utf8 whole prefix: a cut never splits a code point, a short line stays whole") {
  const std::string s = "Vị trí";  // "ị" and "í" are two and three bytes
  CHECK(utf8::whole_prefix(s, 100) == s);
  CHECK(utf8::whole_prefix(s, 2) == "V");   // "ị" would be cut: it goes
  CHECK(utf8::whole_prefix(s, 4) == "Vị");  // a cut right after "ị" keeps it
  CHECK(utf8::whole_prefix(s, 0).empty());
}

namespace {

// The scan a code point at a time, as it was before its sixteen-byte fast path.
utf8::Scan scan_one_by_one(std::string_view s, bool stop_at_not_plain) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto n = static_cast<std::int32_t>(s.size());
  utf8::Scan out;
  std::int32_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    out.ascii = false;
    const std::int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) {
      out.valid = static_cast<std::size_t>(start);
      out.plainly_nfc = false;
      return out;
    }
    if (!(c < 0x0300 || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2002 && c < 0x20D0))) {
      out.plainly_nfc = false;
      if (stop_at_not_plain) return out;
    }
  }
  out.valid = s.size();
  return out;
}

}  // namespace

TEST_CASE("the UTF-8 scan sixteen bytes at a time finds what a code point at a time finds") {
  test::Utf8Pieces pieces(20261202);
  for (int k = 0; k < 40000; ++k) {
    const std::string s = pieces.next(k % 2 ? 80 : 12, k % 3 ? 12 : 3);
    const utf8::Scan got = utf8::scan(s), want = scan_one_by_one(s, false);
    INFO(k);
    REQUIRE(got.valid == want.valid);
    REQUIRE(got.ascii == want.ascii);
    REQUIRE(got.plainly_nfc == want.plainly_nfc);
    const utf8::Scan first = scan_one_by_one(s, true);
    REQUIRE(utf8::is_plainly_nfc(s) == (first.plainly_nfc && first.valid == s.size()));
  }
  // a block's last letter cut by the end, or its continuation in the next block
  CHECK(utf8::scan("0123456789abcde\xE1").valid == 15);
  CHECK(utf8::scan("0123456789abcde\xE1\xBA\xA3x").valid == 19);
  CHECK(utf8::scan("0123456789abcd\xE1\xBAx0123456789abcdef").valid == 14);
  CHECK_FALSE(utf8::scan("0123456789abcdefghijklm\xE2\x80\x81n").plainly_nfc);
}

TEST_CASE("utf8::next decodes and steps as ICU's U8_NEXT at every offset of any bytes") {
  test::Utf8Pieces pieces(2112);
  for (int k = 0; k < 20000; ++k) {
    const std::string s = pieces.next(k % 2 ? 40 : 8, k % 3 ? 8 : 2);
    const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
    for (std::size_t from = 0; from < s.size(); ++from) {
      std::size_t i = from;
      const char32_t got = utf8::next(s, i);
      auto j = static_cast<std::int32_t>(from);
      UChar32 want;
      U8_NEXT(p, j, static_cast<std::int32_t>(s.size()), want);
      INFO(k << " at " << from);
      REQUIRE(got == (want < 0 ? U'\uFFFD' : static_cast<char32_t>(want)));
      REQUIRE(i == static_cast<std::size_t>(j));
    }
  }
}
