// layout_book: the body first, then the front matter whose contents need its page
// numbers, then the furniture of every page.
//
// Why no iteration is needed for the contents: the body is numbered in arabic from 1 and
// starts on a right-hand page (the front matter is padded to an even number of pages
// when the style prints two-sided), so where anything falls in the body does not depend
// on how many pages the front matter (and so the contents) takes.
#include <map>

#include "layout/page_starts.h"
#include "layout/structure.h"
#include "layout/typeset.h"

namespace tuyentap {
namespace {

// Only the fonts that some run uses go to the PDF, renumbered in first-use order.
void keep_used_fonts(LaidOutBook& out, const FontSet& fonts) {
  std::map<int, int> remap;
  std::vector<FontFile> all = fonts.files(), used;
  for (auto& p : out.pages) {
    for (auto& r : p.runs) {
      auto [it, inserted] = remap.emplace(r.font, static_cast<int>(used.size()));
      if (inserted) used.push_back(all[static_cast<std::size_t>(r.font)]);
      r.font = it->second;
    }
  }
  out.fonts = std::move(used);
}

std::string join(const std::vector<std::string>& v, const std::string& sep) {
  std::string out;
  for (const auto& s : v) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

// The document's metadata, all of it as the presentation decided it.
DocInfo doc_info(const Presentation& book, long long date_epoch) {
  DocInfo d;
  d.title = book.full_title;
  std::vector<std::string> names;
  for (const Creator& c : book.creators) names.push_back(c.name);
  d.author = join(names, "; ");
  d.subject = book.period;
  d.keywords = join(book.topics, ", ");
  d.language = book.language_region;
  d.date_epoch = date_epoch;
  return d;
}

}  // namespace

LayoutResult layout_book(const Presentation& book, const PrintStyle& style, long long date_epoch,
                         const std::function<void(std::size_t)>& on_article) {
  Typesetter t(style);
  t.on_article = on_article;
  PageGeometry g = t.geometry();
  bool two_sided = style.chapters_on_right || style.mirror_margins;

  Pager body(g);
  std::vector<TocEntry> toc;
  layout_body(t, book, body, toc);
  body.finish();
  std::vector<int> numbers(toc.size(), 0);
  auto body_anchor = [&](int id) -> AnchorPlace {
    auto& a = body.anchors();
    return id >= 0 && static_cast<std::size_t>(id) < a.size() ? a[static_cast<std::size_t>(id)]
                                                              : AnchorPlace{};
  };
  for (std::size_t i = 0; i < toc.size(); ++i) numbers[i] = body_anchor(toc[i].anchor).page + 1;

  int preface_anchor = -1, toc_anchor = -1;
  auto lay_front = [&](Pager& front) {
    layout_front(t, book, front, toc, numbers, preface_anchor, toc_anchor, date_epoch);
    front.finish();
    if (two_sided && front.pages().size() % 2 == 1) front.add_page(Page{}, {"", true, true});
  };
  Pager front(g);
  const std::size_t body_nodes = t.structure.size();
  lay_front(front);
  const int first = static_cast<int>(front.pages().size());
  if (style.continuous_numbers && first > 0) {
    // Numbered from the first page on, the contents must name body pages after the front
    // matter. How many pages the front matter takes does not depend on the numbers (a
    // contents line keeps the same room for any number), so a second pass with the
    // numbers moved on by `first` gives the same pages.
    for (int& n : numbers) n += first;
    std::size_t problems = t.problems.size();
    front = Pager(g);
    t.structure.resize(body_nodes);  // the first pass's nodes point at nothing any more
    lay_front(front);
    t.problems.resize(problems);  // reported once, by the first pass
  }

  LayoutResult result;
  LaidOutBook& out = result.book;
  out.page_width = g.width;
  out.page_height = g.height;
  std::vector<PageInfo> info = front.info();
  out.pages = std::move(front.pages());
  out.pages.reserve(out.pages.size() + body.pages().size());
  for (auto& p : body.pages()) out.pages.push_back(std::move(p));
  for (auto& i : body.info()) info.push_back(i);

  // Contents lines link to the body.
  for (const auto& l : front.links()) {
    AnchorPlace a = body_anchor(l.anchor);
    if (a.page < 0) continue;
    Link link = l.rect;
    link.target_page = first + a.page;
    link.target_y = a.y;
    out.pages[static_cast<std::size_t>(l.page)].links.push_back(link);
  }

  // The list of articles' page numbers, now that the numbering is known.
  const int number_one = style.continuous_numbers ? 0 : first;  // the page numbered 1
  for (const ListNumber& ln : t.list_numbers) {
    AnchorPlace at = body_anchor(ln.entry_anchor), of = body_anchor(ln.target_anchor);
    if (at.page < 0 || of.page < 0) continue;
    std::string num = std::to_string(first + of.page - number_one + 1);
    float x =
        body.left(at.page) + g.measure() - text_width(t.shaper, num, t.regular, style.body_size);
    std::vector<TextRun>& runs = out.pages[static_cast<std::size_t>(first + at.page)].runs;
    const std::size_t from = runs.size();
    set_text(t.shaper, num, t.regular, style.body_size, x, at.y + ln.dy, 0, runs);
    belongs_to(runs, ln.node, from);
  }

  auto front_item = [&](int anchor, const char* title) {
    if (anchor < 0 || static_cast<std::size_t>(anchor) >= front.anchors().size()) return;
    AnchorPlace a = front.anchors()[static_cast<std::size_t>(anchor)];
    if (a.page >= 0) out.outline.push_back({title, 0, a.page, a.y});
  };
  front_item(preface_anchor, label::kPreface);
  front_item(toc_anchor, label::kContents);
  for (const auto& e : toc) {
    AnchorPlace a = body_anchor(e.anchor);
    if (a.page >= 0) out.outline.push_back({e.title, e.level, first + a.page, a.y});
  }

  if (number_one > 0) out.labels.push_back({0, PageLabelRange::Roman, 1});
  if (static_cast<int>(out.pages.size()) > number_one) {
    out.labels.push_back({number_one, PageLabelRange::Arabic, 1});
  }
  add_furniture(t, book, out.pages, info, first, number_one, style.mirror_margins);
  keep_used_fonts(out, t.fonts);
  // Runs were appended one at a time, so each page's vector has up to twice the room it
  // needs; the book is held through PDF writing (the peak), so give the slack back.
  for (Page& p : out.pages) p.runs.shrink_to_fit();

  out.info = doc_info(book, date_epoch);
  result.page_map.pages = printed_pages(out, t.places);
  out.structure = std::move(t.structure);

  result.problems = std::move(t.problems);
  result.stats.shape_requests = t.shaper.requests();
  result.stats.shape_hits = t.shaper.hits();
  result.stats.body_first_page = first;
  result.stats.photos = t.photos;
  result.stats.photos_downsampled = t.photos_downsampled;
  return result;
}

}  // namespace tuyentap
