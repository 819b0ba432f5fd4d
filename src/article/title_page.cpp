// The page's lines as the title scorer reads them (title_features.h title_page_lines and
// title_page of a text): pages.py page_lines, streamed over the whole text, so that a page's
// lines past the candidates are read and counted without being kept. Every text page passes
// here once, so the common line (NFC, its white space already single spaces) costs a few
// instructions a byte: the line ends found with memchr, the folding test 16 bytes at a time.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "article/text_lines.h"
#include "article/title_features.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace tuyentap {

namespace {

constexpr std::size_t kLong = kTitleLongWords;  // words of a body paragraph
constexpr std::size_t kOpening = 16;            // the bytes plain_opening tests

// No white space of str.isspace in p[from, to) but single spaces (no control, no space after
// a space, none of U+0085, U+00A0, U+1680, U+2000-200A, U+2028, U+2029, U+202F, U+205F,
// U+3000), the n bytes of p ending in no space, so that a byte's next ones exist where a lead
// byte needs them. `from` may be inside a character: a continuation byte is no lead.
bool folded_range(const unsigned char* p, std::size_t n, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to; ++i) {
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

// No white space of str.isspace but single spaces between other characters: the line as
// title_page_lines' folding would leave it.
bool spaces_folded(std::string_view s) {
  if (s.empty() || s.front() == ' ' || s.back() == ' ') return s.empty();
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
#if defined(__SSE2__)
  // 16 bytes at a time: a block with no control, no space before a space and none of the
  // bytes that start or hold white space beyond ASCII (C2, E2, E3 leads; the 9A of E1 9A 80)
  // is folded; any other block is tested byte by byte, from two bytes before it (the lead of
  // a 9A there). The shifted load reads byte i + 16, which exists while i + 17 <= n.
  const __m128i ctl = _mm_set1_epi8(0x1F), space = _mm_set1_epi8(' ');
  const __m128i c2 = _mm_set1_epi8(static_cast<char>(0xC2)),
                e2 = _mm_set1_epi8(static_cast<char>(0xE2)),
                e3 = _mm_set1_epi8(static_cast<char>(0xE3)),
                x9a = _mm_set1_epi8(static_cast<char>(0x9A));
  for (; i + 17 <= n; i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i y = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 1));
    __m128i m = _mm_cmpeq_epi8(_mm_min_epu8(x, ctl), x);  // x <= 0x1F
    m = _mm_or_si128(m, _mm_and_si128(_mm_cmpeq_epi8(x, space), _mm_cmpeq_epi8(y, space)));
    m = _mm_or_si128(m, _mm_or_si128(_mm_cmpeq_epi8(x, c2), _mm_cmpeq_epi8(x, e2)));
    m = _mm_or_si128(m, _mm_or_si128(_mm_cmpeq_epi8(x, e3), _mm_cmpeq_epi8(x, x9a)));
    if (_mm_movemask_epi8(m) != 0 && !folded_range(p, n, i < 2 ? 0 : i - 2, i + 16)) return false;
  }
  if (i >= 2) i -= 2;
#endif
  return folded_range(p, n, i, n);
}

// `nfc`: the text is known to be NFC (a decoded text: text/decode.h), and so is each of its
// lines (a line end composes with nothing), which then need no test.
// Whether a line of an NFC text opens with 16 bytes its folding leaves as they are (no white
// space but single spaces inside them, none at their ends, and more bytes after): its folded
// form then opens with them too, and is no empty line.
bool plain_opening(std::string_view raw) {
  if (raw.size() <= kOpening) return false;
  const auto* p = reinterpret_cast<const unsigned char*>(raw.data());
  if (p[0] == ' ' || p[kOpening - 1] == ' ') return false;
  for (std::size_t i = 0; i < kOpening; ++i) {
    const unsigned c = p[i];
    if (c < ' ' || c == 0xC2 || c == 0xE2 || c == 0xE3 || (c == ' ' && p[i + 1] == ' ') ||
        (c == 0xE1 && p[i + 1] == 0x9A))
      return false;
  }
  return true;
}

// Calls visit(line) on each of the page's non-empty lines as title_page_lines gives them, but
// for a line where only(raw) says the caller only counts it; the view is into the text itself
// where the line needs no change (most lines), else into a buffer.
template <typename Visit, typename Only>
void each_page_line(std::string_view text, bool nfc_text, Visit visit, Only only) {
  std::string nfc, line;
  const char* const t = text.data();
  const std::size_t size = text.size();
  // the next LF and the next CR at or after the line's start, each searched for once
  auto find = [&](char c, std::size_t from) {
    const void* at = from < size ? std::memchr(t + from, c, size - from) : nullptr;
    return at ? static_cast<std::size_t>(static_cast<const char*>(at) - t) : size;
  };
  std::size_t next_lf = find('\n', 0), next_cr = find('\r', 0);
  std::size_t i = 0;
  while (i <= size) {
    if (next_lf < i) next_lf = find('\n', i);
    if (next_cr < i) next_cr = find('\r', i);
    const std::size_t e = std::min(next_lf, next_cr);
    std::string_view raw = text.substr(i, e - i);
    std::string_view folded;
    if (nfc_text && only(raw)) {
      // counted by the caller, not folded
    } else if ((nfc_text || utf8::is_plainly_nfc(raw)) && spaces_folded(raw)) {
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
    if (e == size) break;
    i = e + (t[e] == '\r' && e + 1 < size && t[e + 1] == '\n' ? 2 : 1);
  }
}

}  // namespace

double log1p_count(std::size_t n) {
  static const std::array<double, 2048> table = [] {
    std::array<double, 2048> t{};
    for (std::size_t k = 0; k < t.size(); ++k) t[k] = std::log1p(static_cast<double>(k));
    return t;
  }();
  return n < table.size() ? table[n] : std::log1p(static_cast<double>(n));
}

TitlePage title_page(const std::vector<std::string>& lines) {
  TitlePage p;
  p.n = lines.size();
  const std::size_t kept = std::min(p.n, kTitleCandidates + 1);
  p.lines.assign(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(kept));
  p.first_long = p.n;
  for (std::size_t i = 0; i < p.n; ++i)
    if (word_count(lines[i]) >= kLong) {
      p.first_long = i;
      break;
    }
  std::unordered_map<std::string_view, int> counts;
  for (const std::string& l : lines) ++counts[l];
  for (const std::string& l : p.lines) p.printed.push_back(counts[l]);
  return p;
}

std::vector<std::string> title_page_lines(std::string_view text) {
  std::vector<std::string> out;
  each_page_line(
      text, false, [&](std::string_view l) { out.emplace_back(l); },
      [](std::string_view) { return false; });
  return out;
}

TitlePage title_page(std::string_view text, bool nfc) {
  // streamed: the page's lines past the kept ones are read, compared and counted, not kept
  TitlePage p;
  p.first_long = std::string_view::npos;
  // once the kept lines are in and the first long line is found, a line past them that opens
  // as none of the kept lines does is only counted: no fold, no comparison
  auto only_counted = [&](std::string_view raw) {
    if (p.lines.size() < kTitleCandidates + 1 || p.first_long == std::string_view::npos ||
        !plain_opening(raw))
      return false;
    for (const std::string& kept : p.lines)
      if (kept.size() >= kOpening && std::memcmp(kept.data(), raw.data(), kOpening) == 0)
        return false;
    ++p.n;
    return true;
  };
  auto visit = [&](std::string_view l) {
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
  };
  each_page_line(text, nfc, visit, only_counted);
  if (p.first_long == std::string_view::npos) p.first_long = p.n;
  return p;
}

}  // namespace tuyentap
