// The shared state of one layout run (fonts, shaper, the style in points, problems) and
// the helpers that turn text into blocks. Internal to layout/.
#pragma once

#include <functional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "book/page_map.h"
#include "layout/layout.h"
#include "layout/pager.h"
#include "layout/paragraph.h"
#include "layout/shaper.h"
#include "layout/structure.h"

namespace tuyentap {

constexpr float kPtPerMm = 72.0f / 25.4f;

struct TextStyle {
  const FontChoice* font = nullptr;
  float size = 12;
  Align align = Align::Justify;
  float indent = 0;
  float gray = 0;
  float leading_factor = 0;  // 0: the style's line_spacing
  // A title: lines of similar length (the narrowest measure that needs no more lines), the
  // last never one syllable alone, never broken inside a name of the style's no_break list.
  bool balanced = false;
  bool tie_last = false;  // list entries: at least two syllables on the last line
  std::vector<std::string> keep_together = {};  // more phrases never broken (a list's "– Author")
  float hang = 0;                               // hanging indent of the lines after the first (pt)
  std::vector<FontSpan> spans = {};             // words in other fonts (paragraph.h)
  // body paragraphs: also set one line longer and one line shorter (FlowBlock::looser, tighter)
  bool looser = false;
};

struct TocEntry {
  std::string title;
  int level = 0;    // 0 chapter / part of the book, 1 article
  int anchor = -1;  // where it is, in the body pager
  bool in_toc = true;
};

// A page number that a list entry (the list of articles) prints at the end of its last
// line after dot leaders, as the contents does (layout/leaders.h), filled in once the book's
// numbering is known (layout_book).
struct ListNumber {
  int entry_anchor = -1;   // where the entry's first line is (body pager)
  int target_anchor = -1;  // the article it names
  float dy = 0;            // from the entry's top to its last line's baseline
  int node = -1;           // the structure node the number belongs to
  float end = 0;           // where its last line's text ends, from the text area's left
};

struct Typesetter {
  explicit Typesetter(const PrintStyle& s);

  std::function<void(std::size_t)> on_article;  // layout_book's progress callback
  std::size_t articles_done = 0;

  const PrintStyle& style;
  // The names a title never breaks inside and body text rather not: the style's no_break
  // list and label::kNeverBroken; and each as written then in capitals (a chapter's title),
  // made once here rather than for each title.
  std::vector<std::string> no_break;
  std::vector<std::string> no_break_any_case;
  FontSet fonts;
  Shaper shaper{fonts};
  FontChoice regular, bold, italic, bold_italic;
  std::vector<LayoutProblem> problems;
  std::set<std::pair<std::string, std::string>> reported;  // (file, character)
  int next_anchor = 0;
  int photos = 0, photos_downsampled = 0;  // for LayoutStats
  std::vector<ListNumber> list_numbers;
  // The places the text comes from (book/page_map.h): every block set from here on has its
  // runs tagged with the last place given to set_place (layout/page_starts.h reads them).
  // Once the first passes' places are taken (layout_book's plan keeps them), the same pages
  // laid out again only count theirs: the book holds them once (issue 12).
  std::vector<PagePlace> places;
  std::size_t place_count = 0;  // places given so far, kept or only counted
  bool places_taken = false;
  void set_place(PagePlace::Part part, int index = -1, int block = -1);
  StructureNodes structure;  // the book's logical structure (structure.h)

  PageGeometry geometry() const;
  float measure() const { return geometry().measure(); }
  const FontChoice& font_named(const std::string& name) const;

  // Sets text as a block; problems (missing characters, emergency breaks) are reported
  // against `file`. width 0: the full measure.
  FlowBlock block(const std::string& text, const TextStyle& ts, const std::string& file,
                  float width = 0);
  void report_missing(const std::string& file, const std::vector<std::string>& chars);
};

// The body: chapter openers, articles, back matter. Fills `toc` in reading order, unless
// null (the pages laid out again, whose contents the first pass gave).
void layout_body(Typesetter& t, const Presentation& book, Pager& body, std::vector<TocEntry>* toc);

// Front matter: cover, title page, preface, contents. `body_numbers[i]` is the printed
// page number of toc[i]; `preface_anchor`/`toc_anchor` are set to anchors in `front`.
// `date_epoch` is the book's date, printed on the imprint page when the style has one.
void layout_front(Typesetter& t, const Presentation& book, Pager& front,
                  const std::vector<TocEntry>& toc, const std::vector<int>& body_numbers,
                  int& preface_anchor, int& toc_anchor, long long date_epoch);

// Adds a list's entries (contents lines, list of articles) to the pager as they are made,
// so that no page holds one alone: the first entry goes with the second (and the heading
// before it), the last with the one before it. It holds two entries at most: the list of
// 100,000 articles set whole before any went to the pager took some 70 MB (issue 12).
class ListAdder {
 public:
  explicit ListAdder(Pager& pager) : pager_(pager) {}
  void add(FlowBlock entry);
  void finish();  // the entries held: the last two

 private:
  Pager& pager_;
  std::vector<FlowBlock> held_;  // the last entries made, not yet in the pager
  std::size_t count_ = 0;        // entries made
};

// The running head (from page body_first on) and the page number of page `index`, unless
// it is marked plain: page `number_one` shows 1, the pages before it i, ii, ….
void add_furniture(Typesetter& t, const Presentation& book, Page& page, const PageInfo& info,
                   int index, int body_first, int number_one, bool mirror);

// "i", "ii", … (lower-case roman numerals for front matter)
std::string lower_roman(int n);

}  // namespace tuyentap
