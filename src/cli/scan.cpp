// `tuyentap scan`: what the archive holds, before any book is made.
#include <filesystem>
#include <iostream>
#include <map>
#include <set>

#include "base/error.h"
#include "base/json.h"
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

void write_json(const LoadedInputs& in, std::ostream& out) {
  JsonWriter w;
  w.begin_object().key("articles").begin_array();
  for (const auto& r : in.articles) {
    const Article* a = std::get_if<Article>(&r);
    if (!a) continue;
    w.begin_object();
    w.key("id").value(a->id);
    write_file_name(w, a->file);
    w.key("encoding").value(a->encoding);
    w.key("topic").value(a->topic).key("title").value(a->title);
    w.key("date");
    a->date ? w.value(a->date->iso()) : w.null();
    w.key("time");
    a->time ? w.value(*a->time) : w.null();
    w.key("author").value(a->author).key("lead").value(a->lead);
    w.key("source").begin_object().key("site").value(a->source.site);
    w.key("url").value(a->source.url).end_object();
    w.key("blocks").begin_array();
    for (const Block& b : a->blocks) {
      w.begin_object().key("type").value(block_type_name(b.type)).key("text").value(b.text);
      if (b.type == BlockType::Caption) w.key("credit").value(b.credit);
      if (!b.photo.ref.empty()) {
        w.key("photo").value(b.photo.ref).key("photo_found").value(b.photo.picture != nullptr);
      }
      w.end_object();
    }
    w.end_array();
    w.key("warnings").begin_array();
    for (const auto& msg : a->warnings) w.value(msg);
    w.end_array().end_object();
  }
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
  for (std::size_t i = 0; i < in.articles.size(); ++i) {
    if (const auto* n = std::get_if<NotAnArticle>(&in.articles[i])) {
      w.begin_object();
      write_file_name(w, in.archive.files[i].path);
      w.key("reason").value(n->reason);
      if (n->kind == NotArticleKind::PageResource) w.key("code").value("page-resource");
      if (n->kind == NotArticleKind::LegacyWord) w.key("code").value("legacy-word");
      w.end_object();
    }
  }
  w.end_array().end_object();
  out << w.str();
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

void write_human(const LoadedInputs& in, std::ostream& out) {
  // year → topic → month → count (month 0 collects the undated articles' count)
  std::map<int, std::map<std::string, std::map<int, int>>> counts;
  std::vector<std::string> topics;
  std::set<std::string> seen_topics;
  std::optional<Date> first, last;
  int read = 0, with_warnings = 0;
  for (const auto& r : in.articles) {
    const Article* a = std::get_if<Article>(&r);
    if (!a) continue;
    ++read;
    if (!a->warnings.empty()) ++with_warnings;
    if (seen_topics.insert(a->topic).second) topics.push_back(a->topic);
    if (a->date) {
      counts[a->date->year][a->topic][a->date->month]++;
      if (!first || *a->date < *first) first = a->date;
      if (!last || *last < *a->date) last = a->date;
    } else {
      counts[0][a->topic][0]++;
    }
  }
  vi_sort(topics);
  for (const auto& [year, by_topic] : counts) {
    if (year) write_year_table(year, by_topic, topics, out);
  }
  if (counts.count(0)) write_year_table(0, counts[0], topics, out);

  std::size_t not_articles = in.articles.size() - read;
  std::size_t skipped = in.archive.skipped.size() + not_articles;
  out << "\n";
  if (first) {
    out << tr(N_("Dates: %s – %s"), {vi_short_date(*first), vi_short_date(*last)}) << "\n";
  }
  out << tr(N_("Files: %s read as articles, %s skipped, %s with warnings"),
            {std::to_string(read), std::to_string(skipped), std::to_string(with_warnings)})
      << "\n";
  write_learned_chrome(in.learned_chrome, out);

  if (skipped + with_warnings == 0) return;
  out << "\n" << tr(N_("Problems:")) << "\n";
  auto skipped_line = [&](const std::string& path, const std::string& reason) {
    out << "  " << tr(N_("%s: skipped: %s"), {shown(path), shown(translate_sentence(reason))})
        << "\n";
  };
  for (const auto& s : in.archive.skipped) skipped_line(s.path, s.reason);
  for (std::size_t i = 0; i < in.articles.size(); ++i) {
    if (const auto* n = std::get_if<NotAnArticle>(&in.articles[i])) {
      skipped_line(in.archive.files[i].path, n->reason);
    } else if (const auto* a = std::get_if<Article>(&in.articles[i])) {
      for (const auto& msg : a->warnings) {
        out << "  " << shown(a->file) << ": " << shown(translate_sentence(msg)) << "\n";
      }
    }
  }
}

// A file that looks like an article but could not be read: not a picture or another
// non-text file (listed, harmless), not a hidden or resource folder.
bool failed_article(const std::string& reason) {
  for (const char* harmless : {"not text (", "hidden folder", "macOS resource data"}) {
    if (reason.starts_with(harmless)) return false;
  }
  return true;
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
  LoadedInputs in = load_inputs(o.inputs, o.encoding);
  if (o.json) {
    write_json(in, std::cout);
  } else {
    write_human(in, std::cout);
  }
  bool problems = false;
  for (const auto& s : in.archive.skipped) problems |= failed_article(s.reason);
  for (const auto& r : in.articles) {
    if (const auto* n = std::get_if<NotAnArticle>(&r))
      problems |= n->kind != NotArticleKind::PageResource && failed_article(n->reason);
  }
  return problems ? 1 : 0;
}

}  // namespace tuyentap
