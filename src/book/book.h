// book/: the Book value the compiler makes. The writers read its Presentation
// (book/presentation.h), never the raw files.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "article/article.h"
#include "article/caption_note.h"
#include "text/date.h"

namespace tuyentap {

struct BookMeta {
  std::string title;  // "Tuyển tập 2019"
  std::string subtitle;
  std::string publisher;  // issuing body: "Ban Tuyên giáo Thành ủy Bạc Liêu"
  std::string place;      // "Bạc Liêu"
  int year = 0;           // the book's year (shown on cover/title page)
  std::string editor;
  bool internal = false;  // for internal circulation only ("Lưu hành nội bộ")
  std::string language = "vi";
  std::string period_label;  // "Năm 2019", "Quý I/2019", "Tháng 1/2019", "01/01/2019 – 30/06/2019"
  std::vector<std::string> topics;  // distinct topics of the included articles, vi order
  std::string cover_image;          // path to the user's cover image; empty → generated cover
  std::string slug;                 // ASCII file name stem from the title: "tuyen-tap-2019"
  // What both books make of a caption whose photo is not in the book (article/caption_note.h).
  CaptionsWithoutPhoto captions_without_photo = CaptionsWithoutPhoto::Note;
};

struct Chapter {
  std::string title;              // "Xây dựng Đảng", "Tháng 1/2019", "Bài viết khác"
  std::vector<Article> articles;  // in reading order
};

struct Abbreviation {
  std::string short_form;  // "BTV"
  std::string long_form;   // "Ban Thường vụ"
};

struct Book {
  BookMeta meta;
  std::vector<std::string> preface;  // "Lời giới thiệu" paragraphs; empty → none
  std::vector<Chapter> chapters;
  std::vector<Abbreviation> abbreviations;  // "Danh mục chữ viết tắt", vi order
  // The list of articles (back matter) is every chapter's articles in order: the
  // Presentation (book/presentation.h) lists them for the writers.
};

}  // namespace tuyentap
