#include "book/toml_table.h"

#include <algorithm>

namespace tuyentap {

namespace {

const TomlKey* find_key(const std::vector<TomlKey>& keys, std::string_view name) {
  auto it =
      std::find_if(keys.begin(), keys.end(), [&](const TomlKey& k) { return k.name == name; });
  return it == keys.end() ? nullptr : &*it;
}

}  // namespace

void read_toml_table(const toml::table& table, const std::vector<TomlKey>& keys,
                     const TomlUnknownKey& unknown, std::string_view section_prefix) {
  for (auto&& [key, node] : table) {
    if (!find_key(keys, key.str())) unknown(key, node);
  }
  for (auto&& [key, node] : table) {
    if (const TomlKey* k = find_key(keys, key.str())) {
      k->set(node, std::string(section_prefix) + std::string(key.str()));
    }
  }
}

std::string toml_key_names(const std::vector<TomlKey>& keys) {
  std::string list;
  for (const auto& k : keys) list += (list.empty() ? "" : ", ") + std::string(k.name);
  return list;
}

TomlSetter keep_node(const toml::node*& slot) {
  return [&slot](const toml::node& value, std::string_view) { slot = &value; };
}

}  // namespace tuyentap
