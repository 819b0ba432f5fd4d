#include "book/filter_check.h"

#include <algorithm>
#include <set>

#include "book/match.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

// Edit distance between two folded names, with a name the archive's name begins with
// counted as closest (a topic copied from a cut column).
std::size_t distance(const std::string& a, const std::string& b) {
  if (!a.empty() && b.starts_with(a)) return 0;
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

}  // namespace

std::string closest_word(const std::string& word, const std::vector<std::string>& candidates) {
  std::string key = book::word_key(fold_for_match(word)), best;
  std::size_t best_distance = std::string::npos;
  for (const auto& c : candidates) {
    std::size_t d = distance(key, book::word_key(fold_for_match(c)));
    if (d < best_distance) best_distance = d, best = c;
  }
  return best;
}

namespace {

std::vector<std::string> closest_topics(const std::string& wanted,
                                        const std::set<std::string>& topics) {
  std::string key = book::word_key(fold_for_match(wanted));
  std::vector<std::pair<std::size_t, std::string>> ranked;
  for (const auto& t : topics) {
    ranked.emplace_back(distance(key, book::word_key(fold_for_match(t))), t);
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& x, const auto& y) { return x.first < y.first; });
  std::vector<std::string> out;
  for (std::size_t k = 0; k < ranked.size() && k < 3; ++k) out.push_back(ranked[k].second);
  return out;
}

// Each entry alone, as a rule of its own kind: does any article match it?
bool any_matches(const book::CompiledRule& rule, const std::vector<book::ArticleKeys>& keys) {
  return std::any_of(keys.begin(), keys.end(),
                     [&](const book::ArticleKeys& k) { return book::matches(rule, k); });
}

}  // namespace

std::vector<UnmatchedFilter> unmatched_filters(
    const BookSpec& spec, const std::vector<std::variant<Article, NotAnArticle>>& articles) {
  std::vector<UnmatchedFilter> out;
  if (spec.topics.empty() && spec.keywords.empty() && spec.authors.empty()) return out;
  bool exact = spec.match == MatchMode::Exact;
  std::vector<book::ArticleKeys> keys;
  std::set<std::string> topics;
  for (const auto& r : articles) {
    if (const auto* a = std::get_if<Article>(&r)) {
      keys.push_back(book::make_keys(*a, exact, exact && !spec.keywords.empty()));
      if (!a->topic.empty()) topics.insert(a->topic);
    }
  }
  auto check = [&](const std::vector<std::string>& values, const char* kind) {
    for (const auto& v : values) {
      std::vector<std::string> one{v}, none;
      std::string k = kind;
      book::CompiledRule rule =
          book::compile_rule(k == "topic" ? one : none, k == "keyword" ? one : none,
                             KeywordMode::Any, k == "author" ? one : none, spec.match, false);
      if (any_matches(rule, keys)) continue;
      out.push_back({k, v, k == "topic" ? closest_topics(v, topics) : std::vector<std::string>{}});
    }
  };
  check(spec.topics, "topic");
  check(spec.keywords, "keyword");
  check(spec.authors, "author");
  return out;
}

}  // namespace tuyentap
