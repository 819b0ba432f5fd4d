// The one list of family names (article/family_names.h), read by the byline rules and by the
// fitted title scorer's `surname` feature: every name of it counts for both as its kind says.
#include "article/family_names.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "article/byline_name.h"
#include "article/theo_writer.h"
#include "article/title_features.h"
#include "text/normalize.h"

using namespace tuyentap;

namespace {

// The title scorer's `surname` of a made-up writer's line "<Family> Minh Khôi".
double title_surname(const std::string& family) {
  std::vector<std::string> lines = {"Tin trong ngày", family + " Minh Khôi", "Hết"};
  auto rows = title_features(lines);
  const auto& names = title_feature_names();
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == "surname") return rows[1][i];
  FAIL("no surname feature");
  return -1;
}

// "nguyễn" → "Nguyễn", as a page prints a name.
std::string capitalised(std::string_view key) {
  std::string upper = to_upper_vi(key);
  std::size_t first = 1;
  while (first < upper.size() && (static_cast<unsigned char>(upper[first]) & 0xC0) == 0x80) ++first;
  return upper.substr(0, first) + std::string(key.substr(first));
}

}  // namespace

TEST_CASE("family names: the byline rules and the title scorer read the same list") {
  REQUIRE(family_names().size() >= 40);
  for (const FamilyName& f : family_names()) {
    std::string name = capitalised(f.key);
    INFO(name);
    const bool person_only = f.kind == FamilyNameKind::kPersonOnly;
    CHECK(title_surname(name) == 1.0);
    CHECK(is_family_name(name) == person_only);
    CHECK(is_any_family_name(name) == (f.kind != FamilyNameKind::kAlsoCommonWord));
    std::string credit = "Theo " + name + " Minh Khôi";
    CHECK((writer_after_theo(credit) == credit) == !person_only);
  }
}

TEST_CASE("family names: a rare one that is an everyday word counts for the scorer alone") {
  // Tăng, Quan, Từ, Diệp: the scorer's weight is fitted over every page, the byline rules read
  // one word and must not take "Tăng cường" or "Quan tâm" for a name typed in lower case
  CHECK(family_name_kind("tăng") == FamilyNameKind::kAlsoCommonWord);
  CHECK(title_surname("Tăng") == 1.0);
  CHECK(title_surname("Diệp") == 1.0);
  CHECK_FALSE(is_any_family_name("Tăng"));
  CHECK_FALSE(is_name_typed_lower("Tăng cường"));
  CHECK_FALSE(is_name_typed_lower("Quan tâm"));
  CHECK_FALSE(is_name_typed_lower("Từ thiện"));
  // a common one opening a place's name is a person's for a name typed in lower case
  CHECK(is_name_typed_lower("Phan văn an"));
  CHECK(writer_after_theo("Theo Hà Nội Mới") == "Theo Hà Nội Mới");
  // a word of no list is no family name for either
  CHECK_FALSE(family_name_kind("minh"));
  CHECK(title_surname("Minh") == 0.0);
  CHECK_FALSE(is_any_family_name("Minh"));
}
