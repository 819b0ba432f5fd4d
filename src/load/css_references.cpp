#include "load/css_references.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "base/error.h"
#include "epub/fonts.h"

namespace tuyentap {

namespace {

// The text with each comment blanked (newlines kept, so lines still count).
std::string without_comments(const std::string& css) {
  std::string out = css;
  for (std::size_t at = 0; (at = out.find("/*", at)) != std::string::npos;) {
    std::size_t end = out.find("*/", at + 2);
    end = end == std::string::npos ? out.size() : end + 2;
    for (std::size_t i = at; i < end; ++i)
      if (out[i] != '\n') out[i] = ' ';
    at = end;
  }
  return out;
}

std::string lowered(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// The target of url( or of a quoted @import starting at `at` (after "url(" / "@import").
std::string target_at(const std::string& css, std::size_t at, bool url) {
  while (at < css.size() && std::isspace(static_cast<unsigned char>(css[at]))) ++at;
  if (at >= css.size()) return "";
  char quote = css[at];
  if (quote == '"' || quote == '\'') {
    std::size_t end = css.find(quote, at + 1);
    return css.substr(at + 1, end == std::string::npos ? std::string::npos : end - at - 1);
  }
  if (!url) return "";  // @import url(…) is seen as the url( it holds
  std::size_t end = css.find(')', at);
  std::string t = css.substr(at, end == std::string::npos ? std::string::npos : end - at);
  while (!t.empty() && std::isspace(static_cast<unsigned char>(t.back()))) t.pop_back();
  return t;
}

bool book_holds(const std::string& target) {
  if (lowered(target.substr(0, 5)) == "data:") return true;
  for (int f = 0; f < epub::kFaceCount; ++f) {
    if (target == std::string("fonts/") + epub::face_info(static_cast<epub::Face>(f)).file)
      return true;
  }
  return false;
}

}  // namespace

void check_css_references(const std::string& css, const std::string& path) {
  const std::string text = without_comments(css);
  const std::string lower = lowered(text);
  for (auto [word, url] : {std::pair<std::string_view, bool>{"url(", true}, {"@import", false}}) {
    for (std::size_t at = 0; (at = lower.find(word, at)) != std::string::npos; ++at) {
      std::string target = target_at(text, at + word.size(), url);
      if ((url || !target.empty()) && !book_holds(target)) {
        int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + at, '\n'));
        throw Error("the CSS refers to '" + target + "', which the book does not hold", path, line,
                    "tuyentap copies style.css alone into the book: delete the reference, or "
                    "write what it needs inline (a data: URL)");
      }
    }
  }
}

}  // namespace tuyentap
