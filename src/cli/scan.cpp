// `tuyentap scan`: what the archive holds, before any book is made.
#include <iostream>
#include <map>
#include <set>

#include "base/json.h"
#include "cli/commands.h"
#include "cli/load.h"
#include "cli/terminal.h"
#include "text/collate.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

void write_json(const LoadedInputs& in, std::ostream& out) {
  JsonWriter w;
  w.begin_object().key("articles").begin_array();
  for (const auto& r : in.articles) {
    const Article* a = std::get_if<Article>(&r);
    if (!a) continue;
    w.begin_object();
    w.key("id").value(a->id).key("file").value(a->file).key("encoding").value(a->encoding);
    w.key("topic").value(a->topic).key("title").value(a->title);
    w.key("date");
    a->date ? w.value(a->date->iso()) : w.null();
    w.key("time");
    a->time ? w.value(*a->time) : w.null();
    w.key("author").value(a->author).key("lead").value(a->lead);
    w.key("blocks").begin_array();
    for (const Block& b : a->blocks) {
      w.begin_object().key("type").value(block_type_name(b.type)).key("text").value(b.text);
      if (b.type == BlockType::Caption) w.key("credit").value(b.credit);
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
    w.begin_object().key("file").value(s.path).key("reason").value(s.reason).end_object();
  }
  for (std::size_t i = 0; i < in.articles.size(); ++i) {
    if (const auto* n = std::get_if<NotAnArticle>(&in.articles[i])) {
      w.begin_object().key("file").value(in.archive.files[i].path).key("reason").value(n->reason);
      w.end_object();
    }
  }
  w.end_array().end_object();
  out << w.str();
}

// Topic rows for one year: columns are the 12 months and the total.
void write_year_table(int year, const std::map<std::string, std::map<int, int>>& by_topic,
                      const std::vector<std::string>& topic_order, std::ostream& out) {
  constexpr int kTopicWidth = 34;
  out << "\n" << fit(year ? "Năm " + std::to_string(year) : "Không rõ ngày (no date)", kTopicWidth);
  if (year) {
    for (int m = 1; m <= 12; ++m) out << right("T" + std::to_string(m), 4);
  }
  out << right("Tổng", 6) << "\n";
  std::map<int, int> column_total;
  for (const auto& topic : topic_order) {
    auto it = by_topic.find(topic);
    if (it == by_topic.end()) continue;
    int total = 0;
    out << fit(topic.empty() ? "(không có chủ đề)" : topic, kTopicWidth);
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
  out << fit("Cộng", kTopicWidth);
  if (year) {
    for (int m = 1; m <= 12; ++m) out << right(std::to_string(column_total[m]), 4);
  }
  out << right(std::to_string(column_total[0]), 6) << "\n";
}

// What the reader took for site chrome because it recurs across a folder's files, so that a
// clerk can see why a line is in no article.
void write_learned_chrome(const std::vector<LearnedChrome>& learned, std::ostream& out) {
  if (learned.empty()) return;
  out << "\nSite chrome learned (lines that recur across a folder's files, left out of each):\n";
  for (const LearnedChrome& l : learned) {
    out << "  " << (l.group.empty() ? "." : l.group) << " (" << l.files << " files): " << l.lines
        << (l.lines == 1 ? " line" : " lines") << ", e.g.\n";
    for (const auto& e : l.examples) out << "      \"" << e << "\"\n";
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
    out << "Dates: " << vi_short_date(*first) << " – " << vi_short_date(*last) << "\n";
  }
  out << "Files: " << read << " read as articles, " << skipped << " skipped, " << with_warnings
      << " with warnings\n";
  write_learned_chrome(in.learned_chrome, out);

  if (skipped + with_warnings == 0) return;
  out << "\nProblems:\n";
  for (const auto& s : in.archive.skipped)
    out << "  " << s.path << ": skipped: " << s.reason << "\n";
  for (std::size_t i = 0; i < in.articles.size(); ++i) {
    if (const auto* n = std::get_if<NotAnArticle>(&in.articles[i])) {
      out << "  " << in.archive.files[i].path << ": skipped: " << n->reason << "\n";
    } else if (const auto* a = std::get_if<Article>(&in.articles[i])) {
      for (const auto& msg : a->warnings) out << "  " << a->file << ": " << msg << "\n";
    }
  }
}

}  // namespace

int run_scan(const ScanOptions& o) {
  LoadedInputs in = load_inputs(o.inputs, o.encoding);
  if (o.json) {
    write_json(in, std::cout);
  } else {
    write_human(in, std::cout);
  }
  bool problems = !in.archive.skipped.empty();
  for (const auto& r : in.articles) problems |= std::holds_alternative<NotAnArticle>(r);
  return problems ? 1 : 0;
}

}  // namespace tuyentap
