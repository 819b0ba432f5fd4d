// What a print font must be before a book is set in it (issue 12):
//   - outlines the PDF writer can embed: TrueType (glyf, as FontFile2) or a name-keyed CFF
//     .otf (as FontFile3/OpenType). A CID-keyed CFF (most CJK .otf, load/cff_kind.h) and
//     CFF2 (a variable .otf) are refused;
//   - Vietnamese: every letter of text/vietnamese_letters.h, in the font itself or in one of
//     the style's fallbacks. A font without them used to give a book of "?" boxes.
#pragma once

#include <string>
#include <vector>

#include "base/named_bytes.h"
#include "load/file_rules.h"

namespace tuyentap {

// Throws Error (at `at`) when the font's outlines are CFF2 or CID-keyed CFF.
void check_outlines(const NamedBytes& font, const NamedAt& at);

// The Vietnamese letters none of `fonts` maps to a glyph, in code point order.
std::u32string vietnamese_letters_missing(const std::vector<NamedBytes>& fonts);

// Throws Error (at `at`) naming the font, how many letters it lacks and which, when
// `missing` is not empty.
void refuse_missing_vietnamese(const NamedBytes& font, const std::u32string& missing,
                               const NamedAt& at);

}  // namespace tuyentap
