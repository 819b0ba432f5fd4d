// A row of share buttons: see share_buttons.h.
#include "article/share_buttons.h"

#include <array>
#include <string>

#include "base/ascii.h"

namespace tuyentap {

bool is_share_buttons_line(std::string_view line) {
  constexpr std::size_t kMaxBytes = 80;
  if (line.size() > kMaxBytes) return false;
  // "Chia sẻFacebook! Twitter! Zingme!" (share, real-eval93/daivietcantho-1): the row's label
  // says what the names are, one is enough after it
  std::size_t min_names = 2;
  for (std::string_view label : {"Chia sẻ", "CHIA SẺ", "Share", "SHARE"}) {
    if (!line.starts_with(label)) continue;
    line.remove_prefix(label.size());
    if (line.starts_with(':')) line.remove_prefix(1);
    min_names = 1;
    break;
  }
  // the names in lower case, the marks between them gone; any other byte (a letter with a
  // mark, a digit) is a word of text
  constexpr std::string_view kBullet = "•";
  std::string names;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (is_ascii_letter(c))
      names += lower_ascii(c);
    else if (line.substr(i).starts_with(kBullet))
      i += kBullet.size() - 1;
    else if (std::string_view(" |/-+!").find(c) == std::string_view::npos)
      return false;
  }
  // no name opens another, so the first that opens the rest is the one
  static constexpr std::array<std::string_view, 17> kNames = {
      "facebook", "pinterest", "messenger", "linkedin", "telegram", "twitter",
      "google",   "zingme",    "email",     "gmail",    "tweet",    "share",
      "print",    "zalo",      "mail",      "like",     "in"};
  std::size_t found = 0;
  for (std::size_t at = 0; at < names.size();) {
    bool matched = false;
    for (std::string_view n : kNames) {
      if (std::string_view(names).substr(at).starts_with(n)) {
        at += n.size();
        ++found;
        matched = true;
        break;
      }
    }
    if (!matched) return false;
  }
  return found >= min_names;
}

}  // namespace tuyentap
