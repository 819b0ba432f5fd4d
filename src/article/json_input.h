// JSON as readers meet it (crawler records, a page's JSON-LD): parsed with nlohmann::json,
// its nesting capped so that no input can make the parse, the walk or the clean-up deep.
#pragma once

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tuyentap {

constexpr int kMaxJsonNesting = 32;

// nullopt when the text is not JSON or nests deeper than kMaxJsonNesting.
std::optional<nlohmann::json> parse_json_capped(std::string_view text);

// The member of `object` whose key is one of `keys` (ASCII case ignored), tried in the order
// given; nullptr when none is there, or `object` is no object.
const nlohmann::json* json_member(const nlohmann::json& object,
                                  std::initializer_list<std::string_view> keys);

// A value as text: a string as it is, a number written out, {"$date": x} (a database
// export's date) as x; "" for anything else.
std::string json_text(const nlohmann::json* value);

// Names in a value: a string, {"name": …}, or an array of either ("authors").
std::vector<std::string> json_names(const nlohmann::json* value);

}  // namespace tuyentap
