#include "base/json.h"

#include <catch2/catch.hpp>
#include <cstdio>

#include "utf8_pieces.h"

using namespace tuyentap;

TEST_CASE("json strings escape quotes, backslashes and control characters, keep Vietnamese") {
  CHECK(json_string("Đảng \"bộ\"\n\t\\") == "\"Đảng \\\"bộ\\\"\\n\\t\\\\\"");
  CHECK(json_string(std::string("a\x01"
                                "b")) == "\"a\\u0001b\"");
}

TEST_CASE("json writer nests objects and arrays with commas in the right places") {
  JsonWriter w;
  w.begin_object().key("a").value(1).key("b").begin_array().value("x").value(true).null();
  w.end_array().key("c").begin_object().end_object().end_object();
  CHECK(w.str() ==
        "{\n  \"a\": 1,\n  \"b\": [\n    \"x\",\n    true,\n    null\n  ],\n  \"c\": {}\n}\n");
}

TEST_CASE("json strings escape at every position of a long string, bytes >= 0x80 kept") {
  // Long enough for the sixteen-byte scan: each escape is tried at each offset.
  const std::string text = "Nghị quyết Trung ương về xây dựng Đảng “trong sạch” – vững mạnh";
  const std::vector<std::pair<std::string, std::string>> escapes = {
      {"\"", "\\\""},
      {"\\", "\\\\"},
      {"\n", "\\n"},
      {"\r", "\\r"},
      {"\t", "\\t"},
      {"\x1f", "\\u001f"},
      {std::string(1, '\0'), "\\u0000"}};
  CHECK(json_string(text) == "\"" + text + "\"");
  for (std::size_t at = 0; at <= text.size(); ++at) {
    // Inside a letter's bytes the insert would break its UTF-8 (the next test's case).
    if (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) continue;
    for (const auto& [raw, escaped] : escapes) {
      INFO(at);
      CHECK(json_string(text.substr(0, at) + raw + text.substr(at)) ==
            "\"" + text.substr(0, at) + escaped + text.substr(at) + "\"");
    }
  }
}

TEST_CASE("json strings are valid UTF-8 whatever the bytes: each stray byte becomes U+FFFD") {
  const std::string fffd = "\xEF\xBF\xBD";
  // A file name in Windows-1258 ("bài" with à as 0xE0), a lone continuation byte, a cut
  // sequence at the end, an overlong '/', a UTF-16 surrogate, a code point past U+10FFFF.
  CHECK(json_string("b\xE0i.txt") == "\"b" + fffd + "i.txt\"");
  CHECK(json_string("\x80") == "\"" + fffd + "\"");
  CHECK(json_string("Đảng\xE1\xBA") == "\"Đảng" + fffd + fffd + "\"");
  CHECK(json_string("\xC0\xAF") == "\"" + fffd + fffd + "\"");
  CHECK(json_string("\xED\xA0\x80") == "\"" + fffd + fffd + fffd + "\"");
  CHECK(json_string("\xF4\x90\x80\x80") == "\"" + fffd + fffd + fffd + fffd + "\"");
  // Well-formed text of every length is kept, escapes still made after a replacement.
  CHECK(json_string("\xF0\x9F\x93\x96 \xE1\xBB\x87 \xC3\xA0") ==
        "\"\xF0\x9F\x93\x96 \xE1\xBB\x87 \xC3\xA0\"");
  CHECK(json_string("\xFF\n\"") == "\"" + fffd + "\\n\\\"\"");
  // A stray byte after runs of ASCII longer than the eight bytes looked at at once, and in
  // the shorter tail.
  CHECK(json_string("sinh hoat chi bo\xE0 thang 3 nam 2019\x80") ==
        "\"sinh hoat chi bo" + fffd + " thang 3 nam 2019" + fffd + "\"");
}

namespace {

// json_string a byte at a time, as it was before its sixteen-byte fast path: Unicode's
// table 3-7 for each sequence, U+FFFD for each byte that starts none.
std::string json_one_by_one(std::string_view s) {
  auto at = [&](std::size_t k) -> unsigned {
    return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u;
  };
  auto in = [](unsigned b, unsigned lo, unsigned hi) { return b >= lo && b <= hi; };
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size();) {
    const unsigned c = at(i);
    std::size_t n = 0;
    if (c < 0x80) {
      n = 1;
    } else if (in(c, 0xC2, 0xDF)) {
      n = in(at(i + 1), 0x80, 0xBF) ? 2 : 0;
    } else if (in(c, 0xE0, 0xEF)) {
      const bool ok = in(at(i + 1), c == 0xE0 ? 0xA0 : 0x80, c == 0xED ? 0x9F : 0xBF) &&
                      in(at(i + 2), 0x80, 0xBF);
      n = ok ? 3 : 0;
    } else if (in(c, 0xF0, 0xF4)) {
      const bool ok = in(at(i + 1), c == 0xF0 ? 0x90 : 0x80, c == 0xF4 ? 0x8F : 0xBF) &&
                      in(at(i + 2), 0x80, 0xBF) && in(at(i + 3), 0x80, 0xBF);
      n = ok ? 4 : 0;
    }
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    if (n > 1) {
      out.append(s.substr(i, n));
    } else if (c == '"') {
      out += "\\\"";
    } else if (c == '\\') {
      out += "\\\\";
    } else if (c < 0x20) {
      out += json_string(std::string(1, static_cast<char>(c))).substr(1, std::string::npos);
      out.pop_back();
    } else {
      out += static_cast<char>(c);
    }
    i += n;
  }
  return out + "\"";
}

}  // namespace

TEST_CASE("json strings sixteen bytes at a time are what a byte at a time makes of them") {
  test::Utf8Pieces pieces(1202);
  for (int k = 0; k < 40000; ++k) {
    const std::string s = pieces.next(k % 2 ? 80 : 12, k % 3 ? 12 : 3);
    INFO(k);
    REQUIRE(json_string(s) == json_one_by_one(s));
  }
}
