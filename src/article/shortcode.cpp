// WordPress shortcodes' tags in a line of text: see shortcode.h.
#include "article/shortcode.h"

#include <cstddef>

namespace tuyentap {

namespace {

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || c == '_' || c == '-';
}

// The size of the shortcode tag starting at `s`'s '[', or 0 when none starts there.
std::size_t tag_size(std::string_view s) {
  // a tag is short: WordPress's caption tag with its three attributes is under 100 bytes
  constexpr std::size_t kMaxTag = 300;
  s = s.substr(0, kMaxTag);  // a line of many '[' costs kMaxTag bytes each at most
  if (s.size() < 3 || s[0] != '[') return 0;
  std::size_t i = 1;
  bool closing = s[i] == '/';
  if (closing) ++i;
  std::size_t name_from = i;
  while (i < s.size() && is_name_char(s[i])) ++i;
  if (i == name_from || !(s[name_from] >= 'a' && s[name_from] <= 'z')) return 0;
  if (closing) {
    // only WordPress's own enclosing shortcodes: "[/img]", "[/url]" close forum markup
    // (BBCode), whose "[img]" the reader reads as the photo's place
    std::string_view name = s.substr(name_from, i - name_from);
    bool wordpress = name == "caption" || name == "wp_caption" || name == "embed" ||
                     name == "gallery" || name == "playlist";
    return wordpress && i < s.size() && s[i] == ']' ? i + 1 : 0;
  }
  // attributes: name="value" or name='value', separated by spaces, at least one
  std::size_t attributes = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    if (i < s.size() && s[i] == ']') return attributes > 0 ? i + 1 : 0;
    std::size_t key_from = i;
    while (i < s.size() && is_name_char(s[i])) ++i;
    if (i == key_from || i + 1 >= s.size() || s[i] != '=') return 0;
    char quote = s[i + 1];
    if (quote != '"' && quote != '\'') return 0;
    std::size_t end = s.find(quote, i + 2);
    if (end == std::string_view::npos) return 0;
    i = end + 1;
    ++attributes;
  }
  return 0;
}

}  // namespace

bool has_shortcode(std::string_view line) {
  for (std::size_t at = line.find('['); at != std::string_view::npos; at = line.find('[', at + 1))
    if (tag_size(line.substr(at)) > 0) return true;
  return false;
}

std::string without_shortcodes(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  std::size_t from = 0;
  for (std::size_t at = line.find('['); at != std::string_view::npos;) {
    std::size_t size = tag_size(line.substr(at));
    if (size == 0) {
      at = line.find('[', at + 1);
      continue;
    }
    out.append(line.substr(from, at - from));
    // the tag stood between words or before one: keep one space where it was
    if (!out.empty() && out.back() != ' ' && at + size < line.size()) out += ' ';
    from = at + size;
    at = line.find('[', from);
  }
  out.append(line.substr(from));
  return out;
}

}  // namespace tuyentap
