#include "book/abbrev.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>

#include "base/ascii.h"
#include "text/collate.h"
#include "text/normalize.h"

namespace tuyentap::book {

namespace {

constexpr size_t kMinLetters = 2, kMaxLetters = 8;

// "(ABBR)" content: 2–8 upper-case letters A–Z or Đ. Returns the folded letters ("ubnd").
std::string abbreviation_letters(std::string_view s) {
  std::string letters;
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] >= 'A' && s[i] <= 'Z') {
      letters += lower_ascii(s[i]);
      ++i;
    } else if (s.substr(i, 2) == "\xC4\x90") {  // Đ
      letters += 'd';
      i += 2;
    } else {
      return {};
    }
  }
  if (letters.size() < kMinLetters || letters.size() > kMaxLetters) return {};
  return letters;
}

// The first letter of a word, folded: "Ủy" → 'u', "đồng" → 'd'; 0 when the word is not
// made of letters only.
char folded_initial(std::string_view word) {
  int32_t i = 0, n = static_cast<int32_t>(word.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(word.data(), i, n, c);
    if (c < 0 || !(u_isalpha(c) || u_getCombiningClass(c) != 0)) return 0;
  }
  std::string f = fold_for_match(word);
  return f.empty() ? 0 : f[0];
}

std::string capitalise_first(const std::string& s) {
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  UChar32 c;
  U8_NEXT(s.data(), i, n, c);
  return to_upper_vi(s.substr(0, static_cast<size_t>(i))) + s.substr(static_cast<size_t>(i));
}

}  // namespace

std::vector<Abbreviation> find_abbreviations(const std::string& text) {
  std::vector<Abbreviation> out;
  size_t open = 0;
  while ((open = text.find('(', open)) != std::string::npos) {
    size_t close = text.find(')', open + 1);
    if (close == std::string::npos) break;
    std::string_view inner(text.data() + open + 1, close - open - 1);
    std::string letters = abbreviation_letters(inner);
    size_t here = open++;
    if (letters.empty()) continue;
    // The words just before "(", separated by single spaces, last one first.
    size_t end = here;
    while (end > 0 && text[end - 1] == ' ') --end;
    std::vector<std::string_view> words;
    size_t pos = end;
    while (words.size() < letters.size() && pos > 0) {
      size_t start = text.rfind(' ', pos - 1);
      start = start == std::string::npos ? 0 : start + 1;
      words.emplace_back(text.data() + start, pos - start);
      if (start == 0) break;
      pos = start - 1;
      if (pos == 0 || text[pos - 1] == ' ') break;  // a double space ends the phrase
    }
    if (words.size() != letters.size()) continue;
    std::reverse(words.begin(), words.end());
    bool spelled = true;
    for (size_t w = 0; w < words.size() && spelled; ++w) {
      spelled = folded_initial(words[w]) == letters[w];
    }
    if (!spelled) continue;
    size_t start = static_cast<size_t>(words.front().data() - text.data());
    out.push_back({std::string(inner), capitalise_first(text.substr(start, end - start))});
  }
  return out;
}

std::vector<Abbreviation> collect_abbreviations(const std::vector<const Article*>& articles) {
  // short form → (long form key → count, first spelling, first seen)
  struct Variant {
    std::string spelling;
    int count = 0;
    size_t first = 0;
  };
  std::map<std::string, std::map<std::string, Variant>> seen;
  size_t order = 0;
  auto scan = [&](const std::string& text) {
    if (text.find('(') == std::string::npos) return;
    for (auto& ab : find_abbreviations(text)) {
      auto& v = seen[ab.short_form][fold_exact(ab.long_form)];
      if (v.count++ == 0) v.spelling = ab.long_form, v.first = order;
      ++order;
    }
  };
  for (const Article* a : articles) {
    scan(a->lead);
    for (const Block& b : a->blocks) scan(b.text);
  }
  std::vector<Abbreviation> out;
  for (auto& [short_form, variants] : seen) {
    const Variant* best = nullptr;
    for (auto& [key, v] : variants) {
      if (!best || v.count > best->count || (v.count == best->count && v.first < best->first)) {
        best = &v;
      }
    }
    out.push_back({short_form, best->spelling});
  }
  std::stable_sort(out.begin(), out.end(), [](const Abbreviation& a, const Abbreviation& b) {
    return vi_less(a.short_form, b.short_form);
  });
  return out;
}

}  // namespace tuyentap::book
