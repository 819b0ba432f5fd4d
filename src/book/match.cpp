#include "book/match.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "base/ascii.h"
#include "text/normalize.h"

namespace tuyentap::book {

std::string word_key(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  bool in_word = false;
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    // Marks stay with their letter (NFC leaves few, but a stray one must not split a word).
    bool word_char = c >= 0 && (u_isalnum(c) || u_getCombiningClass(c) != 0 ||
                                u_charType(c) == U_NON_SPACING_MARK);
    if (word_char) {
      if (!in_word) out += ' ';
      out.append(s.data() + start, static_cast<size_t>(i - start));
      in_word = true;
    } else {
      in_word = false;
    }
  }
  if (!out.empty()) out += ' ';
  return out;
}

namespace {

// fold_for_match of one code point, and whether it belongs to a word. For NFC text, folding
// code point by code point gives what folding the whole text gives (diacritics go, so tone
// placement cannot matter), and a table makes it one lookup instead of a trip through the
// normaliser: the folded keys of a year's articles are most of the compiler's work.
struct FoldedChar {
  char bytes[7] = {};
  unsigned char len = 0;
  bool word = false;
};

constexpr char32_t kTableSize = 0x2000;  // Latin, combining marks, Greek, Cyrillic …

const std::vector<FoldedChar>& fold_table() {
  static const std::vector<FoldedChar> table = [] {
    std::vector<FoldedChar> t(kTableSize);
    for (char32_t c = 0; c < kTableSize; ++c) {
      if (c >= 0xD800 && c < 0xE000) continue;
      std::string utf8;
      char buf[4];
      int32_t n = 0;
      UBool err = false;
      U8_APPEND(buf, n, 4, static_cast<UChar32>(c), err);
      if (err) continue;
      utf8.assign(buf, static_cast<size_t>(n));
      bool word = u_isalnum(static_cast<UChar32>(c)) ||
                  u_getCombiningClass(static_cast<UChar32>(c)) != 0 ||
                  u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK;
      std::string f = word ? fold_for_match(utf8) : std::string();
      FoldedChar& fc = t[c];
      fc.word = word;
      if (f.size() <= sizeof fc.bytes) {
        std::copy(f.begin(), f.end(), fc.bytes);
        fc.len = static_cast<unsigned char>(f.size());
      }
    }
    return t;
  }();
  return table;
}

// word_key(fold_for_match(text)) for NFC text, in one pass, writing through a pointer: this
// runs over every byte of every article of the period.
std::string fast_folded_key(std::string_view s) {
  const auto& table = fold_table();
  // A folded code point is at most 7 bytes from at least 2 (ASCII maps to itself), plus a
  // space before each word and one at the end.
  std::string out(s.size() * 4 + 2, '\0');
  char* o = out.data();
  bool in_word = false;
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  const char* p = s.data();
  while (i < n) {
    auto b = static_cast<unsigned char>(p[i]);
    if (b < 0x80) {  // ASCII: most of the bytes
      ++i;
      unsigned char lower = b | 0x20;
      bool word = (lower >= 'a' && lower <= 'z') || (b >= '0' && b <= '9');
      if (word) {
        if (!in_word) *o++ = ' ';
        *o++ = lower_ascii(static_cast<char>(b));
      }
      in_word = word;
      continue;
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c >= 0 && static_cast<char32_t>(c) < kTableSize) {
      const FoldedChar& fc = table[static_cast<size_t>(c)];
      if (fc.word) {
        if (!in_word) *o++ = ' ';
        for (unsigned k = 0; k < fc.len; ++k) *o++ = fc.bytes[k];
      }
      in_word = fc.word;
    } else if (c >= 0 && u_isalnum(c)) {  // other scripts: rare, fold the slow way
      std::string f = fold_for_match(std::string_view(p + start, static_cast<size_t>(i - start)));
      if (f.size() > static_cast<size_t>(i - start) * 3)
        f.resize(static_cast<size_t>(i - start) * 3);
      if (!in_word) *o++ = ' ';
      for (char ch : f) *o++ = ch;
      in_word = true;
    } else {
      in_word = false;
    }
  }
  if (o != out.data()) *o++ = ' ';
  out.resize(static_cast<size_t>(o - out.data()));
  out.shrink_to_fit();  // else each key kept 4x its text: 440 MB for 100,000 short articles
  return out;
}

}  // namespace

std::string match_key(std::string_view text, MatchMode mode) {
  if (mode == MatchMode::Folded) return fast_folded_key(text);
  return word_key(fold_exact(text));
}

std::string slow_match_key(std::string_view text) {
  return word_key(fold_for_match(text));
}

std::string body_text(const Article& a) {
  std::string text = a.lead;
  for (const Block& b : a.blocks) {
    if (!text.empty()) text += '\n';
    text += b.text;
  }
  return text;
}

ArticleKeys make_keys(const Article& a, bool need_exact, bool need_exact_text, bool need_body) {
  ArticleKeys k;
  for (int m = 0; m < (need_exact ? 2 : 1); ++m) {
    auto mode = static_cast<MatchMode>(m);
    k.topic[m] = match_key(a.topic, mode);
    k.title[m] = match_key(a.title, mode);
    k.author[m] = match_key(a.author, mode);
  }
  if (!need_body) return k;
  std::string body = body_text(a);
  k.body[0] = match_key(body, MatchMode::Folded);
  if (need_exact_text) k.body[1] = match_key(body, MatchMode::Exact);
  return k;
}

CompiledRule compile_rule(const std::vector<std::string>& topics,
                          const std::vector<std::string>& keywords, KeywordMode keyword_mode,
                          const std::vector<std::string>& authors, MatchMode mode,
                          bool all_criteria) {
  CompiledRule r;
  r.mode = mode;
  r.keyword_mode = keyword_mode;
  r.all_criteria = all_criteria;
  auto add = [&](const std::vector<std::string>& in, std::vector<std::string>& out) {
    for (const auto& s : in) {
      std::string key = match_key(s, mode);
      if (!key.empty()) out.push_back(std::move(key));
    }
  };
  add(topics, r.topics);
  add(keywords, r.keywords);
  add(authors, r.authors);
  return r;
}

CompiledRule compile_rule(const ChapterRule& c) {
  return compile_rule(c.topics, c.keywords, c.keyword_mode, c.authors, c.match, c.all_criteria);
}

bool matches(const CompiledRule& rule, const ArticleKeys& keys) {
  const int m = static_cast<int>(rule.mode);
  auto has = [](const std::string& hay, const std::string& phrase) {
    return hay.find(phrase) != std::string::npos;
  };
  // Topics are whole kicker names: "Xây dựng Đảng" does not take "Xây dựng Đảng bộ".
  bool topic_ok = false;
  for (const auto& t : rule.topics) topic_ok = topic_ok || keys.topic[m] == t;
  bool keywords_ok = !rule.keywords.empty() && rule.keyword_mode == KeywordMode::All;
  for (const auto& kw : rule.keywords) {
    bool found = has(keys.title[m], kw) || has(keys.body[m], kw);
    keywords_ok =
        rule.keyword_mode == KeywordMode::All ? keywords_ok && found : keywords_ok || found;
  }
  // Bylines carry roles ("Hoàng Uyên (tổng hợp)"): the name as a phrase of the byline.
  bool author_ok = false;
  for (const auto& a : rule.authors) author_ok = author_ok || has(keys.author[m], a);
  if (rule.all_criteria) {
    return !rule.empty() && (rule.topics.empty() || topic_ok) &&
           (rule.keywords.empty() || keywords_ok) && (rule.authors.empty() || author_ok);
  }
  return topic_ok || keywords_ok || author_ok;
}

}  // namespace tuyentap::book
