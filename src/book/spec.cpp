// book.toml → BookSpec. Every mistake a clerk can make in the file (a misspelt key, a bad
// date, an empty period, a preface file that is not there) stops here with the file, the
// line and a hint, before any article is read.
#include "book/spec.h"

#include <toml++/toml.h>

#include <filesystem>
#include <initializer_list>
#include <string_view>

#include "base/error.h"
#include "base/paths.h"
#include "book/choices.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

const char* const kSampleHint = "see the sample that `tuyentap init` writes for every key";

struct Reader {
  std::string file;

  [[noreturn]] void fail(const toml::source_region& where, const std::string& message,
                         const std::string& hint) const {
    throw Error(message, file, static_cast<int>(where.begin.line), hint);
  }

  // Rejects keys the spec does not know: a misspelt key silently ignored is a book built
  // with the wrong settings.
  void check_keys(const toml::table& t, std::initializer_list<std::string_view> known,
                  std::string_view section) const {
    for (auto&& [key, node] : t) {
      bool ok = false;
      for (auto k : known) ok = ok || key.str() == k;
      if (ok) continue;
      std::string list;
      for (auto k : known) list += (list.empty() ? "" : ", ") + std::string(k);
      std::string where =
          section.empty() ? "at the top level" : "in [" + std::string(section) + "]";
      fail(key.source(), "unknown key '" + std::string(key.str()) + "' " + where,
           "known keys " + where + ": " + list + " (check the spelling; " + kSampleHint + ")");
    }
  }

  std::string text(const toml::node& n, std::string_view key) const {
    if (auto s = n.value<std::string>()) return to_nfc(*s);
    fail(n.source(), "'" + std::string(key) + "' must be text in double quotes",
         "for example: " + std::string(key) + " = \"...\"");
  }

  // A list of texts; a single text is taken as a list of one (clerks write both).
  std::vector<std::string> list(const toml::node& n, std::string_view key) const {
    std::vector<std::string> out;
    if (n.is_string()) {
      out.push_back(text(n, key));
    } else if (auto* arr = n.as_array()) {
      for (auto&& item : *arr) out.push_back(text(item, key));
    } else {
      fail(n.source(), "'" + std::string(key) + "' must be a list of texts",
           "for example: " + std::string(key) + " = [\"Xây dựng Đảng\", \"Chi bộ\"]");
    }
    for (auto& s : out) s = fold_whitespace(s);
    std::erase_if(out, [](const std::string& s) { return s.empty(); });
    return out;
  }

  int integer(const toml::node& n, std::string_view key) const {
    if (auto v = n.value<int64_t>()) return static_cast<int>(*v);
    fail(n.source(), "'" + std::string(key) + "' must be a whole number without quotes",
         "for example: " + std::string(key) + " = 2019");
  }

  // Dates may be TOML dates (2019-01-31) or quoted text ("2019-01-31").
  std::string date_text(const toml::node& n, std::string_view key) const {
    if (auto d = n.as_date()) {
      auto v = d->get();
      char buf[32];
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", int(v.year), int(v.month), int(v.day));
      return buf;
    }
    return text(n, key);
  }

  // One of a table's words (book/choices.h), the table's Error given this line.
  template <typename T, std::size_t N>
  T choice(const toml::node& n, std::string_view key, const Choice<T> (&table)[N]) const {
    std::string word = text(n, key);
    try {
      return parse_choice(table, word, "'" + std::string(key) + "'");
    } catch (const Error& e) {
      fail(n.source(), e.message(), e.hint());
    }
  }

  // Runs a period_* function, giving its Error this spec's file and line.
  template <typename F>
  Period period(const toml::node& at, F&& make) const {
    try {
      return make();
    } catch (const Error& e) {
      fail(at.source(), e.message(), e.hint());
    }
  }
};

void read_book(const Reader& r, const toml::table& t, BookSpec& spec) {
  r.check_keys(
      t,
      {"title", "subtitle", "publisher", "place", "year", "editor", "language", "preface", "cover"},
      "book");
  for (auto&& [key, node] : t) {
    std::string_view k = key.str();
    if (k == "title") spec.title = fold_whitespace(r.text(node, k));
    if (k == "subtitle") spec.subtitle = fold_whitespace(r.text(node, k));
    if (k == "publisher") spec.publisher = fold_whitespace(r.text(node, k));
    if (k == "place") spec.place = fold_whitespace(r.text(node, k));
    if (k == "editor") spec.editor = fold_whitespace(r.text(node, k));
    if (k == "language") spec.language = fold_whitespace(r.text(node, k));
    if (k == "year") {
      spec.year = r.integer(node, k);
      if (spec.year < 1900 || spec.year > 2200) {
        r.fail(node.source(), "year " + std::to_string(spec.year) + " is not plausible",
               "write a four-digit year: year = 2019");
      }
    }
    if (k == "preface" || k == "cover") {
      std::string rel = r.text(node, k);
      std::string path = spec_relative_path(spec, rel);
      if (!std::filesystem::is_regular_file(path)) {
        std::string what = k == "preface" ? "preface file" : "cover image";
        r.fail(node.source(),
               "the " + what + " '" + rel + "' does not exist (looked for " + path + ")",
               "the path is relative to the folder of " +
                   std::filesystem::path(spec.file).filename().string() +
                   "; correct it, or delete the line");
      }
      (k == "preface" ? spec.preface_file : spec.cover_image) = rel;
    }
  }
}

void read_period(const Reader& r, const toml::table& t, BookSpec& spec) {
  r.check_keys(t, {"year", "quarter", "month", "from", "to"}, "period");
  const toml::node* year = t.get("year");
  const toml::node* quarter = t.get("quarter");
  const toml::node* month = t.get("month");
  const toml::node* from = t.get("from");
  const toml::node* to = t.get("to");
  const toml::node* first = year ? year : quarter ? quarter : month ? month : from ? from : to;
  if (!first) return;
  int kinds = (quarter != nullptr) + (month != nullptr) + (from || to);
  // year counts as a kind of its own unless it completes "quarter = 2" or "month = 3".
  bool year_completes = (quarter && quarter->is_integer()) || (month && month->is_integer());
  if (year && !year_completes) ++kinds;
  if (kinds > 1) {
    r.fail(first->source(), "[period] gives more than one kind of period",
           "keep one: year, quarter, month, or from/to");
  }
  if (quarter) {
    spec.period = r.period(*quarter, [&] {
      if (quarter->is_integer()) {  // quarter = 1 with year = 2019
        if (!year) r.fail(quarter->source(), "quarter = N needs a year", "add: year = 2019");
        return period_quarter(std::to_string(r.integer(*year, "year")) + "-Q" +
                              std::to_string(r.integer(*quarter, "quarter")));
      }
      return period_quarter(r.text(*quarter, "quarter"));
    });
  } else if (month) {
    spec.period = r.period(*month, [&] {
      if (month->is_integer()) {  // month = 1 with year = 2019
        if (!year) r.fail(month->source(), "month = N needs a year", "add: year = 2019");
        char buf[32];
        std::snprintf(buf, sizeof buf, "%04d-%02d", r.integer(*year, "year"),
                      r.integer(*month, "month"));
        return period_month(buf);
      }
      return period_month(r.text(*month, "month"));
    });
  } else if (from || to) {
    std::string f = from ? r.date_text(*from, "from") : "", e = to ? r.date_text(*to, "to") : "";
    // A bad date is reported at its own line; an empty period at the 'from' line.
    if (from) r.period(*from, [&] { return period_range(f, ""); });
    if (to) r.period(*to, [&] { return period_range("", e); });
    spec.period = r.period(*first, [&] { return period_range(f, e); });
  } else {
    spec.period = r.period(*year, [&] { return period_year(r.integer(*year, "year")); });
  }
}

void read_select(const Reader& r, const toml::table& t, BookSpec& spec) {
  r.check_keys(
      t,
      {"topics", "keywords", "keywords_mode", "authors", "match", "combine", "include", "exclude"},
      "select");
  for (auto&& [key, node] : t) {
    std::string_view k = key.str();
    if (k == "topics") spec.topics = r.list(node, k);
    if (k == "keywords") spec.keywords = r.list(node, k);
    if (k == "authors") spec.authors = r.list(node, k);
    if (k == "include") spec.include = r.list(node, k);
    if (k == "exclude") spec.exclude = r.list(node, k);
    if (k == "keywords_mode") spec.keyword_mode = r.choice(node, k, kKeywordModes);
    if (k == "match") spec.match = r.choice(node, k, kMatchModes);
    if (k == "combine") spec.all_criteria = r.choice(node, k, kCombine);
  }
}

void read_arrangement(const Reader& r, const toml::table& t, BookSpec& spec) {
  r.check_keys(t, {"by", "order", "leftovers"}, "chapters");
  for (auto&& [key, node] : t) {
    std::string_view k = key.str();
    if (k == "by") spec.by = r.choice(node, k, kChapterBy);
    if (k == "order") spec.order = r.choice(node, k, kOrders);
    if (k == "leftovers") spec.leftovers = r.choice(node, k, kLeftoverChoices);
  }
}

ChapterRule read_chapter(const Reader& r, const toml::table& t) {
  r.check_keys(t, {"title", "topics", "keywords", "keywords_mode", "authors", "match", "combine"},
               "[chapter]");
  ChapterRule rule;
  rule.line = static_cast<int>(t.source().begin.line);
  for (auto&& [key, node] : t) {
    std::string_view k = key.str();
    if (k == "title") rule.title = fold_whitespace(r.text(node, k));
    if (k == "topics") rule.topics = r.list(node, k);
    if (k == "keywords") rule.keywords = r.list(node, k);
    if (k == "authors") rule.authors = r.list(node, k);
    if (k == "keywords_mode") rule.keyword_mode = r.choice(node, k, kKeywordModes);
    if (k == "match") rule.match = r.choice(node, k, kMatchModes);
    if (k == "combine") rule.all_criteria = r.choice(node, k, kCombine);
  }
  if (rule.title.empty()) {
    r.fail(t.source(), "a [[chapter]] has no title", "add: title = \"Tên chương\"");
  }
  if (rule.topics.empty() && rule.keywords.empty() && rule.authors.empty()) {
    r.fail(t.source(), "chapter '" + rule.title + "' says nothing about which articles it takes",
           "give it topics = [...], keywords = [...] or authors = [...]");
  }
  return rule;
}

}  // namespace

std::string spec_relative_path(const BookSpec& spec, const std::string& path) {
  std::filesystem::path p(path);
  if (p.is_absolute() || spec.file.empty()) return path;
  return (std::filesystem::path(spec.file).parent_path() / p).lexically_normal().string();
}

BookSpec load_spec(const std::string& path) {
  if (!std::filesystem::is_regular_file(path)) {
    throw Error("the book spec does not exist", path, 0,
                "`tuyentap init` writes a commented book.toml to start from");
  }
  std::string bytes = read_file_bytes(path);
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.erase(0, 3);  // editors on Windows add a BOM
  Reader r{path};
  toml::table root;
  try {
    root = toml::parse(bytes, path);
  } catch (const toml::parse_error& e) {
    r.fail(e.source(), "this is not valid TOML: " + std::string(e.description()),
           "check the quotes, brackets and '=' on this line; texts go in double quotes");
  }
  BookSpec spec;
  spec.file = path;
  r.check_keys(root, {"book", "period", "select", "chapters", "chapter"}, "");
  auto section = [&](std::string_view name) -> const toml::table* {
    const toml::node* n = root.get(name);
    if (!n) return nullptr;
    if (auto* t = n->as_table()) return t;
    r.fail(n->source(),
           "'" + std::string(name) + "' must be a section: [" + std::string(name) + "]",
           kSampleHint);
  };
  if (auto* t = section("book")) read_book(r, *t, spec);
  if (auto* t = section("period")) read_period(r, *t, spec);
  // No [period] but a book year: the book is that year's digest.
  if (!spec.period.from && !spec.period.to && spec.year != 0) spec.period = period_year(spec.year);
  if (auto* t = section("select")) read_select(r, *t, spec);
  if (auto* t = section("chapters")) read_arrangement(r, *t, spec);
  if (const toml::node* n = root.get("chapter")) {
    auto* arr = n->as_array();
    if (!arr || !arr->is_array_of_tables()) {
      r.fail(n->source(), "chapters are written as [[chapter]] sections", kSampleHint);
    }
    for (auto&& item : *arr) spec.chapters.push_back(read_chapter(r, *item.as_table()));
  }
  return spec;
}

std::string sample_spec_text() {
  return read_file_bytes(data_path("templates/book.toml"));
}

}  // namespace tuyentap
