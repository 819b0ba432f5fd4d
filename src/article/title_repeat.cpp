// The title printed again in the body: see title_repeat.h.
#include "article/title_repeat.h"

#include <algorithm>
#include <vector>

#include "article/echo_caption.h"
#include "article/text_lines.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

// "Công ty Công Chu chủ động …" under "Công ty Sông Chu chủ động …": the whole paragraph is the
// title typed again with one letter mistyped (real-eval56/songchu-1), a title of 6 words at
// least, so that no paragraph is taken for it by chance. Both folded (fold_for_match).
bool mistyped_once(std::string_view folded, std::string_view folded_title) {
  constexpr std::size_t kMinWords = 6;
  if (folded.size() != folded_title.size() ||
      static_cast<std::size_t>(std::count(folded_title.begin(), folded_title.end(), ' ')) + 1 <
          kMinWords)
    return false;
  std::size_t differ = 0;
  for (std::size_t i = 0; i < folded.size() && differ <= 1; ++i)
    if (folded[i] != folded_title[i])
      differ += folded[i] == ' ' || folded_title[i] == ' ' ? 2 : 1;  // a letter for a letter
  return differ == 1;
}

}  // namespace

TitleRepeat repeats_title(std::string_view p, const std::string& folded_title) {
  if (p.size() < folded_title.size()) return TitleRepeat::No;
  // Most paragraphs differ from the title in their first letters: those alone are folded
  // first. Then only the start: a title's letters take at most three bytes each as written.
  auto start = [&](std::size_t bytes) {
    bytes = std::min(p.size(), bytes);
    while (bytes < p.size() && (static_cast<unsigned char>(p[bytes]) & 0xC0) == 0x80) ++bytes;
    return p.substr(0, bytes);
  };
  if (!folded_title.starts_with(fold_for_match(start(8)))) return TitleRepeat::No;
  const std::string_view head = start(3 * folded_title.size() + 24);
  std::string folded = fold_for_match(head);
  if (!folded.starts_with(folded_title)) {
    if (mistyped_once(folded, folded_title)) return TitleRepeat::Mistyped;
    // the title's words with its quotation marks or dashes typed another way ("ra quân "Ngày
    // Chủ Nhật Xanh"" under "ra quân “Ngày Chủ Nhật Xanh”", real-eval101/niapp-1: a photo's
    // alt text typed by hand under a title the editor set with curly ones)
    if (head.size() == p.size() && folded_match_words(folded) == folded_match_words(folded_title))
      return folded.ends_with('.') && !folded_title.ends_with('.') ? TitleRepeat::Stopped
                                                                   : TitleRepeat::Alone;
    return TitleRepeat::No;
  }
  std::string_view rest = std::string_view(folded).substr(folded_title.size());
  // a full stop after the title alone: the title again, closed as a sentence
  if (rest == ".") return TitleRepeat::Stopped;
  bool photo_word = false, numbered = false;
  for (std::size_t start = 0; start < rest.size();) {
    std::size_t end = rest.find(' ', start);
    if (end == std::string_view::npos) end = rest.size();
    std::string_view w = rest.substr(start, end - start);
    start = end + 1;
    if (w.empty() || w == "-" || w == "–" || w == "hinh") continue;
    if (w == "anh") {
      photo_word = true;
      continue;
    }
    std::size_t digits = w.find_first_not_of("0123456789");
    if (digits == 0) return TitleRepeat::No;
    numbered = true;
    if (digits == std::string_view::npos) continue;
    // "1khi": the number runs into the caption's first word (its capital checked on the
    // printed paragraph, which folding lowered)
    if (photo_word && w[digits] != '.' && caption_after_alt_text(p))
      return TitleRepeat::CaptionGlued;
    // "2." ends the placeholder; after a photo word, glued text may follow
    if (w[digits] != '.') return TitleRepeat::No;
    if (digits + 1 < w.size() || start < rest.size())
      return photo_word ? TitleRepeat::Glued : TitleRepeat::No;
  }
  return photo_word || numbered ? TitleRepeat::Numbered : TitleRepeat::Alone;
}

bool retells_title_in_capitals(std::string_view p, std::string_view title) {
  // a title's length at most (a hostile page's title of thousands of words, retold, would
  // cost the table below the product of two long lengths for each paragraph asked)
  constexpr std::size_t kMinWords = 6, kMaxMoreWords = 4, kMaxTitleWords = 80;
  if (at_most_words(title, kMinWords - 1) || !at_most_words(title, kMaxTitleWords) ||
      !at_most_words(p, word_count(title) + kMaxMoreWords) || !is_all_caps(p))
    return false;
  const std::vector<std::string> a = folded_match_words(p), b = folded_match_words(title);
  if (a.empty() || b.empty() || a == b) return false;  // the same words: repeats_title's
  // the longest run of words common to both, in order (rows of the classic table)
  std::vector<std::size_t> row(b.size() + 1, 0), next(b.size() + 1, 0);
  for (const std::string& w : a) {
    for (std::size_t j = 0; j < b.size(); ++j)
      next[j + 1] = w == b[j] ? row[j] + 1 : std::max(row[j + 1], next[j]);
    std::swap(row, next);
  }
  const std::size_t common = row.back();
  if (5 * common < 4 * a.size() || 5 * common < 4 * b.size()) return false;
  // no number changed: a heading of another year's or round's event ("… NĂM HỌC 2022 - 2023"
  // under "… NĂM HỌC 2023 - 2024": each gives a number the other lacks) retells no title; a
  // year added to the title's words does
  auto numbers = [](const std::vector<std::string>& words) {
    std::vector<std::string> out;
    for (const std::string& w : words)
      if (w.find_first_of("0123456789") != std::string::npos) out.push_back(w);
    std::sort(out.begin(), out.end());
    return out;
  };
  const std::vector<std::string> in_p = numbers(a), in_title = numbers(b);
  return std::includes(in_p.begin(), in_p.end(), in_title.begin(), in_title.end()) ||
         std::includes(in_title.begin(), in_title.end(), in_p.begin(), in_p.end());
}

std::optional<std::size_t> text_after_title_in_capitals(std::string_view p,
                                                        std::string_view title) {
  constexpr std::size_t kMinWords = 6;
  if (!p.starts_with(title) || p.size() <= title.size() + 2 || p[title.size()] != ' ' ||
      at_most_words(title, kMinWords - 1) || !is_all_caps(title))
    return std::nullopt;
  const std::string_view rest = p.substr(title.size() + 1);
  // a word with a capital and a small letter opens the text: "Công tác …", not the title's
  // own words going on in capitals, nor a number
  const std::size_t first_end = std::min(rest.find(' '), rest.size());
  const std::string_view first = rest.substr(0, first_end);
  // nor a label ("Ảnh: Hữu Lộc. Sáng 8/5, …": the photo's credit, its caption's)
  if (!starts_with_upper(first) || is_all_caps(first) ||
      first.find_first_of("0123456789:") != std::string_view::npos)
    return std::nullopt;
  // a sentence of its own: a stop in it
  if (rest.find(". ") == std::string_view::npos && !ends_with_sentence_punct(rest))
    return std::nullopt;
  return title.size() + 1;
}

std::optional<std::size_t> caption_after_alt_text(std::string_view p) {
  for (std::string_view word : {"ảnh ", "Ảnh ", "ẢNH "}) {
    for (std::size_t at = p.find(word); at != std::string_view::npos; at = p.find(word, at + 1)) {
      std::size_t i = at + word.size();
      std::size_t digits = i;
      while (i < p.size() && p[i] >= '0' && p[i] <= '9') ++i;
      if (i > digits && i < p.size() && starts_with_upper(p.substr(i))) return i;
    }
  }
  return std::nullopt;
}

// A related-links box that cut the title inside its last word and glued the next link's
// title on: "… lần thứ VI" as "… lần thứ VHà Nội: Chiều nay …". Only a title of at least
// kMinCutTitleWords words, so that a paragraph can hardly start that way by chance.
bool cut_title_glued(std::string_view p, std::string_view title) {
  constexpr std::size_t kMinCutTitleWords = 6;
  if (at_most_words(title, kMinCutTitleWords - 1)) return false;
  std::size_t last_word = title.rfind(' ');
  if (last_word == std::string_view::npos) return false;
  for (std::size_t cut = last_word + 2; cut < title.size(); ++cut) {
    if ((static_cast<unsigned char>(title[cut]) & 0xC0) == 0x80) continue;  // inside a letter
    // the title as far as the cut, then not its rest but a capital
    if (p.size() > cut && p.starts_with(title.substr(0, cut)) &&
        !p.substr(cut).starts_with(title.substr(cut)) && starts_with_upper(p.substr(cut)))
      return true;
  }
  return false;
}

}  // namespace tuyentap
