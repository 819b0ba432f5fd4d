#include "book/presentation.h"

#include "text/dashes.h"
#include "text/date.h"
#include "text/normalize.h"

namespace tuyentap {

std::vector<MetaPart> meta_parts(const ArticleView& v) {
  const Article& a = *v.article;
  std::vector<MetaPart> parts;
  if (a.date && a.date->valid()) parts.push_back({MetaPart::Date, vi_long_date(*a.date)});
  if (!a.author.empty()) parts.push_back({MetaPart::Author, a.author});
  if (!a.topic.empty()) parts.push_back({MetaPart::Topic, a.topic});
  return parts;
}

std::string meta_line(const ArticleView& v) {
  std::string out;
  for (const MetaPart& p : meta_parts(v)) {
    if (!out.empty()) out += label::kMetaSeparator;
    out += p.text;
  }
  return out;
}

std::string list_date(const ArticleView& v) {
  const Article& a = *v.article;
  return a.date && a.date->valid() ? vi_short_date(*a.date) : std::string();
}

// "Nguồn: Báo Bạc Liêu, 28/01/2019"; the address alone when no site is named.
std::string source_line(const ArticleView& v) {
  const ArticleSource& source = v.article->source;
  std::string where = !source.site.empty() ? source.site : source.url;
  if (where.empty()) return {};
  const std::string date = source.site.empty() ? std::string() : list_date(v);
  return label::kSource + where + (date.empty() ? "" : ", " + date);
}

namespace {

ArticleView article_view(const Article& a, std::size_t chapter, CaptionsWithoutPhoto rule) {
  ArticleView v;
  v.article = &a;
  // As both books print it ("2020 – 2022"): the contents, bookmarks, navigation and the
  // article list then name the article as its page does.
  v.title = a.title.empty() ? std::string(label::kUntitled) : range_dashes(a.title);
  v.chapter = chapter;
  v.captions_without_photo = rule;
  return v;
}

std::string place_year(const BookMeta& m) {
  std::string year = m.year > 0 ? std::to_string(m.year) : std::string();
  if (m.place.empty()) return year;
  return year.empty() ? m.place : m.place + ", " + year;
}

// The issuing body first; the editor too when it is another body ("Tỉnh ủy" and "Tỉnh uỷ",
// or a different case, are the same body). A body that both edits and issues the book
// compiled it: it is named once, as its editor.
bool edits_and_issues(const BookMeta& m) {
  return !m.editor.empty() && fold_exact(m.editor) == fold_exact(m.publisher);
}

std::vector<Creator> creators(const BookMeta& m) {
  std::vector<Creator> out;
  bool same = edits_and_issues(m);
  if (!m.publisher.empty()) out.push_back({m.publisher, same ? "edt" : "pbl"});
  if (!m.editor.empty() && !same) out.push_back({m.editor, "edt"});
  return out;
}

std::vector<std::string> imprint(const Presentation& p, const BookMeta& m) {
  std::vector<std::string> lines = {p.full_title};
  if (!p.period.empty()) lines.push_back(p.period);
  if (!m.publisher.empty())
    lines.push_back((edits_and_issues(m) ? label::kEditedAndIssuedBy : label::kIssuedBy) +
                    m.publisher);
  if (!p.editor_line.empty()) lines.push_back(p.editor_line);
  // A year alone is no place: "Nơi xuất bản: 2019" would name the year as the place.
  if (!m.place.empty())
    lines.push_back(label::kPublishedAt + p.place_year);
  else if (!p.place_year.empty())
    lines.push_back(label::kPublishedIn + p.place_year);
  if (!p.circulation.empty()) lines.push_back(p.circulation);
  return lines;
}

}  // namespace

std::string chapter_number(std::size_t index) {
  return std::string(label::kChapter) + " " + roman(static_cast<int>(index) + 1);
}

Presentation present(const Book& book, std::shared_ptr<const Picture> cover) {
  const BookMeta& m = book.meta;
  Presentation p;
  p.book = &book;
  p.title = m.title.empty() ? std::string(label::kUntitledBook) : range_dashes(m.title);
  p.subtitle = range_dashes(m.subtitle);
  p.full_title = p.subtitle.empty() ? p.title : p.title + ": " + p.subtitle;
  p.publisher = m.publisher;
  p.period = m.period_label;
  // named once: a body that edits and issues the book is on the title page as its publisher
  if (!m.editor.empty() && !edits_and_issues(m)) p.editor_line = label::kEditor + m.editor;
  p.place_year = place_year(m);
  p.creators = creators(m);
  if (m.internal) p.circulation = label::kInternal;
  p.imprint = imprint(p, m);
  p.language = m.language.empty() ? std::string("vi") : m.language;
  p.language_region = p.language == "vi" ? std::string("vi-VN") : p.language;
  p.topics = m.topics;
  p.preface = book.preface;
  p.cover = std::move(cover);

  std::size_t article_count = 0;
  for (const Chapter& ch : book.chapters) article_count += ch.articles.size();
  p.articles.reserve(article_count);
  for (std::size_t c = 0; c < book.chapters.size(); ++c) {
    const Chapter& ch = book.chapters[c];
    ChapterView cv;
    cv.chapter = &ch;
    cv.number = chapter_number(c);
    cv.title = ch.title.empty() ? cv.number : range_dashes(ch.title);
    cv.heading = cv.number + ". " + cv.title;
    cv.count = std::to_string(ch.articles.size()) + label::kArticles;
    cv.articles.reserve(ch.articles.size());
    for (const Article& a : ch.articles) {
      cv.articles.push_back(p.articles.size());
      p.articles.push_back(article_view(a, c, book.meta.captions_without_photo));
    }
    p.chapters.push_back(std::move(cv));
  }
  return p;
}

}  // namespace tuyentap
