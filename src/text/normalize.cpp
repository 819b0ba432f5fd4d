// NFC, case, whitespace and the folds used for matching. Most archive text is already NFC
// UTF-8, so every function checks cheaply before it copies.
#include "text/normalize.h"

#include <unicode/bytestream.h>
#include <unicode/casemap.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>
#include <unicode/uchar.h>

#include <cstdint>
#include <cstring>
#include <optional>
#include <vector>

#include "base/ascii.h"
#include "base/error.h"
#include "text/letters.h"
#include "text/utf8.h"

namespace tuyentap {
namespace {

const icu::Normalizer2& nfc() {
  static const icu::Normalizer2* instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) throw Error("ICU: no NFC normaliser", {}, 0, u_errorName(status));
    return n;
  }();
  return *instance;
}

const icu::Normalizer2& nfd() {
  static const icu::Normalizer2* instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) throw Error("ICU: no NFD normaliser", {}, 0, u_errorName(status));
    return n;
  }();
  return *instance;
}

bool is_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return u_isUWhiteSpace(static_cast<UChar32>(c));
}

// A letter of a syllable as unify_tone_placement sees it.
struct Letter {
  char32_t c;
  std::optional<vn::VowelLetter> vowel;
  char lower_ascii;  // consonants: the ASCII letter in lower case, 0 otherwise
};

// hoá → hóa, thuý → thúy, uỷ → ủy: in an open syllable whose vowel is exactly oa, oe or uy
// (the u of qu and the i of gi being consonants), the old placement marks the first vowel.
void unify_syllable(std::vector<Letter>& w) {
  std::size_t i = 0;
  while (i < w.size() && !w[i].vowel) ++i;
  if (i == w.size()) return;
  // "qu" and "gi" + vowel: that u and that i belong to the initial consonant.
  if (i == 1 && (w[0].lower_ascii == 'q' && w[i].vowel->vowel == vn::U))
    ++i;
  else if (i == 1 && w[0].lower_ascii == 'g' && w[i].vowel->vowel == vn::I && i + 1 < w.size() &&
           w[i + 1].vowel)
    ++i;
  std::size_t start = i;
  while (i < w.size() && w[i].vowel) ++i;
  if (i != w.size() || i - start != 2) return;  // a final consonant, or not a two-vowel nucleus
  vn::VowelLetter first = *w[start].vowel, second = *w[start + 1].vowel;
  bool pair = (first.vowel == vn::O && (second.vowel == vn::A || second.vowel == vn::E)) ||
              (first.vowel == vn::U && second.vowel == vn::Y);
  if (!pair || first.tone != vn::NONE || second.tone == vn::NONE) return;
  w[start].c = vn::compose(first.vowel, second.tone, first.upper);
  w[start + 1].c = vn::compose(second.vowel, vn::NONE, second.upper);
}

// UAX #15's Stream-Safe Text Format: no more than 30 non-starters (characters of a
// non-zero combining class) in a row; a combining grapheme joiner (U+034F, a starter that
// draws nothing) goes after every 30th. ICU puts a run of marks in canonical order by
// insertion, quadratic in the run: 100,000 alternating marks took 6 s. Real text never
// has such a run (Vietnamese stacks two marks at most), so this is the hostile case only.
constexpr int kMaxNonStarters = 30;

// Code points below U+0300 and the precomposed letters U+1E00..U+1EFF (Vietnamese's) are all
// starters (ICU's combining class 0, checked code point by code point in
// tests/text/normalize_test.cpp): nearly every letter of a text, told without a lookup.
bool is_plain_starter(char32_t c) {
  return c < 0x300 || (c >= 0x1E00 && c <= 0x1EFF);
}

// The text with joiners inserted, or nullopt when no run is that long (the usual case).
std::optional<std::string> stream_safe(std::string_view in) {
  std::string out;
  int run = 0;
  bool changed = false;
  std::size_t copied = 0;  // bytes of `in` already in `out`
  for (std::size_t i = 0; i < in.size();) {
    if (static_cast<unsigned char>(in[i]) < 0x80) {  // ASCII: a starter
      run = 0;
      ++i;
      continue;
    }
    std::size_t start = i;
    char32_t c = utf8::next(in, i);
    if (is_plain_starter(c) || u_getCombiningClass(static_cast<UChar32>(c)) == 0) {
      run = 0;
    } else if (++run > kMaxNonStarters) {
      if (!changed) out.reserve(in.size() + in.size() / 16);
      changed = true;
      out.append(in, copied, start - copied);
      utf8::append(out, U'\u034F');
      copied = start;
      run = 1;
    }
  }
  if (!changed) return std::nullopt;
  out.append(in, copied, in.size() - copied);
  return out;
}

}  // namespace

std::string to_nfc(std::string_view utf8_in) {
  if (utf8::is_plainly_nfc(utf8_in)) return std::string(utf8_in);
  std::string clean;
  std::string_view in = utf8_in;
  if (!utf8::is_valid(in)) {
    clean = utf8::sanitize(in);
    in = clean;
  }
  if (std::optional<std::string> safe = stream_safe(in)) {
    clean = std::move(*safe);
    in = clean;
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::StringPiece piece(in.data(), static_cast<int32_t>(in.size()));
  if (nfc().isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return std::string(in);
  status = U_ZERO_ERROR;
  std::string out;
  out.reserve(in.size());
  icu::StringByteSink<std::string> sink(&out);
  nfc().normalizeUTF8(0, piece, sink, nullptr, status);
  if (U_FAILURE(status)) throw Error("ICU: NFC normalisation failed", {}, 0, u_errorName(status));
  return out;
}

std::string unify_tone_placement(std::string_view s) {
  if (is_ascii(s)) return std::string(s);
  std::string out;
  out.reserve(s.size());
  std::vector<Letter> word;
  auto flush = [&] {
    unify_syllable(word);
    for (const Letter& l : word) utf8::append(out, l.c);
    word.clear();
  };
  std::size_t i = 0;
  while (i < s.size()) {
    char32_t c = utf8::next(s, i);
    Letter l{c, vn::vowel_of(c), 0};
    if (!l.vowel) {
      if (c < 0x80 && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
        l.lower_ascii = char(c | 0x20);
      else if (c == vn::kDLower || c == vn::kDUpper)
        l.lower_ascii = 'd';
      else {
        flush();
        utf8::append(out, c);
        continue;
      }
    }
    word.push_back(l);
  }
  flush();
  return out;
}

std::string fold_whitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  std::size_t i = 0;
  while (i < s.size()) {
    // Fast path: a run of ASCII that is not white space, or single spaces between such
    // bytes, is copied as is.
    std::size_t run = i;
    while (i < s.size()) {
      unsigned char b = static_cast<unsigned char>(s[i]);
      if (b >= 0x80) break;
      if (b == ' ' || (b >= '\t' && b <= '\r')) {
        unsigned char next = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
        if (b != ' ' || i == run || !(next > ' ' && next < 0x80)) break;
      }
      ++i;
    }
    if (i > run) {
      if (pending_space) out += ' ';
      pending_space = false;
      out.append(s.substr(run, i - run));
      continue;
    }
    std::size_t start = i;
    char32_t c;
    if (static_cast<unsigned char>(s[i]) < 0x80)
      c = static_cast<unsigned char>(s[i++]);
    else
      c = utf8::next(s, i);
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    if (c == U'\uFFFD' && i - start != 3)
      out += "\xEF\xBF\xBD";  // an ill-formed sequence
    else
      out.append(s.substr(start, i - start));
  }
  return out;
}

namespace {

// A code point of two bytes (C2..CB: U+0080..U+02FF) or of three opening with E1 or E2
// (U+1000..U+2FFF: Vietnamese letters, general punctuation) at p[i], decoded and stepped over;
// false for anything else, which the fast paths below leave to ICU. Their tables cover only
// part of these ranges and say so for the rest.
inline bool decode_short(const unsigned char* p, std::size_t n, std::size_t& i, char32_t& c) {
  const unsigned char b = p[i];
  if (b >= 0xC2 && b <= 0xCB && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
    c = ((b & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu);
    i += 2;
    return true;
  }
  if ((b == 0xE1 || b == 0xE2) && i + 2 < n && (p[i + 1] & 0xC0) == 0x80 &&
      (p[i + 2] & 0xC0) == 0x80) {
    c = ((b & 0x0Fu) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu);
    i += 3;
    return true;
  }
  return false;
}

// ICU's lower case (the "vi" locale) of each code point of U+0080..U+02FF and U+1E00..U+1EFF,
// worked out once by ICU itself: in that locale no letter of these is lowered by its context
// (only the Greek capital sigma is, elsewhere), so a text of them is lowered a look-up per
// letter, as ICU lowers it whole.
class LowerTable {
 public:
  struct Entry {
    char bytes[4] = {};
    std::uint8_t size = 0;  // 0: ICU's lower case is longer than 4 bytes (none is)
  };
  LowerTable() {
    for (char32_t c = 0x80; c < 0x300; ++c) fill(c);
    for (char32_t c = 0x1E00; c < 0x1F00; ++c) fill(c);
  }
  // The entry of c, or nullptr when c is beyond the table.
  const Entry* find(char32_t c) const {
    if (c >= 0x80 && c < 0x300) return &entries_[c - 0x80];
    if (c >= 0x1E00 && c < 0x1F00) return &entries_[0x280 + (c - 0x1E00)];
    return nullptr;
  }

 private:
  void fill(char32_t c) {
    std::string one, lower;
    utf8::append(one, c);
    icu::StringByteSink<std::string> sink(&lower);
    UErrorCode status = U_ZERO_ERROR;
    icu::CaseMap::utf8ToLower("vi", 0, icu::StringPiece(one), sink, nullptr, status);
    Entry& e = *const_cast<Entry*>(find(c));
    if (U_FAILURE(status) || lower.empty() || lower.size() > sizeof e.bytes) return;
    std::memcpy(e.bytes, lower.data(), lower.size());
    e.size = static_cast<std::uint8_t>(lower.size());
  }
  Entry entries_[0x280 + 0x100];
};

// The lower case of valid UTF-8 made of ASCII and the table's code points; nullopt at the
// first byte or code point beyond them (ICU then lowers the whole text).
std::optional<std::string> lower_from_table(std::string_view s) {
  static const LowerTable table;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::string out;
  out.reserve(n + n / 2);
  for (std::size_t i = 0; i < n;) {
    unsigned char b = p[i];
    if (b < 0x80) {
      out += lower_ascii(static_cast<char>(b));
      ++i;
      continue;
    }
    char32_t c;
    if (!decode_short(p, n, i, c)) return std::nullopt;
    const LowerTable::Entry* e = table.find(c);  // nullptr beyond U+02FF and U+1E00..U+1EFF
    if (!e || e->size == 0) return std::nullopt;
    out.append(e->bytes, e->size);
  }
  return out;
}

}  // namespace

std::string to_lower_vi(std::string_view s) {
  if (is_ascii(s)) return lower_ascii(s);
  // Vietnamese text: its letters looked up (every rule's fold_exact lowers a line or a word)
  if (std::optional<std::string> lower = lower_from_table(s)) return std::move(*lower);
  std::string clean = utf8::sanitize(s);
  std::string out;
  out.reserve(clean.size());
  icu::StringByteSink<std::string> sink(&out);
  UErrorCode status = U_ZERO_ERROR;
  icu::CaseMap::utf8ToLower("vi", 0, icu::StringPiece(clean), sink, nullptr, status);
  if (U_FAILURE(status)) throw Error("ICU: lower-casing failed", {}, 0, u_errorName(status));
  return out;
}

std::string to_upper_vi(std::string_view s) {
  std::string clean = utf8::sanitize(s);
  std::string out;
  out.reserve(clean.size());
  icu::StringByteSink<std::string> sink(&out);
  UErrorCode status = U_ZERO_ERROR;
  icu::CaseMap::utf8ToUpper("vi", 0, icu::StringPiece(clean), sink, nullptr, status);
  if (U_FAILURE(status)) throw Error("ICU: upper-casing failed", {}, 0, u_errorName(status));
  return out;
}

namespace {

// Whether unify_tone_placement may change valid NFC text: it moves a tone only from the
// second letter of oa, oe, uy (a toned vowel, never ASCII) to a first letter without one
// (an ASCII o or u), so some o, O, u or U stands right before a toned a or e (after o) or y
// (after u). ("thuộc", "quốc", "hoạt": most lines have an o or u before another letter.)
bool may_move_tones(std::string_view nfc) {
  for (std::size_t i = 0; i + 1 < nfc.size(); ++i) {
    const char c = static_cast<char>(nfc[i] | 0x20);
    if ((c != 'o' && c != 'u') || static_cast<unsigned char>(nfc[i + 1]) < 0x80) continue;
    std::size_t next_at = i + 1;
    std::optional<vn::VowelLetter> next = vn::vowel_of(utf8::next(nfc, next_at));
    if (next && next->tone != vn::NONE &&
        (c == 'o' ? next->vowel == vn::A || next->vowel == vn::E : next->vowel == vn::Y))
      return true;
  }
  return false;
}

}  // namespace

std::string fold_exact(std::string_view s) {
  // to_nfc's text is valid UTF-8, which unify_tone_placement gives back byte for byte when
  // it moves no tone: most texts are spared its letter-by-letter copy.
  std::string nfc = to_nfc(to_lower_vi(s));
  if (!may_move_tones(nfc)) return fold_whitespace(nfc);
  return fold_whitespace(unify_tone_placement(nfc));
}

namespace {

// fold_for_match's key of one code point before the white space is folded: a vowel's base
// letter, đ → d, any other letter in lower case without the marks of its decomposition.
void fold_code_point(char32_t c, std::string& out) {
  if (c < 0x80) {
    out += lower_ascii(static_cast<char>(c));
  } else if (auto v = vn::vowel_of(c)) {
    out += vn::base_ascii(v->vowel);
  } else if (c == vn::kDLower || c == vn::kDUpper || c == U'\u00D0' || c == U'\u00F0') {
    out += 'd';  // Ð (the Icelandic eth) often stands in for Đ in converted text
  } else {
    // Any other letter: lower case, then drop the marks of its decomposition (é → e).
    UChar32 lower = u_tolower(static_cast<UChar32>(c));
    icu::UnicodeString parts;
    if (!nfd().getDecomposition(lower, parts)) parts = icu::UnicodeString(lower);
    for (int32_t k = 0; k < parts.length();) {
      UChar32 p = parts.char32At(k);
      k += U16_LENGTH(p);
      if (u_charType(p) != U_NON_SPACING_MARK) utf8::append(out, static_cast<char32_t>(p));
    }
  }
}

// The keys of the code points that utf8::is_plainly_nfc lets through (below U+0300,
// U+1E00..U+1EFF, U+2002..U+20CF), worked out once by fold_code_point: Vietnamese text in NFC
// is folded a table look-up per letter, and its white space folded in the same pass.
class FoldTable {
 public:
  struct Entry {
    char bytes[3] = {};
    std::uint8_t kind = kBail;  // the key's length, kSpace, or kBail (not in the table)
  };
  static constexpr std::uint8_t kSpace = 0x80, kBail = 0xFF;

  FoldTable() {
    for (char32_t c = 0; c < 0x300; ++c) fill(c);
    for (char32_t c = 0x1E00; c < 0x1F00; ++c) fill(c);
    for (char32_t c = 0x2002; c < 0x20D0; ++c) fill(c);
  }
  const Entry& operator[](char32_t c) const { return entries_[index(c)]; }
  static bool covers(char32_t c) {
    return c < 0x300 || (c >= 0x1E00 && c < 0x1F00) || (c >= 0x2002 && c < 0x20D0);
  }

 private:
  static std::size_t index(char32_t c) {
    if (c < 0x300) return c;
    if (c < 0x1F00) return 0x300 + (c - 0x1E00);
    return 0x400 + (c - 0x2000);
  }
  static std::size_t utf8_length(char32_t c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : 3; }
  void fill(char32_t c) {
    std::string key;
    fold_code_point(c, key);
    Entry& e = entries_[index(c)];
    // As fold_whitespace will read the key: one white space character is a space; a key
    // that holds white space among other characters (none does), or is longer than the code
    // point's own bytes (U+023A's ⱥ), is left to the general path.
    std::size_t spaces = 0, count = 0;
    for (std::size_t i = 0; i < key.size(); ++count) spaces += is_space(utf8::next(key, i));
    if (spaces == 1 && count == 1) {
      e.kind = kSpace;
    } else if (spaces == 0 && key.size() <= utf8_length(c)) {
      std::memcpy(e.bytes, key.data(), key.size());
      e.kind = static_cast<std::uint8_t>(key.size());
    }
  }
  Entry entries_[0x500];
};

// fold_for_match's general path: NFC first, then each code point's key, then the white space.
std::string fold_any(std::string_view s) {
  std::string nfc = to_nfc(s);
  std::string out;
  out.reserve(nfc.size());
  for (std::size_t i = 0; i < nfc.size();) fold_code_point(utf8::next(nfc, i), out);
  return fold_whitespace(out);
}

}  // namespace

std::string fold_for_match(std::string_view s) {
  // Chrome matching folds the start of every line: text that is plainly NFC (as
  // utf8::is_plainly_nfc) is folded in one pass from the table, white space and all, into
  // the bytes it came from (no key is longer than its code point, and a space stands for at
  // least one byte of white space); the first code point beyond the table sends the whole
  // text to the general path.
  static const FoldTable table;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::string out(n, '\0');
  char* const begin = out.data();
  char* o = begin;
  bool pending_space = false;
  for (std::size_t i = 0; i < n;) {
    unsigned char b = p[i];
    if (b < 0x80) {
      if (b == ' ' || (b >= '\t' && b <= '\r')) {
        pending_space = o != begin;
      } else {
        if (pending_space) *o++ = ' ';
        pending_space = false;
        *o++ = lower_ascii(static_cast<char>(b));
      }
      ++i;
      continue;
    }
    // Decoded as utf8::scan does: two bytes C2..CB, or E1 B8..BB, or E2 80..83, then
    // continuation bytes; anything else is not plainly NFC.
    char32_t c;
    if (!decode_short(p, n, i, c)) return fold_any(s);
    if (!FoldTable::covers(c)) return fold_any(s);
    const FoldTable::Entry& e = table[c];
    if (e.kind == FoldTable::kSpace) {
      pending_space = o != begin;
    } else if (e.kind == FoldTable::kBail) {
      return fold_any(s);
    } else if (e.kind != 0) {  // a key of nothing leaves the white space as it stands
      if (pending_space) *o++ = ' ';
      pending_space = false;
      for (std::uint8_t k = 0; k < e.kind; ++k) *o++ = e.bytes[k];
    }
  }
  out.resize(static_cast<std::size_t>(o - begin));
  return out;
}

}  // namespace tuyentap
