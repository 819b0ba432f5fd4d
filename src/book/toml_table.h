// Reading a TOML table into a struct, the one way every TOML file the program reads does it
// (book.toml, the print styles): a list of the keys the table may hold, each with a setter
// that reads its value into a field of the struct, or throws Error with the file and the
// value's line. A key not in the list is an error too: a misspelt key silently ignored is
// a book made with the wrong settings.
#pragma once

#include <toml++/toml.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace tuyentap {

// The line a node begins on, for Error.
inline int toml_line(const toml::node& n) {
  return static_cast<int>(n.source().begin.line);
}

// Reads one value into the struct being filled. `key` is the key as messages name it.
using TomlSetter = std::function<void(const toml::node& value, std::string_view key)>;

struct TomlKey {
  std::string_view name;
  TomlSetter set;
};

// Throws the Error for a key the list does not have, worded for the file being read.
using TomlUnknownKey = std::function<void(const toml::key& key, const toml::node& value)>;

// Every key of `table` must be in `keys`: the first that is not goes to `unknown` (which
// throws) before any value is read, since a misspelt key is the likelier mistake. Then each
// key's setter runs, in the table's order, given section_prefix + the key ("page.width_mm").
void read_toml_table(const toml::table& table, const std::vector<TomlKey>& keys,
                     const TomlUnknownKey& unknown, std::string_view section_prefix = {});

// The names of `keys` for a hint: "title, subtitle, year".
std::string toml_key_names(const std::vector<TomlKey>& keys);

// A setter that keeps the value's node, for a reader that looks at several keys together
// (a period is a year, a quarter, a month or from/to, never two of them).
TomlSetter keep_node(const toml::node*& slot);

}  // namespace tuyentap
