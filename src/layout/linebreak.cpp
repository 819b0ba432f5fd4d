#include "layout/linebreak.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <utility>

namespace tuyentap {
namespace {

struct Node {
  int position = 0;  // item index of the break (-1 for the paragraph start)
  int line = 0;
  int fitness = 1;
  double width = 0, stretch = 0, shrink = 0;  // sums after the break
  double demerits = 0;
  float ratio = 0;
  int prev = -1;  // index into the node pool
};

struct Candidate {
  double demerits = 0;
  int from = -1;  // index into the node pool
  float ratio = 0;
};

struct Sums {
  std::vector<double> w, st, sh;  // sums of items [0, i)
};

Sums prefix_sums(const std::vector<BreakItem>& items) {
  Sums s;
  std::size_t n = items.size();
  s.w.assign(n + 1, 0);
  s.st.assign(n + 1, 0);
  s.sh.assign(n + 1, 0);
  for (std::size_t i = 0; i < n; ++i) {
    const BreakItem& it = items[i];
    bool counts = it.kind != BreakItem::Penalty;
    s.w[i + 1] = s.w[i] + (counts ? it.width : 0);
    s.st[i + 1] = s.st[i] + (it.kind == BreakItem::Glue ? it.stretch : 0);
    s.sh[i + 1] = s.sh[i] + (it.kind == BreakItem::Glue ? it.shrink : 0);
  }
  return s;
}

bool is_legal_break(const std::vector<BreakItem>& items, std::size_t i) {
  const BreakItem& it = items[i];
  if (it.kind == BreakItem::Penalty) return it.penalty < kInfPenalty;
  if (it.kind == BreakItem::Glue) return i > 0 && items[i - 1].kind == BreakItem::Box;
  return false;
}

// Sums after a break at b: discardable glue and penalties at the start of a line vanish.
void after_break(const std::vector<BreakItem>& items, const Sums& s, int b, Node& n) {
  std::size_t i = static_cast<std::size_t>(b) + 1;
  while (i < items.size() && items[i].kind != BreakItem::Box) {
    if (items[i].kind == BreakItem::Penalty && items[i].penalty <= -kInfPenalty &&
        static_cast<int>(i) > b)
      break;
    ++i;
  }
  n.width = s.w[i];
  n.stretch = s.st[i];
  n.shrink = s.sh[i];
}

int fitness_of(float r) {
  return r < -0.5f ? 0 : r <= 0.5f ? 1 : r <= 1.0f ? 2 : 3;
}

// One pass of total fit. `looseness` 0: the breaks of least demerits. Otherwise the nodes
// are kept per line count too (as TeX does for \looseness), and the pass gives the breaks of
// least demerits among those with exactly `looseness` lines more than the best (false when
// no feasible set of breaks has that many), and in each of `also` the breaks of least demerits
// with that many lines more than the best (left empty when there are none).
using MoreLines = std::vector<std::pair<int, LineBreaks*>>;
bool run_pass(const std::vector<BreakItem>& items, const Sums& s, float measure, float tolerance,
              bool final_pass, LineBreaks& out, int looseness = 0, const MoreLines& also = {}) {
  std::vector<Node> pool;
  pool.reserve(items.size() / 2 + 8);
  Node start;
  start.position = -1;
  after_break(items, s, -1, start);
  pool.push_back(start);
  std::vector<int> active{0}, next_active;
  next_active.reserve(64);
  const double line_penalty = 10;

  for (std::size_t b = 0; b < items.size(); ++b) {
    if (!is_legal_break(items, b)) continue;
    const BreakItem& it = items[b];
    double pen = it.kind == BreakItem::Penalty ? it.penalty : 0;
    double pen_width = it.kind == BreakItem::Penalty ? it.width : 0;
    bool forced = pen <= -kInfPenalty;
    // best candidate per fitness class (and per line count when looseness asks)
    std::map<std::pair<int, int>, Candidate> best;
    int last_dropped = -1;
    next_active.clear();
    for (int ai : active) {
      const Node& a = pool[static_cast<std::size_t>(ai)];
      double width = s.w[b] - a.width + pen_width;
      double r;
      if (width < measure) {
        double st = s.st[b] - a.stretch;
        r = st > 0 ? (measure - width) / st : std::numeric_limits<double>::infinity();
      } else if (width > measure) {
        double sh = s.sh[b] - a.shrink;
        r = sh > 0 ? (measure - width) / sh : -std::numeric_limits<double>::infinity();
      } else {
        r = 0;
      }
      bool deactivate = r < -1 || forced;
      if (!deactivate)
        next_active.push_back(ai);
      else
        last_dropped = ai;
      bool acceptable = r >= -1 && (r <= tolerance || final_pass);
      if (!acceptable) continue;
      double ar = std::fabs(std::min(r, 1e3));
      double badness = std::min(100.0 * ar * ar * ar, 10000.0);
      double d = (line_penalty + badness) * (line_penalty + badness);
      if (pen >= 0)
        d += pen * pen;
      else if (pen > -kInfPenalty)
        d -= pen * pen;
      if (it.kind == BreakItem::Penalty && it.flagged && a.position >= 0 &&
          items[static_cast<std::size_t>(a.position)].kind == BreakItem::Penalty &&
          items[static_cast<std::size_t>(a.position)].flagged)
        d += 3000;
      float rf = static_cast<float>(std::isinf(r) ? 1e3 : r);
      int fit = fitness_of(rf);
      if (std::abs(fit - a.fitness) > 1) d += 3000;
      d += a.demerits;
      Candidate& c = best[{looseness != 0 ? a.line : 0, fit}];
      if (c.from < 0 || d < c.demerits) c = {d, ai, rf};
    }
    bool any = false;
    for (const auto& [key, c] : best) {
      any = true;
      Node n;
      n.position = static_cast<int>(b);
      n.line = pool[static_cast<std::size_t>(c.from)].line + 1;
      n.fitness = key.second;
      n.demerits = c.demerits;
      n.ratio = c.ratio;
      n.prev = c.from;
      after_break(items, s, n.position, n);
      pool.push_back(n);
      next_active.push_back(static_cast<int>(pool.size()) - 1);
    }
    if (!any && next_active.empty() && final_pass && last_dropped >= 0) {
      // Nothing fits (a box wider than the measure): break here anyway, overfull.
      Node n;
      n.position = static_cast<int>(b);
      n.line = pool[static_cast<std::size_t>(last_dropped)].line + 1;
      n.demerits = pool[static_cast<std::size_t>(last_dropped)].demerits + 1e9;
      n.ratio = -1;
      n.prev = last_dropped;
      after_break(items, s, n.position, n);
      pool.push_back(n);
      next_active.push_back(static_cast<int>(pool.size()) - 1);
      out.overfull = true;
    }
    active.swap(next_active);
    if (active.empty()) return false;
  }
  // The final forced break leaves only nodes at the end; take the one of least demerits.
  auto least = [&](int line) {  // line < 0: any line count
    int found = -1;
    for (int ai : active) {
      const Node& a = pool[static_cast<std::size_t>(ai)];
      if (a.position != static_cast<int>(items.size()) - 1 || (line >= 0 && a.line != line))
        continue;
      if (found < 0 || a.demerits < pool[static_cast<std::size_t>(found)].demerits) found = ai;
    }
    return found;
  };
  auto trace = [&](int node, LineBreaks& lb) {  // the breaks from the start to `node`
    lb.breaks.clear();
    lb.ratios.clear();
    for (int k = node; k > 0; k = pool[static_cast<std::size_t>(k)].prev) {
      lb.breaks.push_back(pool[static_cast<std::size_t>(k)].position);
      lb.ratios.push_back(pool[static_cast<std::size_t>(k)].ratio);
    }
    std::reverse(lb.breaks.begin(), lb.breaks.end());
    std::reverse(lb.ratios.begin(), lb.ratios.end());
  };
  int best = least(-1);
  if (best >= 0 && looseness != 0) {
    const int lines = pool[static_cast<std::size_t>(best)].line;
    for (const auto& [more, lb] : also) {
      lb->breaks.clear();
      lb->ratios.clear();
      if (lines + more >= 1 && least(lines + more) >= 0) trace(least(lines + more), *lb);
    }
    best = least(lines + looseness);
  }
  if (best < 0) return false;
  trace(best, out);
  return true;
}

}  // namespace

LineBreaks knuth_plass(const std::vector<BreakItem>& items, float measure, float tolerance,
                       bool pretolerance) {
  LineBreaks out;
  if (items.empty()) return out;
  Sums s = prefix_sums(items);
  // A first pass with a tight tolerance (TeX's pretolerance) keeps few active nodes, so
  // it is fast, and it succeeds for most paragraphs of short Vietnamese syllables.
  if (pretolerance && tolerance > 1.0f && run_pass(items, s, measure, 1.0f, false, out)) return out;
  if (run_pass(items, s, measure, tolerance, false, out)) return out;
  if (run_pass(items, s, measure, std::max(tolerance * 3, 6.0f), false, out)) return out;
  out.overfull = false;
  run_pass(items, s, measure, tolerance, true, out);
  return out;
}

LineBreaks greedy_breaks(const std::vector<BreakItem>& items, float measure) {
  LineBreaks out;
  if (items.empty()) return out;
  Sums s = prefix_sums(items);
  Node start;
  after_break(items, s, -1, start);
  Node line = start;
  int last_fit = -1;
  float last_ratio = 0;
  for (std::size_t b = 0; b < items.size(); ++b) {
    if (!is_legal_break(items, b)) continue;
    double pen_width = items[b].kind == BreakItem::Penalty ? items[b].width : 0;
    double width = s.w[b] - line.width + pen_width;
    double st = s.st[b] - line.stretch, sh = s.sh[b] - line.shrink;
    bool fits = width <= measure || (sh > 0 && (measure - width) / sh >= -1);
    bool forced = items[b].kind == BreakItem::Penalty && items[b].penalty <= -kInfPenalty;
    if (fits) {
      last_fit = static_cast<int>(b);
      last_ratio = static_cast<float>(width < measure ? (st > 0 ? (measure - width) / st : 1e3)
                                                      : (sh > 0 ? (measure - width) / sh : 0));
      if (!forced) continue;
    }
    if (last_fit < 0) {  // not even one word fits: overfull
      last_fit = static_cast<int>(b);
      last_ratio = -1;
      out.overfull = true;
    }
    out.breaks.push_back(last_fit);
    out.ratios.push_back(last_ratio);
    after_break(items, s, last_fit, line);
    bool was_forced = last_fit == static_cast<int>(b) && forced;
    last_fit = -1;
    if (was_forced) break;
    if (forced) {  // the final piece still to close
      --b;
      continue;
    }
    // re-examine this breakpoint against the new line start
    if (static_cast<int>(b) > out.breaks.back()) --b;
  }
  return out;
}

}  // namespace tuyentap

namespace tuyentap {

LineBreaks knuth_plass_looser(const std::vector<BreakItem>& items, float measure, float tolerance,
                              int looseness) {
  LineBreaks out;
  if (items.empty() || looseness == 0) return out;
  Sums s = prefix_sums(items);
  if (!run_pass(items, s, measure, tolerance, false, out, looseness)) out.breaks.clear();
  out.overfull = false;
  return out;
}

LooserTighter knuth_plass_looser_tighter(const std::vector<BreakItem>& items, float measure,
                                         float tolerance) {
  LooserTighter out;
  if (items.empty()) return out;
  Sums s = prefix_sums(items);
  if (!run_pass(items, s, measure, tolerance, false, out.looser, 1, {{-1, &out.tighter}}))
    out.looser.breaks.clear();
  return out;
}

}  // namespace tuyentap
