// Back matter: the list of abbreviations and the list of articles.
#include "epub/pages.h"
#include "epub/semantics.h"

namespace tuyentap::epub {

std::string abbreviations_page(PageWriter& w, const Presentation& book, const Plan& plan) {
  using Part = PagePlace::Part;
  const std::string& file = plan.abbreviations_file;
  pugi::xml_node s = w.begin("abbreviations", label::kAbbreviations, "", "abbreviations");
  set_semantics(s, "glossary");
  w.mark(w.add(s, "h1", label::kAbbreviations, Face::SansBold), {Part::Abbreviations}, file);
  pugi::xml_node dl = s.append_child("dl");
  dl.append_attribute("class") = "abbreviations";
  const std::vector<Abbreviation>& list = book.book->abbreviations;
  for (std::size_t i = 0; i < list.size(); ++i) {
    pugi::xml_node dt = w.add(dl, "dt", list[i].short_form, Face::SerifBold);
    w.mark(dt, {Part::Abbreviations, -1, static_cast<int>(i)}, file);
    w.add(dl, "dd", list[i].long_form, Face::SerifRegular);
  }
  return w.finish();
}

std::vector<std::string> list_pages(PageWriter& w, const Plan& plan) {
  std::vector<std::string> pages;
  for (size_t f = 0; f < plan.list_files.size(); ++f) {
    std::string heading = label::kArticleList;
    if (f > 0) heading += label::kContinued;
    pugi::xml_node s = w.begin("list", heading, "", "list of articles");
    set_semantics(s, "appendix");
    pugi::xml_node h1 = w.add(s, "h1", heading, Face::SansBold);
    if (f == 0) w.mark(h1, {PagePlace::Part::ArticleList}, plan.list_files[f]);
    pugi::xml_node ol = s.append_child("ol");
    ol.append_attribute("class") = "article-list";
    w.reserve_glyphs("0123456789.", Face::SerifRegular);  // the list's numbers
    size_t begin = f * kListRowsPerFile;
    size_t end = std::min(plan.articles.size(), begin + kListRowsPerFile);
    if (begin > 0) ol.append_attribute("start") = static_cast<unsigned long long>(begin + 1);
    for (size_t i = begin; i < end; ++i) {
      const PlannedArticle& pa = plan.articles[i];
      const Article& a = *pa.article;
      w.set_source(a.file, "list of articles");
      pugi::xml_node li = ol.append_child("li");
      pugi::xml_node t = li.append_child("p");
      t.append_attribute("class") = "list-title";
      pugi::xml_node link = t.append_child("a");
      link.append_attribute("href") = pa.file.c_str();
      w.text(link, pa.title, Face::SerifRegular);
      w.mark(t, {PagePlace::Part::ArticleList, -1, static_cast<int>(pa.shown)}, plan.list_files[f]);

      std::vector<std::string> meta;
      if (std::string date = list_date(*pa.view); !date.empty()) meta.push_back(std::move(date));
      if (!a.author.empty()) meta.push_back(a.author);
      if (!meta.empty()) {
        pugi::xml_node m = li.append_child("p");
        m.append_attribute("class") = "list-meta";
        for (size_t k = 0; k < meta.size(); ++k) {
          if (k > 0) w.text(m, label::kMetaSeparator, Face::SansRegular);
          w.text(m, meta[k], Face::SansRegular);
        }
      }
      if (const std::string line = source_line(*pa.view); !line.empty())
        w.add(li, "p", line, Face::SansRegular, "list-source");
    }
    pages.push_back(w.finish());
  }
  return pages;
}

}  // namespace tuyentap::epub
