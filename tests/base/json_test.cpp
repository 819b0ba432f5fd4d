#include <catch2/catch.hpp>

#include "base/json.h"

using namespace tuyentap;

TEST_CASE("json strings escape quotes, backslashes and control characters, keep Vietnamese") {
  CHECK(json_string("Đảng \"bộ\"\n\t\\") == "\"Đảng \\\"bộ\\\"\\n\\t\\\\\"");
  CHECK(json_string(std::string("a\x01" "b")) == "\"a\\u0001b\"");
}

TEST_CASE("json writer nests objects and arrays with commas in the right places") {
  JsonWriter w;
  w.begin_object().key("a").value(1).key("b").begin_array().value("x").value(true).null();
  w.end_array().key("c").begin_object().end_object().end_object();
  CHECK(w.str() ==
        "{\n  \"a\": 1,\n  \"b\": [\n    \"x\",\n    true,\n    null\n  ],\n  \"c\": {}\n}\n");
}
