// layout/booklet.h: a laid-out book → the sheets of a saddle-stitched booklet, for a duplex
// office printer (`tuyentap build --impose booklet`). Two pages side by side on each side
// of a sheet twice a page wide (A5 pages on A4 landscape), in the order that, printed on
// both sides (flipped on the short edge), folded in the middle and stapled, reads 1, 2, 3 …
// The pages are moved, not scaled: the book is typeset for the booklet's page size.
#pragma once

#include <vector>

#include "layout/pages.h"

namespace tuyentap {

// What goes on one side of a sheet: the page index on the left and on the right half,
// -1 for a blank (the padding that makes a signature's page count a multiple of 4).
struct SheetSide {
  int left = -1, right = -1;
};

// The order of `pages` pages on sheet sides: front then back of each sheet, sheets in
// printing order. The pages are padded to a multiple of 4, and a thick book is cut into
// signatures (booklets folded apart and stacked) of at most `max_signature_pages` pages
// each (a multiple of 4, at least 4), of sizes as even as can be.
std::vector<SheetSide> booklet_order(int pages, int max_signature_pages = 40);

struct BookletOptions {
  int max_signature_pages = 40;  // a stapler goes through ten A4 sheets folded
  bool fold_marks = false;       // a short rule at the fold, top and bottom of every side
  // The sheet in points; 0: twice the page's width by its height. The pages sit side by
  // side in its middle (an A5 page is 148 mm wide, half an A4 sheet 148.5 mm).
  float sheet_width = 0, sheet_height = 0;
};

// The booklet: sheet sides holding the book's pages as
// booklet_order places them. Fonts, document info and bookmarks (to the side a page is
// on) are kept; links inside the book and page labels are dropped (they name pages the
// booklet no longer has).
LaidOutBook impose_booklet(LaidOutBook book, const BookletOptions& options = {});

}  // namespace tuyentap
