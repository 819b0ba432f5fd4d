// Line splitting and the small shape tests (word counts, punctuation, case) of the reader.
#include "article/text_lines.h"

#include "article/byline.h"
#include "article/column_wrap.h"
#include "article/open_marks.h"
#include "article/position_wrap.h"
#include "article/shortcode.h"
#include "article/word_count.h"
#include "base/ascii.h"
#include "text/date_line.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace tuyentap {

namespace {

// One pass over a line: drops the invisible characters that web pages leave in copied text
// (ZERO WIDTH SPACE / NON-JOINER / JOINER, WORD JOINER, BOM, SOFT HYPHEN), and folds white
// space as fold_whitespace() does (Unicode White_Space: tabs, NBSP, thin spaces …) into
// single spaces, trimmed. Decoded text is valid UTF-8, so sequences are taken by their
// lead byte. Lines are most of the reader's input: this was a third of its time as two passes.
// Byte length of the UTF-8 sequence starting with lead byte c (1 for stray bytes).
constexpr std::size_t sequence_length(unsigned char c) {
  return c < 0xC0 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
}

enum class Special { None, Space, Invisible };

// Only sequences led by C2, E1, E2, E3 or EF can be Unicode spaces or invisible characters.
Special classify(std::string_view cp) {
  if (cp.size() == 2) {
    if (cp == "\u00A0" || cp == "\u0085") return Special::Space;
    if (cp == "\u00AD") return Special::Invisible;
    return Special::None;
  }
  if (cp.size() != 3) return Special::None;
  unsigned char a = static_cast<unsigned char>(cp[0]), b = static_cast<unsigned char>(cp[1]),
                c = static_cast<unsigned char>(cp[2]);
  if (a == 0xE2 && b == 0x80) {
    if (c <= 0x8A || c == 0xA8 || c == 0xA9 || c == 0xAF) return Special::Space;
    if (c >= 0x8B && c <= 0x8D) return Special::Invisible;
    return Special::None;
  }
  if (cp == "\u1680" || cp == "\u205F" || cp == "\u3000") return Special::Space;
  if (cp == "\u2060" || cp == "\uFEFF") return Special::Invisible;
  return Special::None;
}

constexpr bool is_ascii_space(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

// For each byte: how far clean_line may step over it without a look (the length of the
// sequence it leads, 1 for other bytes), or 0 for white space and the lead bytes of possible
// spaces or invisible characters (C2, E1, E2, E3, EF), which need one.
struct StepTable {
  unsigned char step[256];
  constexpr StepTable() : step{} {
    for (int c = 0; c < 256; ++c) {
      auto b = static_cast<unsigned char>(c);
      bool stop = b < 0x80 ? is_ascii_space(b)
                           : b == 0xC2 || b == 0xE1 || b == 0xE2 || b == 0xE3 || b == 0xEF;
      step[c] = stop ? 0 : static_cast<unsigned char>(sequence_length(b));
    }
  }
};
constexpr StepTable kSteps;

bool ordinary(unsigned char c) {
  return kSteps.step[c] != 0;
}

// Bytes that send a line to the careful path wherever they stand: ASCII white space other
// than the space, and the lead bytes of the ideographic space (E3) and the BOM (EF).
struct RareTable {
  bool rare[256];
  constexpr RareTable() : rare{} {
    for (int c = '\t'; c <= '\r'; ++c) rare[c] = true;
    rare[0xE3] = rare[0xEF] = true;
  }
};
constexpr RareTable kRare;

// true when clean_line would return the line unchanged (most lines of most files): no space
// at either end, no two spaces together, no byte pattern that may start a special space or
// an invisible character, no Ð. It may say false for a clean line (then the careful path runs),
// never true for one that needs cleaning. Branch-free over a rolling three-byte window, so
// it runs at several bytes a cycle.
bool already_clean(std::string_view line) {
  const auto* p = reinterpret_cast<const unsigned char*>(line.data());
  const std::size_t n = line.size();
  if (n == 0) return true;
  if (p[0] == ' ' || p[n - 1] == ' ') return false;
  std::size_t i = 0;
#ifdef __SSE2__
  // The same tests sixteen starting positions at a time (x86-64 always has SSE2).
  const __m128i sp = _mm_set1_epi8(' ');
  __m128i bad16 = _mm_setzero_si128();
  auto eq = [](__m128i a, int b) { return _mm_cmpeq_epi8(a, _mm_set1_epi8(static_cast<char>(b))); };
  auto at_most = [](__m128i a, int b) {  // unsigned a <= b
    return _mm_cmpeq_epi8(_mm_min_epu8(a, _mm_set1_epi8(static_cast<char>(b))), a);
  };
  for (; i + 18 <= n; i += 16) {
    const __m128i v0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i v1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 1));
    const __m128i v2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 2));
    __m128i b = at_most(_mm_sub_epi8(v0, _mm_set1_epi8('\t')), '\r' - '\t');
    b = _mm_or_si128(b, _mm_or_si128(eq(v0, 0xE3), eq(v0, 0xEF)));
    b = _mm_or_si128(b, _mm_and_si128(_mm_cmpeq_epi8(v0, sp), _mm_cmpeq_epi8(v1, sp)));
    b = _mm_or_si128(
        b, _mm_and_si128(eq(v0, 0xC2),
                         _mm_or_si128(_mm_or_si128(eq(v1, 0xA0), eq(v1, 0x85)), eq(v1, 0xAD))));
    b = _mm_or_si128(b, _mm_and_si128(eq(v0, 0xE1), eq(v1, 0x9A)));
    b = _mm_or_si128(b, _mm_and_si128(eq(v0, 0xC3), _mm_or_si128(eq(v1, 0x90), eq(v1, 0xB0))));
    const __m128i e2 = eq(v0, 0xE2);
    b = _mm_or_si128(b, _mm_and_si128(e2, eq(v1, 0x81)));
    const __m128i third = _mm_or_si128(_mm_or_si128(at_most(v2, 0x8D), eq(v2, 0xA8)),
                                       _mm_or_si128(eq(v2, 0xA9), eq(v2, 0xAF)));
    b = _mm_or_si128(b, _mm_and_si128(_mm_and_si128(e2, eq(v1, 0x80)), third));
    bad16 = _mm_or_si128(bad16, b);
  }
  if (_mm_movemask_epi8(bad16) != 0) return false;
#endif
  // The rest (or all, without SSE2): patterns starting at i or later.
  std::uint32_t w = 0;
  bool bad = false;
  for (; i < n; ++i) {
    const std::uint32_t c = p[i];
    w = ((w << 8) | c) & 0xFFFFFF;
    const std::uint32_t two = w & 0xFFFF, first_two = w >> 8;
    bad |= kRare.rare[c];
    bad |= two == 0x2020;                                        // two spaces
    bad |= (two == 0xC2A0) | (two == 0xC285) | (two == 0xC2AD);  // NBSP, NEL, soft hyphen
    bad |= (two == 0xE19A) | (two == 0xE281);                    // U+1680, U+2040..U+207F
    bad |= (two == 0xC390) | (two == 0xC3B0);                    // Ð ð, typed for Đ đ
    // U+2000..U+200D, U+2028, U+2029, U+202F
    bad |= (first_two == 0xE280) & ((c <= 0x8D) | (c == 0xA8) | (c == 0xA9) | (c == 0xAF));
  }
  return !bad;
}

// Ð (U+00D0, Icelandic eth) and ð look like Đ and đ, and some fonts and keyboards gave
// them for the Vietnamese letters; in Vietnamese text they are always those letters.
void replace_eth(std::string& s) {
  for (std::size_t at = s.find('\xC3'); at != std::string::npos; at = s.find('\xC3', at + 1)) {
    if (at + 1 >= s.size()) break;
    if (s[at + 1] == '\x90') {
      s.replace(at, 2, "\u0110");
    } else if (s[at + 1] == '\xB0') {
      s.replace(at, 2, "\u0111");
    }
  }
}

std::string clean_line(std::string_view line) {
  if (already_clean(line)) return std::string(line);
  // Copies runs of ordinary text in bulk; a single space between two ordinary bytes stays
  // inside the run. Only white space and the lead bytes of possible invisible characters
  // leave it. A space is written only where something was written before it.
  const auto* p = reinterpret_cast<const unsigned char*>(line.data());
  const std::size_t n = line.size();
  std::string out;
  out.reserve(n);
  std::size_t r = 0;
  bool pending_space = false;
  while (r < n) {
    std::size_t run = r;
    for (;;) {
      unsigned step;
      while (r < n && (step = kSteps.step[p[r]]) != 0) r += step;
      if (r >= n) break;
      unsigned char c = p[r];
      // E1 leads most Vietnamese letters (U+1Exx); of its sequences only U+1680 is a space.
      if (c == 0xE1 && !(r + 1 < n && p[r + 1] == 0x9A)) {
        r += 3;
      } else if (c == ' ' && r > run && r + 1 < n && ordinary(p[r + 1])) {
        ++r;
      } else {
        break;
      }
    }
    r = std::min(r, n);  // a sequence cut short by the end of the line
    if (r > run) {
      if (pending_space && !out.empty()) out += ' ';
      pending_space = false;
      out.append(line.substr(run, r - run));
      continue;
    }
    unsigned char c = p[r];
    if (c < 0x80) {  // white space
      pending_space = true;
      ++r;
      continue;
    }
    std::size_t len = std::min(sequence_length(c), n - r);
    Special kind = classify(line.substr(r, len));
    if (kind != Special::None) {
      pending_space = pending_space || kind == Special::Space;
      r += len;
      continue;
    }
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out.append(line.substr(r, len));
    r += len;
  }
  replace_eth(out);
  return out;
}

UChar32 first_code_point(std::string_view s) {
  if (s.empty()) return -1;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
  return c;
}

// A page's breadcrumb copied as text keeps its steps apart with wide gaps, not with a sign:
// "Trang chủ  Tin tức  Hoạt động nổi bật". Folding white space would make one phrase of it,
// so such a line (it starts with the home step) has its gaps written as " › " first.
bool is_gapped_breadcrumb(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  line.remove_prefix(i);
  bool home = false;
  for (std::string_view step : {"Trang chủ", "TRANG CHỦ", "Trang Chủ", "Home", "HOME"})
    home = home || line.starts_with(step);
  if (!home) return false;
  return line.find("  ") != std::string_view::npos || line.find('\t') != std::string_view::npos;
}

std::string mark_breadcrumb_gaps(std::string_view line) {
  std::string out;
  std::size_t i = 0;
  while (i < line.size()) {
    std::size_t j = i;
    while (j < line.size() && (line[j] == ' ' || line[j] == '\t')) ++j;
    if (j > i) {
      bool gap = j - i >= 2 || line[i] == '\t';
      if (i > 0 && j < line.size()) out += gap ? " › " : " ";
      i = j;
      continue;
    }
    out += line[i++];
  }
  return out;
}

std::string clean_any_line(std::string_view line) {
  std::string markup_out;  // a WordPress shortcode's tags are markup (shortcode.h)
  if (line.find('[') != std::string_view::npos && has_shortcode(line)) {
    markup_out = without_shortcodes(line);
    line = markup_out;
  }
  if (line.size() > 2 && (line[0] == 'T' || line[0] == 'H' || line[0] == ' ' || line[0] == '\t') &&
      is_gapped_breadcrumb(line))
    return clean_line(mark_breadcrumb_gaps(line));
  return clean_line(line);
}

}  // namespace

namespace {

// The file's lines as written, one after the other: split on LF, CRLF or CR. Most files end
// lines with LF alone: then memchr finds them; with any CR, a byte loop.
class RawLines {
 public:
  explicit RawLines(std::string_view text)
      : text_(text), has_cr_(text.find('\r') != std::string_view::npos) {}
  // The next line into `line`; false after the last one (a text has at least one line).
  bool next(std::string_view& line) {
    if (start_ == std::string_view::npos) return false;
    std::size_t i = start_;
    if (!has_cr_) {
      i = text_.find('\n', start_);
    } else {
      while (i < text_.size() && text_[i] != '\n' && text_[i] != '\r') ++i;
      if (i == text_.size()) i = std::string_view::npos;
    }
    if (i == std::string_view::npos) {
      line = text_.substr(start_);
      start_ = std::string_view::npos;
      return true;
    }
    line = text_.substr(start_, i - start_);
    if (text_[i] == '\r' && i + 1 < text_.size() && text_[i + 1] == '\n') ++i;
    start_ = i + 1;
    return true;
  }

 private:
  std::string_view text_;
  bool has_cr_;
  std::size_t start_ = 0;
};

// The columns of white space a raw line opens with: a space, a tab or a no-break space each.
std::size_t leading_columns(std::string_view raw) {
  std::size_t i = 0, columns = 0;
  for (;; ++columns) {
    if (i < raw.size() && (raw[i] == ' ' || raw[i] == '\t')) {
      ++i;
    } else if (raw.substr(i).starts_with("\u00A0")) {
      i += 2;
    } else {
      return columns;
    }
  }
}

}  // namespace

std::vector<std::string> split_clean_lines(std::string_view text, std::vector<std::size_t>* spacers,
                                           std::vector<std::size_t>* indents) {
  std::vector<std::string> lines;
  std::size_t blanks = 0;
  RawLines raw_lines(text);
  for (std::string_view raw; raw_lines.next(raw);) {
    lines.push_back(clean_any_line(raw));
    if (indents) indents->push_back(leading_columns(raw));
    if (!spacers || !lines.back().empty()) continue;
    if (raw == " " || raw == "\u00A0") spacers->push_back(blanks);
    ++blanks;
  }
  return lines;
}

std::string_view raw_line(std::string_view text, std::size_t n) {
  RawLines raw_lines(text);
  std::string_view raw;
  for (std::size_t i = 0; raw_lines.next(raw); ++i)
    if (i == n) return raw;
  return {};
}

namespace {

// The line stops inside a sentence: its last character is ',' or ';'.
bool ends_mid_sentence(std::string_view s) {
  return !s.empty() && (s.back() == ',' || s.back() == ';');
}

}  // namespace

namespace {

// "… chủ đề “Chiến sĩ nhỏ Điện Biên -" over "Em sẽ là đoàn viên” …": a dash between spaces
// joins two parts of a name or a clause, and a line that ends on one was wrapped there,
// whatever the case of the next line's first letter (2 of 2 such lines of the learning sets'
// page texts are wraps: real-eval29 duubnd-nghean-1, real-eval32 thcsluongdinhcua-1).
bool ends_with_spaced_dash(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  for (std::string_view dash : {" -", " –", " —"})
    if (s.size() > dash.size() && s.ends_with(dash)) return true;
  return false;
}

// "Với tinh thần dân chủ," over "đoàn kết, đổi mới …": a comma leaves the sentence open, and a
// line in lower case under it goes on with it (every such pair of the learning sets' page
// texts is a wrap: real-eval25 vietsov-1, real-eval29 duubnd-nghean-1, real-eval30
// lekhaccan-1, real-eval32 thcsluongdinhcua-1). Not ';' nor ':', which close a list's item or
// open a list whose items may start in lower case ("a) …;" over "b) …").
bool ends_with_comma(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s.ends_with(',');
}

// "author25/01/2025 13:20", "lúc 08:15 ngày 02/03/2020": a date line opening in lower case
// under the title or a section is the page's header, no wrapped half of the line above. Only
// short lines are asked (a date line is short; most lines in lower case are wrapped text).
bool is_short_date_line(std::string_view line) {
  constexpr std::size_t kMaxDateLineBytes = 64;
  return line.size() <= kMaxDateLineBytes && parse_date_line(line).has_value();
}

// "Tác giả: Hoàng Huy Du": a writer's credit with its label, each word of the name after the
// colon a capital's: the name is whole, and a line in lower case under it ("mây đen u ám", a
// weather box's words) is no more of it.
bool names_writer_whole(std::string_view line) {
  constexpr std::size_t kMaxNameWords = 6;
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || !opens_with_writer_credit(line)) return false;
  const std::string_view name = trim_spaces(line.substr(colon + 1));
  if (name.empty() || !at_most_words(name, kMaxNameWords)) return false;
  bool capitals = true;
  each_word(name, [&](std::string_view w) { capitals = capitals && starts_with_upper(w); });
  return capitals;
}

}  // namespace

std::vector<bool> continues_previous(const std::vector<std::string>& lines,
                                     const std::vector<PhotoHint>& hints) {
  const std::size_t width = wrap_width(lines);
  std::vector<bool> continues(lines.size(), false);
  const std::string* previous = nullptr;  // the last line of text, when no blank line follows it
  const std::string* before_blank = nullptr;  // the last line of text, when blank lines follow it
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    if (line.empty()) {
      if (previous) before_blank = previous;
      previous = nullptr;
      continue;
    }
    PhotoHint hint = i < hints.size() ? hints[i] : PhotoHint::None;
    // a text browser's wide wrap: a line that fills the width; a narrow one: a line the next
    // one's first word did not fit on (column_wrap.h)
    bool full = previous && width > 0 &&
                (width >= kMinWideWidth ? code_point_count(*previous) + 15 >= width
                                        : wrapped_before(*previous, line, width));
    continues[i] =
        previous && !shows_photo(hint) &&
        (full ||
         ((!ends_with_sentence_punct(*previous) || ends_with_comma(*previous)) &&
          starts_with_lower(line) && !is_short_date_line(line) && !names_writer_whole(*previous)) ||
         ends_with_spaced_dash(*previous) ||
         continues_with_position(*previous, line) ||  // position_wrap.h
         continues_name_list(*previous, line) || closes_open_quotation(*previous, line) ||
         closes_open_bracket(*previous, line));
    // A page that split a sentence into two blocks: "… của Đảng;" then, after a blank line,
    // "đồng thời …" in lower case.
    if (!previous && before_blank && !shows_photo(hint) && starts_with_lower(line) &&
        ends_mid_sentence(*before_blank))
      continues[i] = true;
    previous = &line;
    before_blank = nullptr;
  }
  return continues;
}

std::vector<Paragraph> join_paragraphs(const std::vector<std::string>& lines,
                                       const std::vector<PhotoHint>& hints) {
  const std::vector<bool> continues = continues_previous(lines, hints);
  std::vector<Paragraph> out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].empty()) continue;
    if (continues[i]) {
      out.back().text += ' ';
      out.back().text += lines[i];
      ++out.back().lines;
    } else {
      out.push_back({lines[i], i < hints.size() ? hints[i] : PhotoHint::None});
    }
  }
  return out;
}

std::size_t code_point_count(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

namespace {

// The last character before any closing quotes and brackets; "…" is given as '.'; 0 when
// there is none.
char final_char(std::string_view s) {
  static constexpr std::string_view kClosers[] = {"\"", "'", ")", "]", "»", "”", "’"};
  // The last bytes of kClosers: a line that ends in none of them (nearly every line) is
  // not compared with each (asked of most lines, several times).
  auto may_close = [](char b) {
    return b == '"' || b == '\'' || b == ')' || b == ']' || b == '\xBB' || b == '\x9D' ||
           b == '\x99';
  };
  bool stripped = true;
  while (stripped && !s.empty()) {
    stripped = false;
    if (may_close(s.back()))
      for (std::string_view c : kClosers) {
        if (s.size() >= c.size() && s.substr(s.size() - c.size()) == c) {
          s.remove_suffix(c.size());
          stripped = true;
        }
      }
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  }
  if (s.empty()) return 0;
  if (s.size() >= 3 && s.substr(s.size() - 3) == "…") return '.';
  return s.back();
}

}  // namespace

bool closes_sentence(std::string_view s) {
  char c = final_char(s);
  return c == '.' || c == '!' || c == '?' || c == ';';
}

bool ends_with_sentence_punct(std::string_view s) {
  char c = final_char(s);
  return c != 0 && std::string_view(".,;:!?").find(c) != std::string_view::npos;
}

bool is_prose(std::string_view s) {
  return (closes_sentence(s) && !at_most_words(s, 5)) || !at_most_words(s, 40);
}

bool stops_a_sentence_inside(std::string_view s) {
  for (std::size_t dot = s.find(". "); dot != std::string_view::npos; dot = s.find(". ", dot + 1)) {
    std::size_t start = s.rfind(' ', dot);
    start = start == std::string_view::npos ? 0 : start + 1;
    std::string_view word = s.substr(start, dot - start);
    if (code_point_count(word) > 1 && !is_all_caps(word) && starts_with_upper(s.substr(dot + 2)))
      return true;
  }
  return false;
}

bool is_body_text(std::string_view s) {
  // more than 11 words and a sentence's end, more than 80 words, or more than 19 and a
  // sentence stopped inside; the words counted once, and no further than the bound asked.
  // A stop the page set apart by a space ("… cuộc sống muôn loài .", real-eval83/konchurang-1's
  // title) is no word of the sentence.
  if (closes_sentence(s)) {
    std::string_view words = trim_spaces(s);
    if (words.size() >= 2 && words[words.size() - 2] == ' ' &&
        std::string_view(".!?;").find(words.back()) != std::string_view::npos)
      words.remove_suffix(1);
    return !at_most_words(words, 11);
  }
  const std::size_t words = words_up_to(s, 80);
  return words > 80 || (words > 19 && stops_a_sentence_inside(s));
}

bool has_letter_or_digit(std::string_view s) {
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c >= 0 && (u_isalpha(c) || u_isdigit(c))) return true;
  }
  return false;
}

bool is_all_caps(std::string_view s) {
  int32_t i = 0, letters = 0;
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c < 0 || !u_isalpha(c)) continue;
    if (!u_isupper(c)) return false;
    ++letters;
  }
  return letters >= 2;
}

bool starts_with_upper(std::string_view s) {
  UChar32 c = first_code_point(s);
  return c >= 0 && u_isupper(c);
}

bool starts_with_lower(std::string_view s) {
  UChar32 c = first_code_point(s);
  return c >= 0 && u_islower(c);
}

std::string_view without_bullet(std::string_view s) {
  for (std::string_view bullet : {"* ", "- ", "+ ", "• ", "– "})
    if (s.starts_with(bullet)) return s.substr(bullet.size());
  return s;
}

bool heading_shape(std::string_view s) {
  return at_most_words(s, kMaxHeadingWords) && code_point_count(s) <= kMaxHeadingChars &&
         !ends_with_sentence_punct(s) && (starts_with_upper(s) || (s[0] >= '0' && s[0] <= '9')) &&
         !parse_date_line(s);
}

namespace {

// "1.", "2)", "1.2.", "II.", "a)": a part's number, arabic, roman or a letter, then "." or ")".
bool is_part_number(std::string_view w) {
  if (w.size() < 2 || (w.back() != '.' && w.back() != ')')) return false;
  w.remove_suffix(1);
  bool digits =
      std::all_of(w.begin(), w.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
  bool roman =
      std::all_of(w.begin(), w.end(), [](char c) { return c == 'I' || c == 'V' || c == 'X'; });
  bool letter = w.size() == 1 && w[0] >= 'a' && w[0] <= 'z';
  return digits || roman || letter;
}

// "I.", "A.": one capital and a stop, a name's initial ("V. I. Lênin").
bool is_initial(std::string_view w) {
  return w.size() == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.';
}

}  // namespace

bool opens_with_part_number(std::string_view s) {
  std::size_t space = s.find(' ');
  if (space == std::string_view::npos || !is_part_number(s.substr(0, space))) return false;
  // "V. I. Lênin …": a roman numeral's letter followed by another initial is a name's
  std::string_view next = s.substr(space + 1);
  return !is_initial(next.substr(0, next.find(' ')));
}

bool marked_heading(std::string_view s) {
  if (!heading_shape(s)) return false;
  return is_all_caps(s) || is_part_number(s.substr(0, s.find(' ')));
}

}  // namespace tuyentap
