#include "epub/plan.h"

#include <cstdio>

#include "base/error.h"
#include "base/paths.h"
#include "text/date.h"

namespace tuyentap::epub {

namespace {

std::string numbered(const char* stem, size_t n, int width) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s%0*zu.xhtml", stem, width, n);
  return buf;
}

CoverImage read_cover(const std::string& path) {
  CoverImage img;
  img.data = read_file_bytes(path);
  const std::string& d = img.data;
  if (d.size() > 3 && d.compare(0, 3, "\xFF\xD8\xFF") == 0) {
    img.file = "images/cover.jpg";
    img.media_type = "image/jpeg";
  } else if (d.size() > 8 && d.compare(0, 8, "\x89PNG\r\n\x1A\n") == 0) {
    img.file = "images/cover.png";
    img.media_type = "image/png";
  } else {
    throw Error("the cover image is neither JPEG nor PNG", path, 0,
                "convert it to JPEG or PNG, or leave cover_image empty for a generated cover");
  }
  return img;
}

}  // namespace

std::vector<TocRow> toc_rows(const Plan& plan) {
  std::vector<TocRow> rows;
  if (!plan.preface_file.empty()) rows.push_back({0, -1, plan.preface_file, kLabelPreface, ""});
  for (size_t c = 0; c < plan.chapters.size(); ++c) {
    const PlannedChapter& pc = plan.chapters[c];
    rows.push_back({0, static_cast<int>(c), pc.file, pc.number + ". " + pc.title, ""});
    for (size_t a : pc.articles) {
      const PlannedArticle& pa = plan.articles[a];
      rows.push_back({1, static_cast<int>(c), pa.file, pa.title, pa.article->file});
    }
  }
  if (!plan.abbreviations_file.empty())
    rows.push_back({0, -1, plan.abbreviations_file, kLabelAbbreviations, ""});
  if (!plan.list_files.empty()) rows.push_back({0, -1, plan.list_files.front(), kLabelList, ""});
  return rows;
}

size_t file_count(size_t n, size_t per_file) {
  return n == 0 ? 1 : (n + per_file - 1) / per_file;
}

Plan make_plan(const Book& book) {
  Plan p;
  p.title = book.meta.title.empty() ? std::string("Tuyển tập") : book.meta.title;
  if (!book.meta.cover_image.empty()) {
    p.cover_image = read_cover(book.meta.cover_image);
    p.has_cover_image = true;
  }
  if (!book.preface.empty()) p.preface_file = "preface.xhtml";

  for (size_t c = 0; c < book.chapters.size(); ++c) {
    const Chapter& ch = book.chapters[c];
    PlannedChapter pc;
    pc.chapter = &ch;
    pc.file = numbered("ch", c + 1, 3);
    // Roman, as the printed book numbers its chapters ("Chương I"), so both agree.
    pc.number = std::string(kLabelChapter) + " " + roman(static_cast<int>(c) + 1);
    pc.title = ch.title.empty() ? pc.number : ch.title;
    for (const Article& a : ch.articles) {
      PlannedArticle pa;
      pa.article = &a;
      pa.chapter = static_cast<int>(c);
      pa.file = numbered("a", p.articles.size() + 1, 5);
      pa.title = a.title.empty() ? std::string(kLabelUntitled) : a.title;
      pc.articles.push_back(p.articles.size());
      p.articles.push_back(std::move(pa));
    }
    p.chapters.push_back(std::move(pc));
  }
  if (!book.abbreviations.empty()) p.abbreviations_file = "abbreviations.xhtml";
  if (!p.articles.empty()) {
    for (size_t i = 0; i < file_count(p.articles.size(), kListRowsPerFile); ++i)
      p.list_files.push_back(numbered("list", i + 1, 2));
  }
  // The rows do not depend on the toc files themselves, so they can be counted now.
  for (size_t i = 0; i < file_count(toc_rows(p).size(), kTocRowsPerFile); ++i)
    p.toc_files.push_back(numbered("toc", i + 1, 2));
  return p;
}

}  // namespace tuyentap::epub
