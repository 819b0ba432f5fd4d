// The fitted title scorer: see fitted_title.h.
#include "article/fitted_title.h"

#include <algorithm>
#include <array>
#include <cmath>

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

std::optional<FittedTitle> LazyFittedTitle::best_reaching(double min) {
  std::optional<FittedTitle> best;
  for (std::size_t i = 0; i < scores_.size(); ++i) {
    if (!scores_[i]) {
      TitleUnknown unknown;
      if (fitted_title_bound(page_.features(i, &unknown), unknown) < min) continue;
    }
    double s = score(i);
    if (!best || s > best->score) {
      best.emplace();
      best->index = i;
      best->score = s;
      best->line = page_.line(i);
    }
  }
  if (best && best->score < min) best.reset();
  return best;
}

LazyFittedTitle::LazyFittedTitle(std::string_view text)
    : page_(title_page(text)), scores_(page_.candidates()) {}

double LazyFittedTitle::score(std::size_t i) {
  if (!scores_[i]) scores_[i] = fitted_title_score(page_.features(i));
  return *scores_[i];
}

double LazyFittedTitle::score_of(std::string_view text) {
  double s = 0.0;
  for (std::size_t i = 0; i < scores_.size(); ++i)
    if (page_.line(i) == text) s = std::max(s, score(i));
  return s;
}

const FittedTitle* LazyFittedTitle::best() {
  if (!scored_ && !scores_.empty()) {
    FittedTitle best;
    for (std::size_t i = 0; i < scores_.size(); ++i) {
      double s = score(i);
      if (i == 0 || s > best.score) {
        best.index = i;
        best.score = s;
      }
      best.scores.push_back(s);
      best.lines.push_back(page_.line(i));
    }
    best.line = best.lines[best.index];
    best_ = std::move(best);
  }
  scored_ = true;
  return best_ ? &*best_ : nullptr;
}

std::optional<FittedTitle> fitted_title(std::string_view text) {
  LazyFittedTitle page(text);
  const FittedTitle* best = page.best();
  if (!best) return std::nullopt;
  return *best;
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
