// The body of the book: chapter openers, articles, and the back matter (abbreviations,
// the list of articles).
#include <algorithm>
#include <cmath>

#include "article/caption_note.h"
#include "layout/leaders.h"
#include "layout/photo.h"
#include "layout/structure.h"
#include "layout/typeset.h"
#include "text/normalize.h"

namespace tuyentap {
namespace {

// A chapter's opener: "Chương I" above the chapter's title, centred, on a new page (a
// right-hand one in the book style), lower down the page.
void chapter_opener(Typesetter& t, Pager& body, const std::string& label, const std::string& title,
                    int anchor, int part) {
  const PrintStyle& s = t.style;
  const int heading = add_node(t.structure, StructRole::Heading1, part);
  body.new_page(s.chapters_on_right);
  body.set_chapter(title);
  body.mark_opener();
  FlowBlock drop;  // white space above the opener that does not vanish at the page top
  drop.lines.resize(1);
  drop.leading = s.chapter_drop_mm * kPtPerMm;
  drop.breakable = false;
  drop.keep_with_next = true;
  if (drop.leading > 0) body.add(std::move(drop));
  if (!label.empty()) {
    float label_size =
        s.chapter_label_size > 0 ? s.chapter_label_size : s.chapter_title_size * 0.75f;
    FlowBlock l = t.block(label, {&t.bold, label_size, Align::Center}, "");
    l.keep_with_next = true;
    l.breakable = false;
    l.space_after = s.chapter_title_size * 0.4f;
    l.anchor = anchor;
    belongs_to(l, heading);
    body.add(std::move(l));
  }
  FlowBlock b = t.block(s.chapter_title_caps ? to_upper_vi(title) : title,
                        {&t.bold, s.chapter_title_size, Align::Center, 0, 0, 1.2f, true}, "");
  b.keep_with_next = true;
  b.breakable = false;
  if (label.empty()) b.anchor = anchor;
  belongs_to(b, heading);
  body.add(std::move(b));
  body.vertical_space(s.chapter_title_size * 1.5f);
}

// A text's emphasis as words in the bold, italic and bold italic fonts, for a text set in
// `bold` or `italic` already (a heading, a caption, the lead) or neither.
std::vector<FontSpan> emphasis_spans(const Typesetter& t, const std::vector<Emphasis>& emphasis,
                                     bool bold, bool italic) {
  std::vector<FontSpan> spans;
  for (const Emphasis& e : emphasis) {
    bool b = bold || e.bold, i = italic || e.italic;
    const FontChoice* font = b ? (i ? &t.bold_italic : &t.bold) : (i ? &t.italic : nullptr);
    if (font) spans.push_back({e.begin, e.end, font});
  }
  return spans;
}

// Two-sided, the pages keep to the grid of the body's lines (facing pages end on one line):
// the space around a block in smaller type that has no space of its own to grow (a caption's
// note in `book`) makes it a whole number of body lines tall, half above it, half below.
void keep_to_grid(FlowBlock& b, float line) {
  if (line <= 0) return;
  const float h = b.space_before + b.space_after + static_cast<float>(b.lines.size()) * b.leading;
  const float pad = std::ceil(h / line - 0.01f) * line - h;
  if (pad < 0.5f) return;
  b.space_before += pad / 2;
  b.space_after += pad / 2;
}

// A caption as caption_role decides (article/caption_note.h): under its photo, kept on one
// page with it; a photo story's text; a small italic note kept with the paragraph before it;
// or nothing.
void caption(Typesetter& t, Pager& body, const Article& a, const Block& blk, const ArticleView& v,
             const std::string& f, int sect) {
  const PrintStyle& s = t.style;
  const CaptionRole role = caption_role(a, blk, v.captions_without_photo);
  if (role == CaptionRole::Drop) return;
  if (role == CaptionRole::Note) {
    TextStyle note{&t.italic, s.caption_size, Align::Ragged};
    note.spans = emphasis_spans(t, caption_note_emphasis(blk), false, true);  // beyond italic
    FlowBlock n = t.block(caption_note(blk), note, f);
    n.space_before = s.paragraph_space_pt / 2;
    n.keep_with_previous = true;
    keep_to_grid(n, t.geometry().line);
    belongs_to(n, add_node(t.structure, StructRole::Paragraph, sect));
    body.add(std::move(n));
    return;
  }
  const std::string text = caption_text(blk);
  if (role == CaptionRole::Figure) {
    bool downsampled = false;
    FlowBlock photo = photo_block(t, blk.photo.picture, downsampled);
    ++t.photos;
    t.photos_downsampled += downsampled ? 1 : 0;
    photo.keep_with_next = !text.empty();
    belongs_to(photo, add_node(t.structure, StructRole::Figure, sect,
                               text.empty() ? label::kPhotoAlt : text));
    body.add(std::move(photo));
    if (text.empty()) return;
  }
  const Align align = role == CaptionRole::Figure ? Align::Center : Align::Ragged;
  TextStyle style{&t.italic, s.caption_size, align, 0, s.meta_gray};  // black in official
  style.spans = emphasis_spans(t, blk.emphasis, false, true);  // on the text, before the credit
  FlowBlock c = t.block(text, style, f);
  c.space_before = role == CaptionRole::Figure ? 0 : s.block_space_pt;
  c.space_after = s.block_space_pt;
  belongs_to(
      c, add_node(t.structure,
                  role == CaptionRole::Figure ? StructRole::Caption : StructRole::Paragraph, sect));
  body.add(std::move(c));
}

void article(Typesetter& t, Pager& body, const ArticleView& v, int index, bool first_in_chapter,
             int anchor, int sect) {
  const Article& a = *v.article;
  const PrintStyle& s = t.style;
  if (s.article_new_page && !first_in_chapter) body.new_page(false);
  const std::string& f = a.file;
  using Part = PagePlace::Part;

  t.set_place(Part::Article, index, PagePlace::kTitle);
  FlowBlock title = t.block(v.title, {&t.bold, s.title_size, Align::Ragged, 0, 0, 1.2f, true}, f);
  title.space_before = first_in_chapter ? 0 : s.title_space_before_pt;
  title.space_after = s.block_space_pt / 2;
  title.keep_with_next = true;
  title.breakable = false;
  title.anchor = anchor;
  belongs_to(title, add_node(t.structure, StructRole::Heading2, sect));
  body.add(std::move(title));

  if (const std::string meta = meta_line(v); !meta.empty()) {
    t.set_place(Part::Article, index, PagePlace::kMetaLine);
    FlowBlock m = t.block(meta, {&t.italic, s.meta_size, Align::Ragged, 0, s.meta_gray}, f);
    m.keep_with_next = true;
    m.breakable = false;
    m.space_after = s.block_space_pt;
    belongs_to(m, add_node(t.structure, StructRole::Paragraph, sect));
    body.add(std::move(m));
  }
  const float indent = s.paragraph_indent_mm * kPtPerMm;
  // the paragraph right under a title (the lead, if any) or a subheading: flush when the style
  // says so
  const float first_indent = s.indent_after_heading ? indent : 0;
  bool after_heading = true;
  // A body paragraph: indented unless right under the title or a subheading.
  auto paragraph = [&](const std::string& text, const std::vector<Emphasis>& emphasis) {
    TextStyle para{&t.regular, s.body_size, Align::Justify, after_heading ? first_indent : indent};
    after_heading = false;
    para.spans = emphasis_spans(t, emphasis, false, false);
    para.looser = true;
    FlowBlock p = t.block(text, para, f);
    p.space_before = s.paragraph_space_pt;
    belongs_to(p, add_node(t.structure, StructRole::Paragraph, sect));
    body.add(std::move(p));
  };
  // the lead where the page set it: under the title, or under the blocks above it; under a
  // heading it is body text (article.h lead_is_sapo)
  const std::size_t above = blocks_above_lead(a);
  auto lead_block = [&] {
    if (a.lead.empty()) return;
    t.set_place(Part::Article, index, PagePlace::kLead);
    if (!lead_is_sapo(a)) {
      paragraph(a.lead, a.lead_emphasis);
      return;
    }
    TextStyle lead{&t.font_named(s.lead_font), s.body_size, Align::Justify, first_indent};
    lead.spans = emphasis_spans(t, a.lead_emphasis, s.lead_font.find("bold") != std::string::npos,
                                s.lead_font.find("italic") != std::string::npos);
    FlowBlock l = t.block(a.lead, lead, f);
    l.space_before = s.paragraph_space_pt;
    l.space_after = s.paragraph_space_pt;
    belongs_to(l, add_node(t.structure, StructRole::Paragraph, sect));
    body.add(std::move(l));
    after_heading = false;
  };
  for (std::size_t b = 0; b < a.blocks.size(); ++b) {
    if (b == above) lead_block();
    const Block& blk = a.blocks[b];
    t.set_place(Part::Article, index, static_cast<int>(b));
    if (blk.type == BlockType::Heading) {
      TextStyle heading{&t.bold, s.heading_size, Align::Ragged, 0, 0, 1.2f};
      heading.spans = emphasis_spans(t, blk.emphasis, true, false);
      FlowBlock h = t.block(blk.text, heading, f);
      h.space_before = s.paragraph_space_pt + s.heading_size * 0.6f;
      h.space_after = s.paragraph_space_pt / 2;
      h.keep_with_next = true;
      h.breakable = false;
      belongs_to(h, add_node(t.structure, StructRole::Heading3, sect));
      body.add(std::move(h));
      after_heading = true;
    } else if (blk.type == BlockType::Caption) {
      caption(t, body, a, blk, v, f, sect);
    } else {
      paragraph(blk.text, blk.emphasis);
    }
  }
  if (above == a.blocks.size()) lead_block();
  if (const std::string line = source_line(v); !line.empty()) {
    t.set_place(Part::Article, index, PagePlace::kSourceLine);
    FlowBlock src = t.block(line, {&t.regular, s.source_size, Align::Ragged, 0, s.source_gray}, f);
    src.space_before = s.block_space_pt;
    belongs_to(src, add_node(t.structure, StructRole::Paragraph, sect));
    body.add(std::move(src));
  }
}

// A two-column list entry: `left` in its column, `right` set ragged beside it, `reserve`
// left free at the right (for a page number), `keep` never broken. An item of `list`: `left`
// its label, `right` its body (which `body_node` is set to).
FlowBlock two_columns(Typesetter& t, int list, const std::string& left, const FontChoice& left_font,
                      const std::string& right, float column, const std::string& file,
                      float reserve = 0, const std::string& keep = {}, int* body_node = nullptr) {
  const PrintStyle& s = t.style;
  TextStyle ts{&t.regular, s.body_size, Align::Ragged};
  if (!keep.empty()) ts.keep_together.push_back(keep);
  ts.tie_last = reserve > 0;
  FlowBlock b = t.block(right, ts, file, t.measure() - column - reserve);
  const int item = add_node(t.structure, StructRole::ListItem, list);
  const int label = add_node(t.structure, StructRole::ListLabel, item);
  const int text = add_node(t.structure, StructRole::ListBody, item);
  belongs_to(b, text);
  if (body_node) *body_node = text;
  for (auto& line : b.lines)
    for (auto& r : line.runs) r.x += column;
  if (b.lines.empty()) b.lines.resize(1);
  std::vector<TextRun> head;
  set_text(t.shaper, left, left_font, s.body_size, 0, 0, 0, head);
  belongs_to(head, label);
  auto& first = b.lines.front().runs;
  first.insert(first.begin(), head.begin(), head.end());
  b.space_before = s.paragraph_space_pt / 2;
  // Entries that cannot split leave a page short by a line half the time (most take two):
  // the space between them grows, so that a list's page ends on the line its neighbour does.
  b.gap_grows = true;
  return b;
}

// A book-level section's title (under its new Section node, whose index goes to `sect`).
FlowBlock section_heading(Typesetter& t, const std::string& title, int anchor, int& sect) {
  FlowBlock h =
      t.block(title, {&t.bold, t.style.chapter_title_size, Align::Center, 0, 0, 1.2f}, "");
  h.keep_with_next = true;
  h.breakable = false;
  h.space_after = t.style.chapter_title_size;
  h.anchor = anchor;
  sect = add_node(t.structure, StructRole::Section, -1);
  belongs_to(h, add_node(t.structure, StructRole::Heading1, sect));
  return h;
}

}  // namespace

void layout_body(Typesetter& t, const Presentation& book, Pager& body, std::vector<TocEntry>* toc) {
  const PrintStyle& s = t.style;
  std::vector<int> article_anchors(book.articles.size(), -1);  // by index in book.articles
  for (std::size_t c = 0; c < book.chapters.size(); ++c) {
    const ChapterView& ch = book.chapters[c];
    int anchor = t.next_anchor++;
    if (toc) toc->push_back({ch.heading, 0, anchor});
    t.set_place(PagePlace::Part::ChapterOpener, static_cast<int>(c));
    const int part = add_node(t.structure, StructRole::Part, -1);
    chapter_opener(t, body, ch.number, ch.title, anchor, part);
    for (std::size_t i = 0; i < ch.articles.size(); ++i) {
      const ArticleView& v = book.articles[ch.articles[i]];
      int a_anchor = t.next_anchor++;
      article_anchors[ch.articles[i]] = a_anchor;
      if (toc) toc->push_back({v.title, 1, a_anchor});
      article(t, body, v, static_cast<int>(ch.articles[i]), i == 0, a_anchor,
              add_node(t.structure, StructRole::Section, part));
      if (t.on_article) t.on_article(++t.articles_done);
    }
  }
  body.finish();

  const std::vector<Abbreviation>& abbreviations = book.book->abbreviations;
  if (!abbreviations.empty()) {
    const std::string title = label::kAbbreviations;
    body.new_page(s.chapters_on_right);
    body.set_chapter(title);
    body.mark_opener();
    int anchor = t.next_anchor++;
    if (toc) toc->push_back({title, 0, anchor});
    t.set_place(PagePlace::Part::Abbreviations);
    int sect = -1;
    body.add(section_heading(t, title, anchor, sect));
    const int list = add_node(t.structure, StructRole::List, sect);
    float column = 0;
    for (const auto& a : abbreviations)
      column = std::max(column, text_width(t.shaper, a.short_form, t.bold, s.body_size));
    column = std::min(column + s.body_size * 1.5f, t.measure() / 3);
    ListAdder entries(body);
    for (std::size_t k = 0; k < abbreviations.size(); ++k) {
      t.set_place(PagePlace::Part::Abbreviations, -1, static_cast<int>(k));
      const Abbreviation& a = abbreviations[k];
      entries.add(two_columns(t, list, a.short_form, t.bold, a.long_form, column, ""));
    }
    entries.finish();
    body.finish();
  }

  // The list of articles: every chapter's articles in order, with date and author.
  if (!book.articles.empty()) {
    const std::string title = label::kArticleList;
    body.new_page(s.chapters_on_right);
    body.set_chapter(title);
    body.mark_opener();
    int anchor = t.next_anchor++;
    if (toc) toc->push_back({title, 0, anchor});
    t.set_place(PagePlace::Part::ArticleList);
    int sect = -1;
    body.add(section_heading(t, title, anchor, sect));
    const int list = add_node(t.structure, StructRole::List, sect);
    float column = text_width(t.shaper, "00/00/0000", t.regular, s.body_size) + s.body_size;
    // the page number of each article after leaders, as in the contents (filled in by
    // layout_book)
    const float reserve = number_reserve(t, s.body_size);
    ListAdder entries(body);
    std::size_t n = 0;
    for (const ArticleView& v : book.articles) {
      std::string right = std::to_string(n + 1) + ". " + v.title, by;
      if (!v.article->author.empty()) by = label::kAuthorSeparator + v.article->author;
      t.set_place(PagePlace::Part::ArticleList, -1, static_cast<int>(n));
      int text = -1;
      FlowBlock e = two_columns(t, list, list_date(v), t.regular, right + by, column,
                                v.article->file, reserve, by, &text);
      e.anchor = t.next_anchor++;
      float last = static_cast<float>(e.lines.size() - 1) * e.leading;
      t.list_numbers.push_back(
          {e.anchor, article_anchors[n], e.baseline + last, text, column + e.lines.back().width});
      entries.add(std::move(e));
      ++n;
    }
    entries.finish();
    body.finish();
  }
}

}  // namespace tuyentap
