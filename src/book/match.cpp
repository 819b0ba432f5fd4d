#include "book/match.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

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

std::string match_key(std::string_view text, MatchMode mode) {
  return word_key(mode == MatchMode::Folded ? fold_for_match(text) : fold_exact(text));
}

std::string body_text(const Article& a) {
  std::string text = a.lead;
  for (const Block& b : a.blocks) {
    if (!text.empty()) text += '\n';
    text += b.text;
  }
  return text;
}

ArticleKeys make_keys(const Article& a, bool need_exact_text) {
  ArticleKeys k;
  for (int m = 0; m < 2; ++m) {
    auto mode = static_cast<MatchMode>(m);
    k.topic[m] = match_key(a.topic, mode);
    k.title[m] = match_key(a.title, mode);
    k.author[m] = match_key(a.author, mode);
  }
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
