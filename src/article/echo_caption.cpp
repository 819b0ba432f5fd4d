#include "article/echo_caption.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <string>
#include <vector>

#include "article/text_lines.h"
#include "text/normalize.h"

namespace tuyentap {

// The folded words, punctuation left out: "Trước cờ Tổ quốc, cờ Đảng" → truoc co to quoc co dang.
// A mark outside ASCII ("–", "—", "−", "“", "”", "…") is punctuation as "-" and '"' are: sites
// type a dash or a quotation mark either way, and the caption retelling a paragraph may type it
// another way than the paragraph did ("Đoàn - Hội" told as "Đoàn–Hội").
std::vector<std::string> folded_match_words(std::string_view s) {
  std::vector<std::string> words;
  std::string word;
  const std::string folded = fold_for_match(s);
  const auto n = static_cast<int32_t>(folded.size());
  for (int32_t i = 0; i < n;) {
    const int32_t from = i;
    UChar32 c;
    U8_NEXT(folded.data(), i, n, c);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 0x80 && u_isalnum(c))) {
      word.append(folded, static_cast<std::size_t>(from), static_cast<std::size_t>(i - from));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

bool shares_word_run(const std::vector<std::string>& line_words, std::string_view text,
                     std::size_t run) {
  if (run == 0 || line_words.size() < run) return false;
  const std::vector<std::string> words = folded_match_words(text);
  for (std::size_t at = 0; at + run <= words.size(); ++at)
    for (std::size_t from = 0; from + run <= line_words.size(); ++from)
      if (std::equal(line_words.begin() + static_cast<std::ptrdiff_t>(from),
                     line_words.begin() + static_cast<std::ptrdiff_t>(from + run),
                     words.begin() + static_cast<std::ptrdiff_t>(at)))
        return true;
  return false;
}

namespace {

// The first `n` words' bytes: folding a paragraph whole to compare its opening would fold
// every paragraph asked, to its end.
std::string_view first_words(std::string_view s, std::size_t n) {
  std::size_t at = 0;
  for (std::size_t k = 0; k < n && at != std::string_view::npos; ++k) {
    at = s.find(' ', at);
    if (at != std::string_view::npos) ++at;
  }
  return at == std::string_view::npos ? s : s.substr(0, at);
}

}  // namespace

bool repeats_lead_opening(std::string_view paragraph, std::string_view lead) {
  constexpr std::size_t kOpeningWords = 8;  // a run this long is no chance repeat
  const std::vector<std::string> opening = folded_match_words(first_words(lead, kOpeningWords));
  if (opening.size() < kOpeningWords) return false;
  std::vector<std::string> start = folded_match_words(first_words(paragraph, kOpeningWords + 2));
  if (start.size() < kOpeningWords) return false;
  start.resize(kOpeningWords);
  return start == std::vector<std::string>(opening.begin(), opening.begin() + kOpeningWords);
}

namespace {

// A caption may leave out one or two of the paragraph's words once ("cho gia đình ông X" told
// as "cho ông X"), with at least this many words retold on each side of the gap.
constexpr std::size_t kMaxGap = 2;
constexpr std::size_t kMinSide = 3;

// Whether words[from..] stand in a row in `text`, starting after its first word; or so with
// one gap of at most kMaxGap of text's words left out between two runs of at least kMinSide.
bool runs_in(const std::vector<std::string>& words, std::size_t from,
             const std::vector<std::string>& text) {
  const std::size_t n = words.size() - from;
  for (std::size_t start = 1; start + n <= text.size(); ++start) {
    std::size_t k = 0;
    while (k < n && text[start + k] == words[from + k]) ++k;
    if (k == n) return true;
    if (k < kMinSide || n - k < kMinSide) continue;
    for (std::size_t gap = 1; gap <= kMaxGap && start + n + gap <= text.size(); ++gap) {
      std::size_t m = k;
      while (m < n && text[start + gap + m] == words[from + m]) ++m;
      if (m == n) return true;
    }
  }
  return false;
}

}  // namespace

bool echoes_paragraph_before(std::string_view line, std::string_view before) {
  constexpr std::size_t kMinWords = 6;   // a phrase this long is no chance repeat
  constexpr std::size_t kMaxWords = 40;  // a caption's length (caption.h)
  // the caption's own opening, set off by a comma, before the retold run: at most so many
  // words ("Năm 2024, có 212 công dân …" under "Năm nay, … có 212 công dân …"), the run
  // then at least kMinRetoldRun words long, as a chance repeat this long is not
  constexpr std::size_t kMaxOwnOpening = 3;
  constexpr std::size_t kMinRetoldRun = 8;
  if (!at_most_words(line, kMaxWords) || at_most_words(line, kMinWords - 1)) return false;
  const std::vector<std::string> echo = folded_match_words(line);
  const std::vector<std::string> text = folded_match_words(before);
  if (echo.size() < kMinWords || text.size() <= echo.size()) return false;
  if (runs_in(echo, 0, text)) return true;
  const std::size_t comma = line.find(", ");
  if (comma == std::string_view::npos) return false;
  const std::size_t own = folded_match_words(line.substr(0, comma)).size();
  return own > 0 && own <= kMaxOwnOpening && echo.size() >= own + kMinRetoldRun &&
         runs_in(echo, own, text);
}

}  // namespace tuyentap
