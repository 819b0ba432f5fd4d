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
// The highest score a line may have whose features lie in `r`.
double fitted_title_bound(const TitleRange& r);

// The highest-scoring candidate line of the page's text (the first of equal scores); none on a
// page with no non-empty line.
std::optional<FittedTitle> fitted_title(std::string_view text);

// What the text reader asks of the scorer on one page (title_override.h), answered from what
// is kept of the page while its text is at hand (reader.cpp's first half) and small enough to
// keep for every file of a folder until the second half. The override acts only where some
// candidate scores at least fitted_title_override_score(): on such a page, the candidates that
// score at least fitted_title_doubt_score(), in the page's order, with their scores (every
// other candidate scores under it, which is all the reader needs to know of it); on any other
// page, none. The answers the override needs are fitted_title's
// (tests/article/fitted_title_test.cpp); only the work and the memory differ: a line whose
// bound from a cheap pass (no regular expression) stays under a threshold is not scored.
class FittedTitleLines {
 public:
  // `nfc`: the text is known to be NFC (title_page's).
  explicit FittedTitleLines(std::string_view text, bool nfc = false);
  // Whether a candidate that reads `line` scores at least fitted_title_doubt_score(), i.e.
  // fitted_title(text)->score_of(line) >= fitted_title_doubt_score(), on a page whose best line
  // reaches fitted_title_override_score(); false on any other page.
  bool sure_of(std::string_view line) const;
  // fitted_title(text) when its score is at least `min` (its line, index and score; no
  // candidates listed), else none. `min` must be at least fitted_title_override_score() (no
  // line is kept of a page under it): under it, none.
  std::optional<FittedTitle> best_reaching(double min) const;
  // How many lines are kept.
  std::size_t kept() const { return sure_.size(); }

 private:
  struct Sure {
    std::string line;
    std::size_t index;
    double score;
  };
  std::vector<Sure> sure_;
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
