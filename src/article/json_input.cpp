#include "article/json_input.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace tuyentap {

namespace {

struct TooDeep : std::runtime_error {
  TooDeep() : std::runtime_error("JSON nested too deep") {}
};

bool key_is(std::string_view key, std::string_view want) {
  if (key.size() != want.size()) return false;
  for (std::size_t i = 0; i < key.size(); ++i) {
    char c = key[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    char w = want[i];
    if (w >= 'A' && w <= 'Z') w = static_cast<char>(w - 'A' + 'a');
    if (c != w) return false;
  }
  return true;
}

}  // namespace

std::optional<nlohmann::json> parse_json_capped(std::string_view text) {
  // The parser itself keeps its own stack; the callback stops a document that would nest
  // past the cap before any of it is built.
  auto cap = [](int depth, nlohmann::json::parse_event_t, nlohmann::json&) {
    if (depth > kMaxJsonNesting) throw TooDeep();
    return true;
  };
  try {
    return nlohmann::json::parse(text.begin(), text.end(), cap);
  } catch (const TooDeep&) {
    return std::nullopt;
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}

const nlohmann::json* json_member(const nlohmann::json& object,
                                  std::initializer_list<std::string_view> keys) {
  if (!object.is_object()) return nullptr;
  for (std::string_view want : keys)
    for (auto it = object.begin(); it != object.end(); ++it)
      if (key_is(it.key(), want) && !it.value().is_null()) return &it.value();
  return nullptr;
}

std::string json_text(const nlohmann::json* value) {
  if (!value) return "";
  if (value->is_string()) return value->get<std::string>();
  if (value->is_number_integer()) return std::to_string(value->get<long long>());
  if (value->is_number_unsigned()) return std::to_string(value->get<unsigned long long>());
  if (value->is_object()) return json_text(json_member(*value, {"$date"}));
  return "";
}

std::vector<std::string> json_names(const nlohmann::json* value) {
  std::vector<std::string> names;
  if (!value) return names;
  auto one = [&names](const nlohmann::json& v) {
    std::string s = v.is_object() ? json_text(json_member(v, {"name"})) : json_text(&v);
    if (!s.empty()) names.push_back(std::move(s));
  };
  if (value->is_array()) {
    for (const nlohmann::json& v : *value) one(v);
  } else {
    one(*value);
  }
  return names;
}

}  // namespace tuyentap
