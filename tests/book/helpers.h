// Test helpers: articles built in code (no reader involved) and specs written to files.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>
#include <variant>
#include <vector>

#include "book/compile.h"
#include "temp_dir.h"
#include "test_paths.h"
#include "text/date.h"

namespace tt_test {

using namespace tuyentap;

inline Article make_article(std::string id, std::string topic, std::string title,
                            std::string date_iso, std::vector<std::string> paragraphs = {},
                            std::string author = "") {
  Article a;
  a.id = std::move(id);
  a.file = "archive/" + a.id + ".txt";
  a.encoding = "UTF-8";
  a.topic = std::move(topic);
  a.title = std::move(title);
  if (!date_iso.empty()) a.date = parse_iso_date(date_iso);
  for (auto& p : paragraphs) a.blocks.push_back({BlockType::Paragraph, std::move(p), ""});
  a.author = std::move(author);
  return a;
}

// A body of distinct words, so that unrelated test articles never look alike.
inline std::string filler(int seed, int words = 40) {
  static const char* kWords[] = {"chi", "bộ",  "đảng",   "viên", "sinh", "hoạt",  "nghị", "quyết",
                                 "cán", "bộ",  "phường", "xã",   "kiểm", "tra",   "giám", "sát",
                                 "học", "tập", "làm",    "theo", "tấm",  "gương", "đạo",  "đức"};
  std::string s;
  unsigned x = static_cast<unsigned>(seed) * 2654435761u + 12345u;
  for (int i = 0; i < words; ++i) {
    x = x * 1103515245u + 12345u;
    if (!s.empty()) s += ' ';
    s += kWords[(x >> 16) % 24];
    s += std::to_string((x >> 8) % 97);
  }
  return s;
}

struct Input {
  ArchiveContents archive;
  std::vector<std::variant<Article, NotAnArticle>> read;
};

inline Input inputs(const std::vector<Article>& arts) {
  Input in;
  for (const auto& a : arts) {
    in.archive.files.push_back({a.file, ""});
    in.read.emplace_back(a);
  }
  return in;
}

inline Compiled compile(const BookSpec& spec, const std::vector<Article>& arts) {
  Input in = inputs(arts);
  return compile_book(spec, in.archive, in.read);
}

inline const InputFate& fate(const Compiled& c, const std::string& id) {
  for (const auto& f : c.report.inputs) {
    if (f.id == id) return f;
  }
  static InputFate none;
  none.file = "(no such input: " + id + ")";
  return none;
}

inline std::vector<std::string> ids_of(const Chapter& ch) {
  std::vector<std::string> out;
  for (const auto& a : ch.articles) out.push_back(a.id);
  return out;
}

inline std::vector<std::string> titles_of(const Book& b) {
  std::vector<std::string> out;
  for (const auto& c : b.chapters) out.push_back(c.title);
  return out;
}

inline std::string write_file(const std::filesystem::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
  return path.string();
}

inline std::string fixture_spec(const std::string& name) {
  return test_paths::source_dir() + "/tests/fixtures/specs/" + name;
}

}  // namespace tt_test
