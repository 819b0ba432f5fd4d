// Facing pages set again (pager.h). Two-sided, a spread whose right-hand page ends apart from
// the left-hand page beside it (most often a line or two short beside a full one: the next
// article's opening or a paragraph that may not split did not fit) is laid out anew from
// where the pager stood before its left-hand page opened, with both feet a line higher (a
// short spread), a line lower (a long spread), two lines higher; the setting kept is the
// first whose pages end on one line with neither left 3 lines short, else the best of all.
// The pager keeps what it needs for that: before a call that may open a left-hand page, its
// state (the small state copied whole; of the pages, anchors and links only those a later
// call can change: the pager only ever changes the current page and the one before it),
// then every call until the right-hand page closes. The pages from there on wait to go to
// on_final until the spread is settled. Deterministic: both passes of layout_book_to lay the
// same pages out.
#include <algorithm>
#include <array>
#include <cmath>

#include "layout/pager.h"

namespace tuyentap {
namespace {

// The feet a spread is tried with, in body lines below the normal foot, in order: as laid
// out, a short spread (a line short on both pages), a long spread, two lines short (a
// left-hand page two lines short that the right-hand page can follow). Short before long:
// as many spreads end level either way, and fewer pages run below the text area.
constexpr std::array<float, 4> kFeet = {0, -1, 1, -2};

// A page this many body lines short of its last whole line counts as ragged: 3 lines short
// of the text area's bottom margin, which lies about half a line lower (page_figures.py).
constexpr float kRaggedLines = 2.4f;

// Scores below this: the spread ends on one line with no page ragged (kept at once).
constexpr float kGood = 100;

// `v` up to `from`, then `tail`.
template <typename T>
std::vector<T> with_tail(std::vector<T> v, std::size_t from, const std::vector<T>& tail) {
  v.resize(from);
  v.insert(v.end(), tail.begin(), tail.end());
  return v;
}

}  // namespace

struct Pager::SpreadTrial {
  int left = -1;                       // the left-hand page's index
  std::size_t first_held = 0;          // pages_[first_held, …) as they stood
  std::shared_ptr<const Pager> state;  // the rest of the pager but its trials
  std::vector<Page> pages;
  std::vector<PageInfo> info;
  std::size_t anchors_from = 0;  // anchors_[anchors_from, …) as they stood
  std::vector<AnchorPlace> anchors;
  std::size_t links_from = 0;  // links_[links_from, …) as they stood
  std::vector<PendingLink> links;
  std::vector<Call> log;    // the calls since, in order
  std::size_t attempt = 0;  // the index in kFeet being laid out
  std::array<float, kFeet.size()> score{};
  // How the attempt's pages ended (pt below the normal foot; < 0: short), once closed.
  bool left_closed = false, right_closed = false;
  float left_end = 0, right_end = 0;
};

void Pager::add(FlowBlock b) {
  Call c;
  c.block = std::move(b);
  call(std::move(c));
}

void Pager::vertical_space(float pt) {
  Call c;
  c.kind = Call::Kind::Space;
  c.pt = pt;
  call(std::move(c));
}

void Pager::set_chapter(const std::string& title) {
  Call c;
  c.kind = Call::Kind::Chapter;
  c.title = title;
  call(std::move(c));
}

void Pager::mark_opener() {
  Call c;
  c.kind = Call::Kind::Opener;
  call(std::move(c));
}

void Pager::call(Call c) {
  if (!spreads_on()) {
    run(std::move(c));
    return;
  }
  begin_call(c, false);
  run(std::move(c));
  settle_spreads();
}

void Pager::run(Call c) {
  switch (c.kind) {
    case Call::Kind::Add:
      add_now(std::move(c.block));
      break;
    case Call::Kind::Space:
      vertical_space_now(c.pt);
      break;
    case Call::Kind::Chapter:
      set_chapter_now(c.title);
      break;
    case Call::Kind::Opener:
      mark_opener_now();
      break;
  }
}

int Pager::upcoming_left_page(const Call& c) const {
  if (c.kind != Call::Kind::Add || c.block.keep_with_next) return -1;
  const int size = static_cast<int>(pages_.size());
  if (have_page_ && !page_empty_) {
    // On a right-hand page, a block (with the headings waiting for it) taller than the room
    // left may end it.
    if (!is_recto(size - 1)) return -1;
    float need = std::max(c.block.space_before, pending_space_) +
                 static_cast<float>(c.block.lines.size()) * c.block.leading;
    for (const FlowBlock& h : pending_)
      need += h.space_before + static_cast<float>(h.lines.size()) * h.leading;
    return need > room() + 0.01f ? size : -1;
  }
  const int next = have_page_ ? size - 1 : size;  // the page the block will open or start
  return is_recto(next) ? -1 : next;
}

std::size_t Pager::spread_first_held(const SpreadTrial& t) {
  return t.first_held;
}

std::shared_ptr<Pager::SpreadTrial> Pager::freeze(int left) {
  const std::size_t size = pages_.size(), changing = have_page_ ? 2 : 1;
  const std::size_t first = size > changing ? size - changing : 0;
  if (first < released_) return nullptr;  // cannot happen: such pages are held
  auto t = std::make_shared<SpreadTrial>();
  t->left = left;
  t->first_held = first;
  const auto from = static_cast<std::ptrdiff_t>(first);
  t->pages.assign(pages_.begin() + from, pages_.end());
  t->info.assign(info_.begin() + from, info_.end());
  // Anchors and links are placed in order: those on the held pages end their lists. One not
  // placed yet (page -1: the contents' pager numbers the body's anchors before its own) that
  // an attempt places is placed again by the replay of the same calls.
  auto held = [&](int page) { return page >= 0 && static_cast<std::size_t>(page) >= first; };
  t->anchors_from = anchors_.size();
  while (t->anchors_from > 0 && held(anchors_[t->anchors_from - 1].page)) --t->anchors_from;
  t->anchors.assign(anchors_.begin() + static_cast<std::ptrdiff_t>(t->anchors_from),
                    anchors_.end());
  t->links_from = links_.size();
  while (t->links_from > 0 && held(links_[t->links_from - 1].page)) --t->links_from;
  t->links.assign(links_.begin() + static_cast<std::ptrdiff_t>(t->links_from), links_.end());
  // The small state: the pager copied with its large parts set aside.
  std::vector<Page> pages = std::move(pages_);
  std::vector<PageInfo> info = std::move(info_);
  std::vector<AnchorPlace> anchors = std::move(anchors_);
  std::vector<PendingLink> links = std::move(links_);
  std::shared_ptr<SpreadTrial> spread = std::move(spread_), next = std::move(next_);
  pages_.clear();  // moved from: empty, said so
  info_.clear();
  anchors_.clear();
  links_.clear();
  t->state = std::make_shared<const Pager>(*this);
  pages_ = std::move(pages);
  info_ = std::move(info);
  anchors_ = std::move(anchors);
  links_ = std::move(links);
  spread_ = std::move(spread);
  next_ = std::move(next);
  return t;
}

void Pager::restore(const SpreadTrial& t) {
  std::vector<Page> pages = std::move(pages_);
  std::vector<PageInfo> info = std::move(info_);
  std::vector<AnchorPlace> anchors = std::move(anchors_);
  std::vector<PendingLink> links = std::move(links_);
  std::shared_ptr<SpreadTrial> spread = std::move(spread_);  // holds `t`
  const std::size_t released = released_;  // pages gone since stay gone (none is held)
  *this = *t.state;
  released_ = released;
  pages_ = with_tail(std::move(pages), t.first_held, t.pages);
  info_ = with_tail(std::move(info), t.first_held, t.info);
  anchors_ = with_tail(std::move(anchors), t.anchors_from, t.anchors);
  links_ = with_tail(std::move(links), t.links_from, t.links);
  spread_ = std::move(spread);
  next_.reset();
}

void Pager::replay(SpreadTrial& t) {
  restore(t);
  forced_feet_ = {t.left, kFeet[t.attempt]};
  t.left_closed = t.right_closed = false;
  for (const Call& c : t.log) {
    begin_call(c, true);
    run(c);
  }
}

void Pager::begin_call(const Call& c, bool replaying) {
  const int current = static_cast<int>(pages_.size()) - 1;
  if (!replaying && spread_ && !spread_->right_closed && current > spread_->left + 1)
    drop_spreads();  // its right-hand page closed by no break of the flow: nothing to set
  const int left = upcoming_left_page(c);
  const bool known = (spread_ && spread_->left == left) || (next_ && next_->left == left);
  if (left >= 0 && !known) {
    if (!spread_)
      spread_ = freeze(left);
    else if (left > spread_->left)
      next_ = freeze(left);
  }
  // A replay reads spread_'s calls: they are in its log already.
  if (spread_ && !replaying) spread_->log.push_back(c);
  if (next_) next_->log.push_back(c);
}

void Pager::spread_page_closed(int page, float end) {
  for (SpreadTrial* t : {spread_.get(), next_.get()}) {
    if (!t) continue;
    if (page == t->left) {
      t->left_closed = true;
      t->left_end = end;
    } else if (page == t->left + 1 && t->left_closed && !t->right_closed) {
      t->right_closed = true;
      t->right_end = end;
    }
  }
}

void Pager::settle_spreads() {
  while (spread_ && spread_->right_closed) {
    SpreadTrial& t = *spread_;
    // Ragged pages first, then feet apart, then feet moved, then how far apart.
    const float apart = std::abs(t.left_end - t.right_end) / g_.line;
    float ragged = 0;
    for (float end : {t.left_end, t.right_end}) ragged += -end / g_.line >= kRaggedLines ? 1 : 0;
    t.score[t.attempt] = 1000 * ragged + (apart > 0.5f ? kGood : 0) +
                         10 * std::abs(kFeet[t.attempt]) + std::min(apart, 9.f);
    if (t.score[t.attempt] >= kGood && t.attempt + 1 < kFeet.size()) {
      ++t.attempt;
      replay(t);  // its right-hand page may close in a later call
      continue;
    }
    const auto end = t.score.begin() + static_cast<std::ptrdiff_t>(t.attempt) + 1;
    const auto best =
        static_cast<std::size_t>(std::min_element(t.score.begin(), end) - t.score.begin());
    if (best != t.attempt) {
      t.attempt = best;
      replay(t);
    }
    spread_ = std::move(next_);
    next_.reset();
  }
}

void Pager::drop_spreads() {
  if (!spread_ && !next_) return;
  spread_.reset();
  next_.reset();
  forced_feet_ = {};
  // The pages held for them go on: all but the current page and the one before it.
  const std::size_t keep = have_page_ ? 2 : 1;
  if (pages_.size() > keep) release_up_to(pages_.size() - keep);
}

}  // namespace tuyentap
