// The spec's filter checked against the archive before a book is made: a topic, keyword or
// author that matches no article is most likely a typo (or a name copied half), and the
// clerk should hear so, with the closest topics the archive has, rather than get a book
// that silently lacks them.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "article/reader.h"
#include "book/spec.h"

namespace tuyentap {

struct UnmatchedFilter {
  std::string kind;                  // "topic", "keyword" or "author"
  std::string value;                 // as the clerk wrote it
  std::vector<std::string> closest;  // for a topic: up to 3 existing topics, closest first
};

// Every entry of spec.topics, spec.keywords and spec.authors that no article matches (in
// the spec's match mode; any date, so a period that leaves it out is not blamed here).
std::vector<UnmatchedFilter> unmatched_filters(
    const BookSpec& spec, const std::vector<std::variant<Article, NotAnArticle>>& articles);

// The candidate closest to `word` (diacritics and case folded; edit distance, a prefix
// counting as closest), or "" when there is none: for "did you mean …?".
std::string closest_word(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace tuyentap
