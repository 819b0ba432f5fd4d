// `tuyentap scan`: what the archive holds, before any book is made.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>

#include "article/warning_codes.h"
#include "base/error.h"
#include "base/json.h"
#include "book/fate.h"
#include "cli/commands.h"
#include "cli/error_words.h"
#include "cli/i18n.h"
#include "cli/load.h"
#include "cli/terminal.h"
#include "text/collate.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace tuyentap {

namespace {

// "file", and "name_not_utf8": true when the name's bytes are not UTF-8 (JSON shows them as
// U+FFFD, base/json.h).
void write_file_name(JsonWriter& w, const std::string& path) {
  w.key("file").value(path);
  if (!utf8::is_valid(path)) w.key("name_not_utf8").value(true);
}

// A file that the reader found no article in, by its place in the archive's files.
using NotArticles = std::vector<std::pair<std::size_t, NotAnArticle>>;

void write_article(JsonWriter& w, const Article& a) {
  w.begin_object();
  w.key("id").value(a.id);
  write_file_name(w, a.file);
  w.key("encoding").value(a.encoding);
  w.key("topic").value(a.topic).key("title").value(a.title);
  w.key("date");
  a.date ? w.value(a.date->iso()) : w.null();
  w.key("time");
  a.time ? w.value(*a.time) : w.null();
  w.key("author").value(a.author).key("lead").value(a.lead);
  // only when the page set blocks above its lead (Article::lead_at): "blocks" keeps its
  // meaning, the body in order without the lead, and a reader of the JSON that knows nothing
  // of this key reads the same as before
  if (const std::size_t above = blocks_above_lead(a); above > 0 && !a.lead.empty())
    w.key("lead_at").value(static_cast<long long>(above));
  w.key("source").begin_object().key("site").value(a.source.site);
  w.key("url").value(a.source.url).end_object();
  w.key("blocks").begin_array();
  for (const Block& b : a.blocks) {
    w.begin_object().key("type").value(block_type_name(b.type)).key("text").value(b.text);
    if (b.type == BlockType::Caption) w.key("credit").value(b.credit);
    if (!b.photo.ref.empty()) {
      w.key("photo").value(b.photo.ref).key("photo_found").value(b.photo.picture != nullptr);
    }
    w.end_object();
  }
  w.end_array();
  w.key("warnings").begin_array();
  for (const auto& msg : a.warnings) w.value(msg);
  w.end_array();
  // their stable codes, in the same order (article/warning_codes.h), for a script to match on
  w.key("warning_codes").begin_array();
  for (const auto& msg : a.warnings) w.value(warning_code(msg));
  w.end_array().end_object();
}

// `scan --json`: each article printed as soon as it is read (a large archive's articles
// are never held together), then what is known only at the end.
class JsonScan {
 public:
  explicit JsonScan(std::ostream& out) : out_(out) {
    w_.begin_object().key("articles").begin_array();
  }
  void article(const Article& a) {
    write_article(w_, a);
    out_ << w_.take();
  }
  void finish(const LoadedInputs& in, const NotArticles& not_articles);

 private:
  std::ostream& out_;
  JsonWriter w_;
};

void JsonScan::finish(const LoadedInputs& in, const NotArticles& not_articles) {
  JsonWriter& w = w_;
  w.end_array();
  if (!in.learned_chrome.empty()) {
    w.key("learned_chrome").begin_array();
    for (const LearnedChrome& l : in.learned_chrome) {
      w.begin_object().key("group").value(l.group);
      w.key("files").value(static_cast<long long>(l.files));
      w.key("lines").value(static_cast<long long>(l.lines));
      w.key("examples").begin_array();
      for (const auto& e : l.examples) w.value(e);
      w.end_array().end_object();
    }
    w.end_array();
  }
  w.key("skipped").begin_array();
  for (const auto& s : in.archive.skipped) {
    w.begin_object();
    write_file_name(w, s.path);
    w.key("reason").value(s.reason).end_object();
  }
  for (const auto& [i, n] : not_articles) {
    w.begin_object();
    write_file_name(w, in.archive.files[i].path);
    w.key("reason").value(n.reason);
    if (n.kind != NotArticleKind::Other)
      w.key("code").value(reason_code(not_article_reason(n.kind)));
    w.end_object();
  }
  w.end_array().end_object();
  out_ << w.take();
}

// The topic column is as wide as the longest name: a name is never cut, so that it can be
// copied into --topic as it is.
int topic_width(const std::vector<std::string>& topics) {
  int w = 24;
  for (const auto& t : topics) w = std::max(w, display_width(shown(t)) + 2);
  return w;
}

// Topic rows for one year: columns are the 12 months and the total.
void write_year_table(int year, const std::map<std::string, std::map<int, int>>& by_topic,
                      const std::vector<std::string>& topic_order, std::ostream& out) {
  const int kTopicWidth = topic_width(topic_order);
  out << "\n"
      << pad(year ? tr(N_("Year %s"), {std::to_string(year)}) : tr(N_("No date")), kTopicWidth);
  if (year) {
    for (int m = 1; m <= 12; ++m) out << right(tr(N_("M%s"), {std::to_string(m)}), 4);
  }
  out << right(tr(N_("Total")), 6) << "\n";
  std::map<int, int> column_total;
  for (const auto& topic : topic_order) {
    auto it = by_topic.find(topic);
    if (it == by_topic.end()) continue;
    int total = 0;
    out << pad(topic.empty() ? tr(N_("(no topic)")) : shown(topic), kTopicWidth);
    for (int m = 1; m <= 12; ++m) {
      auto c = it->second.find(m);
      int n = c == it->second.end() ? 0 : c->second;
      total += n;
      column_total[m] += n;
      if (year) out << right(n ? std::to_string(n) : "·", 4);
    }
    if (!year) total = it->second.count(0) ? it->second.at(0) : 0;
    column_total[0] += total;
    out << right(std::to_string(total), 6) << "\n";
  }
  out << pad(tr(N_("All topics")), kTopicWidth);
  if (year) {
    for (int m = 1; m <= 12; ++m) out << right(std::to_string(column_total[m]), 4);
  }
  out << right(std::to_string(column_total[0]), 6) << "\n";
}

// What the reader took for site chrome because it recurs across a folder's files, so that a
// clerk can see why a line is in no article.
void write_learned_chrome(const std::vector<LearnedChrome>& learned, std::ostream& out) {
  if (learned.empty()) return;
  out << "\n"
      << tr(N_("Site chrome learned (lines that recur across a folder's files, left out of "
               "each):"))
      << "\n";
  for (const LearnedChrome& l : learned) {
    out << "  "
        << tr(N_("%s (%s files): %s lines, e.g."),
              {l.group.empty() ? "." : shown(l.group), std::to_string(l.files),
               std::to_string(l.lines)})
        << "\n";
    for (const auto& e : l.examples) out << "      \"" << shown(e) << "\"\n";
  }
}

// The human summary: counted as the articles are read, printed at the end. Of each
// article only its topic, date and warnings are kept.
class HumanScan {
 public:
  void article(std::size_t file, Article&& a);
  void write(const LoadedInputs& in, const NotArticles& not_articles, std::ostream& out) const;

 private:
  // year → topic → month → count (month 0 collects the undated articles' count)
  std::map<int, std::map<std::string, std::map<int, int>>> counts_;
  std::vector<std::string> topics_;
  std::set<std::string> seen_topics_;
  std::optional<Date> first_, last_;
  int read_ = 0;
  struct Warned {
    std::size_t index;
    std::string file;
    std::vector<std::string> warnings;
  };
  std::vector<Warned> warned_;  // the articles with warnings, in the files' order
};

// How many files have each kind of warning (article/warning_codes.h count_warning_kinds): a
// clerk sees what the archive lacks as a whole ("11 files: no date line") before the list of
// every file's warnings, which grows with the archive.
void write_warning_kinds(const std::vector<WarningKindCount>& kinds, std::ostream& out) {
  if (kinds.empty()) return;
  out << "\n" << tr(N_("Warnings by kind:")) << "\n";
  for (const auto& [code, files] : kinds) {
    std::string count = std::to_string(files);
    if (count.size() < 5) count.insert(0, 5 - count.size(), ' ');
    out << tr(N_("%s files: %s"), {count, tr(warning_summary(code))}) << "\n";
  }
}

void HumanScan::article(std::size_t file, Article&& a) {
  ++read_;
  if (!a.warnings.empty()) warned_.push_back({file, std::move(a.file), std::move(a.warnings)});
  if (seen_topics_.insert(a.topic).second) topics_.push_back(a.topic);
  if (a.date) {
    counts_[a.date->year][a.topic][a.date->month]++;
    if (!first_ || *a.date < *first_) first_ = a.date;
    if (!last_ || *last_ < *a.date) last_ = a.date;
  } else {
    counts_[0][a.topic][0]++;
  }
}

void HumanScan::write(const LoadedInputs& in, const NotArticles& not_articles,
                      std::ostream& out) const {
  std::vector<std::string> topics = topics_;
  vi_sort(topics);
  for (const auto& [year, by_topic] : counts_) {
    if (year) write_year_table(year, by_topic, topics, out);
  }
  if (counts_.count(0)) write_year_table(0, counts_.at(0), topics, out);

  const std::size_t with_warnings = warned_.size();
  std::size_t skipped = in.archive.skipped.size() + not_articles.size();
  out << "\n";
  if (first_) {
    out << tr(N_("Dates: %s – %s"), {vi_short_date(*first_), vi_short_date(*last_)}) << "\n";
  }
  out << tr(N_("Files: %s read as articles, %s skipped, %s with warnings"),
            {std::to_string(read_), std::to_string(skipped), std::to_string(with_warnings)})
      << "\n";
  write_learned_chrome(in.learned_chrome, out);
  std::vector<std::vector<std::string_view>> codes;  // of each article with warnings
  for (const Warned& w : warned_) {
    codes.emplace_back();
    for (const auto& msg : w.warnings) codes.back().push_back(warning_code(msg));
  }
  write_warning_kinds(count_warning_kinds(codes), out);

  if (skipped + with_warnings == 0) return;
  out << "\n" << tr(N_("Problems:")) << "\n";
  auto skipped_line = [&](const std::string& path, const std::string& reason) {
    out << "  " << tr(N_("%s: skipped: %s"), {shown(path), shown(translate_sentence(reason))})
        << "\n";
  };
  for (const auto& s : in.archive.skipped) skipped_line(s.path, s.reason);
  // The files' order: the files with no article and the articles with warnings, merged.
  auto n = not_articles.begin();
  auto w = warned_.begin();
  while (n != not_articles.end() || w != warned_.end()) {
    if (w == warned_.end() || (n != not_articles.end() && n->first < w->index)) {
      skipped_line(in.archive.files[n->first].path, n->second.reason);
      ++n;
    } else {
      for (const auto& msg : w->warnings) {
        out << "  " << shown(w->file) << ": " << shown(translate_sentence(msg)) << "\n";
      }
      ++w;
    }
  }
}

// A file that looks like an article but could not be read: not a picture or another
// non-text file, not a hidden or system file (listed, harmless: archive/archive.h
// skipped_by_nature).
bool failed_article(const std::string& reason) {
  return !skipped_by_nature(reason);
}

}  // namespace

int run_scan(const ScanOptions& o) {
  for (const auto& path : o.inputs) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
      throw Error(tr(N_("the archive '%s' does not exist"), {path}), "", 0,
                  tr(N_("check the spelling of the folder or file")));
    }
  }
  NotArticles not_articles;
  std::optional<JsonScan> json;
  if (o.json) json.emplace(std::cout);
  HumanScan human;
  LoadedInputs in = load_inputs_streamed(
      o.inputs, o.encoding, [&](std::size_t i, std::variant<Article, NotAnArticle>&& r) {
        if (auto* n = std::get_if<NotAnArticle>(&r)) {
          not_articles.emplace_back(i, std::move(*n));
        } else if (json) {
          json->article(std::get<Article>(r));
        } else {
          human.article(i, std::get<Article>(std::move(r)));
        }
      });
  if (json) {
    json->finish(in, not_articles);
  } else {
    human.write(in, not_articles, std::cout);
  }
  bool problems = false;
  for (const auto& s : in.archive.skipped) problems |= failed_article(s.reason);
  for (const auto& [i, n] : not_articles) {
    problems |= n.kind != NotArticleKind::PageResource && n.kind != NotArticleKind::BookFile &&
                failed_article(n.reason);
  }
  return problems ? 1 : 0;
}

}  // namespace tuyentap
