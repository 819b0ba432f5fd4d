// Internal to load/: which CFF an .otf holds. A CID-keyed CFF (most CJK .otf) selects its
// glyphs by CID through a charset, so it cannot be drawn with the PDF writer's CID = glyph
// id; a name-keyed CFF can (ISO 32000-1, 9.7.4.2).
#pragma once

#include <string>

namespace tuyentap {

// Whether a 'CFF ' table's first Top DICT begins with the ROS operator (12 30; Adobe
// Technical Note 5176, section 18). A table that cannot be read counts as CID-keyed: refused
// rather than guessed.
bool cff_is_cid_keyed(const std::string& cff);

}  // namespace tuyentap
