// The one way TOML tables are read into structs: a list of keys with setters.
#include "book/toml_table.h"

#include <catch2/catch.hpp>

#include "base/error.h"

using namespace tuyentap;

namespace {

struct Sample {
  std::string name;
  long long size = 0;
};

std::vector<TomlKey> sample_keys(Sample& s, std::vector<std::string>& order) {
  return {{"name",
           [&](const toml::node& n, std::string_view k) {
             order.emplace_back(k);
             s.name = n.value<std::string>().value_or("?");
           }},
          {"size", [&](const toml::node& n, std::string_view k) {
             order.emplace_back(k);
             if (!n.is_integer()) throw Error("'size' must be a number", "t.toml", toml_line(n));
             s.size = *n.value<long long>();
           }}};
}

[[noreturn]] void unknown(const toml::key& key, const toml::node&) {
  throw Error("unknown key '" + std::string(key.str()) + "'", "t.toml",
              static_cast<int>(key.source().begin.line));
}

}  // namespace

TEST_CASE("toml table: each key's setter reads its value, given the key as messages name it") {
  toml::table t = toml::parse("name = \"Tuyển tập\"\nsize = 3\n");
  Sample s;
  std::vector<std::string> order;
  read_toml_table(t, sample_keys(s, order), unknown, "book.");
  CHECK(s.name == "Tuyển tập");
  CHECK(s.size == 3);
  CHECK(order == std::vector<std::string>{"book.name", "book.size"});
  std::vector<std::string> unused;
  CHECK(toml_key_names(sample_keys(s, unused)) == "name, size");
}

TEST_CASE("toml table: an unknown key stops before any value is read, at its line") {
  toml::table t = toml::parse("name = \"x\"\nsize = \"big\"\n\nsise = 4\n");
  Sample s;
  std::vector<std::string> order;
  try {
    read_toml_table(t, sample_keys(s, order), unknown);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.message() == "unknown key 'sise'");
    CHECK(e.line() == 4);
  }
  CHECK(order.empty());
  toml::table bad = toml::parse("size = \"big\"\n");
  CHECK_THROWS_AS(read_toml_table(bad, sample_keys(s, order), unknown), Error);
}

TEST_CASE("toml table: keep_node keeps a value for a reader that looks at keys together") {
  toml::table t = toml::parse("[period]\nyear = 2019\n");
  const toml::node *year = nullptr, *month = nullptr;
  read_toml_table(*t["period"].as_table(), {{"year", keep_node(year)}, {"month", keep_node(month)}},
                  unknown);
  REQUIRE(year);
  CHECK(toml_line(*year) == 2);
  CHECK(month == nullptr);
}
