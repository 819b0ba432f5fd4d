// Cover, title page, preface, "Mục lục" and chapter openers.
#include <string>

#include "epub/pages.h"
#include "epub/semantics.h"
#include "epub/utf8.h"

namespace tuyentap::epub {

namespace {

void add_if(PageWriter& w, pugi::xml_node parent, const char* tag, const std::string& text,
            Face face, const char* cls) {
  if (!text.empty()) w.add(parent, tag, text, face, cls);
}

}  // namespace

std::string cover_page(PageWriter& w, const Presentation& book, const Plan& plan) {
  // DPUB-ARIA's doc-cover is an image's role: the picture carries "cover", not the page.
  pugi::xml_node s = w.begin("cover", label::kCover, "", "cover");
  w.mark(s, {PagePlace::Part::Cover}, plan.cover_file);
  if (plan.has_cover_image) {
    pugi::xml_node div = s.append_child("div");
    div.append_attribute("class") = "cover-image";
    pugi::xml_node img = div.append_child("img");
    set_semantics(img, "cover");
    img.append_attribute("src") = plan.cover_image.file.c_str();
    img.append_attribute("alt") = xml_safe(plan.title).c_str();
    return w.finish();
  }
  // A cover drawn with text and CSS: a reader's library shows the title even without art.
  // Its title is not a heading: the title page's h1 is the book's one.
  const Presentation& m = book;
  s.attribute("class") = "cover generated";
  add_if(w, s, "p", m.publisher, Face::SansRegular, "cover-publisher");
  w.add(s, "p", plan.title, Face::SansBold, "cover-title");
  add_if(w, s, "p", m.subtitle, Face::SansRegular, "cover-subtitle");
  add_if(w, s, "p", m.period, Face::SansRegular, "cover-period");
  add_if(w, s, "p", m.place_year, Face::SansRegular, "cover-year");
  return w.finish();
}

std::string title_page(PageWriter& w, const Presentation& book, const Plan& plan) {
  const Presentation& m = book;
  pugi::xml_node s = w.begin("title", plan.title, "", "title page");
  s.append_attribute("epub:type") = "titlepage";
  w.mark(s, {PagePlace::Part::TitlePage}, plan.title_file);
  add_if(w, s, "p", m.publisher, Face::SansRegular, "publisher");
  w.add(s, "h1", plan.title, Face::SansBold, "book-title");
  add_if(w, s, "p", m.subtitle, Face::SansRegular, "subtitle");
  add_if(w, s, "p", m.period, Face::SansRegular, "period");
  add_if(w, s, "p", m.editor_line, Face::SansRegular, "editor");
  add_if(w, s, "p", m.place_year, Face::SansRegular, "place-year");
  // The printed book's imprint page has no EPUB page of its own: it follows the title page.
  w.mark_at_end(s, PagePlace::Part::Imprint, plan.title_file);
  return w.finish();
}

std::string preface_page(PageWriter& w, const Presentation& book, const Plan& plan) {
  using Part = PagePlace::Part;
  pugi::xml_node s = w.begin("preface", label::kPreface, "", "preface");
  set_semantics(s, "preface");
  w.mark(w.add(s, "h1", label::kPreface, Face::SansBold), {Part::Preface}, plan.preface_file);
  for (std::size_t i = 0; i < book.preface.size(); ++i) {
    pugi::xml_node p = w.add(s, "p", book.preface[i], Face::SerifRegular);
    w.mark(p, {Part::Preface, -1, static_cast<int>(i)}, plan.preface_file);
  }
  return w.finish();
}

std::vector<std::string> toc_pages(PageWriter& w, const Plan& plan) {
  std::vector<TocRow> rows = toc_rows(plan);
  std::vector<std::string> pages;
  for (size_t f = 0; f < plan.toc_files.size(); ++f) {
    std::string heading = label::kContents;
    if (f > 0) heading += label::kContinued;
    pugi::xml_node s = w.begin("toc", heading, "", "table of contents");
    set_semantics(s, "toc");
    pugi::xml_node h1 = w.add(s, "h1", heading, Face::SansBold);
    if (f == 0) w.mark(h1, {PagePlace::Part::Contents}, plan.toc_files[f]);
    pugi::xml_node list = s.append_child("ol");
    list.append_attribute("class") = "toc";
    pugi::xml_node sub;  // the open chapter's list of articles
    size_t begin = f * kTocRowsPerFile, end = std::min(rows.size(), begin + kTocRowsPerFile);
    for (size_t r = begin; r < end; ++r) {
      const TocRow& row = rows[r];
      // The printed contents lines are these rows without the preface's.
      const int line = static_cast<int>(r) - (plan.preface_file.empty() ? 0 : 1);
      auto mark = [&](pugi::xml_node li) {
        w.mark(li, {PagePlace::Part::Contents, -1, line}, plan.toc_files[f]);
      };
      if (row.level == 1 && !sub) {
        // A chapter carried over from the previous file: repeat its line first.
        w.set_source("", "table of contents");
        const TocRow* head = nullptr;
        for (size_t k = r; k-- > 0;) {
          if (rows[k].level == 0) {
            head = &rows[k];
            break;
          }
        }
        pugi::xml_node li = list.append_child("li");
        li.append_attribute("class") = "toc-chapter";
        pugi::xml_node a = li.append_child("a");
        a.append_attribute("href") = head->href.c_str();
        w.text(a, head->text + label::kContinued, Face::SansBold);
        sub = li.append_child("ol");
      }
      if (row.level == 0) {
        w.set_source("", "table of contents");
        pugi::xml_node li = list.append_child("li");
        li.append_attribute("class") = "toc-chapter";
        pugi::xml_node a = li.append_child("a");
        a.append_attribute("href") = row.href.c_str();
        w.text(a, row.text, Face::SansBold);
        mark(a);
        sub = row.chapter >= 0 ? li : pugi::xml_node();
        if (sub) sub = li.append_child("ol");
      } else {
        w.set_source(row.source, "table of contents");
        pugi::xml_node li = sub.append_child("li");
        pugi::xml_node a = li.append_child("a");
        a.append_attribute("href") = row.href.c_str();
        w.text(a, row.text, Face::SerifRegular);
        mark(a);
      }
    }
    // An empty <ol> is not valid XHTML: drop the lists of chapters without articles.
    for (pugi::xml_node li = list.first_child(); li; li = li.next_sibling()) {
      pugi::xml_node ol = li.child("ol");
      if (ol && !ol.first_child()) li.remove_child(ol);
    }
    pages.push_back(w.finish());
  }
  return pages;
}

std::string chapter_page(PageWriter& w, const PlannedChapter& c, int index) {
  pugi::xml_node s = w.begin("chapter", c.heading, "", "chapter opener");
  set_semantics(s, "part");
  // "Chương I" inside the heading, so that a screen reader's heading list names the chapter.
  pugi::xml_node h = s.append_child("h1");
  h.append_attribute("class") = "chapter-title";
  if (!c.number.empty()) {
    w.add(h, "span", c.number, Face::SansRegular, "chapter-number");
    w.text(h, " ", Face::SansBold);
  }
  w.text(h, c.title, Face::SansBold);
  w.mark(h, {PagePlace::Part::ChapterOpener, index}, c.file);
  w.add(s, "p", c.count, Face::SansRegular, "chapter-count");
  return w.finish();
}

}  // namespace tuyentap::epub
