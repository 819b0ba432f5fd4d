// The plain-text reader's step 5 (text_reader.h): the body, its header, byline and chrome
// taken off, into the article's lead and blocks. A paragraph is a caption by its credit
// ("Ảnh: …"), by the photo that stood before it (an image marker, a spacer, a placeholder,
// the title set again), by its wording (it retells the title, places people in the photo,
// names the lead's event or a building) or by its shape and place (caption_score.h); a
// heading by its shape with text after it; the first paragraph that is none of these is the
// lead, and the rest are paragraphs. Runs of related links after the lead are left out with a
// warning. A caption of 12 words or more printed again word for word (credit too) under the
// lead, with no photo's address, is the same photo's: kept once.
#pragma once

#include <cstddef>
#include <vector>

#include "article/article.h"
#include "article/text_lines.h"

namespace tuyentap {

// A paragraph under an image marker is its caption at most this long (paragraphs_of joins
// such a line to no paragraph either).
inline constexpr std::size_t kMaxMarkedCaptionWords = 30;

// A caption printed this many times or more in a row is a gallery's, one under each photo:
// paragraphs_of (text_reader.cpp) keeps every copy, and read_blocks drops none of them as a
// caption printed again.
inline constexpr std::size_t kMinGalleryCopies = 3;

// Appends the lead (a.lead) and the blocks of `body` to `a`, with the warnings of what was
// left out ("no lead paragraph", related links). Reads a.title (captions that retell it).
// Each caption glued to the paragraph after it by its credit is split off in `body` itself.
void read_blocks(std::vector<Paragraph>& body, Article& a);

}  // namespace tuyentap
