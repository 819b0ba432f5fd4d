// Readers: one input file → an Article, or a reason it is not one.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
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
  // this line opens a box of related links: it and the link titles after it are chrome; the
  // article goes on after the box when its text does, else it ends there ("Xem thêm:")
  std::vector<std::string> related;
  // a line of the site's footer: chrome when it stands after the article's last sentence
  // ("Liên hệ", "Địa chỉ: …", "Email: …")
  std::vector<std::string> footer;
};
// The markers the program was built with (templates/chrome-markers.txt at build time); a
// user's edited copy in the data folder is read by load/load.h's load_chrome_markers.
ChromeMarkers default_chrome_markers();
const char* builtin_chrome_markers_text();

struct ReadOptions {
  std::optional<Encoding> encoding;       // forced encoding, else detection (input_text.h)
  const ChromeMarkers* chrome = nullptr;  // nullptr: default_chrome_markers()
  // A folder larger than one batch is read in two passes (read_archive_articles): what its
  // first pass prepared is kept for the second while it weighs less than these, texts and
  // saved pages each; the other files are read and decoded again. Bounds on memory, not on
  // what is read. A page has the larger: parsing it again (gumbo) is most of its cost.
  std::size_t kept_prepared_bytes = 32u << 20;  // plain texts
  std::size_t kept_page_bytes = 64u << 20;      // saved pages
};

// What a file that is no article is, when the report names it with a code of its own (the
// book stage's Reason); Other is the general "not-an-article".
enum class NotArticleKind {
  Other,
  PageResource,  // a file of a saved page's "_files" folder (an ad frame, a script)
  LegacyWord,    // a Word 97–2003 document (.doc): the clerk saves it as .docx
  BookFile,      // the book's own file kept with the articles: a settings file (book.toml, a
                 // print style: content_kind.h) or the preface the spec names (the build knows)
};

// The reason given for a settings file (BookFile); the build gives its own for the preface.
inline constexpr std::string_view kSettingsFileReason =
    "a settings file (TOML: a book spec or a print style), not an article";

struct NotAnArticle {
  std::string reason;  // "empty file", "not text (PNG image)", "no title"…
  NotArticleKind kind = NotArticleKind::Other;
};

// Reads the archive's plain-text format (domain.md), or the text of a page as a browser saves
// it: kicker, title, date line, lead, paragraphs, captions ("… Ảnh: CREDIT"), byline, site
// chrome. Dispatches on content: a CMS export (JSON front matter + HTML body) is read with the
// HTML reader. A file read alone learns no chrome from its siblings (read_archive_articles).
std::variant<Article, NotAnArticle> read_article(const InputFile& file,
                                                 const ReadOptions& opts = {});

// What the reader learned of one group of sibling files (a folder, or a folder in a zip): the
// lines it took for the site's chrome because they recur across the group's files
// (article/learned_chrome.h). Only groups where something was learned are listed.
struct LearnedChrome {
  std::string group;                  // "archive/2019", "arch.zip!2019"; "" for loose files
  std::size_t files = 0;              // text files and saved pages of the group
  std::size_t lines = 0;              // chrome lines learned
  std::vector<std::string> examples;  // the most frequent ones, as written (at most 5)
};

struct ReadResults {
  std::vector<std::variant<Article, NotAnArticle>> articles;  // one per file, in their order
  std::vector<LearnedChrome> learned;  // by group, in the order of each group's first file
};

// Reads a whole archive: every file is decoded, the chrome of each group of sibling files is
// learned from the decoded texts, then every file is read with its group's chrome; both on
// every core (base/parallel.h). Groups are handled a few hundred files at a time (a batch); a
// group larger than a batch is decoded twice, for the evidence of its chrome first (hashes of
// lines), then to be read (but what ReadOptions::kept_prepared_bytes and kept_page_bytes keep). So
// memory holds one batch's texts and a large group's evidence, whatever the archive. Files whose
// bytes the archive's listing let go (InputFile::let_go) are read again for their batch.
// `progress`, when given, is called now and then with how many files are done.
ReadResults read_archive_articles(std::span<const InputFile> files, const ReadOptions& opts = {},
                                  const std::function<void(std::size_t)>& progress = {});

// The same, letting each file's bytes go as soon as they are no longer needed (once decoded;
// a Word document's once read): the paths stay. The raw archive and its articles are then
// never held whole together.
ReadResults read_archive_articles_freeing(std::span<InputFile> files, const ReadOptions& opts = {},
                                          const std::function<void(std::size_t)>& progress = {});

// One file's result, handed over as soon as it and every file before it are read.
using ReadSink = std::function<void(std::size_t file, std::variant<Article, NotAnArticle>&&)>;

// read_archive_articles_freeing, handing each result to `sink` in the files' order rather
// than keeping them all: memory holds only the results not handed over yet (those of one
// batch, when each folder's files come together, as they do sorted by path). The
// returned ReadResults has no articles.
ReadResults read_archive_articles_streamed(std::span<InputFile> files, const ReadOptions& opts,
                                           const std::function<void(std::size_t)>& progress,
                                           const ReadSink& sink);

// The articles of read_archive_articles alone, in the files' order.
std::vector<std::variant<Article, NotAnArticle>> read_articles(const std::vector<InputFile>& files,
                                                               const ReadOptions& opts = {});

}  // namespace tuyentap
