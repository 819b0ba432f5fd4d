// A generated article written out: as the archive stores it (plain text with site chrome),
// as Markdown for pandoc, and as one HTML book for WeasyPrint and wkhtmltopdf. The three
// carry the same article text, so the benchmarks compare like with like.
#pragma once

#include <string>
#include <vector>

#include "corpus/article_gen.h"

namespace corpus {

// "Thứ Hai, 28/01/2019 | 15:27" and the other variants real archives have.
std::string date_line(const GenArticle& a);

// The archive's plain-text format, NFC UTF-8 with LF line ends (the caller varies those).
std::string to_plain_text(const GenArticle& a);

// "# Title", an italic meta line, the lead in bold, paragraphs, captions in italics, byline.
std::string to_markdown(const GenArticle& a);

// One HTML document holding every article (an h1 each), styled for A4 with the project's
// Liberation Serif fonts, found at `fonts_url` (relative to the HTML file).
std::string to_html_book(const std::vector<GenArticle>& articles, const std::string& fonts_url);

}  // namespace corpus
