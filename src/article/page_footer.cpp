// The page's footer after an article's last sentence: see page_footer.h.
#include "article/page_footer.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "article/byline.h"
#include "article/caption.h"
#include "article/leading_symbols.h"
#include "article/text_lines.h"
#include "base/ascii.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

bool is_host_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

bool is_letter_label(std::string_view s) {
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
  return true;
}

// "a.b.vn": labels of letters, digits and hyphens between dots, the last of 2–6 letters.
bool is_host(std::string_view s) {
  constexpr std::size_t kMinTop = 2, kMaxTop = 6;
  std::size_t labels = 0;
  std::string_view label;
  for (std::size_t start = 0;;) {
    std::size_t dot = s.find('.', start);
    label = s.substr(start, dot == std::string_view::npos ? dot : dot - start);
    if (label.empty()) return false;
    for (char c : label)
      if (!is_host_char(c)) return false;
    ++labels;
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return labels >= 2 && label.size() >= kMinTop && label.size() <= kMaxTop &&
         is_letter_label(label);
}

}  // namespace

bool is_web_address(std::string_view line) {
  while (line.ends_with('/')) line.remove_suffix(1);
  if (line.empty() || line.find(' ') != std::string_view::npos) return false;
  for (std::string_view scheme : {"https://", "http://"})
    if (line.starts_with(scheme)) return line.size() > scheme.size();
  return is_host(line);
}

namespace {

// "Chủ đề BẢO VỆ NỀN TẢNG TƯ TƯỞNG CỦA ĐẢNG": the page's box of the topic the article is filed
// under, its name in capitals after the word (a slogan's "Chủ đề năm 2024: …" is none).
bool is_topic_tag(std::string_view line) {
  constexpr std::string_view kTopic = "Chủ đề ";
  constexpr std::size_t kMaxWords = 16;
  if (!line.starts_with(kTopic) || !at_most_words(line, kMaxWords)) return false;
  std::string_view name = line.substr(kTopic.size());
  return at_most_words(name, kMaxWords) && !at_most_words(name, 1) && is_all_caps(name) &&
         !ends_with_sentence_punct(name);
}

// "Link nội dung: https://…", "URL: …", "Đường dẫn: …": the page's own address under a label,
// as a print view writes it at the foot. A source credit ("Nguồn: https://…") names where the
// text comes from and is read as one (byline.h).
bool is_labelled_address(std::string_view line) {
  constexpr std::size_t kMaxLabelWords = 4;
  std::size_t colon = line.find(": ");
  if (colon == std::string_view::npos || colon == 0) return false;
  std::string_view label = line.substr(0, colon);
  return at_most_words(label, kMaxLabelWords) &&
         label.find_first_of("0123456789") == std::string_view::npos &&
         is_web_address(line.substr(colon + 2)) && !looks_like_source(line);
}

// "Bảo tàng Phụ nữ Việt Nam 37 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội |": a venue's or the site
// owner's street address in the page's layout table, its cell's bar closing it, after the text
// (real-eval66/hanoigrapevine-1): a house number, then a street's name in capitalised words,
// then two or more parts after commas (the ward or district, the city), each one to four
// capitalised words, and nothing after. Only in a cell: the text's own addresses (a venue under
// "Địa điểm:", a list of places, where to send help) stand in no cell, and a sentence says
// "tại số 5 Lê Lợi, phường 1", a word in lower case.
bool ends_with_street_address(std::string_view line) {
  constexpr std::size_t kMaxWords = 24;
  constexpr std::size_t kMaxPartWords = 4;
  constexpr std::size_t kMinPartsAfter = 2;
  if (!line.ends_with(" |")) return false;
  line = trim_spaces(line.substr(0, line.size() - 2));
  if (line.empty() || line.find(", ") == std::string_view::npos ||
      !at_most_words(line, kMaxWords) || ends_with_sentence_punct(line))
    return false;
  std::size_t parts_after = 0;
  std::string_view rest = line;
  for (std::size_t comma = rest.rfind(", "); comma != std::string_view::npos;
       comma = rest.rfind(", ")) {
    const std::string_view part = rest.substr(comma + 2);
    bool capitalised = !part.empty() && at_most_words(part, kMaxPartWords);
    each_word(part, [&](std::string_view w) { capitalised = capitalised && starts_with_upper(w); });
    if (!capitalised) return false;
    ++parts_after;
    rest = rest.substr(0, comma);
  }
  if (parts_after < kMinPartsAfter) return false;
  // the street: the last number of the first part, then capitalised words to its end
  std::vector<std::string_view> words;
  each_word(rest, [&](std::string_view w) { words.push_back(w); });
  for (std::size_t i = words.size(); i-- > 0;) {
    const std::string_view w = words[i];
    if (!w.empty() && w.front() >= '0' && w.front() <= '9')
      return i + 1 < words.size() &&
             w.find_first_not_of("0123456789/-AB") == std::string_view::npos;
    if (!starts_with_upper(w)) return false;
  }
  return false;
}

// "2018 © Trường Tiểu học Phước Lý", "Copyright © 2020 Báo X": the site's copyright notice,
// its sign anywhere in a short line (the [drop-line] marker "©*" takes it only first), no
// sentence inside. A photo's credit with the sign ("Lễ trao giải (Ảnh: © Minh Anh)", "Ảnh: ©
// TTXVN") is the caption of the text's last photo, not the site's notice: a caption's credit
// holding the sign is one.
bool is_copyright_notice(std::string_view line) {
  constexpr std::size_t kMaxWords = 20;
  if (line.find("©") == std::string_view::npos || !at_most_words(line, kMaxWords) ||
      stops_a_sentence_inside(line))
    return false;
  std::optional<Block> caption = parse_caption(line);
  return !(caption && caption->credit.find("©") != std::string::npos);
}

// "Facebook: Vườn Quốc gia Ba Vì", "Fanpage: Đoàn Thanh niên xã", "Zalo: 0912 345 678": the
// site's page on a social network named after its label, among the contact lines (real-eval70/
// vqgbavi-1); a few words, no sentence ("Facebook: 91% sinh viên sử dụng hằng ngày." is the
// text's).
bool names_social_page(std::string_view line) {
  constexpr std::size_t kMaxPageWords = 8;
  const std::size_t colon = line.find(": ");
  if (colon == std::string_view::npos || colon > 10) return false;  // "Facebook", the longest
  std::string_view label = line.substr(0, colon), page = trim_spaces(line.substr(colon + 2));
  return (label == "Facebook" || label == "Fanpage" || label == "Zalo" || label == "Youtube" ||
          label == "YouTube") &&
         !page.empty() && at_most_words(page, kMaxPageWords) && !ends_with_sentence_punct(page);
}

}  // namespace

bool is_postal_address(std::string_view line) {
  constexpr std::size_t kMaxWords = 24, kMinParts = 3, kMaxParts = 8;
  // folded, a space after each: the kinds of place an address names, from the lot to the province
  static constexpr std::string_view kPlaceKinds[] = {"lo ",     "so ",
                                                     "duong ",  "pho ",
                                                     "ngo ",    "ngach ",
                                                     "hem ",    "kiet ",
                                                     "thon ",   "ap ",
                                                     "xom ",    "ban ",
                                                     "to ",     "khu pho ",
                                                     "khu ",    "phuong ",
                                                     "xa ",     "thi tran ",
                                                     "quan ",   "huyen ",
                                                     "thi xa ", "thanh pho ",
                                                     "tp. ",    "tp ",
                                                     "tinh ",   "khu cong nghiep ",
                                                     "kcn "};
  if (line.empty() || !at_most_words(line, kMaxWords) || !starts_with_upper(line)) return false;
  std::string_view bare = line.ends_with('.') ? line.substr(0, line.size() - 1) : line;
  if (bare.find_first_of(".;:!?") != std::string_view::npos &&
      bare.find("TP.") == std::string_view::npos)
    return false;  // a sentence inside, a label's colon
  std::size_t parts = 0;
  bool all_placed = true;
  for (std::size_t start = 0; start <= bare.size() && all_placed;) {
    std::size_t comma = bare.find(',', start);
    std::string_view part =
        trim_spaces(bare.substr(start, comma == std::string_view::npos ? comma : comma - start));
    const std::string folded = fold_for_match(part) + ' ';
    bool placed = std::any_of(std::begin(kPlaceKinds), std::end(kPlaceKinds),
                              [&](std::string_view k) { return folded.starts_with(k); }) ||
                  (parts == 0 && !part.empty() && part.front() >= '0' && part.front() <= '9');
    all_placed = placed && at_most_words(part, kMaxWords);
    ++parts;
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return all_placed && parts >= kMinParts && parts <= kMaxParts;
}

bool is_page_footer_line(std::string_view line, const ChromeMatcher& chrome) {
  constexpr std::size_t kMaxBarWords = 8;
  constexpr std::size_t kMinBarLinks = 2;
  // "♦ Hotline: 0966173119", "📞 Email: …": a symbol set as the contact lines' bullet says
  // nothing of them (leading_symbols.h; real-eval70/vqgbavi-1)
  line = without_leading_symbols(line);
  if (chrome.may_match(line) && chrome.footer(chrome.key(line))) return true;
  if (is_web_address(line) || is_topic_tag(line) || is_labelled_address(line) ||
      names_social_page(line) || is_copyright_notice(line) || ends_with_street_address(line))
    return true;
  return at_most_words(line, kMaxBarWords) && !ends_with_sentence_punct(line) &&
         chrome.links_in(fold_for_match(line)) >= kMinBarLinks;
}

}  // namespace tuyentap
