// Internal to book/: finding the same article archived more than once.
//
// Duplicates are decided by content, never by title and date alone. Three tests, cheapest
// first: the same id (same content); the same folded title and the same date, when the
// smaller body's word 4-shingles are at least 80% inside the larger's (a copy cut short,
// or saved with the site's chrome); a near-identical body (word 4-shingles, Jaccard
// similarity over 0.9, on the folded text so tone placement, case and whitespace do not
// count). The body test must not compare every pair: one-permutation MinHash with
// densification, banded (LSH), gives candidate pairs, and only those are compared exactly,
// at most 32 for each body (book/dedup_lsh.h); bodies the same letter for letter are
// grouped by their text before that.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "article/article.h"
#include "book/fate.h"
#include "book/match.h"

namespace tuyentap::book {

struct DedupItem {
  std::string id;
  std::string title_key;                  // folded title words
  std::string date;                       // ISO date, empty when none
  const std::string* body_key = nullptr;  // folded body words " w w … "; null: of `article`
  int warnings = 0;
  // When body_key is null, its body is folded from this article each time it is needed
  // (match_key of body_text): the compiler does not hold 100,000 bodies' keys at once.
  const Article* article = nullptr;
};

// What find_duplicates did, for tests that its work stays linear (dedup_lsh.h's bound).
struct DedupWork {
  std::size_t compared = 0;  // candidate pairs of different groups looked at by content
};

// For each item, the index of the item it duplicates (the one kept), or -1 when it is kept.
// The kept copy of a group is a dated one before an undated one, then the one with fewest
// warnings, then the first in input order.
std::vector<int> find_duplicates(const std::vector<DedupItem>& items, DedupWork* work = nullptr);

// Exact Jaccard similarity of the word 4-shingle sets of two body keys (for tests).
double shingle_similarity(const std::string& a, const std::string& b);

// The compiler's de-duplicate step, over the articles still in the running (kept[i] not
// null; keys[i] their folded keys, files[i] their files): each copy to leave out, by input
// index, with the id and file of the copy kept.
std::vector<std::pair<std::size_t, LeftOut>> duplicate_copies(
    const std::vector<const Article*>& kept, const std::vector<ArticleKeys>& keys,
    const std::vector<std::string>& files);

}  // namespace tuyentap::book
