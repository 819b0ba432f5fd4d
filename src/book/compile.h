// The compiler: articles + spec → Book + report of every input's fate.
#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "archive/archive.h"
#include "article/reader.h"
#include "book/book.h"
#include "book/spec.h"

namespace tuyentap {

enum class Fate { Included, Excluded, Skipped };

struct InputFate {
  std::string file;
  std::string id;     // when read
  std::string title;  // when read
  Fate status = Fate::Skipped;
  std::string chapter;  // when included
  int position = 0;     // 1-based position in the chapter, when included
  std::string reason;   // when excluded or skipped: "outside the period (2018-12-31)",
                       // "no matching chapter", "duplicate of 3fa…(file)", "excluded by the spec",
                       // "unreadable: …"
  std::vector<std::string> also_matched;  // other chapters it matched (first one wins)
  std::vector<std::string> warnings;      // the reader's warnings
};

struct BuildReport {
  std::vector<InputFate> inputs;  // one per input file (skipped files included), input order
  std::vector<std::string> chapter_titles;
  std::vector<std::vector<std::string>> chapter_ids;
  std::vector<std::string> notes;  // e.g. "chapter rule 'X' (book.toml:31) matched nothing"
  int included = 0, excluded = 0, skipped = 0;
};

struct Compiled {
  Book book;
  BuildReport report;
};

// archive: what read_archive gave; articles: read_articles() of archive.files, same order.
// Throws Error when the period selects no article at all.
Compiled compile_book(const BookSpec& spec, const ArchiveContents& archive,
                      const std::vector<std::variant<Article, NotAnArticle>>& articles);

// ASCII file-name stem from a title: "Tuyển tập 2019" → "tuyen-tap-2019" (đ → d); a title
// with no letter or digit gives "tuyen-tap".
std::string book_slug(std::string_view title);

// The preface file's paragraphs (blank lines separate them; lines inside one are joined).
// Throws Error naming the spec when the file cannot be read.
std::vector<std::string> read_preface(const BookSpec& spec);

std::string report_json(const BuildReport& r);
std::string report_text(const BuildReport& r, const Book& book);
std::string plan_text(const Book& book);

}  // namespace tuyentap
