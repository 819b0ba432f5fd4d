// layout_book: the body first, then the front matter whose contents need its page
// numbers, then both again, each page completed (furniture, links, the list of articles'
// numbers) and handed on as soon as it is final (layout/page_sink.h says why twice).
//
// Why no iteration is needed for the contents: the body is numbered in arabic from 1 and
// starts on a right-hand page (the front matter is padded to an even number of pages
// when the style prints two-sided), so where anything falls in the body does not depend
// on how many pages the front matter (and so the contents) takes.
#include <algorithm>
#include <map>
#include <span>

#include "base/error.h"
#include "layout/leaders.h"
#include "layout/page_sink.h"
#include "layout/page_starts.h"
#include "layout/structure.h"
#include "layout/typeset.h"

namespace tuyentap {
namespace {

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

// Where a Typesetter's lists stood before a pass, so that laying the same pages out again
// gives the same nodes, places, anchors and list numbers.
struct TypesetterMark {
  std::size_t structure = 0, places = 0, list_numbers = 0;
  int next_anchor = 0, photos = 0, photos_downsampled = 0;
};

TypesetterMark mark(const Typesetter& t) {
  return {t.structure.size(), t.place_count, t.list_numbers.size(),
          t.next_anchor,      t.photos,      t.photos_downsampled};
}

void rewind(Typesetter& t, const TypesetterMark& m) {
  t.structure.resize(m.structure);
  t.place_count = m.places;
  if (!t.places_taken) t.places.resize(m.places);
  t.list_numbers.resize(m.list_numbers);
  t.next_anchor = m.next_anchor;
  t.photos = m.photos;
  t.photos_downsampled = m.photos_downsampled;
}

// What the first passes learnt that the pages written in the second need.
struct Plan {
  std::vector<TocEntry> toc;
  std::vector<AnchorPlace> body_anchors, front_anchors;
  int body_pages = 0, first = 0;  // first: the front matter's pages, the body's first index
  int number_one = 0;             // the page numbered 1
  int preface_anchor = -1, toc_anchor = -1;
  std::vector<int> numbers;  // the printed page number of each toc entry
  TypesetterMark before_front;
  // In page order (a stable sort keeps each page's in the order made), looked up by
  // on_page: sorted vectors rather than multimaps, whose nodes took three times the room
  // of 100,000 articles' numbers and links (issue 12).
  std::vector<PendingLink> front_links;  // by front page: contents lines → body
  std::vector<ListNumber> list_numbers;  // by body page: the list of articles' numbers
  std::vector<PagePlace> places;

  int page_of(const PendingLink& l) const { return l.page; }
  int page_of(const ListNumber& ln) const { return body_anchor(ln.entry_anchor).page; }

  // The items of `v`, in page order, that stand on page `index`.
  template <class T>
  std::span<const T> on_page(const std::vector<T>& v, int index) const {
    auto from =
        std::partition_point(v.begin(), v.end(), [&](const T& x) { return page_of(x) < index; });
    auto to = std::partition_point(from, v.end(), [&](const T& x) { return page_of(x) == index; });
    return {from, to};
  }

  template <class T>
  void sort_by_page(std::vector<T>& v) const {
    std::stable_sort(v.begin(), v.end(),
                     [&](const T& a, const T& b) { return page_of(a) < page_of(b); });
  }

  AnchorPlace body_anchor(int id) const {
    return id >= 0 && static_cast<std::size_t>(id) < body_anchors.size()
               ? body_anchors[static_cast<std::size_t>(id)]
               : AnchorPlace{};
  }
};

// A pager whose pages go nowhere (a first pass).
Pager dry_pager(const PageGeometry& g) {
  Pager p(g);
  p.on_final = [](int, Page, const PageInfo&) {};
  return p;
}

void lay_front(Typesetter& t, const Presentation& book, Pager& front, Plan& plan,
               const std::vector<int>& numbers, long long date_epoch) {
  const PrintStyle& s = t.style;
  layout_front(t, book, front, plan.toc, numbers, plan.preface_anchor, plan.toc_anchor, date_epoch);
  front.finish();
  if ((s.chapters_on_right || s.mirror_margins) && front.pages().size() % 2 == 1)
    front.add_page(Page{}, {"", true, true});
  front.release_all();
}

// The first passes: the body, then the front matter, their pages dropped.
Plan plan_book(Typesetter& t, const Presentation& book, long long date_epoch) {
  Plan plan;
  const PageGeometry g = t.geometry();
  Pager body = dry_pager(g);
  layout_body(t, book, body, &plan.toc);
  body.finish();
  body.release_all();
  plan.body_anchors = std::move(body.anchors());
  plan.body_pages = static_cast<int>(body.pages().size());
  plan.list_numbers = t.list_numbers;
  plan.sort_by_page(plan.list_numbers);

  std::vector<int>& numbers = plan.numbers;
  numbers.assign(plan.toc.size(), 0);
  for (std::size_t i = 0; i < plan.toc.size(); ++i)
    numbers[i] = plan.body_anchor(plan.toc[i].anchor).page + 1;
  plan.before_front = mark(t);
  Pager front = dry_pager(g);
  lay_front(t, book, front, plan, numbers, date_epoch);
  plan.first = static_cast<int>(front.pages().size());
  plan.front_anchors = std::move(front.anchors());
  plan.front_links = std::move(front.links());
  plan.sort_by_page(plan.front_links);
  plan.number_one = t.style.continuous_numbers ? 0 : plan.first;
  if (t.style.continuous_numbers && plan.first > 0) {
    // Numbered from the first page on, the contents must name body pages after the front
    // matter. How many pages the front matter takes does not depend on the numbers (a
    // contents line keeps the same room for any number), so the pass that writes it with
    // the numbers moved on by `first` gives the same pages.
    for (int& n : numbers) n += plan.first;
  }
  plan.places = std::move(t.places);  // laid out again, the places are only counted
  t.places_taken = true;
  // Grown an item at a time, and held while every page is laid out again: up to half of
  // their room unused (issue 12).
  plan.toc.shrink_to_fit();
  plan.body_anchors.shrink_to_fit();
  plan.front_anchors.shrink_to_fit();
  plan.front_links.shrink_to_fit();
  plan.places.shrink_to_fit();
  return plan;
}

// The book but for its pages and fonts, from the first passes (PageSink::begin).
LaidOutBook book_frame(Typesetter& t, const Presentation& book, const Plan& plan,
                       long long date_epoch) {
  LaidOutBook out;
  const PageGeometry g = t.geometry();
  out.page_width = g.width;
  out.page_height = g.height;
  auto front_item = [&](int anchor, const char* title) {
    if (anchor < 0 || static_cast<std::size_t>(anchor) >= plan.front_anchors.size()) return;
    AnchorPlace a = plan.front_anchors[static_cast<std::size_t>(anchor)];
    if (a.page >= 0) out.outline.push_back({title, 0, a.page, a.y});
  };
  front_item(plan.preface_anchor, label::kPreface);
  front_item(plan.toc_anchor, label::kContents);
  for (const auto& e : plan.toc) {
    AnchorPlace a = plan.body_anchor(e.anchor);
    if (a.page >= 0) out.outline.push_back({e.title, e.level, plan.first + a.page, a.y});
  }
  if (plan.number_one > 0) out.labels.push_back({0, PageLabelRange::Roman, 1});
  if (plan.first + plan.body_pages > plan.number_one)
    out.labels.push_back({plan.number_one, PageLabelRange::Arabic, 1});
  out.info = doc_info(book, date_epoch);
  t.structure.take(out.structure, out.alts);  // laid out again, the nodes are only counted
  return out;
}

// The second passes' pages, completed and handed to the sink in order: the contents' links
// (front matter), the list of articles' numbers (body), page numbers and running heads,
// fonts renumbered in first-use order (only those some run uses go to the sink); each
// page's start noted for the page map.
class PageFinisher {
 public:
  PageFinisher(Typesetter& t, const Presentation& book, const Plan& plan,
               const std::vector<PageLabelRange>& labels, const PageSink& sink)
      : t_(t), book_(book), plan_(plan), labels_(labels), sink_(sink), body_(t.geometry()) {}

  void front_page(int index, Page page, const PageInfo& info) {
    for (const PendingLink& l : plan_.on_page(plan_.front_links, index)) {
      AnchorPlace a = plan_.body_anchor(l.anchor);
      if (a.page < 0) continue;
      Link link = l.rect;
      link.target_page = plan_.first + a.page;
      link.target_y = a.y;
      page.links.push_back(link);
    }
    finish(index, page, info);
  }

  void body_page(int index, Page page, const PageInfo& info) {
    for (const ListNumber& ln : plan_.on_page(plan_.list_numbers, index))
      add_list_number(index, ln, page);
    finish(plan_.first + index, page, info);
  }

  std::vector<PrintedPage>& starts() { return starts_; }

 private:
  // The printed number of the page a list entry names ("" when either is nowhere).
  std::string list_number(const ListNumber& ln) const {
    AnchorPlace at = plan_.body_anchor(ln.entry_anchor), of = plan_.body_anchor(ln.target_anchor);
    if (at.page < 0 || of.page < 0) return {};
    return std::to_string(plan_.first + of.page - plan_.number_one + 1);
  }

  // The widest number the list of articles prints, its leaders stopping before it.
  float list_number_column() const {
    float widest = 0;
    for (const ListNumber& ln : plan_.list_numbers)
      widest =
          std::max(widest, text_width(t_.shaper, list_number(ln), t_.regular, t_.style.body_size));
    return widest;
  }

  void add_list_number(int index, const ListNumber& ln, Page& page) {
    const std::string num = list_number(ln);
    if (num.empty()) return;
    LineEnd end = leaders_and_number(t_, t_.regular, t_.style.body_size, ln.end, num, list_column_);
    belongs_to(end.number, ln.node);
    const float left = body_.left(index), y = plan_.body_anchor(ln.entry_anchor).y + ln.dy;
    for (auto* runs : {&end.leaders, &end.number})
      for (TextRun& r : *runs) {
        r.x += left;
        r.y += y;
        page.runs.push_back(std::move(r));
      }
  }

  void finish(int index, Page& page, const PageInfo& info) {
    add_furniture(t_, book_, page, info, index, plan_.first, plan_.number_one,
                  t_.style.mirror_margins);
    for (TextRun& r : page.runs) {
      auto [it, inserted] = fonts_.emplace(r.font, static_cast<int>(fonts_.size()));
      if (inserted) sink_.add_font(t_.fonts.files()[static_cast<std::size_t>(r.font)]);
      r.font = it->second;
    }
    starts_.push_back(page_start(page, page_label(labels_, index), plan_.places));
    sink_.add_page(std::move(page));
  }

  Typesetter& t_;
  const Presentation& book_;
  const Plan& plan_;
  const std::vector<PageLabelRange>& labels_;
  const PageSink& sink_;
  const Pager body_;  // the body's geometry: where its text area starts on a page
  const float list_column_ = list_number_column();
  std::map<int, int> fonts_;  // the Typesetter's font index → the book's
  std::vector<PrintedPage> starts_;
};

// layout_book_to but for the sink's finish.
LayoutResult lay_out_pages(const Presentation& book, const PrintStyle& style, long long date_epoch,
                           const PageSink& sink,
                           const std::function<void(std::size_t)>& on_article) {
  Typesetter t(style);
  t.on_article = on_article;
  const TypesetterMark start = mark(t);
  Plan plan = plan_book(t, book, date_epoch);
  t.on_article = nullptr;
  const std::size_t problems = t.problems.size();  // the second passes report them again
  LaidOutBook frame = book_frame(t, book, plan, date_epoch);
  const std::vector<PageLabelRange> labels = frame.labels;
  sink.begin(std::move(frame));

  PageFinisher finisher(t, book, plan, labels, sink);
  const PageGeometry g = t.geometry();
  rewind(t, plan.before_front);
  Pager front(g);
  front.on_final = [&](int i, Page p, const PageInfo& info) {
    finisher.front_page(i, std::move(p), info);
  };
  lay_front(t, book, front, plan, plan.numbers, date_epoch);
  rewind(t, start);
  Pager body(g);
  body.on_final = [&](int i, Page p, const PageInfo& info) {
    finisher.body_page(i, std::move(p), info);
  };
  layout_body(t, book, body, nullptr);  // the contents was made from the first pass's
  body.finish();
  body.release_all();
  if (static_cast<int>(front.pages().size()) != plan.first ||
      static_cast<int>(body.pages().size()) != plan.body_pages)
    throw Error("internal: the book's second layout pass gave other pages than the first", {}, 0,
                "this is a bug in the layout stage; please report it");

  LayoutResult result;
  fill_page_starts(finisher.starts());
  result.page_map.pages = std::move(finisher.starts());
  t.problems.resize(problems);
  result.problems = std::move(t.problems);
  result.stats.shape_requests = t.shaper.requests();
  result.stats.shape_hits = t.shaper.hits();
  result.stats.body_first_page = plan.first;
  result.stats.photos = t.photos;
  result.stats.photos_downsampled = t.photos_downsampled;
  return result;
}

}  // namespace

LayoutResult layout_book_to(const Presentation& book, const PrintStyle& style, long long date_epoch,
                            const PageSink& sink,
                            const std::function<void(std::size_t)>& on_article) {
  LayoutResult result = lay_out_pages(book, style, date_epoch, sink, on_article);
  sink.finish();  // the layout's own state let go: the PDF's document is made here
  return result;
}

LayoutResult layout_book(const Presentation& book, const PrintStyle& style, long long date_epoch,
                         const std::function<void(std::size_t)>& on_article) {
  LaidOutBook out;
  PageSink sink{.begin = [&](LaidOutBook frame) { out = std::move(frame); },
                .add_font = [&](FontFile f) { out.fonts.push_back(std::move(f)); },
                .add_page =
                    [&](Page p) {
                      p.runs.shrink_to_fit();  // appended one at a time: up to twice the room
                      out.pages.push_back(std::move(p));
                    },
                .finish = [] {}};
  LayoutResult result = layout_book_to(book, style, date_epoch, sink, on_article);
  result.book = std::move(out);
  return result;
}

}  // namespace tuyentap
