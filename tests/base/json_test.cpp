#include "base/json.h"

#include <catch2/catch.hpp>

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
    for (const auto& [raw, escaped] : escapes) {
      INFO(at);
      CHECK(json_string(text.substr(0, at) + raw + text.substr(at)) ==
            "\"" + text.substr(0, at) + escaped + text.substr(at) + "\"");
    }
  }
}
