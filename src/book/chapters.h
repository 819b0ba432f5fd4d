// Internal to book/: the compiler's chapter step — grouping the articles still in the
// running into chapters, before ordering. One strategy per way of making chapters, each
// returning its draft; the report step writes what they found into the report.
#pragma once

#include <algorithm>
#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "article/article.h"
#include "book/fate.h"
#include "book/match.h"
#include "book/spec.h"

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

struct Leftover {
  int input = 0;        // input index
  std::string lacking;  // "topic" or "date" when chapters go by what the article lacks, or ""
};

struct Drafting {
  std::vector<ChapterDraft> chapters;  // in book order; some may be empty
  std::vector<Leftover> leftovers;     // articles no chapter took, in input order
  // (input index, title of a later chapter whose rule it matched too), for the report
  std::vector<std::pair<int, std::string>> also_matched;
  std::vector<std::string> notes;  // rules whose articles all went to earlier chapters
};

// art[i] == nullptr: input i is not in the running; keys[i] its folded keys.

// Explicit chapters, in spec order: an article goes to the first rule it matches. Throws
// Error (the spec's file and the rule's line) for a rule that matches no article at all.
// spec_name names the spec in notes.
Drafting chapters_by_rules(const BookSpec& spec, const std::vector<const Article*>& art,
                           const std::vector<ArticleKeys>& keys, const std::string& spec_name);
// One chapter per folded topic, titled with its commonest spelling, in the order of the
// spec's topic list, then Vietnamese order. Articles with no topic are leftovers.
Drafting chapters_by_topic(const std::vector<const Article*>& art,
                           const std::vector<ArticleKeys>& keys,
                           const std::vector<std::string>& topic_order);
// One chapter per month ("Tháng 1/2019") or quarter ("Quý I/2019"), chronological.
// Undated articles are leftovers.
Drafting chapters_by_month(const std::vector<const Article*>& art);
Drafting chapters_by_quarter(const std::vector<const Article*>& art);
// Every article in one chapter with the given title.
Drafting one_chapter(const std::vector<const Article*>& art, const std::string& title);

// The strategy the spec asks for: its explicit chapters when it has any, else spec.by.
Drafting draft_chapters(const BookSpec& spec, const std::vector<const Article*>& art,
                        const std::vector<ArticleKeys>& keys, const std::string& spec_name);

// Drops empty chapters, then settles the leftovers: into a last chapter "Bài viết khác"
// (a spec chapter of that name, or a new one) when the spec says so or its include list
// names them (named[i]); the others are returned, to be left out for NoChapter.
std::vector<std::pair<std::size_t, LeftOut>> place_leftovers(Drafting& drafting, Leftovers policy,
                                                             const std::vector<bool>& named);

}  // namespace tuyentap::book
