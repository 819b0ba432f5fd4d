// The compiler: every input's fate, in stages a clerk can follow in the report —
// readable? → excluded by the spec? → in the period? → through the filter? → a duplicate?
// → which chapter? → where in it?
#include "book/compile.h"

#include <algorithm>
#include <map>
#include <numeric>

#include "base/error.h"
#include "book/abbrev.h"
#include "book/chapters.h"
#include "book/dedup.h"
#include "book/match.h"
#include "book/parallel.h"
#include "book/slug.h"
#include "text/collate.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

using book::ArticleKeys;
using book::CompiledRule;

const char* const kOtherChapter = "Bài viết khác";

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

bool filter_is_empty(const BookSpec& s) {
  return s.topics.empty() && s.keywords.empty() && s.authors.empty();
}

std::string date_range_label(const std::vector<const Article*>& arts) {
  std::optional<Date> lo, hi;
  for (const Article* a : arts) {
    if (!a->date) continue;
    if (!lo || *a->date < *lo) lo = a->date;
    if (!hi || *hi < *a->date) hi = a->date;
  }
  if (!lo) return {};
  if (*lo == *hi) return vi_short_date(*lo);
  return vi_short_date(*lo) + " – " + vi_short_date(*hi);
}

void sort_members(std::vector<int>& members, Order order, const std::vector<const Article*>& art,
                  const std::vector<std::string>& title_keys) {
  // Undated articles go last in either date order; ties keep input order (stable sort).
  auto date_cmp = [&](int a, int b, bool desc) {
    const Article& x = *art[static_cast<size_t>(a)];
    const Article& y = *art[static_cast<size_t>(b)];
    if (x.date.has_value() != y.date.has_value()) return x.date.has_value() ? -1 : 1;
    if (x.date && *x.date != *y.date) return (*x.date < *y.date) != desc ? -1 : 1;
    std::string tx = x.time.value_or(""), ty = y.time.value_or("");
    if (tx != ty) return (tx < ty) != desc ? -1 : 1;
    return 0;
  };
  std::stable_sort(members.begin(), members.end(), [&](int a, int b) {
    if (order == Order::Title) {
      const auto& ka = title_keys[static_cast<size_t>(a)];
      const auto& kb = title_keys[static_cast<size_t>(b)];
      if (ka != kb) return ka < kb;
      return date_cmp(a, b, false) < 0;
    }
    return date_cmp(a, b, order == Order::DateDesc) < 0;
  });
}

}  // namespace

// A title that says the period when the clerk gave none: "Tuyển tập 2019",
// "Tuyển tập Quý I/2019", "Tuyển tập Tháng 3/2019", "Tuyển tập 2010–2019".
static std::string default_title(const BookSpec& spec, int year) {
  const Period& p = spec.period;
  if (p.from && p.to && p.from->year != p.to->year) {
    return "Tuyển tập " + std::to_string(p.from->year) + "–" + std::to_string(p.to->year);
  }
  if (p.label.rfind("Quý ", 0) == 0 || p.label.rfind("Tháng ", 0) == 0) {
    return "Tuyển tập " + p.label;
  }
  return year ? "Tuyển tập " + std::to_string(year) : "Tuyển tập";
}

Compiled compile_book(const BookSpec& spec, const ArchiveContents& archive,
                      const std::vector<std::variant<Article, NotAnArticle>>& articles) {
  const size_t n = articles.size();
  if (!archive.files.empty() && archive.files.size() != n) {
    throw Error("internal: " + std::to_string(archive.files.size()) + " files but " +
                std::to_string(n) + " read results");
  }
  Compiled out;
  BuildReport& rep = out.report;
  rep.inputs.resize(n);
  std::vector<const Article*> art(n, nullptr);
  for (size_t i = 0; i < n; ++i) {
    InputFate& f = rep.inputs[i];
    if (const auto* a = std::get_if<Article>(&articles[i])) {
      art[i] = a;
      f.file = i < archive.files.size() ? archive.files[i].path : a->file;
      f.id = a->id;
      f.title = a->title;
      f.warnings = a->warnings;
    } else {
      f.file = i < archive.files.size() ? archive.files[i].path : "";
      f.status = Fate::Skipped;
      f.why = {.reason = Reason::NotAnArticle,
               .reader_says = std::get<NotAnArticle>(articles[i]).reason};
    }
  }
  auto exclude = [&](size_t i, LeftOut why) {
    rep.inputs[i].status = Fate::Excluded;
    rep.inputs[i].why = std::move(why);
    art[i] = nullptr;  // out of the running
  };

  // The spec's include and exclude lists; an entry that names nothing is worth a note.
  std::vector<bool> forced(n, false);
  std::vector<bool> include_used(spec.include.size()), exclude_used(spec.exclude.size());
  const std::string spec_name = spec.file.empty() ? "the spec" : spec.file;
  for (size_t i = 0; i < n; ++i) {
    if (!art[i]) continue;
    for (size_t e = 0; e < spec.exclude.size(); ++e) {
      if (names(spec.exclude[e], art[i]->id, rep.inputs[i].file)) exclude_used[e] = true;
    }
    for (size_t e = 0; e < spec.include.size(); ++e) {
      if (names(spec.include[e], art[i]->id, rep.inputs[i].file))
        include_used[e] = true, forced[i] = true;
    }
  }
  for (size_t e = 0; e < spec.include.size(); ++e) {
    if (!include_used[e])
      rep.notes.push_back("include '" + spec.include[e] + "' (" + spec_name +
                          ") names no article read");
  }
  for (size_t e = 0; e < spec.exclude.size(); ++e) {
    if (!exclude_used[e])
      rep.notes.push_back("exclude '" + spec.exclude[e] + "' (" + spec_name +
                          ") names no article read");
  }

  // Period, then the spec's global filter. Folded keys are made once, for survivors only.
  const bool bounded = spec.period.from || spec.period.to;
  bool need_exact = spec.match == MatchMode::Exact && !filter_is_empty(spec);
  bool need_exact_text = spec.match == MatchMode::Exact && !spec.keywords.empty();
  for (const auto& c : spec.chapters) {
    need_exact = need_exact || c.match == MatchMode::Exact;
    need_exact_text = need_exact_text || (c.match == MatchMode::Exact && !c.keywords.empty());
  }
  CompiledRule filter = book::compile_rule(spec.topics, spec.keywords, spec.keyword_mode,
                                           spec.authors, spec.match, spec.all_criteria);
  std::vector<ArticleKeys> keys(n);
  int readable = 0, in_period = 0;
  for (size_t i = 0; i < n; ++i) {
    if (!art[i]) continue;
    ++readable;
    const Article& a = *art[i];
    auto excluded_by = std::find_if(spec.exclude.begin(), spec.exclude.end(),
                                    [&](auto& e) { return names(e, a.id, rep.inputs[i].file); });
    if (excluded_by != spec.exclude.end()) {
      if (forced[i])
        rep.notes.push_back(rep.inputs[i].file +
                            " is both included and excluded by the spec: left out");
      exclude(i, {.reason = Reason::Excluded, .exclude_entry = *excluded_by});
      continue;
    }
    bool outside = bounded && (!a.date || !spec.period.contains(*a.date));
    LeftOut outside_why = a.date ? LeftOut{.reason = Reason::OutsidePeriod, .date = a.date}
                                 : LeftOut{.reason = Reason::NoDate};
    if (outside && !forced[i]) {
      exclude(i, outside_why);
      continue;
    }
    if (outside) {
      std::string why =
          (a.date ? reason_text(outside_why) : "undated") + " but included by the spec";
      rep.notes.push_back(rep.inputs[i].file + " (" + a.id + ") is " + why);
      rep.inputs[i].warnings.push_back(why);  // the input's own entry says so too
    } else {
      ++in_period;
    }
  }
  // Folding is most of the compiler's work: spread it over the cores.
  book::parallel_for(n, [&](size_t i) {
    if (art[i]) keys[i] = book::make_keys(*art[i], need_exact, need_exact_text);
  });
  for (size_t i = 0; i < n; ++i) {
    if (art[i] && !filter.empty() && !forced[i] && !book::matches(filter, keys[i])) {
      bool topics_only = spec.keywords.empty() && spec.authors.empty();
      exclude(i, {.reason = topics_only ? Reason::NotInTopics : Reason::FilteredOut});
    }
  }

  // Duplicates among the survivors.
  {
    std::vector<size_t> idx;
    std::vector<book::DedupItem> items;
    for (size_t i = 0; i < n; ++i) {
      if (!art[i]) continue;
      idx.push_back(i);
      items.push_back({art[i]->id, keys[i].title[0], art[i]->date ? art[i]->date->iso() : "",
                       &keys[i].body[0], static_cast<int>(art[i]->warnings.size())});
    }
    std::vector<int> dup = book::find_duplicates(items);
    for (size_t k = 0; k < idx.size(); ++k) {
      if (dup[k] < 0) continue;
      size_t kept = idx[static_cast<size_t>(dup[k])];
      exclude(idx[k], {.reason = Reason::Duplicate,
                       .duplicate_of = art[kept]->id,
                       .duplicate_file = rep.inputs[kept].file});
    }
  }

  // Chapters.
  book::Drafting drafting = book::draft_chapters(spec, art, keys, rep, spec_name);
  std::vector<book::ChapterDraft>& drafts = drafting.chapters;
  std::vector<int>& leftovers = drafting.leftovers;
  std::vector<std::string>& leftover_lacking = drafting.leftover_lacking;
  std::erase_if(drafts, [](const book::ChapterDraft& d) { return d.members.empty(); });

  // Leftovers: a last chapter, or out with a reason. Articles the spec names always stay.
  book::ChapterDraft other{kOtherChapter, {}};
  for (int i : leftovers) {
    auto u = static_cast<size_t>(i);
    if (spec.leftovers == Leftovers::OtherChapter || forced[u]) {
      other.members.push_back(i);
    } else {
      exclude(u, {.reason = Reason::NoChapter, .lacking = leftover_lacking[u]});
    }
  }
  if (!other.members.empty()) {
    // A spec chapter already called "Bài viết khác" takes them, rather than a second one.
    auto same = std::find_if(drafts.begin(), drafts.end(), [](const book::ChapterDraft& d) {
      return fold_exact(d.title) == fold_exact(kOtherChapter);
    });
    if (same != drafts.end()) {
      same->members.insert(same->members.end(), other.members.begin(), other.members.end());
    } else {
      drafts.push_back(std::move(other));
    }
  }

  // The book must say something: no article at all is an error the clerk must fix.
  size_t total = 0;
  for (auto& d : drafts) total += d.members.size();
  if (total == 0) {
    std::vector<const Article*> all;
    for (const auto& v : articles) {
      if (const auto* a = std::get_if<Article>(&v)) all.push_back(a);
    }
    if (readable == 0) {
      throw Error(
          "none of the " + std::to_string(n + archive.skipped.size()) +
              " input files could be read as an article",
          spec.file, 0,
          "check the archive paths given to tuyentap; `tuyentap scan` lists what each file is");
    }
    if (in_period == 0 && bounded) {
      std::string range = date_range_label(all);
      throw Error("no article falls in the period " + spec.period.label + " (" +
                      std::to_string(readable) + " articles read" +
                      (range.empty() ? ", none dated" : ", dated " + range) + ")",
                  spec.file, 0, "check [period] in the book spec, or the archive given");
    }
    throw Error("no article is left for the book: the spec's filters and rules leave out all " +
                    std::to_string(readable) + " articles",
                spec.file, 0,
                "see the report (`tuyentap build --plan`) for each article's reason; loosen "
                "[select] or the chapters");
  }

  // Order within chapters, then fill the book and the report.
  std::vector<std::string> title_keys;
  if (spec.order == Order::Title) {
    title_keys.resize(n);
    for (size_t i = 0; i < n; ++i) {
      if (art[i]) title_keys[i] = vi_sort_key(art[i]->title);
    }
  }
  Book& bk = out.book;
  std::vector<const Article*> included;
  for (auto& d : drafts) {
    sort_members(d.members, spec.order, art, title_keys);
    Chapter ch{d.title, {}};
    std::vector<std::string> ids;
    int pos = 0;
    for (int i : d.members) {
      auto u = static_cast<size_t>(i);
      ch.articles.push_back(*art[u]);
      included.push_back(art[u]);
      ids.push_back(art[u]->id);
      InputFate& f = rep.inputs[u];
      f.status = Fate::Included;
      f.chapter = d.title;
      f.position = ++pos;
    }
    rep.chapter_titles.push_back(d.title);
    rep.chapter_ids.push_back(std::move(ids));
    bk.chapters.push_back(std::move(ch));
  }

  // Files the archive reader could not use come last: they have no place in input order.
  for (const auto& s : archive.skipped) {
    InputFate f;
    f.file = s.path;
    f.status = Fate::Skipped;
    f.why = {.reason = Reason::Unreadable, .reader_says = s.reason};
    rep.inputs.push_back(std::move(f));
  }
  for (const auto& f : rep.inputs) {
    (f.status == Fate::Included   ? rep.included
     : f.status == Fate::Excluded ? rep.excluded
                                  : rep.skipped)++;
  }

  // Metadata.
  BookMeta& m = bk.meta;
  m.year = spec.year;
  if (!m.year && spec.period.from) m.year = spec.period.from->year;
  if (!m.year && spec.period.to) m.year = spec.period.to->year;
  if (!m.year) {
    for (const Article* a : included) {
      if (a->date) m.year = std::max(m.year, a->date->year);
    }
  }
  m.title = !spec.title.empty() ? spec.title : default_title(spec, m.year);
  m.subtitle = spec.subtitle;
  m.publisher = spec.publisher;
  m.place = spec.place;
  m.editor = spec.editor;
  m.language = spec.language.empty() ? "vi" : spec.language;
  m.period_label = !spec.period.label.empty() ? spec.period.label : date_range_label(included);
  m.cover_image = spec.cover_image.empty() ? "" : spec_relative_path(spec, spec.cover_image);
  m.slug = book_slug(m.title);
  {
    book::Spellings sp;
    std::vector<std::string> topic_keys;
    for (const Article* a : included) {
      std::string key = book::match_key(a->topic, MatchMode::Folded);  // as chapters group
      if (key.empty()) continue;
      if (!sp.counts.count(key)) topic_keys.push_back(key);
      sp.add(key, fold_whitespace(a->topic));
    }
    for (const auto& k : topic_keys) m.topics.push_back(sp.best(k));
    vi_sort(m.topics);
  }
  bk.preface = read_preface(spec);
  bk.abbreviations = book::collect_abbreviations(included);
  return out;
}

}  // namespace tuyentap
