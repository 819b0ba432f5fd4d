// The forms of address (article/address_words.h): the words before a person's name, read word
// for word in any case, the two-word "đồng chí" whole. Neither the kin forms (which a reader
// adds) nor the title scorer's own "các đồng chí" (features.py's list) are in the base list.
#include "article/address_words.h"

#include <catch2/catch.hpp>
#include <string_view>
#include <vector>

using namespace tuyentap;

namespace {

bool is_form(std::vector<std::string_view> words) {
  return is_form_of_address(words);
}

}  // namespace

TEST_CASE("address words: the forms of address, word for word in any case") {
  CHECK(is_form({"Đồng", "chí"}));
  CHECK(is_form({"ĐỒNG", "CHÍ"}));
  CHECK(is_form({"Đ/c"}));
  CHECK(is_form({"Đ/C"}));
  CHECK(is_form({"Ông"}));
  CHECK(is_form({"bà"}));
  CHECK(kMaxFormOfAddressWords == 2);
  // a part of one, or one with more, is none
  CHECK_FALSE(is_form({"Đồng"}));
  CHECK_FALSE(is_form({"chí"}));
  CHECK_FALSE(is_form({"Ông", "Lê"}));
  CHECK_FALSE(is_form({"Các", "đồng", "chí"}));
  CHECK_FALSE(is_form({}));
  // the kin forms are added by the readers that want them, not here
  CHECK_FALSE(is_form({"Anh"}));
  CHECK_FALSE(is_form({"chị"}));
}
