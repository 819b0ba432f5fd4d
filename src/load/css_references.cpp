#include "load/css_references.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "base/ascii.h"
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

// The target of url( or of a quoted @import starting at `at` (after "url(" / "@import");
// `at` moves past it, so that each byte is looked at once however the text is built (a
// megabyte of "url(data:" without a closing bracket).
std::string target_at(const std::string& css, std::size_t& at, bool url) {
  while (at < css.size() && std::isspace(static_cast<unsigned char>(css[at]))) ++at;
  if (at >= css.size()) return "";
  const char quote = css[at];
  const bool quoted = quote == '"' || quote == '\'';
  if (!quoted && !url) return "";  // @import url(…) is seen as the url( it holds
  const std::size_t begin = quoted ? at + 1 : at;
  std::size_t end = css.find(quoted ? quote : ')', begin);
  if (end == std::string::npos) end = css.size();
  std::string t = css.substr(begin, end - begin);
  at = end;
  while (!t.empty() && std::isspace(static_cast<unsigned char>(t.back()))) t.pop_back();
  return t;
}

bool book_holds(const std::string& target) {
  if (lower_ascii(target.substr(0, 5)) == "data:") return true;
  for (int f = 0; f < epub::kFaceCount; ++f) {
    if (target == std::string("fonts/") + epub::face_info(static_cast<epub::Face>(f)).file)
      return true;
  }
  return false;
}

}  // namespace

void check_css_references(const std::string& css, const std::string& path) {
  const std::string text = without_comments(css);
  const std::string lower = lower_ascii(text);
  for (auto [word, url] : {std::pair<std::string_view, bool>{"url(", true}, {"@import", false}}) {
    for (std::size_t at = 0; (at = lower.find(word, at)) != std::string::npos;) {
      const std::size_t found = at;
      at += word.size();
      std::string target = target_at(text, at, url);
      if ((url || !target.empty()) && !book_holds(target)) {
        int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + found, '\n'));
        throw Error("the CSS refers to '" + target + "', which the book does not hold", path, line,
                    "tuyentap copies style.css alone into the book: delete the reference, or "
                    "write what it needs inline (a data: URL)");
      }
    }
  }
}

}  // namespace tuyentap
