// The fitted title scorer: see fitted_title.h.
#include "article/fitted_title.h"

#include <algorithm>
#include <array>
#include <cmath>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace tuyentap {

namespace {

struct TitleWeight {
  std::string_view feature;
  double weight;
};

#include "article/title_weights.inc"

constexpr std::size_t kWeights = std::size(kTitleWeights);

std::array<std::string_view, kWeights> weight_names() {
  std::array<std::string_view, kWeights> out;
  for (std::size_t i = 0; i < kWeights; ++i) out[i] = kTitleWeights[i].feature;
  return out;
}

}  // namespace

double fitted_title_score(const TitleFeatures& f) {
  // the sum in the Python's order (evaluate.py score), so the two agree to the last bit
  double z = 0.0;
  for (std::size_t i = 0; i < std::min(kWeights, f.size()); ++i)
    z += kTitleWeights[i].weight * f[i];
  return 1.0 / (1.0 + std::exp(-std::clamp(z, -30.0, 30.0)));
}

double fitted_title_bound(const TitleFeatures& f, const TitleUnknown& unknown) {
  double z = 0.0;
  for (std::size_t i = 0; i < std::min(kWeights, f.size()); ++i)
    z += kTitleWeights[i].weight * (unknown[i] ? (kTitleWeights[i].weight > 0 ? 1.0 : 0.0) : f[i]);
  // a margin for the sum's rounding, which may order the terms differently
  z += 1e-9;
  return 1.0 / (1.0 + std::exp(-std::clamp(z, -30.0, 30.0)));
}

namespace {

// The weights split by sign: a range's bound is the positive ones on its highs and the negative
// ones on its lows, summed without a branch a term (every page's 25 lines are bounded).
template <bool Positive>
constexpr std::array<double, kWeights> signed_weights() {
  std::array<double, kWeights> out{};
  for (std::size_t i = 0; i < kWeights; ++i)
    if ((kTitleWeights[i].weight > 0) == Positive) out[i] = kTitleWeights[i].weight;
  return out;
}
constexpr std::array<double, kWeights> kPositive = signed_weights<true>(),
                                       kNegative = signed_weights<false>();

}  // namespace

double fitted_title_bound(const TitleRange& r) {
  static_assert(kWeights <= std::tuple_size_v<TitleFeatures>);
  // two terms at a time in two sums, in another order than the score's: the margin below
  // covers the rounding
  double z = 0.0;
  std::size_t i = 0;
#if defined(__SSE2__)
  __m128d even = _mm_setzero_pd(), odd = _mm_setzero_pd();
  for (; i + 4 <= kWeights; i += 4) {
    even = _mm_add_pd(even,
                      _mm_add_pd(_mm_mul_pd(_mm_loadu_pd(&kPositive[i]), _mm_loadu_pd(&r.hi[i])),
                                 _mm_mul_pd(_mm_loadu_pd(&kNegative[i]), _mm_loadu_pd(&r.lo[i]))));
    odd = _mm_add_pd(
        odd, _mm_add_pd(_mm_mul_pd(_mm_loadu_pd(&kPositive[i + 2]), _mm_loadu_pd(&r.hi[i + 2])),
                        _mm_mul_pd(_mm_loadu_pd(&kNegative[i + 2]), _mm_loadu_pd(&r.lo[i + 2]))));
  }
  double sums[2];
  _mm_storeu_pd(sums, _mm_add_pd(even, odd));
  z = sums[0] + sums[1];
#endif
  for (; i < kWeights; ++i) z += kPositive[i] * r.hi[i] + kNegative[i] * r.lo[i];
  z += 1e-9;  // as fitted_title_bound's
  return 1.0 / (1.0 + std::exp(-std::clamp(z, -30.0, 30.0)));
}

FittedTitleLines::FittedTitleLines(std::string_view text, bool nfc) {
  // three passes, each over the lines the one before could not rule out: the features' ranges
  // from a few byte scans, a cheap pass over the letters, the full features. The override acts
  // only on a page where some line reaches the override score, so the passes first look for
  // one with that threshold, which rules out far more lines than the doubt score; only where
  // one is found are the lines at or above the doubt score sought (most pages need no more).
  TitlePage p = title_page(text, nfc);
  std::vector<TitleRange> ranges = title_feature_ranges(p);
  std::vector<double> bounds(ranges.size());
  for (std::size_t i = 0; i < ranges.size(); ++i) bounds[i] = fitted_title_bound(ranges[i]);
  const double reach = kTitleOverrideScore, doubt = kTitleDoubtScore;
  if (std::none_of(bounds.begin(), bounds.end(), [&](double b) { return b >= reach; })) return;
  TitleFeaturizer page(std::move(p));
  TitleRangeRefiner refiner(page.page());
  constexpr double kNotYet = -1.0;  // each pass's answer, computed once
  std::vector<double> cheap(ranges.size(), kNotYet), full(ranges.size(), kNotYet);
  std::vector<bool> refined(ranges.size(), false);
  // the line's score if each pass's bound reaches `min`, else kNotYet or a score under `min`
  auto score = [&](std::size_t i, double min) {
    if (bounds[i] < min) return kNotYet;
    if (!refined[i]) {  // the range narrowed by the line's and its neighbours' byte scans
      refiner.refine(i, ranges);
      bounds[i] = fitted_title_bound(ranges[i]);
      refined[i] = true;
      if (bounds[i] < min) return kNotYet;
    }
    if (cheap[i] == kNotYet) {
      // the cheap pass's features, each within the range found before (both hold)
      TitleUnknown unknown;
      const TitleFeatures f = page.features(i, &unknown);
      TitleRange r = ranges[i];
      for (std::size_t k = 0; k < f.size(); ++k)
        if (!unknown[k]) r.lo[k] = r.hi[k] = f[k];
      cheap[i] = fitted_title_bound(r);
    }
    if (cheap[i] < min) return kNotYet;
    if (full[i] == kNotYet) full[i] = fitted_title_score(page.features(i));
    return full[i];
  };
  bool reached = false;
  for (std::size_t i = 0; i < ranges.size() && !reached; ++i) reached = score(i, reach) >= reach;
  if (!reached) return;
  for (std::size_t i = 0; i < ranges.size(); ++i)
    if (const double s = score(i, doubt); s >= doubt) sure_.push_back({page.line(i), i, s});
}

bool FittedTitleLines::sure_of(std::string_view line) const {
  return std::any_of(sure_.begin(), sure_.end(), [&](const Sure& s) { return s.line == line; });
}

std::optional<FittedTitle> FittedTitleLines::best_reaching(double min) const {
  if (min < kTitleOverrideScore) return std::nullopt;
  const Sure* best = nullptr;
  for (const Sure& s : sure_)  // in the page's order: the first of equal scores
    if (!best || s.score > best->score) best = &s;
  if (!best || best->score < min) return std::nullopt;
  FittedTitle out;
  out.line = best->line;
  out.index = best->index;
  out.score = best->score;
  return out;
}

std::optional<FittedTitle> fitted_title(std::string_view text) {
  TitleFeaturizer page(title_page(text));
  if (page.candidates() == 0) return std::nullopt;
  FittedTitle best;
  for (std::size_t i = 0; i < page.candidates(); ++i) {
    const double s = fitted_title_score(page.features(i));
    if (i == 0 || s > best.score) {
      best.index = i;
      best.score = s;
    }
    best.scores.push_back(s);
    best.lines.push_back(page.line(i));
  }
  best.line = best.lines[best.index];
  return best;
}

double FittedTitle::score_of(std::string_view text) const {
  double s = 0.0;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (lines[i] == text) s = std::max(s, scores[i]);
  return s;
}

double fitted_title_override_score() {
  return kTitleOverrideScore;
}
double fitted_title_doubt_score() {
  return kTitleDoubtScore;
}
double fitted_title_untitled_score() {
  return kTitleUntitledScore;
}

std::span<const std::string_view> fitted_title_weight_names() {
  static const std::array<std::string_view, kWeights> names = weight_names();
  return names;
}

}  // namespace tuyentap
