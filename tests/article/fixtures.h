// Helpers shared by the article tests: fixture files and reading them.
#pragma once

#include <catch2/catch.hpp>
#include <functional>
#include <string>
#include <variant>

#include "article/caption.h"
#include "article/reader.h"
#include "base/paths.h"
#include "test_paths.h"

namespace tuyentap::testing {

inline InputFile fixture(const std::string& name) {
  std::string path = test_paths::source_dir() + "/tests/fixtures/articles/" + name;
  return InputFile{"articles/" + name, read_file_bytes(path)};
}

// Reads and requires an Article.
inline Article read_ok(const InputFile& f, const ReadOptions& opts = {}) {
  auto r = read_article(f, opts);
  if (auto* no = std::get_if<NotAnArticle>(&r))
    FAIL(f.path << " is not an article: " << no->reason);
  return std::get<Article>(r);
}

// A made-up page read as a plain-text file; the test fails when it is no article.
inline Article read_text(const std::string& text) {
  return read_ok(InputFile{"trang.txt", text});
}

inline std::string not_article_reason(const InputFile& f) {
  auto r = read_article(f);
  if (auto* no = std::get_if<NotAnArticle>(&r)) return no->reason;
  return "(read as an article)";
}

// How many of the article's blocks are captions.
inline std::size_t captions_in(const Article& a) {
  std::size_t n = 0;
  for (const Block& b : a.blocks) n += b.type == BlockType::Caption ? 1 : 0;
  return n;
}

// The text stands somewhere in what the book shows of the article: its title, topic, author,
// lead or a block (a chrome line that reached the book).
// A caption of `a` opens with `start`.
inline bool caption_reads(const Article& a, const std::string& start) {
  for (const Block& b : a.blocks)
    if (b.type == BlockType::Caption && b.text.starts_with(start)) return true;
  return false;
}

inline bool shows_text(const Article& a, const std::string& needle) {
  if (a.title.find(needle) != std::string::npos || a.topic.find(needle) != std::string::npos ||
      a.author.find(needle) != std::string::npos || a.lead.find(needle) != std::string::npos)
    return true;
  for (const Block& b : a.blocks)
    if (b.text.find(needle) != std::string::npos) return true;
  return false;
}

inline bool has_warning(const Article& a, const std::string& start) {
  for (const std::string& w : a.warnings)
    if (w.rfind(start, 0) == 0) return true;
  return false;
}

// Files folder/bai-1.EXT, folder/bai-2.EXT … whose text is make(0), make(1) …: the sibling
// files that chrome learning reads together.
inline std::vector<InputFile> numbered_files(const std::string& folder, std::size_t count,
                                             const std::string& ext,
                                             const std::function<std::string(std::size_t)>& make) {
  std::vector<InputFile> files;
  for (std::size_t i = 0; i < count; ++i)
    files.push_back({folder + "/bai-" + std::to_string(i + 1) + "." + ext, make(i)});
  return files;
}

// The article read from file i of an archive; fails the test when the file is none.
inline const Article& article_at(const ReadResults& r, std::size_t i) {
  const Article* a = std::get_if<Article>(&r.articles.at(i));
  REQUIRE(a);
  return *a;
}

// Every field a reader sees, for "chrome is absent everywhere" checks.
inline std::string all_fields(const Article& a) {
  std::string s = a.topic + "\n" + a.title + "\n" + a.lead + "\n" + a.author;
  for (const Block& b : a.blocks) s += "\n" + b.text + "\n" + b.credit;
  return s;
}

// A caption line as "text | credit", or "none" when the line is no caption.
inline std::string caption_of(std::string_view line) {
  auto b = parse_caption(line);
  if (!b) return "none";
  return b->text + " | " + b->credit;
}

}  // namespace tuyentap::testing
