// Readers: one input file → an Article, or a reason it is not one.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include "archive/archive.h"
#include "article/article.h"
#include "text/decode.h"

namespace tuyentap {

// Lines that start the site's trailing chrome, or are chrome wherever they stand
// ("Viết bình luận mới", "thăm dò ý kiến", "Tin liên quan", "Chia sẻ", "In bài", "©" …).
// Loaded from templates/chrome-markers.txt, which a user can extend.
struct ChromeMarkers {
  std::vector<std::string> ends_article;  // this line and everything after is chrome
  std::vector<std::string> drop_line;     // this line alone is chrome
};
ChromeMarkers load_chrome_markers(const std::string& path);  // throws Error when unreadable
ChromeMarkers default_chrome_markers();  // templates/chrome-markers.txt from data_dir()

struct ReadOptions {
  std::optional<Encoding> encoding;       // forced encoding, else detection (input_text.h)
  const ChromeMarkers* chrome = nullptr;  // nullptr: default_chrome_markers()
};

struct NotAnArticle {
  std::string reason;  // "empty file", "not text (PNG image)", "no title"…
};

// Reads the archive's plain-text format (domain.md): kicker, title, date line, lead,
// paragraphs, captions ("… Ảnh: CREDIT"), byline, trailing chrome. Dispatches on content:
// a CMS export (JSON front matter + HTML body) is read with the HTML reader.
std::variant<Article, NotAnArticle> read_article(const InputFile& file,
                                                 const ReadOptions& opts = {});

// Reads a whole archive's files in parallel (base/parallel.h); results in the same order as the
// files.
std::vector<std::variant<Article, NotAnArticle>> read_articles(const std::vector<InputFile>& files,
                                                               const ReadOptions& opts = {});
// The same over part of an archive's files, without copying them (a caller reading in
// chunks to show progress passes std::span(files).subspan(start, n)). A name of its own: an
// overload would make read_articles({}) ambiguous.
std::vector<std::variant<Article, NotAnArticle>> read_articles_in(std::span<const InputFile> files,
                                                                  const ReadOptions& opts = {});

}  // namespace tuyentap
