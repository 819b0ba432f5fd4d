// Front matter (cover, title page, preface, contents) and the furniture of every page
// (running heads, page numbers).
#include <algorithm>
#include <optional>

#include "layout/book_pages.h"
#include "layout/compose.h"
#include "layout/leaders.h"
#include "layout/structure.h"
#include "layout/typeset.h"

namespace tuyentap {
namespace {

// How far an article's contents line is indented: a chapter's line wraps to it too.
constexpr float kArticleIndentMm = 8;

// One contents line: the title set ragged in what the page number leaves, then the dot
// leaders and the number (layout/leaders.h). An item of `list` whose text (title and number,
// not the leaders) is a link.
FlowBlock toc_line(Typesetter& t, const TocEntry& e, int number, int list, float number_column) {
  const PrintStyle& s = t.style;
  const FontChoice& f = e.level == 0 ? t.bold : t.regular;
  float size = s.body_size;
  float indent = e.level == 0 ? 0 : kArticleIndentMm * kPtPerMm;
  // The title wraps close to the number column, its lines after the first hanging in (a
  // chapter's to where the articles' titles start, an article's two ems further), at least
  // two syllables on its last line.
  TextStyle ts{&f, size, Align::Ragged};
  ts.tie_last = true;
  ts.hang = e.level == 0 ? kArticleIndentMm * kPtPerMm : 2 * size;
  FlowBlock b = t.block(e.title, ts, "", t.measure() - indent - number_reserve(t, size));
  if (b.lines.empty()) b.lines.resize(1);
  const int item = add_node(t.structure, StructRole::ListItem, list);
  const int link =
      add_node(t.structure, StructRole::Link, add_node(t.structure, StructRole::ListBody, item));
  belongs_to(b, link);
  for (auto& line : b.lines)
    for (auto& r : line.runs) r.x += indent;
  SetLine& last = b.lines.back();
  LineEnd end =
      leaders_and_number(t, f, size, indent + last.width, std::to_string(number), number_column);
  belongs_to(end.number, link);
  for (auto* runs : {&end.leaders, &end.number})
    for (auto& r : *runs) last.runs.push_back(std::move(r));
  b.space_before = e.level == 0 ? s.paragraph_space_pt : 0;
  b.keep_with_next = false;
  b.link_to = e.anchor;
  return b;
}

// The user's cover picture, scaled to fit inside the margins, aspect ratio kept, centred.
Page cover_picture(Typesetter& t, std::shared_ptr<const Picture> picture) {
  PageGeometry g = t.geometry();
  float box_w = g.width - g.inner - g.outer, box_h = g.height - g.top - g.bottom;
  float scale = std::min(box_w / static_cast<float>(picture->width),
                         box_h / static_cast<float>(picture->height));
  Image img;
  img.w = static_cast<float>(picture->width) * scale;
  img.h = static_cast<float>(picture->height) * scale;
  img.x = g.inner + (box_w - img.w) / 2;
  img.y = g.top + (box_h - img.h) / 2;
  img.picture = std::move(picture);
  Page page;
  page.images.push_back(std::move(img));
  return page;
}

}  // namespace

void layout_front(Typesetter& t, const Presentation& book, Pager& front,
                  const std::vector<TocEntry>& toc, const std::vector<int>& body_numbers,
                  int& preface_anchor, int& toc_anchor, long long date_epoch) {
  const PrintStyle& s = t.style;
  const Presentation& m = book;

  using Part = PagePlace::Part;
  // Cover: the user's picture when one is given, else a generated one.
  t.set_place(Part::Cover);
  if (m.cover) {
    front.add_page(cover_picture(t, m.cover), {"", true, false});
  } else if (s.cover == PrintStyle::Cover::Typographic) {
    front.add_page(typographic_cover(t, m), {"", true, false});
  } else {
    std::vector<FlowBlock> top, foot;
    if (!m.publisher.empty()) top.push_back(centred(t, m.publisher, t.regular, s.title_size));
    top.push_back(centred(t, m.title, t.bold, s.cover_title_size, s.cover_title_size * 3));
    if (!m.subtitle.empty())
      top.push_back(centred(t, m.subtitle, t.italic, s.title_size, s.title_size));
    if (!m.place_year.empty()) foot.push_back(centred(t, m.place_year, t.regular, s.title_size));
    front.add_page(composed_page(t, std::move(top), std::move(foot), 0.05f), {"", true, false});
  }
  if (s.chapters_on_right) front.new_page(true);
  // Title page
  t.set_place(Part::TitlePage);
  {
    std::vector<FlowBlock> top, foot;
    if (!m.publisher.empty()) top.push_back(centred(t, m.publisher, t.bold, s.body_size));
    top.push_back(centred(t, m.title, t.bold, s.chapter_title_size, s.chapter_title_size * 5));
    if (!m.subtitle.empty())
      top.push_back(centred(t, m.subtitle, t.italic, s.title_size, s.title_size / 2));
    if (!m.period.empty())
      top.push_back(centred(t, m.period, t.regular, s.body_size, s.body_size * 2));
    if (!m.editor_line.empty())
      top.push_back(centred(t, m.editor_line, t.italic, s.body_size, s.body_size * 3));
    if (!m.place_year.empty()) foot.push_back(centred(t, m.place_year, t.regular, s.body_size));
    const int sect = add_node(t.structure, StructRole::Section, -1);
    for (auto* blocks : {&top, &foot})
      for (FlowBlock& b : *blocks)
        belongs_to(b, add_node(t.structure, StructRole::Paragraph, sect));
    front.add_page(composed_page(t, std::move(top), std::move(foot), 0.0f), {"", true, false});
  }
  t.set_place(Part::Imprint);
  if (s.imprint_page) {
    Page imprint = imprint_page(t, m, date_epoch);
    lines_belong_to(imprint, t.structure, add_node(t.structure, StructRole::Section, -1));
    front.add_page(std::move(imprint), {"", true, false});
  }

  // A book-level section's title, under a new Section node (returned).
  auto heading = [&](const char* title, int anchor) {
    const int sect = add_node(t.structure, StructRole::Section, -1);
    FlowBlock h = t.block(title, {&t.bold, s.chapter_title_size, Align::Center, 0, 0, 1.2f}, "");
    h.keep_with_next = true;
    h.breakable = false;
    h.space_after = s.chapter_title_size;
    h.anchor = anchor;
    belongs_to(h, add_node(t.structure, StructRole::Heading1, sect));
    front.add(std::move(h));
    return sect;
  };

  preface_anchor = -1;
  if (!book.preface.empty()) {
    front.new_page(s.chapters_on_right);
    front.set_chapter(label::kPreface);
    preface_anchor = t.next_anchor++;
    t.set_place(Part::Preface);
    const int sect = heading(label::kPreface, preface_anchor);
    for (std::size_t k = 0; k < book.preface.size(); ++k) {
      const std::string& para = book.preface[k];
      t.set_place(Part::Preface, -1, static_cast<int>(k));
      FlowBlock p = t.block(
          para, {&t.regular, s.body_size, Align::Justify, s.paragraph_indent_mm * kPtPerMm}, "");
      p.space_before = s.paragraph_space_pt;
      belongs_to(p, add_node(t.structure, StructRole::Paragraph, sect));
      front.add(std::move(p));
    }
    front.finish();
  }

  front.new_page(s.chapters_on_right);
  front.set_chapter(label::kContents);
  toc_anchor = t.next_anchor++;
  t.set_place(Part::Contents);
  const int list = add_node(t.structure, StructRole::List, heading(label::kContents, toc_anchor));
  float number_column = 0;  // the widest page number the contents prints
  for (std::size_t i = 0; i < toc.size(); ++i) {
    if (!toc[i].in_toc) continue;
    const FontChoice& f = toc[i].level == 0 ? t.bold : t.regular;
    number_column = std::max(number_column,
                             text_width(t.shaper, std::to_string(body_numbers[i]), f, s.body_size));
  }
  ListAdder lines(front);
  int line = 0;
  for (std::size_t i = 0; i < toc.size(); ++i) {
    if (!toc[i].in_toc) continue;
    t.set_place(Part::Contents, -1, line++);
    lines.add(toc_line(t, toc[i], body_numbers[i], list, number_column));
  }
  lines.finish();
  front.finish();
}

void ListAdder::add(FlowBlock entry) {
  held_.push_back(std::move(entry));
  ++count_;
  if (held_.size() < 3) return;
  // A third entry: the oldest held is neither of the last two; the first of three or more
  // goes with the second.
  if (count_ == 3) held_.front().keep_with_next = true;
  pager_.add(std::move(held_.front()));
  held_.erase(held_.begin());
}

void ListAdder::finish() {
  if (held_.size() >= 2) held_[held_.size() - 2].keep_with_next = true;
  for (FlowBlock& e : held_) pager_.add(std::move(e));
  held_.clear();
}

void add_furniture(Typesetter& t, const Presentation& book, Page& page, const PageInfo& info,
                   int idx, int body_first, int number_one, bool mirror) {
  const PrintStyle& s = t.style;
  PageGeometry g = t.geometry();
  float size = s.furniture_size;
  if (info.plain || info.blank) return;
  if (idx == 0 && !s.number_first_page) return;
  if (info.opener && !s.number_openers) return;  // a chapter opener carries no folio
  bool recto = idx % 2 == 0;
  float left = (mirror && !recto) ? g.outer : g.inner;
  float measure = g.measure();
  std::string num = idx < number_one ? lower_roman(idx + 1) : std::to_string(idx - number_one + 1);
  float nw = text_width(t.shaper, num, t.regular, size);
  float head_y = g.top * 0.55f;
  float foot_y = g.height - g.bottom * 0.45f;
  float x = left + (measure - nw) / 2, y = head_y;
  switch (s.page_numbers) {
    case PrintStyle::PageNumbers::TopCenter:
      break;
    case PrintStyle::PageNumbers::BottomCenter:
      y = foot_y;
      break;
    case PrintStyle::PageNumbers::BottomOutside:
      y = foot_y;
      x = (recto || !mirror) ? left + measure - nw : left;
      break;
  }
  set_text(t.shaper, num, t.regular, size, x, y, 0, page.runs);
  if (s.running_heads && idx >= body_first && !info.opener) {
    const std::string& head = recto ? info.chapter : book.title;
    if (!head.empty()) {
      float hw = text_width(t.shaper, head, t.italic, size);
      float hx = left + std::max(0.0f, (measure - hw) / 2);
      set_text(t.shaper, head, t.italic, size, hx, head_y, 0.2f, page.runs);
      page.rules.push_back(
          {left, head_y + size * 0.5f, left + measure, head_y + size * 0.5f, 0.4f});
    }
  }
}

}  // namespace tuyentap
