// A title in capitals glued to the lead: see capitals_title_glue.h.
#include "article/capitals_title_glue.h"

#include <iterator>
#include <utility>

namespace tuyentap {

namespace {

constexpr std::size_t kMinTitleWords = 4;
constexpr std::size_t kMinLeadWords = 8;

bool opens_code_point(char byte) {
  return (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
}

// The start of the code point before `at`.
std::size_t previous_code_point(std::string_view s, std::size_t at) {
  while (at > 0 && !opens_code_point(s[--at])) {
  }
  return at;
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

void unglue_capitals_title(std::vector<Paragraph>& paras, std::size_t header) {
  for (std::size_t i = 0; i < paras.size() && i < header; ++i) {
    auto end = capitals_title_end(paras[i].text);
    if (!end) continue;
    Paragraph lead{paras[i].text.substr(*end), PhotoHint::None};
    paras[i].text.resize(*end);
    paras.insert(std::next(paras.begin(), static_cast<std::ptrdiff_t>(i) + 1), std::move(lead));
    return;
  }
}

}  // namespace tuyentap
