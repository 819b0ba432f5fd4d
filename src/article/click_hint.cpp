// A widget's hint to the reader: see click_hint.h.
#include "article/click_hint.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "article/text_lines.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

// The hint's words, folded, when the line is a click hint (click_hint.h), else empty: both
// tests ask them, and the line is folded once.
std::vector<std::string> click_hint_words(std::string_view line) {
  constexpr std::size_t kMaxHintWords = 14;
  static constexpr std::array<std::string_view, 7> kClicks = {"bấm",  "nhấn",  "nhấp", "nháy",
                                                              "kích", "click", "kick"};
  static constexpr std::array<std::string_view, 7> kWhere = {"vào", "lên",  "chuột", "nút",
                                                             "đây", "here", "on"};
  // every verb opens with b, n, k or c: any other line is let go unfolded and uncounted (the
  // body's every line is asked: is_gallery_click_hint)
  if (line.empty() || std::string_view("BbNnKkCc").find(line[0]) == std::string_view::npos ||
      !at_most_words(line, kMaxHintWords))
    return {};
  std::vector<std::string> words;
  each_word(fold_exact(line), [&](std::string_view w) { words.emplace_back(w); });
  if (words.size() < 3 || std::find(kClicks.begin(), kClicks.end(), words[0]) == kClicks.end())
    return {};
  const bool purpose_next = words[1] == "để" || words[1] == "to";
  if (!purpose_next && std::find(kWhere.begin(), kWhere.end(), words[1]) == kWhere.end()) return {};
  const bool purpose =
      purpose_next || std::any_of(words.begin() + 2, words.end(),
                                  [](const std::string& w) { return w == "để" || w == "to"; });
  if (!purpose) return {};
  return words;
}

}  // namespace

bool is_click_hint(std::string_view line) {
  return !click_hint_words(line).empty();
}

bool is_gallery_click_hint(std::string_view line) {
  const std::vector<std::string> words = click_hint_words(line);  // most lines: no fold
  if (words.empty() || ends_with_sentence_punct(line)) return false;
  auto photo = [&](std::size_t i) {
    return i < words.size() &&
           (words[i] == "ảnh" || words[i] == "hình" || words[i] == "slide" || words[i] == "album");
  };
  // the photo the click lands on, nothing after it but the purpose: "vào ảnh để …", "vào hình"
  // ("vào hình mũi tên để chuyển sang bước …" names an icon, "vào ảnh đại diện" a profile's
  // picture: a guide's steps, the review's probes)
  if (photo(2) && (words.size() == 3 || words[3] == "để")) return true;
  // or the photos the click shows: "… để xem ảnh", "… để xem album"
  for (std::size_t i = 1; i + 2 < words.size(); ++i)
    if (words[i] == "để" && words[i + 1] == "xem" && photo(i + 2)) return true;
  return false;
}

}  // namespace tuyentap
