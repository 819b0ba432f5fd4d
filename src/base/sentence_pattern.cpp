#include "base/sentence_pattern.h"

namespace tuyentap {

bool match_sentence(std::string_view pattern, std::string_view text,
                    std::vector<std::string>& parts) {
  parts.clear();
  const std::size_t first_hole = pattern.find("%s");
  if (first_hole == std::string_view::npos) return text == pattern;
  // The fixed words at both ends first: most patterns tried fail there, before any part is
  // cut (a warning's code is looked for among some fifty sentences).
  const std::size_t last_hole = pattern.rfind("%s");
  if (!text.starts_with(pattern.substr(0, first_hole)) ||
      !text.ends_with(pattern.substr(last_hole + 2))) {
    return false;
  }
  std::vector<std::string_view> fixed;
  for (std::size_t p = 0;;) {
    std::size_t hole = pattern.find("%s", p);
    fixed.push_back(pattern.substr(p, hole == std::string_view::npos ? hole : hole - p));
    if (hole == std::string_view::npos) break;
    p = hole + 2;
  }
  // both ends matched above; they must not overlap ("%s lines" is no match of "s")
  const std::string_view first = fixed.front(), last = fixed.back();
  if (text.size() < first.size() + last.size()) return false;
  std::string_view middle = text.substr(first.size(), text.size() - first.size() - last.size());
  std::size_t t = 0;
  for (std::size_t k = 1; k + 1 < fixed.size(); ++k) {
    std::size_t at = middle.find(fixed[k], t);
    if (at == std::string_view::npos || fixed[k].empty()) return false;
    parts.emplace_back(middle.substr(t, at - t));
    t = at + fixed[k].size();
  }
  parts.emplace_back(middle.substr(t));
  return true;
}

}  // namespace tuyentap
