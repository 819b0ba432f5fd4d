// Line breaking: Knuth–Plass total-fit over boxes, glue and penalties, and a greedy
// first-fit for comparison (tests) and for nothing else.
#pragma once

#include <vector>

namespace tuyentap {

struct BreakItem {
  enum Kind { Box, Glue, Penalty } kind = Box;
  float width = 0;
  float stretch = 0, shrink = 0;  // glue only
  float penalty = 0;              // penalty only; >= kInfPenalty never breaks, <= -kInfPenalty must
  bool flagged = false;           // penalty only: a break after a dash (two in a row cost more)
};

constexpr float kInfPenalty = 10000;
constexpr float kFilStretch = 1e6f;  // the finishing glue of a paragraph: the last line ragged

struct LineBreaks {
  // For each line, the index of the item it breaks at (a glue or a penalty; the last is
  // the paragraph's final penalty) and its adjustment ratio (>0 stretch, <0 shrink).
  std::vector<int> breaks;
  std::vector<float> ratios;
  bool overfull = false;  // no feasible set of breaks existed: some line is too wide
};

// Optimal breaks for lines of width `measure`. `tolerance` bounds the ratio of a line; if
// no solution exists within it, looser passes follow, the last accepting any line that
// is not overfull, so a paragraph always breaks. Items must end with penalty(kInfPenalty),
// glue(0, kFilStretch) and penalty(-kInfPenalty), as in TeX. `pretolerance` tries lines
// within ratio 1 first (fast, and enough for most paragraphs); without it, a paragraph whose
// penalties ask to avoid a break may take a looser line to avoid it.
LineBreaks knuth_plass(const std::vector<BreakItem>& items, float measure, float tolerance,
                       bool pretolerance = true);

// TeX's \looseness: the breaks of least demerits among those with exactly `looseness` lines
// more (or fewer, when negative) than the optimum, every line within `tolerance` and none
// shrunk beyond its glue; no breaks (empty) when there is no such set.
LineBreaks knuth_plass_looser(const std::vector<BreakItem>& items, float measure, float tolerance,
                              int looseness);

// \looseness 1 and -1 from one pass (the cost of one knuth_plass_looser): the breaks of least
// demerits with one line more, and with one line fewer, than the optimum, on the same terms;
// either empty when there is none.
struct LooserTighter {
  LineBreaks looser, tighter;
};
LooserTighter knuth_plass_looser_tighter(const std::vector<BreakItem>& items, float measure,
                                         float tolerance);

// First fit: each line takes as many items as fit at natural width (shrink allowed).
LineBreaks greedy_breaks(const std::vector<BreakItem>& items, float measure);

}  // namespace tuyentap
