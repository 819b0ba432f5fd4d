// The English "by" byline: see by_line.h.
#include "article/by_line.h"

#include <algorithm>

#include "article/byline.h"
#include "article/text_lines.h"
#include "text/date_line.h"
#include "text/normalize.h"

namespace tuyentap {

std::optional<std::string_view> by_line_name(std::string_view line) {
  constexpr std::size_t kMaxNameWords = 6;
  std::string_view name;
  bool vietnamese = false;
  if (const std::size_t by = by_word_size(line); by > 0) {
    name = line.substr(by);
    vietnamese = by > 3;  // "bởi ": the letter ở takes three bytes
  }
  // "Viết bởi Admin", "Đăng bởi admin", "Được đăng bởi Minh Anh": the themes' Vietnamese for
  // "written by", "posted by" before the poster's account or name, which no sentence opens
  // with; an account may be in lower case
  bool posted = false;
  // each label opens with V or Đ: any other line is let go unfolded
  constexpr std::string_view kDUpper = "Đ", kDLower = "đ";
  if (name.empty() && (line.starts_with('V') || line.starts_with('v') ||
                       line.starts_with(kDUpper) || line.starts_with(kDLower))) {
    constexpr std::size_t kMaxLabelBytes = 24;  // "được đăng bởi " and a margin
    std::size_t cut = std::min(line.size(), kMaxLabelBytes);
    while (cut < line.size() && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) ++cut;
    const std::string head = fold_exact(line.substr(0, cut));
    for (std::string_view label : {"viết bởi ", "đăng bởi ", "được đăng bởi "})
      if (head.starts_with(label)) {
        // the folded label is as long as the printed one: case alone changes, byte for byte
        // in these letters
        name = line.substr(label.size());
        posted = true;
      }
  }
  while (name.starts_with(' ')) name.remove_prefix(1);
  while (name.ends_with(' ')) name.remove_suffix(1);
  if (name.empty() || !at_most_words(name, kMaxNameWords) || ends_with_sentence_punct(name))
    return std::nullopt;
  bool digit = name.front() >= '0' && name.front() <= '9';
  if (!digit && !posted && !starts_with_upper(name)) return std::nullopt;
  // "Bởi" opens a sentence's reason too ("Bởi Nhân dân là chủ thể" under a question): the
  // Vietnamese word credits only a name or a byline's credit ("Bởi Ban biên tập")
  if (vietnamese && !looks_like_name(name) && !looks_like_byline(name)) return std::nullopt;
  return name;
}

}  // namespace tuyentap
