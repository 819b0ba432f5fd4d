// What a print font must be before a book is set in it (issue 12):
//   - TrueType outlines (a glyf table): the PDF writer embeds fonts as CIDFontType2 with a
//     FontFile2 stream, which a CFF-flavoured .otf ("OTTO", a CFF or CFF2 table) is not;
//     such a font is refused until the writer can embed it as FontFile3/OpenType;
//   - Vietnamese: every letter of text/vietnamese_letters.h, in the font itself or in one of
//     the style's fallbacks. A font without them used to give a book of "?" boxes.
#pragma once

#include <string>
#include <vector>

#include "base/named_bytes.h"
#include "load/file_rules.h"

namespace tuyentap {

// Throws Error (at `at`) when the font's outlines are CFF rather than TrueType.
void check_truetype_outlines(const NamedBytes& font, const NamedAt& at);

// The Vietnamese letters none of `fonts` maps to a glyph, in code point order.
std::u32string vietnamese_letters_missing(const std::vector<NamedBytes>& fonts);

// Throws Error (at `at`) naming the font, how many letters it lacks and which, when
// `missing` is not empty.
void refuse_missing_vietnamese(const NamedBytes& font, const std::u32string& missing,
                               const NamedAt& at);

}  // namespace tuyentap
