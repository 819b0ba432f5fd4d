// Where a line of a paragraph may not, or should rather not, break: the cost of a break at
// each space of its text, read from the paragraph's style (ParaStyle's keep_together,
// tie_last, avoid, and the style's prepared compounds and number words, ties). Internal to
// layout/ (paragraph.cpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "layout/paragraph.h"

namespace tuyentap {

// For each byte of `text`, the penalty of a line break at the space there (0 elsewhere and at
// a free space; kInfPenalty: never): a hard tie inside a keep_together phrase, before the last
// word with tie_last, between a number word and the number after it ("năm 2018") and between a
// range's spaced dash and its second number ("2020 – 2022"); a soft one (compound_penalty)
// inside a two-syllable compound ("chi bộ", in any case), and (avoid_penalty) inside an
// `avoid` phrase (a name in body text).
std::vector<float> space_penalties(const std::string& text, const ParaStyle& st);

// Whether a line may break after the dash that ends `before` when `after` follows it in the
// same word: not inside a range of numbers ("2020–2022") when the style ties numbers.
bool may_break_after_dash(std::string_view before, std::string_view after, const ParaStyle& st);

}  // namespace tuyentap
