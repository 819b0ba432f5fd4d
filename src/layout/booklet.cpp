#include "layout/booklet.h"

#include <algorithm>
#include <utility>

namespace tuyentap {
namespace {

constexpr float kFoldMarkPt = 14;  // about 5 mm, inside the unprinted edge of most printers

// The sheet sides of one signature of `sheets` sheets whose first page is `first`: the
// outer sheet carries the first two and the last two pages.
void signature_sides(int first, int sheets, int pages, std::vector<SheetSide>& out) {
  int n = 4 * sheets;
  auto page = [&](int i) { return first + i < pages ? first + i : -1; };
  for (int s = 0; s < sheets; ++s) {
    out.push_back({page(n - 1 - 2 * s), page(2 * s)});      // front
    out.push_back({page(2 * s + 1), page(n - 2 - 2 * s)});  // back
  }
}

// Moves a page's drawing onto a sheet side, `dx` points to the right and `dy` down.
void place(Page& side, Page&& page, float dx, float dy) {
  for (TextRun& r : page.runs) {
    r.x += dx;
    r.y += dy;
    side.runs.push_back(std::move(r));
  }
  for (Rule r : page.rules) {
    r.x1 += dx;
    r.x2 += dx;
    r.y1 += dy;
    r.y2 += dy;
    side.rules.push_back(r);
  }
  for (Image& img : page.images) {
    img.x += dx;
    img.y += dy;
    side.images.push_back(std::move(img));
  }
}

}  // namespace

std::vector<SheetSide> booklet_order(int pages, int max_signature_pages) {
  std::vector<SheetSide> out;
  if (pages <= 0) return out;
  int sheets = (pages + 3) / 4;
  int per_signature = std::max(1, max_signature_pages / 4);
  int signatures = (sheets + per_signature - 1) / per_signature;
  int first = 0;
  for (int g = 0; g < signatures; ++g) {
    int these = sheets / signatures + (g < sheets % signatures ? 1 : 0);
    signature_sides(first, these, pages, out);
    first += 4 * these;
  }
  return out;
}

LaidOutBook impose_booklet(LaidOutBook book, const BookletOptions& options) {
  const float w = book.page_width, h = book.page_height;
  const float sheet_w = options.sheet_width > 0 ? options.sheet_width : 2 * w;
  const float sheet_h = options.sheet_height > 0 ? options.sheet_height : h;
  const float fold = sheet_w / 2, dy = (sheet_h - h) / 2;
  std::vector<SheetSide> order =
      booklet_order(static_cast<int>(book.pages.size()), options.max_signature_pages);
  LaidOutBook out;
  out.page_width = sheet_w;
  out.page_height = sheet_h;
  out.fonts = std::move(book.fonts);
  out.info = std::move(book.info);
  std::vector<int> side_of(book.pages.size(), 0);
  out.pages.resize(order.size());
  for (std::size_t s = 0; s < order.size(); ++s) {
    Page& side = out.pages[s];
    for (auto [index, dx] : {std::pair{order[s].left, fold - w}, std::pair{order[s].right, fold}}) {
      if (index < 0) continue;
      auto i = static_cast<std::size_t>(index);
      place(side, std::move(book.pages[i]), dx, dy);
      side_of[i] = static_cast<int>(s);
    }
    if (options.fold_marks) {
      side.rules.push_back({fold, 0, fold, kFoldMarkPt, 0.3f});
      side.rules.push_back({fold, sheet_h - kFoldMarkPt, fold, sheet_h, 0.3f});
    }
  }
  for (OutlineItem item : book.outline) {
    if (item.page < 0 || static_cast<std::size_t>(item.page) >= side_of.size()) continue;
    item.page = side_of[static_cast<std::size_t>(item.page)];
    out.outline.push_back(std::move(item));
  }
  return out;
}

}  // namespace tuyentap
