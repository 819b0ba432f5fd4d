#include "book/chapters.h"

#include <algorithm>
#include <cstdio>

#include "base/error.h"
#include "text/collate.h"
#include "text/normalize.h"

namespace tuyentap::book {

namespace {

const char* const kOtherChapter = "Bài viết khác";

// A rule that selects nothing at all is a mistake in the spec (a misspelt topic, a keyword
// no article has): stop and say where, rather than print a book without the chapter the
// clerk asked for. A rule whose articles all went to earlier chapters is only worth a note.
void check_rules_used(const BookSpec& spec, const Drafting& d, const std::vector<bool>& matched_any,
                      const std::string& spec_name, std::vector<std::string>& notes) {
  for (size_t c = 0; c < spec.chapters.size(); ++c) {
    const ChapterRule& rule = spec.chapters[c];
    if (!matched_any[c]) {
      throw Error("chapter '" + rule.title + "' matches no article of the period", spec.file,
                  rule.line,
                  "check its topics, keywords and authors against `tuyentap scan`, "
                  "or remove the chapter");
    }
    if (d.chapters[c].members.empty()) {
      notes.push_back("chapter rule '" + rule.title + "' (" + spec_name + ":" +
                      std::to_string(rule.line) +
                      ") matched only articles of earlier chapters: it is left out");
    }
  }
}

// By month or quarter: `key` gives a chronological key and the chapter title of a date.
template <typename Key>
Drafting chapters_by_date(const std::vector<const Article*>& art, Key&& key) {
  Drafting out;
  std::map<int, size_t> chapter_of;  // chronological key → draft
  for (size_t i = 0; i < art.size(); ++i) {
    if (!art[i]) continue;
    if (!art[i]->date) {
      out.leftovers.push_back({static_cast<int>(i), "date"});
      continue;
    }
    auto [k, title] = key(*art[i]->date);
    auto [it, fresh] = chapter_of.emplace(k, out.chapters.size());
    if (fresh) out.chapters.push_back({std::move(title), {}});
    out.chapters[it->second].members.push_back(static_cast<int>(i));
  }
  std::vector<ChapterDraft> sorted;
  for (auto& [k, d] : chapter_of) sorted.push_back(std::move(out.chapters[d]));
  out.chapters = std::move(sorted);
  return out;
}

}  // namespace

Drafting chapters_by_rules(const BookSpec& spec, const std::vector<const Article*>& art,
                           const std::vector<ArticleKeys>& keys, const std::string& spec_name) {
  Drafting out;
  std::vector<CompiledRule> rules;
  for (const auto& c : spec.chapters) {
    rules.push_back(compile_rule(c));
    out.chapters.push_back({c.title, {}});
  }
  std::vector<bool> matched_any(rules.size(), false);
  for (size_t i = 0; i < art.size(); ++i) {
    if (!art[i]) continue;
    int first = -1;
    for (size_t c = 0; c < rules.size(); ++c) {
      if (!matches(rules[c], keys[i])) continue;
      matched_any[c] = true;
      if (first < 0) {
        first = static_cast<int>(c);
      } else {
        out.also_matched.emplace_back(static_cast<int>(i), spec.chapters[c].title);
      }
    }
    if (first >= 0) {
      out.chapters[static_cast<size_t>(first)].members.push_back(static_cast<int>(i));
    } else {
      out.leftovers.push_back({static_cast<int>(i), ""});
    }
  }
  check_rules_used(spec, out, matched_any, spec_name, out.notes);
  return out;
}

Drafting chapters_by_topic(const std::vector<const Article*>& art,
                           const std::vector<ArticleKeys>& keys,
                           const std::vector<std::string>& topic_order) {
  Drafting out;
  Spellings sp;
  std::map<std::string, size_t> chapter_of;  // folded topic → draft
  for (size_t i = 0; i < art.size(); ++i) {
    if (!art[i]) continue;
    const std::string& topic = keys[i].topic[0];
    if (topic.empty()) {
      out.leftovers.push_back({static_cast<int>(i), "topic"});
      continue;
    }
    sp.add(topic, fold_whitespace(art[i]->topic));
    auto [it, fresh] = chapter_of.emplace(topic, out.chapters.size());
    if (fresh) out.chapters.emplace_back();
    out.chapters[it->second].members.push_back(static_cast<int>(i));
  }
  // Title each chapter with its commonest spelling; order by the topic list, then vi.
  std::vector<std::pair<std::string, size_t>> order;  // (sort key, draft)
  for (auto& [key, d] : chapter_of) {
    out.chapters[d].title = sp.best(key);
    size_t rank = topic_order.size();
    for (size_t t = 0; t < topic_order.size(); ++t) {
      if (match_key(topic_order[t], MatchMode::Folded) == key) rank = std::min(rank, t);
    }
    char prefix[16];
    std::snprintf(prefix, sizeof prefix, "%08zu", rank);
    order.emplace_back(prefix + vi_sort_key(out.chapters[d].title), d);
  }
  std::sort(order.begin(), order.end());
  std::vector<ChapterDraft> sorted;
  for (auto& [k, d] : order) sorted.push_back(std::move(out.chapters[d]));
  out.chapters = std::move(sorted);
  return out;
}

Drafting chapters_by_month(const std::vector<const Article*>& art) {
  return chapters_by_date(art, [](const Date& d) {
    return std::pair{d.year * 100 + d.month, vi_month_title(d.year, d.month)};
  });
}

Drafting chapters_by_quarter(const std::vector<const Article*>& art) {
  return chapters_by_date(art, [](const Date& d) {
    return std::pair{d.year * 10 + d.quarter(), vi_quarter_title(d.year, d.quarter())};
  });
}

Drafting one_chapter(const std::vector<const Article*>& art, const std::string& title) {
  Drafting out;
  out.chapters.push_back({title, {}});
  for (size_t i = 0; i < art.size(); ++i) {
    if (art[i]) out.chapters[0].members.push_back(static_cast<int>(i));
  }
  return out;
}

Drafting draft_chapters(const BookSpec& spec, const std::vector<const Article*>& art,
                        const std::vector<ArticleKeys>& keys, const std::string& spec_name) {
  if (!spec.chapters.empty()) return chapters_by_rules(spec, art, keys, spec_name);
  switch (spec.by) {
    case AutoChapters::Topic:
      return chapters_by_topic(art, keys, spec.topics);
    case AutoChapters::Month:
      return chapters_by_month(art);
    case AutoChapters::Quarter:
      return chapters_by_quarter(art);
    case AutoChapters::None:
      break;
  }
  return one_chapter(art, spec.period.label.empty() ? "Các bài viết" : spec.period.label);
}

std::vector<std::pair<size_t, LeftOut>> place_leftovers(Drafting& drafting, Leftovers policy,
                                                        const std::vector<bool>& named) {
  std::vector<ChapterDraft>& chapters = drafting.chapters;
  std::erase_if(chapters, [](const ChapterDraft& d) { return d.members.empty(); });
  ChapterDraft other{kOtherChapter, {}};
  std::vector<std::pair<size_t, LeftOut>> left_out;
  for (const Leftover& l : drafting.leftovers) {
    auto i = static_cast<size_t>(l.input);
    if (policy == Leftovers::OtherChapter || named[i]) {
      other.members.push_back(l.input);
    } else {
      left_out.emplace_back(i, LeftOut{.reason = Reason::NoChapter, .lacking = l.lacking});
    }
  }
  if (other.members.empty()) return left_out;
  // A spec chapter already called "Bài viết khác" takes them, rather than a second one.
  auto same = std::find_if(chapters.begin(), chapters.end(), [](const ChapterDraft& d) {
    return fold_exact(d.title) == fold_exact(kOtherChapter);
  });
  if (same != chapters.end()) {
    same->members.insert(same->members.end(), other.members.begin(), other.members.end());
  } else {
    chapters.push_back(std::move(other));
  }
  return left_out;
}

}  // namespace tuyentap::book
