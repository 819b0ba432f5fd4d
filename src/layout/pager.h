// Pagination: set blocks (paragraphs, headings) → pages, with the rules a typesetter keeps:
// no widow or orphan (a paragraph leaves at least two lines at the foot of a page and
// carries at least two to the next), a heading never ends a page (it goes with at least
// two lines of what follows), space above a block vanishes at the top of a page, a
// chapter starts a new page (a right-hand one when asked, leaving a blank page); a page that
// ends short because the next block does not fit grows its gaps between blocks alike, within
// a limit, so that its last line stands at the foot (vertical justification). Printed
// two-sided (mirror), facing pages end on one line: a left-hand page that would end a line or
// two short runs one line long instead, when that line lets the next block fit or split by
// the rules, and the right-hand page beside it then runs one line long too (a long spread,
// a typesetter's way to keep a spread's feet level). A page still short by a line or more
// than its gaps can fill sets some of its paragraphs one line looser (FlowBlock::looser).
#pragma once

#include <string>
#include <vector>

#include "layout/pages.h"
#include "layout/paragraph.h"

namespace tuyentap {

struct FlowBlock {
  std::vector<SetLine> lines;
  float leading = 15;   // baseline to baseline
  float baseline = 12;  // from the top of a line's box to its baseline
  float space_before = 0, space_after = 0;
  float x = 0;                  // extra left offset inside the text area
  bool keep_with_next = false;  // a heading: never last on a page
  bool breakable = true;        // may split across pages (paragraphs)
  int anchor = -1;              // record where the block's first line lands
  int link_to = -1;             // the block's area links to this anchor (TOC lines)
  int link_node = -1;           // the structure node its Link areas belong to (structure.h)
  // A caption's note: goes on the page where the block before it ends; when it does not fit
  // there, the last lines of that block come with it to the next page.
  bool keep_with_previous = false;
  // The same paragraph set one line longer with no space stretched beyond 1.5 times (TeX's
  // \looseness=1), or empty: the pager takes it on a page that the next article's opening
  // leaves short, so that the text above comes down to the foot.
  std::vector<SetLine> looser;
  float looser_stretch = 0;  // its largest adjustment ratio: the least stretched go first
  // Photos drawn with the block: x from the block's left edge, y from its top (after the
  // space before it). A photo's block is one unbreakable line as tall as the photo.
  std::vector<Image> images;
};

struct PageInfo {
  std::string chapter;  // for the running head
  bool plain = false;   // no running head, no page number (cover, title page, blanks)
  bool blank = false;
  bool opener = false;  // a chapter or section opens here: no running head above its title
};

struct AnchorPlace {
  int page = -1;  // index in this Pager's pages
  float y = 0;
};

struct PendingLink {
  int page = 0;
  Link rect;  // target filled in later
  int anchor = -1;
};

struct PageGeometry {
  float width = 595.276f, height = 841.89f;
  float top = 56.7f, bottom = 56.7f, inner = 85, outer = 42.5f;  // pt
  bool mirror = false;
  int first_parity = 0;  // absolute index of this pager's page 0, modulo 2 (0: recto)
  // Vertical justification: the most each gap between blocks may grow on a page that a
  // block too tall for its foot leaves short (0: none).
  float gap_stretch = 0;
  // The body's leading when the text area ends on its last whole line (so that a page with
  // a title, whose gaps grow to the foot, ends on the line where a page of plain text ends);
  // 0: the text area ends at the bottom margin.
  float line = 0;
  float measure() const { return width - inner - outer; }
};

class Pager {
 public:
  explicit Pager(PageGeometry g) : g_(g) {}

  void add(FlowBlock b);
  // Ends the current page (if it has anything); `recto`: the next page is right-hand,
  // a blank page going between if needed.
  void new_page(bool recto = false);
  void vertical_space(float pt);  // space that vanishes at a page top
  void set_chapter(const std::string& title);
  void mark_opener();  // the current (or next) page opens a chapter: no running head
  void finish();       // flushes pending headings
  // Appends a page composed elsewhere (cover, title page), after the current one.
  void add_page(Page page, PageInfo info);

  std::vector<Page>& pages() { return pages_; }
  std::vector<PageInfo>& info() { return info_; }
  std::vector<AnchorPlace>& anchors() { return anchors_; }
  std::vector<PendingLink>& links() { return links_; }
  float left(int page) const;  // left edge of the text area on that page
  bool is_recto(int page) const { return (page + g_.first_parity) % 2 == 0; }
  const PageGeometry& geometry() const { return g_; }

 private:
  void ensure_page();
  void open_page();
  // Ends a page that the next block does not fit on, first growing its gaps alike (within
  // gap_stretch) to bring its last line down to the foot.
  void close_full_page();
  float room() const { return foot_ - y_; }
  // On a left-hand page that has not run long yet: one line of `leading` more room, when
  // `fits` says the line is worth it. Returns whether the page now runs long.
  bool run_long(float leading, bool fits);
  bool at_top() const { return page_empty_; }
  void place(FlowBlock& b, std::size_t from, std::size_t to, bool first_part);
  void place_flow(FlowBlock& b);

  PageGeometry g_;
  std::vector<Page> pages_;
  std::vector<PageInfo> info_;
  std::vector<AnchorPlace> anchors_;
  std::vector<PendingLink> links_;
  // The lines the last block left on the current page: where their runs start on it and
  // the top of each line, so that a keep_with_previous block can take them along.
  struct PlacedLine {
    std::size_t first_run;
    float top, leading;
  };
  std::vector<PlacedLine> last_lines_;
  bool carry_last_lines();
  // The paragraphs wholly on the current page that have a looser setting, in order.
  struct Loosenable {
    std::size_t first_run, end_run;  // their runs on the page
    float top, bottom, leading, baseline, x, stretch;
    std::vector<SetLine> looser;
    float looser_stretch = 0;  // its largest adjustment ratio: the least stretched go first
  };
  std::vector<Loosenable> loosenable_;
  // A page that the next block (an article's opening, a paragraph that may not split there)
  // leaves short by more than its gaps can grow: as many of its loosenable paragraphs as the
  // room left has lines take their looser setting (the least stretched ones), the text below
  // them coming down.
  void fill_short_page();
  void lengthen(Loosenable& s);

  std::vector<FlowBlock> pending_;  // headings waiting for what follows them
  std::vector<float> gaps_;         // the current page's gaps between blocks: y where each starts
  std::string chapter_;
  float y_ = 0, pending_space_ = 0;
  float foot_ = 0;            // where the current page's text must end
  float long_by_ = 0;         // how far the current page runs below the text area's foot
  float spread_long_by_ = 0;  // the left-hand page ran long: the page beside it does too
  bool page_empty_ = true, have_page_ = false, opener_next_ = false;
};

}  // namespace tuyentap
