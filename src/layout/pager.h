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
// a typesetter's way to keep a spread's feet level); a left-hand page that still ends one
// line short makes the page beside it end on that line too (a short spread). A page still
// short by a line or more than its gaps can fill (also one that a paragraph split without a
// lone line leaves a line short) sets some of its paragraphs one line looser
// (FlowBlock::looser); when one or two of its paragraphs set a line tighter make room for what
// comes next (an article's opening, a paragraph that may not split), they are set so instead
// (FlowBlock::tighter), and the page is full. A page still short then takes lines from the
// page before, which sets paragraphs looser to stay full (pull_from_previous). A page whose
// last lines go on with a caption's note closes like any other (its gaps grow, a short
// left-hand page makes a short spread). When the right-hand page still ends apart from the
// left-hand page beside it, the spread is set again (pager_spread.cpp): the pager goes back
// to where it stood before the left-hand page opened and lays the same blocks out with both
// feet a line higher, a line lower, two lines higher (the right-hand page following the
// left-hand page's last line when that ends short of its moved foot), keeping the first
// setting whose pages end on one line with no page 3 lines short, else the best (fewest
// ragged pages first). A list's entries, which cannot split, grow the space between them
// (FlowBlock::gap_grows) so that a list's page ends at its foot too.
#pragma once

#include <functional>
#include <memory>
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
  // The space above it is a gap that grows on a page left short even when it is 0 (the
  // entries of a list, which have no space between them in a style without paragraph space).
  bool gap_grows = false;
  int anchor = -1;     // record where the block's first line lands
  int link_to = -1;    // the block's area links to this anchor (TOC lines)
  int link_node = -1;  // the structure node its Link areas belong to (structure.h)
  // A caption's note: goes on the page where the block before it ends; when it does not fit
  // there, the last lines of that block come with it to the next page.
  bool keep_with_previous = false;
  // The same paragraph set one line longer with no space stretched beyond 1.5 times (TeX's
  // \looseness=1), or empty: the pager takes it on a page that the next article's opening
  // leaves short, so that the text above comes down to the foot.
  std::vector<SetLine> looser;
  float looser_stretch = 0;  // its largest adjustment ratio: the least stretched go first
  // The same paragraph set one line shorter (\looseness=-1, same limits), or empty: the pager
  // takes it when a page is a line or two short of room for what comes next (an article's
  // opening, a paragraph that may not split at the foot), so that it fits.
  std::vector<SetLine> tighter;
  float tighter_shrink = 0;  // its smallest adjustment ratio: the least shrunk go first
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
  // Looser settings stretched beyond this ratio (up to the style's ragged_page_tolerance) are
  // taken only on a page that would end 3 lines short or more, and only until it ends 2 short.
  static constexpr float kLooserStretch = 1.5f;

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

  // Pages that nothing placed later can change any more (all but the current page and the
  // one before it, which a short page pulls lines from) go to `on_final` when it is set, in
  // order, as soon as they are so; their places in pages() stay, empty. Unset: all kept.
  std::function<void(int index, Page page, const PageInfo& info)> on_final;
  // After finish(): hands the pages still held to on_final (when set).
  void release_all();

  std::vector<Page>& pages() { return pages_; }
  std::vector<PageInfo>& info() { return info_; }
  std::vector<AnchorPlace>& anchors() { return anchors_; }
  std::vector<PendingLink>& links() { return links_; }
  float left(int page) const;  // left edge of the text area on that page
  bool is_recto(int page) const { return (page + g_.first_parity) % 2 == 0; }
  const PageGeometry& geometry() const { return g_; }

 private:
  // The calls that lay blocks out, kept while a spread may be set again (pager_spread.cpp).
  struct Call {
    enum class Kind { Add, Space, Chapter, Opener } kind = Kind::Add;
    FlowBlock block;
    float pt = 0;
    std::string title;
  };
  void call(Call c);  // records `c` while a spread may be set again, runs it, settles spreads
  void run(Call c);
  void add_now(FlowBlock b);
  void vertical_space_now(float pt);
  void set_chapter_now(const std::string& title);
  void mark_opener_now();

  // A spread that may be set again: the pager as it stood before the call that may open its
  // left-hand page (small state copied whole; of the pages, anchors and links only those a
  // later call can change), the calls since, and how each setting of its feet came out.
  struct SpreadTrial;
  std::shared_ptr<SpreadTrial> spread_;  // the spread being laid out
  std::shared_ptr<SpreadTrial> next_;    // the one after it, from the call that may open it
  // The left-hand page `page` opens with its foot (and so its spread's) `lines` lower.
  struct ForcedFeet {
    int page = -1;
    float lines = 0;
  } forced_feet_;
  bool spreads_on() const { return g_.mirror && g_.line > 0; }
  int upcoming_left_page(const Call& c) const;  // -1: the call opens no left-hand page
  std::shared_ptr<SpreadTrial> freeze(int left);
  void restore(const SpreadTrial& t);
  void replay(SpreadTrial& t);
  void begin_call(const Call& c, bool replaying);
  void settle_spreads();
  void drop_spreads();
  void spread_page_closed(int page, float end);                // `end`: below the normal foot, pt
  static std::size_t spread_first_held(const SpreadTrial& t);  // pages a replay changes

  void ensure_page();
  void open_page();
  void release_up_to(std::size_t end);  // pages [released_, end) to on_final
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
  std::size_t released_ = 0;  // pages_[0, released_) went to on_final
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
  // The paragraphs wholly on the current page that have a looser or tighter setting, in
  // order; a paragraph reset to one of them has neither any more.
  struct Loosenable {
    std::size_t first_run, end_run;  // their runs on the page
    float top, bottom, leading, baseline, x;
    std::vector<SetLine> looser;
    float looser_stretch = 0;  // its largest adjustment ratio: the least stretched go first
    std::vector<SetLine> tighter;
    float tighter_shrink = 0;  // its smallest adjustment ratio: the least shrunk go first
  };
  std::vector<Loosenable> loosenable_;
  // A page that the next block (an article's opening, a paragraph that may not split there)
  // leaves short by more than its gaps can grow: as many of its loosenable paragraphs as the
  // room left has lines take their looser setting (the least stretched ones), the text below
  // them coming down.
  void fill_short_page();
  // Of `within` paragraphs set looser within kLooserStretch and `beyond` set looser beyond it
  // (sorted so), how many a page `lines` short takes; `raised`: whole lines its foot stands
  // above the normal one (a short spread), which count as short too, so that a page set
  // again a line or two higher takes the looser settings it took at the normal foot.
  static std::size_t looser_take(std::size_t lines, std::size_t within, std::size_t beyond,
                                 std::size_t raised);
  std::size_t foot_raised() const;  // whole lines the current page's foot stands above normal
  // Room for `short_by` more (pt) on the current page by setting at most kTightenAtMost of its
  // paragraphs one line tighter (the least shrunk ones); false, changing nothing, when they
  // cannot make it.
  bool tighten_for(float short_by);
  // Every line placed on a page, in order: which block it belongs to and what that block
  // asks of a page break, so that lines can move to the next page by the same rules.
  struct LineRecord {
    std::size_t first_run;
    float top, leading;
    int block;  // a serial number per block
    bool keep_with_next, breakable, keep_with_previous;
    bool gap_above;  // the block's space above it stands over this line
  };
  // The page before the current one, while the text flows on from it (no forced break
  // between): its lines, its looser paragraphs, and whether it is full with no gaps.
  struct PreviousPage {
    std::vector<LineRecord> lines;
    std::vector<Loosenable> loosenable;
    bool flowing = false;  // full, no photo: its last lines may move on
  };
  // A page still short by whole lines when it closes: the page before it sets some of its
  // paragraphs one line looser and its last lines (as many) come over to this page's top,
  // within the rules for splitting blocks (pager_pull.cpp). Returns the lines pulled.
  std::size_t pull_from_previous();
  // Sets paragraph `which` of `list` (the current page's or the previous page's) to `lines`
  // (its looser or tighter setting), moving what is below it on that page by the difference.
  void reset_lines(int page, std::vector<Loosenable>& list, std::vector<LineRecord>& records,
                   std::size_t which, std::vector<SetLine> lines);
  std::vector<LineRecord> lines_;  // the current page's
  PreviousPage previous_;
  int block_serial_ = 0;
  bool flowing_ = false;  // the page just closed was ended by the flow, not by a forced break
  float top_space_dropped_ = 0;  // the space above the current page's first block, dropped

  std::vector<FlowBlock> pending_;  // headings waiting for what follows them
  std::vector<float> gaps_;         // the current page's gaps between blocks: y where each starts
  std::string chapter_;
  float y_ = 0, pending_space_ = 0;
  float foot_ = 0;     // where the current page's text must end
  float long_by_ = 0;  // how far the current page runs below the text area's foot
  // the left-hand page ran long (> 0) or a line short (< 0): the page beside it does too
  float spread_long_by_ = 0;
  bool page_empty_ = true, have_page_ = false, opener_next_ = false;
};

}  // namespace tuyentap
