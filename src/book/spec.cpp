// book.toml → BookSpec. Every mistake a clerk can make in the file (a misspelt key, a bad
// date, an empty period, a preface file that is not there) stops here with the file, the
// line and a hint, before any article is read.
#include "book/spec.h"

#include <toml++/toml.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <string_view>

#include "base/error.h"
#include "book/choices.h"
#include "book/toml_shape.h"
#include "book/toml_table.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

const char* const kSampleHint = "see the sample that `tuyentap init` writes for every key";

// A number as the file wrote it (near enough), for a message.
std::string toml_number_text(const toml::node& n) {
  if (auto i = n.as_integer()) return std::to_string(i->get());
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", n.value_or(0.0));
  return buf;
}

struct Reader {
  std::string file;

  [[noreturn]] void fail(const toml::source_region& where, const std::string& message,
                         const std::string& hint) const {
    throw Error(message, file, static_cast<int>(where.begin.line), hint);
  }

  // A table read through its setters (book/toml_table.h); an unknown key is an error
  // naming the section and every key it knows.
  void read_table(const toml::table& t, const std::vector<TomlKey>& keys,
                  std::string_view section) const {
    read_toml_table(t, keys, [&](const toml::key& key, const toml::node&) {
      std::string where =
          section.empty() ? "at the top level" : "in [" + std::string(section) + "]";
      fail(key.source(), "unknown key '" + std::string(key.str()) + "' " + where,
           "known keys " + where + ": " + toml_key_names(keys) + " (check the spelling; " +
               kSampleHint + ")");
    });
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
    // A whole number written as a float (2019.0) counts too. toml++'s own conversion
    // (value<int64_t>) casts a float out of int64's range, which is undefined behaviour.
    std::optional<double> v;
    if (auto i = n.as_integer()) v = static_cast<double>(i->get());
    if (auto f = n.as_floating_point(); f && std::floor(f->get()) == f->get()) v = f->get();
    if (v) {
      // Checked before it becomes an int: 4294969315 would wrap round to 2019.
      if (*v >= -1e6 && *v <= 1e6) return static_cast<int>(*v);
      fail(n.source(), "'" + std::string(key) + "' = " + toml_number_text(n) + " is out of range",
           "for example: " + std::string(key) + " = 2019");
    }
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

  // Setters for the tables: a text with its spaces folded, a list of texts, a choice.
  TomlSetter words(std::string& field) const {
    return [this, &field](const toml::node& n, std::string_view k) {
      field = fold_whitespace(text(n, k));
    };
  }
  TomlSetter texts(std::vector<std::string>& field) const {
    return [this, &field](const toml::node& n, std::string_view k) { field = list(n, k); };
  }
  template <typename T, std::size_t N>
  TomlSetter pick(T& field, const Choice<T> (&table)[N]) const {
    return [this, &field, &table](const toml::node& n, std::string_view k) {
      field = choice(n, k, table);
    };
  }
};

void read_book(const Reader& r, const toml::table& t, BookSpec& spec) {
  auto year = [&](const toml::node& node, std::string_view k) {
    spec.year = r.integer(node, k);
    if (spec.year < 1900 || spec.year > 2200) {
      r.fail(node.source(), "year " + std::to_string(spec.year) + " is not plausible",
             "write a four-digit year: year = 2019");
    }
  };
  auto internal = [&](const toml::node& node, std::string_view k) {
    if (!node.is_boolean())
      r.fail(node.source(), "'" + std::string(k) + "' must be true or false",
             "for example: " + std::string(k) + " = true");
    spec.internal = *node.value<bool>();
  };
  // The files are looked for by load/, which names this line when one is not there.
  auto file = [&](std::string& field, int& line) -> TomlSetter {
    return [&](const toml::node& node, std::string_view k) {
      field = r.text(node, k);
      line = toml_line(node);
    };
  };
  auto captions = r.pick(spec.captions_without_photo, kCaptionsWithoutPhoto);
  r.read_table(t,
               {{"title", r.words(spec.title)},
                {"subtitle", r.words(spec.subtitle)},
                {"publisher", r.words(spec.publisher)},
                {"place", r.words(spec.place)},
                {"year", year},
                {"editor", r.words(spec.editor)},
                {"language", r.words(spec.language)},
                {"internal", internal},
                {"preface", file(spec.preface_file, spec.preface_line)},
                {"cover", file(spec.cover_image, spec.cover_line)},
                {"captions_without_photo", captions}},
               "book");
}

void read_period(const Reader& r, const toml::table& t, BookSpec& spec) {
  const toml::node *year = nullptr, *quarter = nullptr, *month = nullptr, *from = nullptr,
                   *to = nullptr;
  r.read_table(t,
               {{"year", keep_node(year)},
                {"quarter", keep_node(quarter)},
                {"month", keep_node(month)},
                {"from", keep_node(from)},
                {"to", keep_node(to)}},
               "period");
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

// The keys [select] and [[chapter]] share: which articles a rule (or the filter) takes.
template <typename Rule>
std::vector<TomlKey> rule_keys(const Reader& r, Rule& rule) {
  return {{"topics", r.texts(rule.topics)},
          {"keywords", r.texts(rule.keywords)},
          {"keywords_mode", r.pick(rule.keyword_mode, kKeywordModes)},
          {"authors", r.texts(rule.authors)},
          {"match", r.pick(rule.match, kMatchModes)},
          {"combine", r.pick(rule.all_criteria, kCombine)}};
}

void read_select(const Reader& r, const toml::table& t, BookSpec& spec) {
  std::vector<TomlKey> keys = rule_keys(r, spec);
  keys.push_back({"include", r.texts(spec.include)});
  keys.push_back({"exclude", r.texts(spec.exclude)});
  r.read_table(t, keys, "select");
}

void read_arrangement(const Reader& r, const toml::table& t, BookSpec& spec) {
  r.read_table(t,
               {{"by", r.pick(spec.by, kChapterBy)},
                {"order", r.pick(spec.order, kOrders)},
                {"leftovers", r.pick(spec.leftovers, kLeftoverChoices)}},
               "chapters");
}

ChapterRule read_chapter(const Reader& r, const toml::table& t) {
  ChapterRule rule;
  rule.line = toml_line(t);
  std::vector<TomlKey> keys = {{"title", r.words(rule.title)}};
  for (auto& k : rule_keys(r, rule)) keys.push_back(std::move(k));
  r.read_table(t, keys, "[chapter]");
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

BookSpec parse_spec(std::string_view bytes, const std::string& path) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);  // editors on Windows add a BOM
  Reader r{path};
  check_toml_shape(bytes, path);
  toml::table root;
  try {
    root = toml::parse(bytes, path);
  } catch (const toml::parse_error& e) {
    r.fail(e.source(), "this is not valid TOML: " + std::string(e.description()),
           "check the quotes, brackets and '=' on this line; texts go in double quotes");
  }
  BookSpec spec;
  spec.file = path;
  const toml::node *book = nullptr, *period = nullptr, *select = nullptr, *chapters = nullptr,
                   *chapter = nullptr, *archive = nullptr;
  // The sections are read in a fixed order, whatever the file's: the default period
  // comes from [book]'s year when there is no [period].
  r.read_table(root,
               {{"book", keep_node(book)},
                {"period", keep_node(period)},
                {"select", keep_node(select)},
                {"chapters", keep_node(chapters)},
                {"chapter", keep_node(chapter)},
                {"archive", keep_node(archive)}},
               "");
  auto section = [&](const toml::node* n, std::string_view name) -> const toml::table* {
    if (!n) return nullptr;
    if (auto* t = n->as_table()) return t;
    r.fail(n->source(),
           "'" + std::string(name) + "' must be a section: [" + std::string(name) + "]",
           kSampleHint);
  };
  if (auto* t = section(book, "book")) read_book(r, *t, spec);
  if (auto* t = section(period, "period")) read_period(r, *t, spec);
  // No [period] but a book year: the book is that year's digest.
  if (!spec.period.from && !spec.period.to && spec.year != 0) spec.period = period_year(spec.year);
  if (auto* t = section(select, "select")) read_select(r, *t, spec);
  if (auto* t = section(chapters, "chapters")) read_arrangement(r, *t, spec);
  if (auto* t = section(archive, "archive")) {
    r.read_table(*t, {{"paths", r.texts(spec.archive_paths)}}, "archive");
  }
  if (chapter) {
    auto* arr = chapter->as_array();
    if (!arr || !arr->is_array_of_tables()) {
      r.fail(chapter->source(), "chapters are written as [[chapter]] sections", kSampleHint);
    }
    for (auto&& item : *arr) spec.chapters.push_back(read_chapter(r, *item.as_table()));
  }
  return spec;
}

}  // namespace tuyentap
