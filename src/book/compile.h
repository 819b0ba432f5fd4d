// The compiler: articles + spec → Book + report of every input's fate.
#pragma once

#include <string>
#include <string_view>
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
// The same, moving the book's articles out of `articles` rather than copying them (the
// others are left as they are): a large archive's articles are then not held twice.
Compiled compile_book(const BookSpec& spec, const ArchiveContents& archive,
                      std::vector<std::variant<Article, NotAnArticle>>&& articles);

// The paragraphs of a preface file's bytes (read by load/load.h's load_preface): decoded as
// articles are (an old office machine may have typed it in TCVN3), blank lines separate
// paragraphs, lines inside one are joined.
std::vector<std::string> preface_paragraphs(std::string_view bytes);

}  // namespace tuyentap
