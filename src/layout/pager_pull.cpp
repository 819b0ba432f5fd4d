// A short page takes lines from the page before it (Pager::pull_from_previous, pager.h): the
// page before sets paragraphs one line looser, so that its last lines move on, and stays full.
#include <algorithm>
#include <cmath>
#include <iterator>

#include "layout/pager.h"

namespace tuyentap {

std::size_t Pager::pull_from_previous() {
  PreviousPage& prev = previous_;
  if (!have_page_ || page_empty_ || !prev.flowing || prev.lines.size() < 3 || lines_.empty() ||
      pages_.size() < 2)
    return 0;
  // A block at this page's top whose space above was dropped would need it back.
  if (top_space_dropped_ > 0.01f) return 0;
  const std::vector<LineRecord>& lines = prev.lines;
  const float line = lines.back().leading;
  const float short_by = room() - static_cast<float>(gaps_.size()) * g_.gap_stretch;
  if (short_by < line - 0.01f) return 0;
  const std::size_t want = static_cast<std::size_t>(std::floor(short_by / line + 0.01f));
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < prev.loosenable.size(); ++i)
    if (!prev.loosenable[i].looser.empty() && prev.loosenable[i].leading == line)
      order.push_back(i);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return prev.loosenable[a].looser_stretch < prev.loosenable[b].looser_stretch;
  });
  const std::size_t n = lines.size();
  // Whether the last k lines of the page before may move on by the rules for breaking blocks.
  auto may_move = [&](std::size_t k) {
    const std::size_t cut = n - k;
    for (std::size_t i = cut; i < n; ++i)  // lines of the body only, no space between them
      if (lines[i].leading != line || lines[i].gap_above) return false;
    const LineRecord& stay = lines[cut - 1];
    const LineRecord& go = lines[cut];
    if (go.keep_with_previous) return false;
    if (stay.block != go.block) return !stay.keep_with_next;
    if (!go.breakable) return false;
    std::size_t staying = 0, moving = 0;
    for (std::size_t i = cut; i-- > 0 && lines[i].block == go.block;) ++staying;
    for (std::size_t i = cut; i < n && lines[i].block == go.block; ++i) ++moving;
    if (moving == k && lines_.front().block == go.block) moving += 2;  // goes on here
    return staying >= 2 && moving >= 2;
  };
  for (std::size_t k = std::min(want, order.size()); k >= 1; --k) {
    if (k + 2 > n || !may_move(k)) continue;
    const std::size_t cut = n - k;
    std::vector<std::size_t> chosen;
    std::size_t within = 0;
    for (std::size_t i : order) {
      if (prev.loosenable[i].bottom > lines[cut].top + 0.01f) continue;
      chosen.push_back(i);
      within += prev.loosenable[i].looser_stretch <= kLooserStretch ? 1 : 0;
    }
    if (looser_take(want, within, chosen.size() - within, foot_raised()) < k) continue;
    chosen.resize(k);

    const int page = static_cast<int>(pages_.size()) - 1, before = page - 1;
    Page& here = pages_.back();
    Page& there = pages_[static_cast<std::size_t>(before)];
    const std::size_t cut_run = lines[cut].first_run;
    const std::size_t count = there.runs.size() - cut_run;
    const float shift = static_cast<float>(k) * line;
    // Room at this page's top: all on it comes down by the lines that come over.
    for (TextRun& r : here.runs) r.y += shift;
    for (Image& img : here.images) img.y += shift;
    for (float& g : gaps_) g += shift;
    for (AnchorPlace& a : anchors_)
      if (a.page == page) a.y += shift;
    for (PendingLink& l : links_)
      if (l.page == page) l.rect.y += shift;
    for (PlacedLine& l : last_lines_) {
      l.first_run += count;
      l.top += shift;
    }
    for (LineRecord& r : lines_) {
      r.first_run += count;
      r.top += shift;
    }
    for (Loosenable& l : loosenable_) {
      l.first_run += count;
      l.end_run += count;
      l.top += shift;
      l.bottom += shift;
    }
    y_ += shift;
    // The last k lines come over, to the top of the text area (mirrored margins may differ).
    const float dy = g_.top - lines[cut].top, dx = left(page) - left(before);
    for (AnchorPlace& a : anchors_)
      if (a.page == before && a.y >= lines[cut].top - 0.01f) a = {page, a.y + dy};
    for (PendingLink& l : links_) {
      if (l.page != before || l.rect.y < lines[cut].top - 0.01f) continue;
      l.page = page;
      l.rect.x += dx;
      l.rect.y += dy;
    }
    std::vector<TextRun> moved(
        std::make_move_iterator(there.runs.begin() + static_cast<std::ptrdiff_t>(cut_run)),
        std::make_move_iterator(there.runs.end()));
    there.runs.resize(cut_run);
    for (TextRun& r : moved) {
      r.x += dx;
      r.y += dy;
    }
    here.runs.insert(here.runs.begin(), std::make_move_iterator(moved.begin()),
                     std::make_move_iterator(moved.end()));
    std::vector<LineRecord> came(lines.begin() + static_cast<std::ptrdiff_t>(cut), lines.end());
    for (LineRecord& r : came) {
      r.first_run -= cut_run;
      r.top += dy;
    }
    lines_.insert(lines_.begin(), came.begin(), came.end());
    prev.lines.resize(cut);
    // The page before fills up again with its paragraphs set looser, from the foot up.
    std::sort(chosen.rbegin(), chosen.rend());
    for (std::size_t i : chosen)
      reset_lines(before, prev.loosenable, prev.lines, i, std::move(prev.loosenable[i].looser));
    prev.flowing = false;
    return k;
  }
  return 0;
}

}  // namespace tuyentap
