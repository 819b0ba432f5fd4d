#include "book/chapters.h"

#include <algorithm>
#include <cstdio>

#include "base/error.h"
#include "text/collate.h"
#include "text/normalize.h"

namespace tuyentap::book {

Drafting draft_chapters(const BookSpec& spec, const std::vector<const Article*>& art,
                        const std::vector<ArticleKeys>& keys, BuildReport& rep,
                        const std::string& spec_name) {
  const size_t n = art.size();
  Drafting out;
  out.leftover_lacking.resize(n);
  std::vector<ChapterDraft>& drafts = out.chapters;
  std::vector<int>& leftovers = out.leftovers;
  std::vector<std::string>& leftover_lacking = out.leftover_lacking;
  auto place = [&](size_t i, size_t chapter) {
    drafts[chapter].members.push_back(static_cast<int>(i));
  };
  if (!spec.chapters.empty()) {
    std::vector<CompiledRule> rules;
    for (const auto& c : spec.chapters) rules.push_back(compile_rule(c));
    drafts.resize(rules.size());
    for (size_t c = 0; c < rules.size(); ++c) drafts[c].title = spec.chapters[c].title;
    std::vector<bool> matched_any(rules.size(), false);
    for (size_t i = 0; i < n; ++i) {
      if (!art[i]) continue;
      int first = -1;
      for (size_t c = 0; c < rules.size(); ++c) {
        if (!matches(rules[c], keys[i])) continue;
        matched_any[c] = true;
        if (first < 0) {
          first = static_cast<int>(c);
        } else {
          rep.inputs[i].also_matched.push_back(spec.chapters[c].title);
        }
      }
      if (first >= 0) {
        place(i, static_cast<size_t>(first));
      } else {
        leftovers.push_back(static_cast<int>(i));
      }
    }
    for (size_t c = 0; c < rules.size(); ++c) {
      // A rule that selects nothing at all is a mistake in the spec (a misspelt topic, a
      // keyword no article has): stop and say where, rather than print a book without
      // the chapter the clerk asked for. A rule whose articles all went to earlier
      // chapters is only worth a note.
      if (!matched_any[c]) {
        throw Error("chapter '" + drafts[c].title + "' matches no article of the period", spec.file,
                    spec.chapters[c].line,
                    "check its topics, keywords and authors against `tuyentap scan`, "
                    "or remove the chapter");
      }
      if (drafts[c].members.empty()) {
        rep.notes.push_back("chapter rule '" + drafts[c].title + "' (" + spec_name + ":" +
                            std::to_string(spec.chapters[c].line) +
                            ") matched only articles of earlier chapters: it is left out");
      }
    }
  } else if (spec.by == AutoChapters::Topic) {
    Spellings sp;
    std::map<std::string, size_t> chapter_of;
    for (size_t i = 0; i < n; ++i) {
      if (!art[i]) continue;
      if (keys[i].topic[0].empty()) {
        leftovers.push_back(static_cast<int>(i));
        leftover_lacking[i] = "topic";
        continue;
      }
      sp.add(keys[i].topic[0], fold_whitespace(art[i]->topic));
      auto [it, fresh] = chapter_of.emplace(keys[i].topic[0], drafts.size());
      if (fresh) drafts.emplace_back();
      place(i, it->second);
    }
    // Title each chapter with its commonest spelling; order by the spec's topic list, then vi.
    std::vector<std::pair<std::string, size_t>> order;  // (sort key, draft)
    for (auto& [key, d] : chapter_of) {
      drafts[d].title = sp.best(key);
      size_t rank = spec.topics.size();
      for (size_t t = 0; t < spec.topics.size(); ++t) {
        if (match_key(spec.topics[t], MatchMode::Folded) == key) rank = std::min(rank, t);
      }
      char prefix[16];
      std::snprintf(prefix, sizeof prefix, "%08zu", rank);
      order.emplace_back(prefix + vi_sort_key(drafts[d].title), d);
    }
    std::sort(order.begin(), order.end());
    std::vector<ChapterDraft> sorted;
    for (auto& [k, d] : order) sorted.push_back(std::move(drafts[d]));
    drafts = std::move(sorted);
  } else if (spec.by == AutoChapters::Month || spec.by == AutoChapters::Quarter) {
    const bool by_month = spec.by == AutoChapters::Month;
    std::map<int, size_t> chapter_of;  // year*100+month or year*10+quarter: chronological
    for (size_t i = 0; i < n; ++i) {
      if (!art[i]) continue;
      if (!art[i]->date) {
        leftovers.push_back(static_cast<int>(i));
        leftover_lacking[i] = "date";
        continue;
      }
      const Date& d = *art[i]->date;
      int k = by_month ? d.year * 100 + d.month : d.year * 10 + d.quarter();
      auto [it, fresh] = chapter_of.emplace(k, drafts.size());
      if (fresh) {
        drafts.push_back(
            {by_month ? vi_month_title(d.year, d.month) : vi_quarter_title(d.year, d.quarter()),
             {}});
      }
      place(i, it->second);
    }
    std::vector<ChapterDraft> sorted;
    for (auto& [k, d] : chapter_of) sorted.push_back(std::move(drafts[d]));
    drafts = std::move(sorted);
  } else {
    drafts.push_back({spec.period.label.empty() ? "Các bài viết" : spec.period.label, {}});
    for (size_t i = 0; i < n; ++i) {
      if (art[i]) place(i, 0);
    }
  }
  return out;
}

}  // namespace tuyentap::book
