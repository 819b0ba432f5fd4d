// The compiler: articles + spec → Book + report of every input's fate.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "archive/archive.h"
#include "article/reader.h"
#include "book/book.h"
#include "book/fate.h"
#include "book/spec.h"

namespace tuyentap {

struct Compiled {
  Book book;
  BuildReport report;
};

// archive: what read_archive gave; articles: read_articles() of archive.files, same order.
// Throws Error when the period selects no article at all.
Compiled compile_book(const BookSpec& spec, const ArchiveContents& archive,
                      const std::vector<std::variant<Article, NotAnArticle>>& articles);

// The preface file's paragraphs (blank lines separate them; lines inside one are joined).
// Throws Error naming the spec when the file cannot be read.
std::vector<std::string> read_preface(const BookSpec& spec);

}  // namespace tuyentap
