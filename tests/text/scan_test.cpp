// The one-pass UTF-8 scan behind decode_text: validity, ASCII and "plainly NFC" at the edges
// of the byte patterns it recognises without ICU.
#include <catch2/catch.hpp>

#include "text/decode.h"
#include "text/utf8.h"

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
