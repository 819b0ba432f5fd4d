// Internal to book/: Vietnamese-aware matching of chapter rules and the spec's filter.
//
// Each article is folded once (ArticleKeys) and each rule once (CompiledRule), so that a
// book of thousands of articles and dozens of rules costs one fold per article, not one per
// rule. Keys are word sequences " w1 w2 … ": a phrase matches on word boundaries by plain
// substring search (" dang " never matches inside " dangky ").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "article/article.h"
#include "book/spec.h"

namespace tuyentap::book {

// Letters and digits kept, every other character a word break: " xay dung dang ".
// Empty input gives "".
std::string word_key(std::string_view folded);

// The key of a text for a match mode: fold_for_match or fold_exact, then word_key.
std::string match_key(std::string_view text, MatchMode mode);

// match_key(text, Folded) the slow way (the normaliser on the whole text), to check the
// fast path against.
std::string slow_match_key(std::string_view text);

// Everything a rule looks at, folded once per article.
struct ArticleKeys {
  std::string topic[2];  // indexed by MatchMode: Folded, Exact
  std::string title[2];
  std::string body[2];  // lead + blocks, when a rule has keywords; [Exact] when it needs exact text
  std::string author[2];
};

// Title, lead and block texts of the article body (captions included, credits not).
std::string body_text(const Article& a);

// The [Exact] keys are made only when a rule matches exactly (need_exact), and the exact
// body only when such a rule has keywords (need_exact_text): fold_exact is the slow path.
// The bodies only when a rule has keywords (need_body): they are most of the keys' memory.
ArticleKeys make_keys(const Article& a, bool need_exact, bool need_exact_text,
                      bool need_body = true);

struct CompiledRule {
  std::vector<std::string> topics, keywords, authors;  // keys in `mode`
  KeywordMode keyword_mode = KeywordMode::Any;
  MatchMode mode = MatchMode::Folded;
  bool all_criteria = false;
  bool empty() const { return topics.empty() && keywords.empty() && authors.empty(); }
};

CompiledRule compile_rule(const std::vector<std::string>& topics,
                          const std::vector<std::string>& keywords, KeywordMode keyword_mode,
                          const std::vector<std::string>& authors, MatchMode mode,
                          bool all_criteria);
CompiledRule compile_rule(const ChapterRule& r);

// An empty rule matches nothing.
bool matches(const CompiledRule& rule, const ArticleKeys& keys);

}  // namespace tuyentap::book
