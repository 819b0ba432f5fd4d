// Internal to book/: grouping the selected articles into chapters, before ordering.
#pragma once

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "book/compile.h"
#include "book/match.h"

namespace tuyentap::book {

// Most frequent spelling of each folded key, ties to the first seen: a chapter (or the
// book's topic list) shows "Xây dựng Đảng" when most articles write it so.
struct Spellings {
  std::map<std::string, std::map<std::string, std::pair<int, int>>>
      counts;  // key → spelling → (count, -first)
  int seen = 0;
  void add(const std::string& key, const std::string& spelling) {
    auto& c = counts[key][spelling];
    if (c.first++ == 0) c.second = -seen;
    ++seen;
  }
  std::string best(const std::string& key) const {
    const auto& m = counts.at(key);
    auto it = std::max_element(m.begin(), m.end(),
                               [](const auto& a, const auto& b) { return a.second < b.second; });
    return it->first;
  }
};

struct ChapterDraft {
  std::string title;
  std::vector<int> members;  // input indices
};

struct Drafting {
  std::vector<ChapterDraft> chapters;         // in book order; some may be empty
  std::vector<int> leftovers;                 // input indices that matched no chapter
  std::vector<std::string> leftover_lacking;  // per input index: "topic", "date" or ""
};

// Explicit chapters (first match wins, others in also_matched, rules that match nothing
// noted), or automatic ones by topic, month, quarter or none. art[i] == nullptr: input i is
// not in the running; keys[i] its folded keys.
Drafting draft_chapters(const BookSpec& spec, const std::vector<const Article*>& art,
                        const std::vector<ArticleKeys>& keys, BuildReport& rep,
                        const std::string& spec_name);

}  // namespace tuyentap::book
