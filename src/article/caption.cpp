// Caption recognition. The archive keeps a photo's caption as a line of its own inside the
// body, ending in the photographer's credit; that ending is the only reliable sign of a
// caption in plain text, so the rules look for it and for little else.
#include "article/caption.h"

#include <algorithm>
#include <array>
#include <string>

#include "article/text_lines.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

// The word for "photo" in the cases archives write it (NFC).
constexpr std::array<std::string_view, 3> kPhotoWord = {"Ảnh", "ẢNH", "ảnh"};
constexpr std::size_t kMaxCreditWords = 8;
constexpr std::size_t kMaxCaptionWords = 100;

std::string_view trim_spaces(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// Strips what separates a caption from its credit: spaces, "(", "[", "-", "–", "—", "|".
std::string_view strip_trailing_separators(std::string_view s) {
  for (bool again = true; again;) {
    again = false;
    s = trim_spaces(s);
    for (std::string_view sep : {"(", "[", "-", "–", "—", "|"}) {
      if (ends_with(s, sep)) {
        s.remove_suffix(sep.size());
        again = true;
      }
    }
  }
  return s;
}

// The position of the photo word that starts the credit, and what follows its colon.
struct CreditMark {
  std::size_t at;           // byte offset of "Ảnh"
  std::string_view credit;  // text after "Ảnh:" (brackets and final period removed)
  bool illustration;        // "Ảnh minh họa" without a credit
};

// A credit is at most kMaxCreditWords short words at the end of the line, so the photo word
// that starts it lies in the last few hundred bytes, or at the very start ("Ảnh: …").
constexpr std::size_t kCreditWindow = 240;

std::optional<CreditMark> find_credit(std::string_view line) {
  std::optional<CreditMark> best;
  std::size_t window = line.size() > kCreditWindow ? line.size() - kCreditWindow : 0;
  for (std::string_view word : kPhotoWord) {
    std::size_t first = line.substr(0, word.size()) == word ? 0 : line.find(word, window);
    for (std::size_t at = first; at != std::string_view::npos;
         at = line.find(word, std::max(at + 1, window))) {
      // The photo word starts a word: line start, or after a space or an opening bracket.
      if (at > 0 && line[at - 1] != ' ' && line[at - 1] != '(' && line[at - 1] != '[') continue;
      std::string_view rest = line.substr(at + word.size());
      bool bracketed = at > 0 && (line[at - 1] == '(' || line[at - 1] == '[');
      // Only " minh họa" is looked for: fold the start of the rest, not the paragraph.
      std::size_t head = std::min<std::size_t>(rest.size(), 24);
      while (head < rest.size() && (static_cast<unsigned char>(rest[head]) & 0xC0) == 0x80) ++head;
      std::string folded_rest = fold_for_match(rest.substr(0, head));
      CreditMark mark{at, {}, false};
      // "Ảnh minh họa" / "Ảnh minh hoạ": an illustration, no photographer
      std::string_view tail = folded_rest;
      // (fold_for_match trims, so the space after the photo word is checked on `rest`)
      bool minh_hoa = rest.starts_with(" ") && tail.substr(0, 8) == "minh hoa";
      if (minh_hoa) {
        std::size_t colon = rest.find(':');
        if (colon == std::string_view::npos) {
          std::string_view after = trim_spaces(tail.substr(8));
          if (after.empty() || after == ")" || after == "]" || after == "." || after == ").") {
            mark.illustration = true;
            if (!best || at > best->at) best = mark;
          }
          continue;
        }
        rest = rest.substr(colon);
      }
      // " : credit" or ": credit"; "Ảnh 1: …" numbers a photo
      std::size_t i = 0;
      while (i < rest.size() && (rest[i] == ' ' || (rest[i] >= '0' && rest[i] <= '9'))) ++i;
      if (i >= rest.size() || rest[i] != ':') continue;
      std::string_view credit = trim_spaces(rest.substr(i + 1));
      if (bracketed && (ends_with(credit, ")") || ends_with(credit, "]")))
        credit = trim_spaces(credit.substr(0, credit.size() - 1));
      if (ends_with(credit, ".")) credit.remove_suffix(1);
      mark.credit = trim_spaces(credit);
      if (!best || at > best->at) best = mark;
    }
  }
  return best;
}

}  // namespace

std::optional<Block> parse_caption(std::string_view line) {
  line = trim_spaces(line);
  auto mark = find_credit(line);
  if (!mark) return std::nullopt;
  Block block;
  block.type = BlockType::Caption;
  if (mark->illustration) {
    block.text = std::string(line);
  } else if (mark->at == 0) {
    // "Ảnh: H.T" alone is a credit; "Ảnh: Đồng chí Bí thư phát biểu…" describes the photo.
    if (mark->credit.empty()) return std::nullopt;
    if (word_count(mark->credit) <= kMaxCreditWords && !ends_with_sentence_punct(mark->credit)) {
      block.credit = std::string(mark->credit);
    } else {
      block.text = std::string(mark->credit);
    }
  } else {
    if (mark->credit.empty() || !at_most_words(mark->credit, kMaxCreditWords)) return std::nullopt;
    block.text = std::string(strip_trailing_separators(line.substr(0, mark->at)));
    block.credit = std::string(mark->credit);
  }
  if (!at_most_words(block.text, kMaxCaptionWords)) return std::nullopt;
  return block;
}

}  // namespace tuyentap
