// The shape of the EPUB before any page is written: which files there are, in which
// reading order, and what each is called. Pages, navigation and package all read it, so
// a link and its target cannot disagree.
#pragma once

#include <string>
#include <vector>

#include "book/book.h"

namespace tuyentap::epub {

// Vietnamese labels the reader sees.
inline constexpr const char* kLabelCover = "Bìa";
inline constexpr const char* kLabelTitlePage = "Trang tên sách";
inline constexpr const char* kLabelPreface = "Lời giới thiệu";
inline constexpr const char* kLabelToc = "Mục lục";
inline constexpr const char* kLabelChapter = "Chương";
inline constexpr const char* kLabelAbbreviations = "Danh mục chữ viết tắt";
inline constexpr const char* kLabelList = "Danh sách bài viết";
inline constexpr const char* kLabelSource = "Nguồn: ";
inline constexpr const char* kLabelPhoto = "Ảnh: ";
inline constexpr const char* kLabelContinued = " (tiếp theo)";
inline constexpr const char* kLabelUntitled = "(Bài không có tiêu đề)";

// Lists longer than this are split over several files: small files open fast on e-ink
// readers, and some old reading systems refuse files over a few hundred KB.
inline constexpr size_t kTocRowsPerFile = 300;
inline constexpr size_t kListRowsPerFile = 200;

struct PlannedArticle {
  const Article* article = nullptr;
  int chapter = 0;    // index into Plan::chapters
  std::string file;   // "a00001.xhtml"
  std::string title;  // the title, or kLabelUntitled
};

struct PlannedChapter {
  const Chapter* chapter = nullptr;
  std::string file;              // "ch001.xhtml"
  std::string number;            // "Chương I"
  std::string title;             // "Xây dựng Đảng"
  std::vector<size_t> articles;  // indexes into Plan::articles
};

struct CoverImage {
  std::string file;        // "images/cover.jpg"
  std::string media_type;  // "image/jpeg" / "image/png"
  std::string data;
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

// Reads the cover image when the book names one; throws Error when it cannot be read or is
// neither JPEG nor PNG.
Plan make_plan(const Book& book);

// The number of files a list of n rows takes at `per_file` rows each (at least one).
size_t file_count(size_t n, size_t per_file);

}  // namespace tuyentap::epub
