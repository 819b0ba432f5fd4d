// The quality bars every book the tests make must meet (DEVELOPERS.md), as reusable checks.
#pragma once

#include <string>
#include <vector>

namespace tt_test {

// epubcheck's verdict on each file, in one run of the checker per call (it is slow to start).
// Returns the messages of any file with an error or a warning; empty means all clean.
std::string epubcheck_problems(const std::vector<std::string>& epubs);

// qpdf --check and pdffonts: "" when the file is sound and every font is embedded, subset and
// has a Unicode map; else what is wrong.
std::string pdf_problems(const std::string& pdf);

// The PDF's text (pdftotext), white space folded, without the page furniture: lines that
// are only a page number, and lines equal to one of `running_heads` (book and chapter titles).
std::string pdf_body_text(const std::string& pdf,
                          const std::vector<std::string>& running_heads = {});

// The book title and the chapter titles of a build, from its report.json and output line.
std::vector<std::string> running_heads(const std::string& report_json,
                                       const std::string& book_title);

// Reads the archive with the project's own reader and returns, for each article that the
// report says is included, in book order, the pieces of text a reader must find.
struct ExpectedArticle {
  std::string file, title;
  std::vector<std::string> pieces;  // title, lead, each block and credit: NFC, whitespace folded
  std::string author;               // anywhere (writers put it in the meta line or at the end)
};
std::vector<ExpectedArticle> included_articles(const std::vector<std::string>& inputs,
                                               const std::string& report_json);

// Finds each article's pieces in `haystack` in order (and, with book_order, the articles one
// after the other); returns "" or the first piece not found.
std::string first_missing_in_order(const std::string& haystack,
                                   const std::vector<ExpectedArticle>& articles, bool book_order);

// All the XHTML text of an EPUB (tags removed, entities decoded, white space folded).
std::string epub_text(const std::string& epub);

}  // namespace tt_test
