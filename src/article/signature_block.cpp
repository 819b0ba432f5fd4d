// A signature block closing a text: see signature_block.h.
#include "article/signature_block.h"

#include <string>

#include "article/byline.h"
#include "article/office_byline.h"
#include "article/text_lines.h"
#include "base/ascii.h"
#include "text/normalize.h"

namespace tuyentap {

bool in_signature_block(std::string_view line) {
  std::string first = fold_for_match(line.substr(0, line.find(' ')));
  for (std::string_view mark : {"tm.", "kt.", "tl.", "tuq.", "q."})
    if (first == mark) return true;
  return opens_with_position(line);
}

bool post_line(const Paragraph& p) {
  constexpr std::size_t kMaxPostWords = 8;
  return is_all_caps(p.text) && at_most_words(p.text, kMaxPostWords) && !shows_photo(p.photo);
}

std::size_t signer_under_block(const std::vector<Paragraph>& body, std::size_t j) {
  constexpr std::size_t kMaxPostLines = 2;
  if (!post_line(body[j]) || !in_signature_block(body[j].text)) return 0;
  std::size_t k = j + 1;
  while (k < body.size() && k < j + kMaxPostLines && post_line(body[k])) ++k;
  if (k >= body.size() || is_all_caps(body[k].text) ||
      body[k].text.find(':') != std::string::npos || !looks_like_name(body[k].text))
    return 0;
  for (std::size_t after = k + 1; after < body.size(); ++after)
    if ((post_line(body[after]) && in_signature_block(body[after].text)) ||
        opens_with_writer_credit(body[after].text))
      return 0;
  return k;
}

bool post_over_page_lines(const std::vector<Paragraph>& body, std::size_t j) {
  constexpr std::size_t kMaxShortPostWords = 5, kMaxButtonWords = 6;
  if (!post_line(body[j]) || !in_signature_block(body[j].text) ||
      !at_most_words(body[j].text, kMaxShortPostWords))
    return false;
  if (j + 1 >= body.size()) return true;
  const std::string& next = body[j + 1].text;
  return (post_line(body[j + 1]) && in_signature_block(next)) ||
         (at_most_words(next, kMaxButtonWords) && !ends_with_sentence_punct(next) &&
          !opens_with_writer_credit(next) && !looks_like_name(next));
}

bool signed_with_post_above(std::string_view above, std::string_view name) {
  constexpr std::size_t kMaxPostWords = 6;
  if (name.find(' ') == std::string_view::npos || above.size() <= name.size() + 1 ||
      !above.starts_with(name) || above[name.size()] != ' ')
    return false;
  const std::string_view post = trim_spaces(above.substr(name.size()));
  if (!at_most_words(post, kMaxPostWords) || ends_with_sentence_punct(post)) return false;
  std::string_view board = post;
  for (std::string_view rank : {"Thường trực ", "Trưởng ", "Phó "})
    if (board.starts_with(rank)) board.remove_prefix(rank.size());
  return opens_with_position(post) || is_editorial_board(board);
}

}  // namespace tuyentap
