// A JSON-LD breadcrumb read without a parse: see broken_breadcrumb.h.
#include "article/broken_breadcrumb.h"

#include <nlohmann/json.hpp>
#include <optional>

#include "article/json_input.h"

namespace tuyentap {

namespace {

constexpr std::size_t npos = std::string_view::npos;
constexpr std::size_t kMaxSteps = 16;  // a breadcrumb has a few; a hostile block no more

// The JSON string starting at text[at] == '"': its value, and `at` moved past its closing
// quote (text.size() when it does not close).
std::string read_string(std::string_view text, std::size_t& at) {
  std::string out;
  for (++at; at < text.size(); ++at) {
    char c = text[at];
    if (c == '"') {
      ++at;
      return out;
    }
    if (c == '\\' && at + 1 < text.size()) {
      char e = text[++at];
      if (e == '"' || e == '\\' || e == '/') {
        out += e;
      } else {
        out += '\\';
        out += e;
      }
      continue;
    }
    out += c;
  }
  return out;
}

// Moves `at` (on the '"' that opens a string) past its closing quote, or to text.size()
// when it does not close: read_string's walk without keeping the value.
void skip_string(std::string_view text, std::size_t& at) {
  for (++at; at < text.size(); ++at) {
    if (text[at] == '\\' && at + 1 < text.size()) {
      ++at;
      continue;
    }
    if (text[at] == '"') {
      ++at;
      return;
    }
  }
}

// Where the bracket opened at text[open] closes (strings skipped), or npos.
std::size_t closing_bracket(std::string_view text, std::size_t open) {
  int depth = 0;
  for (std::size_t at = open; at < text.size();) {
    char c = text[at];
    if (c == '"') {
      skip_string(text, at);
      continue;
    }
    if (c == '[' || c == '{') ++depth;
    if ((c == ']' || c == '}') && --depth == 0) return at;
    ++at;
  }
  return npos;
}

// The string literal at text[at] == '"' decoded as JSON (\uXXXX with surrogate pairs to
// UTF-8, \n, \t …) by the project's JSON reader, `at` moved past it; "" when the literal does
// not close or is not valid JSON (a lone surrogate, a raw control character): a name read
// wrong is worse than none.
std::string read_decoded_string(std::string_view text, std::size_t& at) {
  std::size_t start = at;
  skip_string(text, at);
  if (at <= start + 1 || text[at - 1] != '"') return "";
  std::optional<nlohmann::json> value = parse_json_capped(text.substr(start, at - start));
  if (!value || !value->is_string()) return "";
  return value->get<std::string>();
}

}  // namespace

std::vector<std::string> breadcrumb_names_in_broken_json(std::string_view text) {
  std::vector<std::string> names;
  std::size_t type = text.find("\"BreadcrumbList\"");
  if (type == npos) return names;
  std::size_t key = text.find("\"itemListElement\"", type);
  if (key == npos) key = text.rfind("\"itemListElement\"", type);
  if (key == npos) return names;
  std::size_t open = text.find('[', key);
  if (open == npos) return names;
  std::size_t close = closing_bracket(text, open);
  if (close == npos) return names;
  std::string_view list = text.substr(open, close - open);
  for (std::size_t at = 0; at < list.size() && names.size() < kMaxSteps;) {
    if (list[at] != '"') {
      ++at;
      continue;
    }
    std::string s = read_string(list, at);
    if (s != "name") continue;
    std::size_t value = list.find_first_not_of(" \t\r\n", at);
    if (value == npos || list[value] != ':') continue;
    value = list.find_first_not_of(" \t\r\n", value + 1);
    if (value == npos || list[value] != '"') continue;
    at = value;
    std::string name = read_decoded_string(list, at);
    if (!name.empty()) names.push_back(std::move(name));
  }
  return names;
}

}  // namespace tuyentap
