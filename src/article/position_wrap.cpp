// A line broken at the dash before a position: see position_wrap.h.
#include "article/position_wrap.h"

#include <algorithm>
#include <span>
#include <vector>

#include "article/address_words.h"
#include "article/byline.h"
#include "article/text_lines.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxLineWords = 30;

// The line ends on a name a form of address opens: "… và đồng chí Vũ Khắc Hào", "Ông Lê An".
bool ends_on_addressed_name(std::string_view line) {
  const std::vector<std::string_view> words = spaced_words(line);
  std::size_t name = 0;  // capitalised words at the end
  while (name < words.size() && name < kMaxAddressedNameWords + 1 &&
         starts_with_upper(words[words.size() - 1 - name]))
    ++name;
  // the form of address may open the line in capitals ("Đồng chí", "Ông"): try each split
  for (std::size_t n = 1; n <= std::min(name, kMaxAddressedNameWords); ++n) {
    std::size_t at = words.size() - n;  // the name's first word
    for (std::size_t k = 1; k <= std::min(at, kMaxFormOfAddressWords); ++k)
      if (is_form_of_address(std::span(words).subspan(at - k, k))) return true;
  }
  return false;
}

constexpr std::size_t kMinNameWords = 2;
constexpr std::size_t kMaxNameWords = 5;

// "Trịnh Duy Minh": two to five words, each opening with a capital, no digit nor mark.
bool is_listed_name(std::string_view item) {
  while (item.starts_with(' ')) item.remove_prefix(1);
  while (item.ends_with(' ')) item.remove_suffix(1);
  const std::vector<std::string_view> words = spaced_words(item);
  if (words.size() < kMinNameWords || words.size() > kMaxNameWords) return false;
  return std::all_of(words.begin(), words.end(), [](std::string_view w) {
    return starts_with_upper(w) &&
           w.find_first_of("0123456789.:;!?()/\"'-") == std::string_view::npos;
  });
}

// The text's items between commas.
std::vector<std::string_view> comma_items(std::string_view text) {
  std::vector<std::string_view> items;
  for (std::size_t at = 0;;) {
    std::size_t comma = text.find(',', at);
    items.push_back(text.substr(at, comma == std::string_view::npos ? text.npos : comma - at));
    if (comma == std::string_view::npos) return items;
    at = comma + 1;
  }
}

}  // namespace

bool continues_name_list(std::string_view previous, std::string_view line) {
  while (previous.ends_with(' ')) previous.remove_suffix(1);
  if (!previous.ends_with(',') || !at_most_words(previous, kMaxLineWords)) return false;
  previous.remove_suffix(1);
  const std::vector<std::string_view> before = comma_items(previous);
  if (before.size() < 2 || !is_listed_name(before[before.size() - 1]) ||
      !is_listed_name(before[before.size() - 2]))
    return false;
  if (line.ends_with('.')) line.remove_suffix(1);
  const std::vector<std::string_view> names = comma_items(line);
  return std::all_of(names.begin(), names.end(), is_listed_name);
}

bool continues_with_position(std::string_view previous, std::string_view line) {
  std::string_view rest;
  for (std::string_view dash : {"-", "–", "—"}) {
    if (line.starts_with(dash)) {
      rest = line.substr(dash.size());
      break;
    }
  }
  while (rest.starts_with(' ')) rest.remove_prefix(1);
  if (rest.empty() || !opens_with_position(rest)) return false;
  while (previous.ends_with(' ')) previous.remove_suffix(1);
  if (previous.empty() || !at_most_words(previous, kMaxLineWords) ||
      ends_with_sentence_punct(previous))
    return false;
  for (std::string_view end : {",", ";", ":", ")", "\"", "”"})
    if (previous.ends_with(end)) return false;
  return ends_on_addressed_name(previous);
}

}  // namespace tuyentap
