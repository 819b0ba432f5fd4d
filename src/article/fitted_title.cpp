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

std::optional<FittedTitle> fitted_title(std::string_view text) {
  std::vector<std::string> lines = title_page_lines(text);
  std::vector<TitleFeatures> rows = title_features(lines);
  if (rows.empty()) return std::nullopt;
  FittedTitle best;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    double s = fitted_title_score(rows[i]);
    if (i == 0 || s > best.score) {
      best.index = i;
      best.score = s;
    }
    best.scores.push_back(s);
  }
  lines.resize(rows.size());
  best.line = lines[best.index];
  best.lines = std::move(lines);
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
