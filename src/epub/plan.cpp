#include "epub/plan.h"

#include <cstdio>

#include "article/caption_note.h"

namespace tuyentap::epub {

namespace {

std::string numbered(const char* stem, size_t n, int width) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s%0*zu.xhtml", stem, width, n);
  return buf;
}

}  // namespace

std::vector<TocRow> toc_rows(const Plan& plan) {
  std::vector<TocRow> rows;
  if (!plan.preface_file.empty()) rows.push_back({0, -1, plan.preface_file, label::kPreface, ""});
  for (size_t c = 0; c < plan.chapters.size(); ++c) {
    const PlannedChapter& pc = plan.chapters[c];
    rows.push_back({0, static_cast<int>(c), pc.file, pc.heading, ""});
    for (size_t a : pc.articles) {
      const PlannedArticle& pa = plan.articles[a];
      rows.push_back({1, static_cast<int>(c), pa.file, pa.title, pa.article->file});
    }
  }
  if (!plan.abbreviations_file.empty())
    rows.push_back({0, -1, plan.abbreviations_file, label::kAbbreviations, ""});
  if (!plan.list_files.empty())
    rows.push_back({0, -1, plan.list_files.front(), label::kArticleList, ""});
  return rows;
}

size_t file_count(size_t n, size_t per_file) {
  return n == 0 ? 1 : (n + per_file - 1) / per_file;
}

namespace {

// The article's photos: a file name for each picture not seen before.
void plan_photos(const Article& a, std::map<const Picture*, std::size_t>& index, Plan& plan,
                 std::vector<std::string>& files) {
  std::vector<PhotoImage>& photos = plan.photos;
  for (const Block& b : a.blocks) {
    if (b.type != BlockType::Caption || !b.photo.picture) continue;
    if (caption_text(b).empty()) ++plan.photos_without_text;  // its img gets alt=""
    auto [it, added] = index.emplace(b.photo.picture.get(), photos.size());
    if (added) {
      std::string name = numbered("images/p", photos.size() + 1, 4);
      name = name.substr(0, name.rfind('.') + 1) + b.photo.picture->extension();
      photos.push_back({std::move(name), b.photo.picture});
    }
    files.push_back(photos[it->second].file);
  }
}

}  // namespace

Plan make_plan(const Presentation& book, std::shared_ptr<const Picture> drawn_cover) {
  Plan p;
  p.title = book.title;
  std::shared_ptr<const Picture> cover = book.cover ? book.cover : std::move(drawn_cover);
  if (cover) {
    p.cover_image.file = std::string("images/cover.") + cover->extension();
    p.cover_image.picture = std::move(cover);
    p.has_cover_image = true;
  }
  if (!book.preface.empty()) p.preface_file = "preface.xhtml";
  std::map<const Picture*, std::size_t> photo_index;  // each picture packaged once
  p.articles.reserve(book.articles.size());

  for (size_t c = 0; c < book.chapters.size(); ++c) {
    const ChapterView& cv = book.chapters[c];
    PlannedChapter pc;
    pc.chapter = cv.chapter;
    pc.file = numbered("ch", c + 1, 3);
    pc.number = cv.number;
    pc.title = cv.title;
    pc.heading = cv.heading;
    pc.count = cv.count;
    pc.articles.reserve(cv.articles.size());
    for (size_t index : cv.articles) {
      const ArticleView& v = book.articles[index];
      PlannedArticle pa;
      pa.article = v.article;
      pa.view = &v;
      pa.chapter = static_cast<int>(c);
      pa.file = numbered("a", p.articles.size() + 1, 5);
      pa.title = v.title;
      pa.shown = index;
      plan_photos(*v.article, photo_index, p, pa.photo_files);
      pc.articles.push_back(p.articles.size());
      p.articles.push_back(std::move(pa));
    }
    p.chapters.push_back(std::move(pc));
  }
  if (!book.book->abbreviations.empty()) p.abbreviations_file = "abbreviations.xhtml";
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
