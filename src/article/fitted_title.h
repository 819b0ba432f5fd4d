// The fitted title scorer (docs/title-scorer.md): a per-line logistic score of how much each
// of a text page's first 25 lines looks like the article's title, from the features of
// title_features.h and the weights fitted on the learning sets by
// bench/header_model/export_title_weights.py (title_weights.inc, generated). Unlike the
// header rules it was cross-validated: left out of its fit, a site's titles are ~92 % right.
// The text reader lets it override the rules' title where it is sure (fitted_title_override).
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "article/title_features.h"

namespace tuyentap {

// The scorer's best line of a page and its score in [0, 1], and every candidate's.
struct FittedTitle {
  std::string line;       // as title_page_lines gives it
  std::size_t index = 0;  // among the page's non-empty lines
  double score = 0.0;
  std::vector<std::string> lines;  // the candidates
  std::vector<double> scores;      // theirs
  // The score of the candidate that reads `text` (the highest, if several do); 0 if none does.
  double score_of(std::string_view text) const;
};

// The logistic score of one line's features.
double fitted_title_score(const TitleFeatures& f);
// The highest score a line may have whose features are `f` but for the `unknown` ones, each
// of which is in [0, 1].
double fitted_title_bound(const TitleFeatures& f, const TitleUnknown& unknown);

// The highest-scoring candidate line of the page's text (the first of equal scores); none on a
// page with no non-empty line.
std::optional<FittedTitle> fitted_title(std::string_view text);

// The same scorer, scoring a line only when asked: the text reader asks first how it scores
// the rules' own title line and, on most pages, no more (the rules' line is no doubt, so no
// other line may override it: title_override.h). Every line's features are those of
// fitted_title, so the answers are the same; only the work differs (bench/run-scan).
class LazyFittedTitle {
 public:
  explicit LazyFittedTitle(std::string_view text);
  // FittedTitle::score_of, scoring the candidates that read `text` alone.
  double score_of(std::string_view text);
  // fitted_title(text), every candidate scored (once); nullptr on a page with no line.
  const FittedTitle* best();
  // The best line when it scores at least `min` (its line, index and score; no candidates
  // listed), else nullptr: the same line as best() then. The lines that cannot reach `min`
  // whatever their regular expressions find (a bound from a cheap pass) are not scored:
  // they cannot be the best of a page whose best reaches `min`.
  std::optional<FittedTitle> best_reaching(double min);

 private:
  double score(std::size_t i);
  TitleFeaturizer page_;
  std::vector<std::optional<double>> scores_;
  std::optional<FittedTitle> best_;
  bool scored_ = false;
};

// The score at or above which the scorer's line overrides the rules' title, and the higher
// one at or above which it titles a page the rules read as untitled (title_weights.inc says
// why these values).
double fitted_title_override_score();
double fitted_title_untitled_score();
// The score under which the rules' own title line must fall for the scorer to override it.
double fitted_title_doubt_score();

// The names of the weights' features, in the generated table's order: equal to
// title_feature_names() unless the features changed without a refit.
std::span<const std::string_view> fitted_title_weight_names();

}  // namespace tuyentap
