// book/presentation.h: everything a reader sees around the articles' own text, decided once
// for both books. The EPUB and the PDF writers consume a Presentation and add no words of
// their own: every label, chapter number, display title, placeholder, credit and source
// line, date as printed, the book's creators, title and language are decided here, so the
// two books cannot disagree. (A test greps layout/, pdf/ and epub/ for Vietnamese literals.)
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/picture.h"
#include "book/book.h"

namespace tuyentap {

// The books' own words. Vietnamese whatever the user's locale: the books are for Party cells.
namespace label {
inline constexpr const char* kCover = "Bìa";
inline constexpr const char* kTitlePage = "Trang tên sách";
inline constexpr const char* kPreface = "Lời giới thiệu";
inline constexpr const char* kContents = "Mục lục";
inline constexpr const char* kChapter = "Chương";
inline constexpr const char* kAbbreviations = "Danh mục chữ viết tắt";
inline constexpr const char* kArticleList = "Danh sách bài viết";
inline constexpr const char* kContinued = " (tiếp theo)";  // a list carried to another file
inline constexpr const char* kUntitled = "(Bài không có tiêu đề)";  // an article without a title
inline constexpr const char* kUntitledBook = "Tuyển tập";
inline constexpr const char* kEditor = "Biên tập: ";
inline constexpr const char* kSource = "Nguồn: ";
inline constexpr const char* kIssuedBy = "Đơn vị phát hành: ";                // on the imprint page
inline constexpr const char* kEditedAndIssuedBy = "Biên tập và phát hành: ";  // the same body
inline constexpr const char* kPublishedAt = "Nơi xuất bản: ";  // "…: Hậu Giang, 2019"
inline constexpr const char* kPublishedIn = "Năm xuất bản: ";  // "…: 2019" when no place is named
inline constexpr const char* kInternal = "Lưu hành nội bộ";    // spec: internal = true
inline constexpr const char* kTypesetWith = "Dàn trang bằng tuyentap, ngày ";  // + dd/mm/yyyy
inline constexpr const char* kArticles = " bài viết";           // after a count: "3 bài viết"
inline constexpr const char* kBookParts = "Các phần của sách";  // EPUB landmarks heading
inline constexpr const char* kBodyMatter = "Nội dung";          // EPUB landmark of the body
inline constexpr const char* kMetaSeparator = " · ";            // between date, author and topic
inline constexpr const char* kAuthorSeparator = " – ";  // "Title – Author" in the article list
inline constexpr const char* kNeverBroken = "Hồ Chí Minh";  // a title never breaks inside it
inline constexpr const char* kPhotoAlt = "Ảnh minh họa";    // what a photo without caption shows
inline constexpr const char* kAccessibilitySummary =
    "Sách chỉ có văn bản, đọc được bằng trình đọc màn hình; có mục lục lồng chương và bài "
    "viết, tiêu đề theo cấp và thứ tự đọc theo thứ tự bài viết.";
// The summary of a book with photos, then what is true of their captions and of page numbers.
inline constexpr const char* kSummaryWithPhotos =
    "Sách có văn bản và ảnh, đọc được bằng trình đọc màn hình; có mục lục lồng chương và bài "
    "viết, tiêu đề theo cấp và thứ tự đọc theo thứ tự bài viết.";
inline constexpr const char* kSummaryPhotosDescribed =
    " Mỗi ảnh có văn bản thay thế lấy từ chú thích của ảnh.";
inline constexpr const char* kSummaryPhotosUndescribed =
    " Có ảnh không có chú thích nên không có văn bản thay thế.";
inline constexpr const char* kSummaryPageBreaks =
    " Có dấu ngắt trang và danh sách trang theo số trang của bản in PDF.";
inline constexpr const char* kPrintedPages = "Trang của bản in";  // the EPUB's page-list heading
}  // namespace label

// "Chương I", "Chương II" … for the chapter at 0-based `index`: both books and the plan.
std::string chapter_number(std::size_t index);

// One part of an article's meta line, in the order shown: date, author, topic.
struct MetaPart {
  enum Kind { Date, Author, Topic } kind;
  std::string text;
};

// How an article is shown. What follows from the Article's own fields alone (its meta
// line, its file, its source line and address, its date in the list) is made when asked
// for, from `article`: 100,000 small articles' views held their meta parts, meta line and
// file besides, some 40 MB, then their source line, address and list date, 96 bytes each
// (issue 12).
struct ArticleView {
  const Article* article = nullptr;  // its own text: lead and blocks; never null
  std::string title;        // the title with its range dashes (text/dashes.h), or label::kUntitled
  std::size_t chapter = 0;  // index into Presentation::chapters
  // What its captions without a photo become (article/caption_note.h's caption_role).
  CaptionsWithoutPhoto captions_without_photo = CaptionsWithoutPhoto::Note;
};

// The parts of an article's meta line: "Thứ Hai, ngày 28 tháng 01 năm 2019", author, topic.
std::vector<MetaPart> meta_parts(const ArticleView& v);
// The parts joined by label::kMetaSeparator; "" when it has none.
std::string meta_line(const ArticleView& v);
// "28/01/2019" in the article list, "" when undated.
std::string list_date(const ArticleView& v);
// Where it was published, as a reader understands it — "Nguồn: Báo Bạc Liêu, 28/01/2019" —
// from the Article's source; never a local file path: "" when the article names none. The
// page's address, for a link in the EPUB, is the Article's: `article->source.url`.
std::string source_line(const ArticleView& v);

struct ChapterView {
  const Chapter* chapter = nullptr;
  std::string number;   // "Chương I"
  std::string title;    // the chapter's title, or its number when it has none
  std::string heading;  // "Chương I. Xây dựng Đảng": contents, bookmarks, navigation
  std::string count;    // "3 bài viết"
  std::vector<std::size_t> articles;  // indexes into Presentation::articles, reading order
};

// Who made the book, with a MARC relator code: "pbl" (publisher) or "edt" (editor).
struct Creator {
  std::string name;
  std::string role;
};

struct Presentation {
  const Book* book = nullptr;
  std::string title;  // never empty
  std::string subtitle;
  std::string full_title;  // "title: subtitle", for document metadata
  std::string publisher;
  std::string period;       // "Năm 2019"
  std::string editor_line;  // "Biên tập: …", "" when no editor is named
  std::string place_year;   // "Hậu Giang, 2019"
  std::string circulation;  // label::kInternal when the spec says so, else ""
  // The imprint page's lines (behind the title page in the book styles): the full title,
  // the period, who issued and edited the book, where and when, the circulation. The
  // typesetter adds the tool and the date (label::kTypesetWith).
  std::vector<std::string> imprint;
  std::vector<Creator> creators;         // the issuing body first; the editor when another body
  std::string language;                  // BCP 47 as the spec gives it: "vi"
  std::string language_region;           // with a region where the reader expects one: "vi-VN"
  std::vector<std::string> topics;       // distinct topics of the included articles, vi order
  std::vector<std::string> preface;      // paragraphs; empty → no preface
  std::shared_ptr<const Picture> cover;  // the user's cover picture; null → a generated cover
  std::vector<ChapterView> chapters;
  std::vector<ArticleView> articles;  // every chapter's articles in reading order
};

// Builds the presentation of a Book. `cover` is the picture the spec names, already read
// and checked by the caller (null for none). The Book must outlive the Presentation.
Presentation present(const Book& book, std::shared_ptr<const Picture> cover = nullptr);

}  // namespace tuyentap
