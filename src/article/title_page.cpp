// The page's lines as the title scorer reads them (title_features.h title_page_lines and
// title_page of a text): pages.py page_lines, streamed over the whole text, so that a page's
// lines past the candidates are read and counted without being kept.
#include <string>
#include <string_view>
#include <vector>

#include "article/title_features.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace tuyentap {

namespace {

constexpr std::size_t kLong = 30;  // words of a body paragraph (title_features.cpp)

// No white space of str.isspace but single spaces between other characters: the line as
// title_page_lines' folding would leave it.
bool spaces_folded(std::string_view s) {
  if (s.empty() || s.front() == ' ' || s.back() == ' ') return s.empty();
  // a tight loop: every line of the page passes here, most of their bytes letters; the text
  // ends in no space, so a byte's next ones exist where a lead byte needs them
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  for (std::size_t i = 0; i < n; ++i) {
    const unsigned c = p[i];
    // letters, marks and the lead bytes of no white space (Vietnamese's are mostly E1 BA/BB)
    if (c > ' ' && c != 0xC2 && c != 0xE1 && c != 0xE2 && c != 0xE3) continue;
    if (c == 0xE1 && (i + 1 == n || p[i + 1] != 0x9A)) continue;
    if (c < ' ') return false;
    if (c == ' ') {
      if (p[i + 1] == ' ') return false;  // not the last byte: that is no space
      continue;
    }
    const unsigned c1 = i + 1 < n ? p[i + 1] : 0u, c2 = i + 2 < n ? p[i + 2] : 0u;
    if (c == 0xC2 && (c1 == 0x85 || c1 == 0xA0)) return false;  // U+0085, U+00A0
    if (c == 0xE1 && c1 == 0x9A && c2 == 0x80) return false;    // U+1680
    if (c == 0xE2 && c1 == 0x80 && (c2 <= 0x8A || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF))
      return false;                                           // U+2000-200A, U+2028, U+2029, U+202F
    if (c == 0xE2 && c1 == 0x81 && c2 == 0x9F) return false;  // U+205F
    if (c == 0xE3 && c1 == 0x80 && c2 == 0x80) return false;  // U+3000
  }
  return true;
}

}  // namespace

namespace {

// Calls visit(line) on each of the page's non-empty lines as title_page_lines gives them; the
// view is into the text itself where the line needs no change (most lines), else into `buf`.
template <typename Visit>
void each_page_line(std::string_view text, Visit visit) {
  std::string nfc, line;
  std::size_t i = 0;
  while (i <= text.size()) {
    std::size_t e = i;
    while (e < text.size() && text[e] != '\n' && text[e] != '\r') ++e;
    std::string_view raw = text.substr(i, e - i);
    std::string_view folded;
    if (utf8::is_plainly_nfc(raw) && spaces_folded(raw)) {
      folded = raw;  // most lines: nothing to normalize or fold
    } else {
      nfc = to_nfc(raw);
      if (spaces_folded(nfc)) {
        folded = nfc;
      } else {
        // every run of str.isspace characters one space, the ends trimmed
        line.clear();
        bool space = false;
        for (std::size_t k = 0; k < nfc.size();) {
          char32_t c = utf8::next(nfc, k);
          bool ws = (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 ||
                    c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 ||
                    c == 0x202f || c == 0x205f || c == 0x3000;
          if (ws) {
            space = !line.empty();
            continue;
          }
          if (space) line += ' ';
          space = false;
          utf8::append(line, c);
        }
        folded = line;
      }
    }
    if (!folded.empty()) visit(folded);
    if (e == text.size()) break;
    i = e + (text[e] == '\r' && e + 1 < text.size() && text[e + 1] == '\n' ? 2 : 1);
  }
}

std::size_t word_count(std::string_view s) {
  std::size_t n = 0;
  bool in = false;
  for (char c : s) {
    if (c == ' ') {
      in = false;
    } else if (!in) {
      in = true;
      ++n;
    }
  }
  return n;
}

}  // namespace

std::vector<std::string> title_page_lines(std::string_view text) {
  std::vector<std::string> out;
  each_page_line(text, [&](std::string_view l) { out.emplace_back(l); });
  return out;
}

TitlePage title_page(std::string_view text) {
  // streamed: the page's lines past the kept ones are read, compared and counted, not kept
  TitlePage p;
  p.first_long = std::string_view::npos;
  each_page_line(text, [&](std::string_view l) {
    if (p.first_long == std::string_view::npos && word_count(l) >= kLong) p.first_long = p.n;
    ++p.n;
    for (std::size_t k = 0; k < p.lines.size(); ++k)
      if (p.lines[k] == l) ++p.printed[k];
    if (p.lines.size() < kTitleCandidates + 1) {
      p.lines.emplace_back(l);
      int seen = 1;  // printed once more for each kept line above that reads the same
      for (std::size_t k = 0; k + 1 < p.lines.size(); ++k) seen += p.lines[k] == l;
      p.printed.push_back(seen);
    }
  });
  if (p.first_long == std::string_view::npos) p.first_long = p.n;
  return p;
}

}  // namespace tuyentap
