// The shape of the EPUB before any page is written: which files there are, in which
// reading order, and what each is called. Pages, navigation and package all read it, so
// a link and its target cannot disagree.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "book/presentation.h"

namespace tuyentap::epub {

// Lists longer than this are split over several files: small files open fast on e-ink
// readers, and some old reading systems refuse files over a few hundred KB.
inline constexpr size_t kTocRowsPerFile = 300;
inline constexpr size_t kListRowsPerFile = 200;

struct PlannedArticle {
  const Article* article = nullptr;
  const ArticleView* view = nullptr;  // how it is shown: title, meta line, source line
  int chapter = 0;                    // index into Plan::chapters
  std::string file;                   // "a00001.xhtml"
  std::string title;                  // the title, or label::kUntitled
  std::size_t shown = 0;              // index into Presentation::articles
  // The EPUB file of each of its photos shown (caption_role Figure), in block order.
  std::vector<std::string> photo_files;
};

struct PlannedChapter {
  const Chapter* chapter = nullptr;
  std::string file;              // "ch001.xhtml"
  std::string number;            // "Chương I"
  std::string title;             // "Xây dựng Đảng"
  std::string heading;           // "Chương I. Xây dựng Đảng"
  std::string count;             // "3 bài viết"
  std::vector<size_t> articles;  // indexes into Plan::articles
};

struct CoverImage {
  std::string file;                        // "images/cover.jpg"
  std::shared_ptr<const Picture> picture;  // its bytes and media type
};

// A photo of the articles, packaged once however many captions show it.
struct PhotoImage {
  std::string file;                        // "images/p0001.jpg"
  std::shared_ptr<const Picture> picture;  // as the archive gave it (the writer may shrink it)
};

struct Plan {
  std::string title;  // the book's title, never empty
  bool has_cover_image = false;
  CoverImage cover_image;
  std::string cover_file = "cover.xhtml";
  std::string title_file = "title.xhtml";
  std::string preface_file;  // "" when there is no preface
  std::vector<std::string> toc_files;
  std::vector<PlannedChapter> chapters;
  std::vector<PlannedArticle> articles;
  std::string abbreviations_file;       // "" when there are none
  std::vector<std::string> list_files;  // "" entries never; empty when no article
  std::vector<PhotoImage> photos;       // in order of first appearance
  std::size_t photos_without_text = 0;  // figures whose caption gives no alternative text
};

// One line of the "Mục lục" pages: front and back matter and chapters at level 0, articles
// at level 1 under their chapter.
struct TocRow {
  int level = 0;
  int chapter = -1;  // level 0 rows of a chapter: its index (to repeat it on the next file)
  std::string href;
  std::string text;
  std::string source;  // level 1: the article's source file (what problems name)
};
std::vector<TocRow> toc_rows(const Plan& plan);

// The files of the book. The Presentation must outlive the Plan. `drawn_cover` is the cover
// image when the book has none of its own (null: none).
Plan make_plan(const Presentation& book, std::shared_ptr<const Picture> drawn_cover = nullptr);

// The number of files a list of n rows takes at `per_file` rows each (at least one).
size_t file_count(size_t n, size_t per_file);

}  // namespace tuyentap::epub
