#include "layout/pager.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>

namespace tuyentap {
namespace {

// Lines of a block that must go together at a page's foot so that no line is left alone:
// a paragraph of up to three lines cannot split at all.
std::size_t min_lines(const FlowBlock& b) {
  if (!b.breakable || b.lines.size() <= 3) return b.lines.size();
  return 2;
}

// A page left this many body lines short or more sets paragraphs looser (fewer are left to
// the growing gaps).
constexpr float kLoosenFrom = 1;

// At most this many paragraphs of a page are set a line tighter to make room.
constexpr std::size_t kTightenAtMost = 2;

// A spread ends short on both pages by at most this many lines (more: the right-hand page
// stays full).
constexpr float kShortSpreadAtMost = 1;

// In a spread set again (pager_spread.cpp), the right-hand page follows its left-hand page's
// last line down to this many lines short (the highest feet tried).
constexpr float kFeetSetAgainAtMost = 2;

float height(const FlowBlock& b, bool at_top) {
  return (at_top ? 0 : b.space_before) + static_cast<float>(b.lines.size()) * b.leading;
}

}  // namespace

float Pager::left(int page) const {
  if (g_.mirror && !is_recto(page)) return g_.outer;
  return g_.inner;
}

void Pager::release_up_to(std::size_t end) {
  if (!on_final) return;
  // the pages a spread set again would lay out anew stay (pager_spread.cpp)
  for (const auto& t : {spread_, next_})
    if (t) end = std::min(end, spread_first_held(*t));
  for (; released_ < end; ++released_)
    on_final(static_cast<int>(released_), std::move(pages_[released_]), info_[released_]);
}

void Pager::release_all() {
  drop_spreads();
  release_up_to(pages_.size());
}

void Pager::open_page() {
  // The page before the one just closed is final: only the current page and the one before
  // it are ever changed (carry_last_lines, pull_from_previous, reset_lines).
  if (pages_.size() >= 2) release_up_to(pages_.size() - 1);
  pages_.emplace_back();
  info_.push_back({chapter_, false, false, opener_next_});
  opener_next_ = false;
  y_ = g_.top;
  const int page = static_cast<int>(pages_.size()) - 1;
  long_by_ = is_recto(page) ? spread_long_by_ : 0;
  if (page == forced_feet_.page) long_by_ = forced_feet_.lines * g_.line;  // a spread set again
  foot_ = g_.height - g_.bottom;
  if (g_.line > 0) foot_ = g_.top + std::floor((foot_ - g_.top) / g_.line + 0.01f) * g_.line;
  foot_ += long_by_;
  spread_long_by_ = 0;
  page_empty_ = true;
  have_page_ = true;
  gaps_.clear();
  previous_.flowing = flowing_;
  previous_.lines.clear();
  previous_.loosenable.clear();
  if (flowing_) {
    previous_.lines = std::move(lines_);
    previous_.loosenable = std::move(loosenable_);
  }
  flowing_ = false;
  lines_.clear();
  loosenable_.clear();
  top_space_dropped_ = 0;
}

void Pager::close_full_page() {
  float short_by = room();
  // a page full to within a line (a few lines of another leading) lets its last lines move on
  flowing_ = have_page_ && pages_.back().images.empty() && !lines_.empty() &&
             short_by < lines_.back().leading - 0.01f;
  float grown = 0;  // what the gaps take of short_by
  if (have_page_ && !gaps_.empty() && g_.gap_stretch > 0 && short_by > 0.5f) {
    float d = std::min(g_.gap_stretch, short_by / static_cast<float>(gaps_.size()));
    grown = d * static_cast<float>(gaps_.size());
    // everything below the k-th gap moves down by k + 1 steps of d
    auto shift = [&](float y) {
      auto below = std::upper_bound(gaps_.begin(), gaps_.end(), y - 0.001f);
      return d * static_cast<float>(below - gaps_.begin());
    };
    int page = static_cast<int>(pages_.size()) - 1;
    for (TextRun& r : pages_.back().runs) r.y += shift(r.y);
    for (Image& img : pages_.back().images) img.y += shift(img.y);  // a photo with its text
    for (PendingLink& l : links_)
      if (l.page == page) l.rect.y += shift(l.rect.y + 0.002f);
    for (AnchorPlace& a : anchors_)
      if (a.page == page) a.y += shift(a.y + 0.002f);
  }
  if (have_page_)
    spread_page_closed(static_cast<int>(pages_.size()) - 1, long_by_ - short_by + grown);
  if (have_page_ && g_.mirror && !is_recto(static_cast<int>(pages_.size()) - 1)) {
    spread_long_by_ = long_by_;
    // A left-hand page that still ends a line or two short: the page beside it ends on the
    // same line (a short spread), rather than the spread's feet a line or two apart.
    const float lines = g_.line > 0 ? std::floor((short_by - grown) / g_.line + 0.01f) : 0;
    if (long_by_ == 0 && lines >= 1 && lines <= kShortSpreadAtMost)
      spread_long_by_ = -lines * g_.line;
    // A spread set again: the right-hand page's foot is where the left-hand page's last whole
    // line stands, down to kFeetSetAgainAtMost lines short (a list of two-line entries leaves
    // the left-hand page a line short of any foot half the time).
    const float end = long_by_ - lines * g_.line;
    if (static_cast<int>(pages_.size()) - 1 == forced_feet_.page && lines >= 1 &&
        end >= -kFeetSetAgainAtMost * g_.line - 0.01f)
      spread_long_by_ = end;
  }
  have_page_ = false;
}

void Pager::ensure_page() {
  if (!have_page_) open_page();
}

void Pager::new_page(bool recto) {
  drop_spreads();  // a forced break: the page before it ends where its text ends
  if (!pending_.empty()) finish();
  if (have_page_ && !page_empty_) have_page_ = false;
  flowing_ = false;
  pending_space_ = 0;
  spread_long_by_ = 0;
  if (!recto) return;
  int next = have_page_ ? static_cast<int>(pages_.size()) - 1 : static_cast<int>(pages_.size());
  if (is_recto(next)) return;
  if (!have_page_) open_page();
  info_.back().blank = true;
  info_.back().plain = true;
  have_page_ = false;
}

void Pager::add_page(Page page, PageInfo info) {
  drop_spreads();
  finish();
  if (have_page_ && page_empty_) {  // an opened, still empty page takes its place
    pages_.back() = std::move(page);
    info_.back() = std::move(info);
  } else {
    if (pages_.size() >= 2) release_up_to(pages_.size() - 1);
    pages_.push_back(std::move(page));
    info_.push_back(std::move(info));
  }
  have_page_ = false;
  flowing_ = false;
  pending_space_ = 0;
}

void Pager::vertical_space_now(float pt) {
  pending_space_ = std::max(pending_space_, pt);
}

void Pager::set_chapter_now(const std::string& title) {
  chapter_ = title;
  if (have_page_ && page_empty_) info_.back().chapter = title;
}

void Pager::mark_opener_now() {
  if (have_page_ && page_empty_)
    info_.back().opener = true;
  else
    opener_next_ = true;
}

void Pager::add_now(FlowBlock b) {
  b.space_before = std::max(b.space_before, pending_space_);
  pending_space_ = 0;
  if (b.keep_with_next) {
    pending_.push_back(std::move(b));
    pending_space_ = pending_.back().space_after;
    return;
  }
  place_flow(b);
}

void Pager::finish() {
  drop_spreads();
  // Headings with nothing after them (an empty article): place them as they are.
  for (auto& h : pending_) {
    h.keep_with_next = false;
    ensure_page();
    if (height(h, at_top()) > room() && !at_top()) {
      have_page_ = false;
      ensure_page();
    }
    place(h, 0, h.lines.size(), true);
  }
  pending_.clear();
}

void Pager::place(FlowBlock& b, std::size_t from, std::size_t to, bool first_part) {
  if (from == 0) ++block_serial_;
  if (first_part && at_top()) top_space_dropped_ = b.space_before;
  const bool gap = first_part && !at_top() && (b.space_before > 0 || b.gap_grows);
  if (gap) {
    gaps_.push_back(y_);
    y_ += b.space_before;
  }
  int page = static_cast<int>(pages_.size()) - 1;
  Page& p = pages_.back();
  float top = y_;
  if (first_part && b.anchor >= 0) {
    if (anchors_.size() <= static_cast<std::size_t>(b.anchor)) {
      anchors_.resize(static_cast<std::size_t>(b.anchor) + 1);
    }
    anchors_[static_cast<std::size_t>(b.anchor)] = {page, top};
  }
  float x0 = left(page) + b.x;
  if (first_part) {
    for (Image& img : b.images) {
      img.x += x0;
      img.y += top;
      p.images.push_back(std::move(img));
    }
  }
  last_lines_.clear();
  const std::size_t first_run = p.runs.size();
  for (std::size_t i = from; i < to; ++i) {
    last_lines_.push_back({p.runs.size(), y_, b.leading});
    lines_.push_back({p.runs.size(), y_, b.leading, block_serial_, b.keep_with_next, b.breakable,
                      b.keep_with_previous, gap && i == from});
    float baseline = y_ + b.baseline;
    for (TextRun& r : b.lines[i].runs) {  // moved: a block is placed once
      r.x += x0;
      r.y = baseline;
      p.runs.push_back(std::move(r));
    }
    y_ += b.leading;
  }
  const bool looser = b.looser.size() == b.lines.size() + 1;
  const bool tighter = !b.tighter.empty() && b.tighter.size() + 1 == b.lines.size();
  if (from == 0 && to == b.lines.size() && (looser || tighter)) {
    Loosenable l;
    l.first_run = first_run;
    l.end_run = p.runs.size();
    l.top = top;
    l.bottom = y_;
    l.leading = b.leading;
    l.baseline = b.baseline;
    l.x = x0;
    if (looser) {
      l.looser = std::move(b.looser);
      l.looser_stretch = b.looser_stretch;
    }
    if (tighter) {
      l.tighter = std::move(b.tighter);
      l.tighter_shrink = b.tighter_shrink;
    }
    loosenable_.push_back(std::move(l));
  }
  if (b.link_to >= 0 && to > from) {
    PendingLink l;
    l.page = page;
    l.rect = {x0, top, g_.measure() - b.x, y_ - top, 0, 0, b.link_node};
    l.anchor = b.link_to;
    links_.push_back(l);
  }
  page_empty_ = false;
}

bool Pager::run_long(float leading, bool fits) {
  if (!fits || !g_.mirror || long_by_ != 0 || at_top() ||
      is_recto(static_cast<int>(pages_.size()) - 1))
    return false;
  long_by_ = leading;
  foot_ += leading;
  return true;
}

std::size_t Pager::looser_take(std::size_t lines, std::size_t within, std::size_t beyond,
                               std::size_t raised) {
  if (within >= lines) return lines;
  const std::size_t total = lines + raised;  // short of the normal foot
  const std::size_t more = total >= 2 + within ? total - 2 - within : 0;
  return std::min(lines, within + std::min(beyond, more));
}

std::size_t Pager::foot_raised() const {
  if (g_.line <= 0 || long_by_ >= 0) return 0;
  return static_cast<std::size_t>(std::lround(-long_by_ / g_.line));
}

void Pager::fill_short_page() {
  if (!have_page_ || loosenable_.empty()) return;
  const float line = loosenable_.back().leading;
  // what the gaps cannot fill when they grow (close_full_page)
  const float left = room() - static_cast<float>(gaps_.size()) * g_.gap_stretch;
  if (left < kLoosenFrom * line - 0.01f) return;
  std::size_t lines = static_cast<std::size_t>(std::floor(left / line + 0.01f));
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < loosenable_.size(); ++i)
    if (!loosenable_[i].looser.empty()) order.push_back(i);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return loosenable_[a].looser_stretch < loosenable_[b].looser_stretch;
  });
  const std::size_t within =
      static_cast<std::size_t>(std::count_if(order.begin(), order.end(), [&](std::size_t i) {
        return loosenable_[i].looser_stretch <= kLooserStretch;
      }));
  order.resize(looser_take(lines, within, order.size() - within, foot_raised()));
  // from the foot up, so that the runs of the paragraphs above stay where they were recorded
  std::sort(order.rbegin(), order.rend());
  const int page = static_cast<int>(pages_.size()) - 1;
  for (std::size_t i : order)
    reset_lines(page, loosenable_, lines_, i, std::move(loosenable_[i].looser));
  loosenable_.clear();
}

bool Pager::tighten_for(float short_by) {
  if (!have_page_ || short_by <= 0 || loosenable_.empty()) return false;
  const float line = loosenable_.back().leading;
  const std::size_t lines = static_cast<std::size_t>(std::ceil((short_by - 0.01f) / line));
  // only on a page that would end short (fill_short_page): a full one stays as it is
  const float left = room() - static_cast<float>(gaps_.size()) * g_.gap_stretch;
  if (lines > kTightenAtMost || left < kLoosenFrom * line - 0.01f) return false;
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < loosenable_.size(); ++i)
    if (!loosenable_[i].tighter.empty() && loosenable_[i].leading == line) order.push_back(i);
  if (order.size() < lines) return false;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return loosenable_[a].tighter_shrink > loosenable_[b].tighter_shrink;
  });
  order.resize(lines);
  std::sort(order.rbegin(), order.rend());  // from the foot up, as in fill_short_page
  const int page = static_cast<int>(pages_.size()) - 1;
  for (std::size_t i : order)
    reset_lines(page, loosenable_, lines_, i, std::move(loosenable_[i].tighter));
  return true;
}

void Pager::reset_lines(int page, std::vector<Loosenable>& list, std::vector<LineRecord>& records,
                        std::size_t which, std::vector<SetLine> lines) {
  const bool current = page == static_cast<int>(pages_.size()) - 1;
  Page& p = pages_[static_cast<std::size_t>(page)];
  Loosenable& s = list[which];
  std::vector<TextRun> fresh;
  std::vector<LineRecord> fresh_records;
  LineRecord model{};
  for (const LineRecord& r : records)
    if (r.first_run >= s.first_run && r.first_run < s.end_run) model = r;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const float top = s.top + static_cast<float>(i) * s.leading;
    model.first_run = s.first_run + fresh.size();
    model.top = top;
    fresh_records.push_back(model);
    for (TextRun& r : lines[i].runs) {
      r.x += s.x;
      r.y = top + s.baseline;
      fresh.push_back(std::move(r));
    }
  }
  // Everything below the paragraph moves by the lines it gains or loses.
  const float old_lines = std::round((s.bottom - s.top) / s.leading);
  const float down = (static_cast<float>(lines.size()) - old_lines) * s.leading;
  const float below = s.bottom - 0.01f;
  for (std::size_t i = s.end_run; i < p.runs.size(); ++i) p.runs[i].y += down;
  for (Image& img : p.images)
    if (img.y >= below) img.y += down;
  for (AnchorPlace& a : anchors_)
    if (a.page == page && a.y >= below) a.y += down;
  for (PendingLink& l : links_)
    if (l.page == page && l.rect.y >= below) l.rect.y += down;
  const std::ptrdiff_t delta = static_cast<std::ptrdiff_t>(fresh.size()) -
                               static_cast<std::ptrdiff_t>(s.end_run - s.first_run);
  auto moved = [&](std::size_t run) {
    return static_cast<std::size_t>(static_cast<std::ptrdiff_t>(run) + delta);
  };
  if (current) {
    for (float& g : gaps_)
      if (g >= below) g += down;
    for (PlacedLine& l : last_lines_) {
      if (l.first_run < s.end_run) continue;
      l.first_run = moved(l.first_run);
      l.top += down;
    }
    y_ += down;
  }
  std::vector<LineRecord> kept;
  bool inserted = false;
  for (const LineRecord& r : records) {
    if (r.first_run >= s.first_run && !inserted) {
      kept.insert(kept.end(), fresh_records.begin(), fresh_records.end());
      inserted = true;
    }
    if (r.first_run >= s.first_run && r.first_run < s.end_run) continue;
    kept.push_back(r);
    if (r.first_run >= s.end_run) {
      kept.back().first_run = moved(r.first_run);
      kept.back().top += down;
    }
  }
  records = std::move(kept);
  for (std::size_t k = which + 1; k < list.size(); ++k) {
    Loosenable& after = list[k];
    after.first_run = moved(after.first_run);
    after.end_run = moved(after.end_run);
    after.top += down;
    after.bottom += down;
  }
  p.runs.erase(p.runs.begin() + static_cast<std::ptrdiff_t>(s.first_run),
               p.runs.begin() + static_cast<std::ptrdiff_t>(s.end_run));
  p.runs.insert(p.runs.begin() + static_cast<std::ptrdiff_t>(s.first_run),
                std::make_move_iterator(fresh.begin()), std::make_move_iterator(fresh.end()));
  s.end_run = moved(s.end_run);
  s.bottom += down;
  s.looser.clear();
  s.tighter.clear();
}

bool Pager::carry_last_lines() {
  // At most two lines go (a block leaves two at the page's foot), all of them when fewer
  // than four stand there (none alone), never the whole page's content.
  std::size_t n = last_lines_.size();
  std::size_t take = n <= 3 ? n : 2;
  if (take == 0 || pages_.empty()) return false;
  Page& old = pages_.back();
  const PlacedLine first = last_lines_[n - take];
  if (first.first_run == 0 && old.images.empty()) return false;  // nothing would stay behind
  const float bottom = last_lines_.back().top + last_lines_.back().leading;
  std::vector<TextRun> moved(
      std::make_move_iterator(old.runs.begin() + static_cast<std::ptrdiff_t>(first.first_run)),
      std::make_move_iterator(old.runs.end()));
  old.runs.resize(first.first_run);
  std::vector<LineRecord> carried;
  while (!lines_.empty() && lines_.back().first_run >= first.first_run) {
    carried.insert(carried.begin(), lines_.back());
    lines_.pop_back();
  }
  const int old_page = static_cast<int>(pages_.size()) - 1;
  // Anchors and links of the lines that go, where they stood (the page's gaps may grow).
  std::vector<std::pair<std::size_t, float>> anchors_going, links_going;
  for (std::size_t i = 0; i < anchors_.size(); ++i)
    if (anchors_[i].page == old_page && anchors_[i].y >= first.top - 0.01f)
      anchors_going.emplace_back(i, anchors_[i].y);
  for (std::size_t i = 0; i < links_.size(); ++i)
    if (links_[i].page == old_page && links_[i].rect.y >= first.top - 0.01f)
      links_going.emplace_back(i, links_[i].rect.y);
  // The page ends where its last staying line does, and closes like any (its gaps grow, a
  // short left-hand page makes a short spread).
  if (!lines_.empty()) {
    y_ = lines_.back().top + lines_.back().leading;
    while (!gaps_.empty() && gaps_.back() > y_ - 0.01f) gaps_.pop_back();
  }
  close_full_page();
  flowing_ = false;
  ensure_page();
  const float shift = y_ - first.top;
  // Mirrored margins: a left-hand page's text area starts elsewhere than a right-hand one's.
  const float dx = left(old_page + 1) - left(old_page);
  for (TextRun& r : moved) {
    r.x += dx;
    r.y += shift;
    pages_.back().runs.push_back(std::move(r));
  }
  for (const auto& [i, y] : anchors_going) anchors_[i] = {old_page + 1, y + shift};
  for (const auto& [i, y] : links_going) {
    links_[i].page = old_page + 1;
    links_[i].rect.x += dx;
    links_[i].rect.y = y + shift;
  }
  for (LineRecord& r : carried) {
    r.first_run -= first.first_run;
    r.top += shift;
    lines_.push_back(r);
  }
  y_ = bottom + shift;
  page_empty_ = false;
  last_lines_.clear();
  return true;
}

void Pager::place_flow(FlowBlock& b) {
  ensure_page();
  if (b.keep_with_previous && pending_.empty() && !at_top() &&
      b.space_before + static_cast<float>(b.lines.size()) * b.leading > room() + 0.01f) {
    carry_last_lines();
  }
  if (!pending_.empty()) {
    // The chain of headings goes on this page only with the first lines of what follows.
    float need = 0;
    bool top = at_top();
    for (const FlowBlock& h : pending_) {
      need += height(h, top);
      top = false;
    }
    need += b.space_before + static_cast<float>(min_lines(b)) * b.leading;
    if (need > room() + 0.01f && !at_top() &&
        !run_long(b.leading, need <= room() + b.leading + 0.01f) && !tighten_for(need - room())) {
      fill_short_page();
      pull_from_previous();
      close_full_page();
      ensure_page();
    }
    for (FlowBlock& h : pending_) place(h, 0, h.lines.size(), true);
    pending_.clear();
  }
  std::size_t n = b.lines.size(), i = 0;
  while (i < n) {
    float sb = (i == 0 && !at_top()) ? b.space_before : 0;
    float avail = room() - sb + 0.01f;
    std::size_t k = avail > 0 ? static_cast<std::size_t>(std::floor(avail / b.leading)) : 0;
    std::size_t remaining = n - i;
    if (k >= remaining) {
      place(b, i, n, i == 0);
      break;
    }
    auto split = [&](std::size_t lines) {  // lines that may stay here: none, or 2 and more
      std::size_t s = (b.breakable && remaining >= 4) ? std::min(lines, remaining - 2) : 0;
      return s >= 2 ? s : 0;
    };
    std::size_t s = split(k);
    if (s < k && (k + 1 >= remaining || split(k + 1) == k + 1) && run_long(b.leading, true)) {
      s = std::min(k + 1, remaining);
      if (s == remaining) {
        place(b, i, n, i == 0);
        break;
      }
    }
    if (s >= 2) {
      place(b, i, i + s, i == 0);
      i += s;
      // a line short because no line may stand alone at the foot: fill it like a short page
      fill_short_page();
      pull_from_previous();
      close_full_page();
      ensure_page();
      continue;
    }
    if (at_top()) {
      // Taller than a whole page and not splittable by the rules: split where it must.
      std::size_t take = std::max<std::size_t>(1, std::min(k, remaining));
      place(b, i, i + take, i == 0);
      i += take;
      close_full_page();
      ensure_page();
      continue;
    }
    // Room for the whole block (one that may not split) or for two of its lines: a paragraph
    // or two above set tighter may make it.
    const std::size_t want = (!b.breakable || remaining <= 3) ? remaining : 2;
    if (tighten_for(sb + static_cast<float>(want) * b.leading - room())) continue;
    fill_short_page();
    pull_from_previous();
    close_full_page();
    ensure_page();
  }
  pending_space_ = b.space_after;
}

}  // namespace tuyentap
