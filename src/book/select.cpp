#include "book/select.h"

#include <algorithm>

#include "base/error.h"
#include "base/parallel.h"

namespace tuyentap::book {

namespace {

// An include/exclude entry names an article by id or by file; a file may be written as
// the clerk sees it inside the archive ("2019/a.txt" for "arch.zip!2019/a.txt").
bool names(const std::string& entry, const std::string& id, const std::string& file) {
  if (entry == id) return true;
  if (entry == file) return true;
  if (file.size() > entry.size() && file.ends_with(entry)) {
    char before = file[file.size() - entry.size() - 1];
    return before == '/' || before == '!' || before == '\\';
  }
  return false;
}

// The include list marks articles as named; an entry of either list that names no article
// read is worth a note.
void apply_include(const BookSpec& spec, const Inputs& in, const std::string& spec_name,
                   Selection& sel) {
  std::vector<bool> include_used(spec.include.size()), exclude_used(spec.exclude.size());
  for (size_t i = 0; i < in.size(); ++i) {
    if (!sel.kept[i]) continue;
    for (size_t e = 0; e < spec.exclude.size(); ++e) {
      if (names(spec.exclude[e], sel.kept[i]->id, in.files[i])) exclude_used[e] = true;
    }
    for (size_t e = 0; e < spec.include.size(); ++e) {
      if (names(spec.include[e], sel.kept[i]->id, in.files[i]))
        include_used[e] = true, sel.named[i] = true;
    }
  }
  for (size_t e = 0; e < spec.include.size(); ++e) {
    if (!include_used[e])
      sel.notes.push_back("include '" + spec.include[e] + "' (" + spec_name +
                          ") names no article read");
  }
  for (size_t e = 0; e < spec.exclude.size(); ++e) {
    if (!exclude_used[e])
      sel.notes.push_back("exclude '" + spec.exclude[e] + "' (" + spec_name +
                          ") names no article read");
  }
}

// The exclude list, then the period; a named article outside the period stays, with a
// note and a warning on its own entry.
void apply_exclude_and_period(const BookSpec& spec, const Inputs& in, Selection& sel) {
  const bool bounded = spec.period.from || spec.period.to;
  for (size_t i = 0; i < in.size(); ++i) {
    if (!sel.kept[i]) continue;
    const Article& a = *sel.kept[i];
    auto excluded_by = std::find_if(spec.exclude.begin(), spec.exclude.end(),
                                    [&](auto& e) { return names(e, a.id, in.files[i]); });
    if (excluded_by != spec.exclude.end()) {
      if (sel.named[i])
        sel.notes.push_back(in.files[i] + " is both included and excluded by the spec: left out");
      sel.leave_out(i, {.reason = Reason::Excluded, .exclude_entry = *excluded_by});
      continue;
    }
    bool outside = bounded && (!a.date || !spec.period.contains(*a.date));
    if (!outside) {
      ++sel.in_period;
      continue;
    }
    LeftOut why = a.date ? LeftOut{.reason = Reason::OutsidePeriod, .date = a.date}
                         : LeftOut{.reason = Reason::NoDate};
    if (!sel.named[i]) {
      sel.leave_out(i, why);
      continue;
    }
    std::string warning = (a.date ? reason_text(why) : "undated") + kIncludedBySpec;
    sel.notes.push_back(in.files[i] + " (" + a.id + ") is " + warning);
    sel.warnings[i].push_back(warning);  // the input's own entry says so too
  }
}

// Folded keys for the articles still in the running: the exact ones only when a rule
// matches exactly, since fold_exact is the slow path. Folding is most of the compiler's
// work: it is spread over the cores.
void make_all_keys(const BookSpec& spec, Selection& sel) {
  bool filter = !spec.topics.empty() || !spec.keywords.empty() || !spec.authors.empty();
  bool need_exact = spec.match == MatchMode::Exact && filter;
  bool need_exact_text = spec.match == MatchMode::Exact && !spec.keywords.empty();
  // The duplicate finder folds the bodies again as it needs them (book/dedup.h): kept for
  // 100,000 articles, their keys would be most of the compiler's memory.
  bool need_body = !spec.keywords.empty();
  for (const auto& c : spec.chapters) {
    need_exact = need_exact || c.match == MatchMode::Exact;
    need_exact_text = need_exact_text || (c.match == MatchMode::Exact && !c.keywords.empty());
    need_body = need_body || !c.keywords.empty();
  }
  sel.keys.resize(sel.kept.size());
  // Folding is most of the compiler's work: spread it over the cores.
  parallel_for(sel.kept.size(),
               [&](size_t i) {
                 if (sel.kept[i])
                   sel.keys[i] = make_keys(*sel.kept[i], need_exact, need_exact_text, need_body);
               },
               {.chunk = 16, .items_per_thread = 64});
}

void apply_filter(const BookSpec& spec, Selection& sel) {
  CompiledRule filter = compile_rule(spec.topics, spec.keywords, spec.keyword_mode, spec.authors,
                                     spec.match, spec.all_criteria);
  if (filter.empty()) return;
  bool topics_only = spec.keywords.empty() && spec.authors.empty();
  for (size_t i = 0; i < sel.kept.size(); ++i) {
    if (sel.kept[i] && !sel.named[i] && !matches(filter, sel.keys[i])) {
      sel.leave_out(i, {.reason = topics_only ? Reason::NotInTopics : Reason::FilteredOut});
    }
  }
}

}  // namespace

Inputs list_inputs(const ArchiveContents& archive,
                   const std::vector<std::variant<Article, NotAnArticle>>& articles) {
  const size_t n = articles.size();
  if (!archive.files.empty() && archive.files.size() != n) {
    throw Error("internal: " + std::to_string(archive.files.size()) + " files but " +
                std::to_string(n) + " read results");
  }
  Inputs in;
  in.files.resize(n);
  in.articles.resize(n, nullptr);
  in.not_articles.resize(n);
  for (size_t i = 0; i < n; ++i) {
    const auto* a = std::get_if<Article>(&articles[i]);
    in.articles[i] = a;
    in.files[i] = i < archive.files.size() ? archive.files[i].path : a ? a->file : "";
    if (!a) in.not_articles[i] = std::get<NotAnArticle>(articles[i]);
  }
  return in;
}

Selection select_articles(const BookSpec& spec, const Inputs& in, const std::string& spec_name) {
  const size_t n = in.size();
  Selection sel;
  sel.kept = in.articles;
  sel.named.resize(n, false);
  sel.left_out.resize(n);
  sel.warnings.resize(n);
  for (size_t i = 0; i < n; ++i) {
    if (in.articles[i]) {
      ++sel.readable;
    } else {
      sel.left_out[i] = LeftOut{.reason = not_article_reason(in.not_articles[i].kind),
                                .reader_says = in.not_articles[i].reason};
    }
  }
  apply_include(spec, in, spec_name, sel);
  apply_exclude_and_period(spec, in, sel);
  make_all_keys(spec, sel);
  apply_filter(spec, sel);
  return sel;
}

}  // namespace tuyentap::book
