// The compiler: every input's fate, in steps a clerk can follow in the report —
// select (readable? → excluded by the spec? → in the period? → through the filter?)
// → de-duplicate → chapter → order → report — then the Book from the chapters.
#include "book/compile.h"

#include <algorithm>

#include "base/error.h"
#include "book/abbrev.h"
#include "book/account.h"
#include "book/chapters.h"
#include "book/dedup.h"
#include "book/match.h"
#include "book/order.h"
#include "book/photo_count.h"
#include "book/select.h"
#include "book/slug.h"
#include "text/collate.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

std::string date_range_label(const std::vector<const Article*>& arts) {
  std::optional<Date> lo, hi;
  for (const Article* a : arts) {
    if (!a || !a->date) continue;
    if (!lo || *a->date < *lo) lo = a->date;
    if (!hi || *hi < *a->date) hi = a->date;
  }
  if (!lo) return {};
  if (*lo == *hi) return vi_short_date(*lo);
  return vi_short_date(*lo) + " – " + vi_short_date(*hi);
}

// The book must say something: no article at all is an error the clerk must fix, and the
// message says which step left nothing.
// How many inputs each reason took out of the running.
int count_left_out(const book::Selection& sel, Reason r) {
  int n = 0;
  for (const auto& why : sel.left_out) n += why && why->reason == r;
  return n;
}

std::string joined(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : ", ") + x;
  return s;
}

// An empty book names the step that emptied it, and counts only the articles that reached
// that step: the clerk who filters December by topic hears about December's articles, not
// the year's.
void check_not_empty(const BookSpec& spec, const book::Inputs& in, const book::Selection& sel,
                     const std::vector<book::ChapterDraft>& chapters, size_t archive_skipped) {
  for (const auto& d : chapters) {
    if (!d.members.empty()) return;
  }
  if (sel.readable == 0) {
    throw Error(
        "none of the " + std::to_string(in.size() + archive_skipped) +
            " input files could be read as an article",
        spec.file, 0,
        "check the archive paths given to tuyentap; `tuyentap scan` lists what each file is");
  }
  const int excluded = count_left_out(sel, Reason::Excluded);
  if (excluded == sel.readable) {
    throw Error("no article is left for the book: the exclude list leaves out all " +
                    std::to_string(excluded) + " articles read",
                spec.file, 0, "check [select] exclude in the book spec");
  }
  if (sel.in_period == 0 && (spec.period.from || spec.period.to)) {
    std::string range = date_range_label(in.articles);
    throw Error("no article falls in the period " + spec.period.label + " (" +
                    std::to_string(sel.readable) + " articles read" +
                    (range.empty() ? ", none dated" : ", dated " + range) + ")",
                spec.file, 0, "check [period] in the book spec, or the archive given");
  }
  const std::string period = std::to_string(sel.in_period);
  if (count_left_out(sel, Reason::NotInTopics) == sel.in_period) {
    throw Error("no article is left for the book: the topic filter (" + joined(spec.topics) +
                    ") leaves out all " + period + " articles of the period",
                spec.file, 0,
                "`tuyentap scan` lists the archive's topics; check --topic or [select] topics");
  }
  if (count_left_out(sel, Reason::FilteredOut) == sel.in_period) {
    throw Error(
        "no article is left for the book: the filter of topics, keywords and authors "
        "leaves out all " +
            period + " articles of the period",
        spec.file, 0,
        "check --topic, --keyword, --author or [select] in the book spec; "
        "`tuyentap scan` lists what the archive holds");
  }
  throw Error("no article is left for the book: no chapter takes any of the " + period +
                  " articles of the period that pass the filter",
              spec.file, 0,
              "see the report (`tuyentap build --plan`) for each article's reason; loosen "
              "the chapters' rules or set leftovers = \"other-chapter\"");
}

std::string years_title(int first, int last) {
  return "Tuyển tập " + std::to_string(first) + "–" + std::to_string(last);
}

// A title that says the period when the clerk gave none: "Tuyển tập 2019",
// "Tuyển tập Quý I/2019", "Tuyển tập Tháng 3/2019", "Tuyển tập 2010–2019". Without a
// period or a year the articles' own years name it: a book of 2016–2019 articles called
// "Tuyển tập 2019" would hide three of its years.
std::string default_title(const BookSpec& spec, int year,
                          const std::vector<const Article*>& included) {
  const Period& p = spec.period;
  if (p.from && p.to && p.from->year != p.to->year) return years_title(p.from->year, p.to->year);
  if (p.label.rfind("Quý ", 0) == 0 || p.label.rfind("Tháng ", 0) == 0) {
    return "Tuyển tập " + p.label;
  }
  if (!spec.year && !p.from && !p.to) {
    int first = 0;
    for (const Article* a : included) {
      if (a->date && (!first || a->date->year < first)) first = a->date->year;
    }
    if (first && first != year) return years_title(first, year);
  }
  return year ? "Tuyển tập " + std::to_string(year) : "Tuyển tập";
}

// The book's distinct topics, each in its commonest spelling, in Vietnamese order.
std::vector<std::string> book_topics(const std::vector<const Article*>& included) {
  book::Spellings sp;
  std::vector<std::string> topic_keys;
  for (const Article* a : included) {
    std::string key = book::match_key(a->topic, MatchMode::Folded);  // as chapters group
    if (key.empty()) continue;
    if (!sp.counts.count(key)) topic_keys.push_back(key);
    sp.add(key, fold_whitespace(a->topic));
  }
  std::vector<std::string> topics;
  for (const auto& k : topic_keys) topics.push_back(sp.best(k));
  vi_sort(topics);
  return topics;
}

BookMeta book_meta(const BookSpec& spec, const std::vector<const Article*>& included) {
  BookMeta m;
  m.year = spec.year;
  if (!m.year && spec.period.from) m.year = spec.period.from->year;
  if (!m.year && spec.period.to) m.year = spec.period.to->year;
  if (!m.year) {
    for (const Article* a : included) {
      if (a->date) m.year = std::max(m.year, a->date->year);
    }
  }
  m.title = !spec.title.empty() ? spec.title : default_title(spec, m.year, included);
  m.subtitle = spec.subtitle;
  m.publisher = spec.publisher;
  m.place = spec.place;
  m.editor = spec.editor;
  m.internal = spec.internal;
  m.language = spec.language.empty() ? "vi" : spec.language;
  m.period_label = !spec.period.label.empty() ? spec.period.label : date_range_label(included);
  m.cover_image = spec.cover_image.empty() ? "" : spec_relative_path(spec, spec.cover_image);
  m.slug = book_slug(m.title);
  m.captions_without_photo = spec.captions_without_photo;
  m.topics = book_topics(included);
  return m;
}

// The Book: the ordered chapters' articles, the metadata, the preface and the
// abbreviations. The articles are copied (the Book outlives the inputs), or moved out of
// `movable` (the inputs, indexed as `art`) when the caller gives them up: 100,000 articles
// are then not held twice.
Book make_book(const BookSpec& spec, const std::vector<book::ChapterDraft>& chapters,
               const std::vector<const Article*>& art,
               std::vector<std::variant<Article, NotAnArticle>>* movable) {
  Book bk;
  for (const auto& d : chapters) {
    Chapter ch{d.title, {}};
    ch.articles.reserve(d.members.size());
    for (int i : d.members) {
      const auto at = static_cast<size_t>(i);
      if (movable) {
        ch.articles.push_back(std::move(std::get<Article>((*movable)[at])));
      } else {
        ch.articles.push_back(*art[at]);
      }
    }
    bk.chapters.push_back(std::move(ch));
  }
  std::vector<const Article*> included;  // the Book's own, in the same order
  for (const Chapter& ch : bk.chapters)
    for (const Article& a : ch.articles) included.push_back(&a);
  bk.meta = book_meta(spec, included);
  // The preface is the caller's: read at the edge (load/load.h), set on the compiled book.
  bk.abbreviations = book::collect_abbreviations(included);
  return bk;
}

Compiled compile(const BookSpec& spec, const ArchiveContents& archive,
                 const std::vector<std::variant<Article, NotAnArticle>>& articles,
                 std::vector<std::variant<Article, NotAnArticle>>* movable) {
  const std::string spec_name = spec.file.empty() ? "the spec" : spec.file;
  book::Inputs in = book::list_inputs(archive, articles);
  book::Selection sel = book::select_articles(spec, in, spec_name);
  for (auto& [i, why] : book::duplicate_copies(sel.kept, sel.keys, in.files)) {
    sel.leave_out(i, std::move(why));
  }
  book::Drafting drafting = book::draft_chapters(spec, sel.kept, sel.keys, spec_name);
  for (auto& [i, why] : book::place_leftovers(drafting, spec.leftovers, sel.named)) {
    sel.leave_out(i, std::move(why));
  }
  check_not_empty(spec, in, sel, drafting.chapters, archive.skipped.size());
  book::order_chapters(drafting.chapters, spec.order, sel.kept);
  // Every rule has been matched: the keys go before the report is made (swapped with an
  // empty vector: `= {}` would keep their room).
  std::vector<book::ArticleKeys>().swap(sel.keys);
  Compiled out;
  out.report = book::account_for_inputs(in, sel, drafting, archive.skipped);
  out.book = make_book(spec, drafting.chapters, in.articles, movable);
  out.report.photos = book::count_photos(out.book);
  return out;
}

}  // namespace

Compiled compile_book(const BookSpec& spec, const ArchiveContents& archive,
                      const std::vector<std::variant<Article, NotAnArticle>>& articles) {
  return compile(spec, archive, articles, nullptr);
}

Compiled compile_book(const BookSpec& spec, const ArchiveContents& archive,
                      std::vector<std::variant<Article, NotAnArticle>>&& articles) {
  return compile(spec, archive, articles, &articles);
}

}  // namespace tuyentap
