// A title in capitals glued to the lead: see capitals_title_glue.h.
#include "article/capitals_title_glue.h"

#include <algorithm>
#include <iterator>
#include <utility>

#include "article/word_lists.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMinTitleWords = 4;
constexpr std::size_t kMinLeadWords = 8;
constexpr std::size_t kMaxTitleWords = 40;
// a title's length and a little more: the seam is looked for no further
constexpr std::size_t kMaxSeamBytes = 400;

bool opens_code_point(char byte) {
  return (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
}

// The start of the code point before `at`.
std::size_t previous_code_point(std::string_view s, std::size_t at) {
  while (at > 0 && !opens_code_point(s[--at])) {
  }
  return at;
}

// "Ngày 19 tháng 2 năm 2012, …", "Sáng 5/3, …", "Sáng nay, …", "Chiều ngày 12/3 …", "Từ ngày
// 5/3 …": a time word (word_lists.h kTimeSettingWords, "năm", "tháng", "từ") and, right after
// it with no comma between, a number, "nay" or "qua", or "ngày" or "hôm" before one of these. A
// given name that is a time word glued after the family's ("Nguyễn VănNăm, Chủ tịch …",
// "Lê VănSáng là …", "ĐàLạtNgày hội …": the review's) is followed by none of these.
bool opens_with_dated_time(std::string_view lead) {
  constexpr std::size_t kWords = 3;
  std::string_view words[kWords];
  std::size_t n = 0;
  for (std::size_t at = 0; n < kWords && at < lead.size();) {
    std::size_t end = std::min(lead.find(' ', at), lead.size());
    if (end > at) words[n++] = lead.substr(at, end - at);
    at = end + 1;
  }
  if (n < 2) return false;
  auto number = [](std::string_view w) { return !w.empty() && w[0] >= '0' && w[0] <= '9'; };
  const std::string first = fold_exact(words[0]);  // "Năm," with its comma is no time word
  const bool time_word = std::find(kTimeSettingWords.begin(), kTimeSettingWords.end(), first) !=
                             kTimeSettingWords.end() ||
                         first == "năm" || first == "tháng" || first == "từ";
  if (!time_word) return false;
  if (number(words[1])) return true;
  std::string_view second_word = words[1];  // "nay," after "Sáng": the comma left out
  if (second_word.ends_with(',')) second_word.remove_suffix(1);
  const std::string second = fold_exact(second_word);
  if (second == "nay" || second == "qua") return true;
  if (n < 3 || (second != "ngày" && second != "hôm")) return false;
  if (number(words[2])) return true;
  const std::string third = fold_exact(words[2]);  // "nay,", "qua." …
  return third.starts_with("nay") || third.starts_with("qua");
}

}  // namespace

std::optional<std::size_t> capitals_title_end(std::string_view paragraph) {
  std::size_t lower = 0;
  while (lower < paragraph.size() &&
         !(opens_code_point(paragraph[lower]) && starts_with_lower(paragraph.substr(lower))))
    ++lower;
  if (lower == paragraph.size()) return std::nullopt;
  // the capital opening the lead's first word, and the title's last capital (or the digit of
  // its year: "… NĂM 2024Sáng nay") before it
  std::size_t seam = previous_code_point(paragraph, lower);
  std::size_t before = previous_code_point(paragraph, seam);
  if (seam == 0 || !starts_with_upper(paragraph.substr(seam)) ||
      !(starts_with_upper(paragraph.substr(before)) ||
        (paragraph[before] >= '0' && paragraph[before] <= '9')))
    return std::nullopt;
  std::string_view title = paragraph.substr(0, seam);
  std::string_view lead = paragraph.substr(seam);
  if (!is_all_caps(title) || at_most_words(title, kMinTitleWords - 1) ||
      ends_with_sentence_punct(title) || stops_a_sentence_inside(title) ||
      at_most_words(lead, kMinLeadWords - 1))
    return std::nullopt;
  // a brand in mixed case inside a title in capitals ("… DO VPBank TÀI TRỢ …") is no seam: the
  // lead goes on in lower case after its first word, a title's capitals after a brand
  std::size_t second = lead.find(' ');
  if (second == std::string_view::npos || is_all_caps(lead.substr(second + 1))) return std::nullopt;
  return seam;
}

std::optional<std::size_t> dated_lead_seam(std::string_view paragraph) {
  // a title's words and a lead's at least: a title or a date line alone is let go unsearched
  if (at_most_words(paragraph, kMinTitleWords + kMinLeadWords - 1) || !starts_with_upper(paragraph))
    return std::nullopt;
  const std::string_view head = paragraph.substr(0, std::min(paragraph.size(), kMaxSeamBytes));
  // the first seam: a capital that opens a time word (word_lists.h kTimeSettingWords, "Năm",
  // "Tháng", "Từ ngày": T, S, C, N, H or Đ) right after a digit or a small letter. Each capital
  // is looked for on its own (memchr), as a letter's case costs a decoding of its own at every
  // byte of every header paragraph.
  std::size_t seam = std::string_view::npos;
  for (std::string_view capital : {"T", "S", "C", "N", "H", "Đ"}) {
    for (std::size_t at = head.find(capital, 1); at != std::string_view::npos && at < seam;
         at = head.find(capital, at + 1)) {
      // most capitals open a word, after a space: the byte before tells, undecoded
      const unsigned char last = static_cast<unsigned char>(paragraph[at - 1]);
      const bool glued =
          last >= 0x80 ? starts_with_lower(paragraph.substr(previous_code_point(paragraph, at)))
                       : (last >= '0' && last <= '9') || (last >= 'a' && last <= 'z');
      if (glued && opens_with_dated_time(paragraph.substr(at))) {
        seam = at;
        break;
      }
    }
  }
  if (seam == std::string_view::npos) return std::nullopt;
  std::string_view title = paragraph.substr(0, seam);
  std::string_view lead = paragraph.substr(seam);
  if (at_most_words(title, kMinTitleWords - 1) || !at_most_words(title, kMaxTitleWords) ||
      ends_with_sentence_punct(title) || stops_a_sentence_inside(title) ||
      at_most_words(lead, kMinLeadWords - 1))
    return std::nullopt;
  return seam;
}

void unglue_capitals_title(std::vector<Paragraph>& paras, std::size_t header) {
  // a title in ordinary case glued to its lead is looked for no further than the first
  // paragraph that reads as the text (a sentence of a lead's length), which the glued one is
  bool under_text = false;
  for (std::size_t i = 0; i < paras.size() && i < header; ++i) {
    auto end = capitals_title_end(paras[i].text);
    if (!end && !under_text) end = dated_lead_seam(paras[i].text);
    under_text = under_text || (ends_with_sentence_punct(paras[i].text) &&
                                !at_most_words(paras[i].text, kMinLeadWords));
    if (!end) continue;
    Paragraph lead{paras[i].text.substr(*end), PhotoHint::None};
    paras[i].text.resize(*end);
    paras.insert(std::next(paras.begin(), static_cast<std::ptrdiff_t>(i) + 1), std::move(lead));
    return;
  }
}

}  // namespace tuyentap
