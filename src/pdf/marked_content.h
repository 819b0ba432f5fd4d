// Marked content (a tagged PDF): which marked-content sequence each item of a page is
// drawn in. Items belonging to a structure node get an MCID, numbered from 0 on each page in
// drawing order (images, then text runs); consecutive runs of the same node on the same
// line share one; furniture (node -1) is an /Artifact.
//
// Why one sequence per line rather than per paragraph: a line ends at a space the layout
// does not draw, and readers that take text from the structure (poppler's -struct-text,
// screen readers) join the glyphs of one sequence as they are, so that "tỉnh" at a line's
// end and "trong" on the next would read "tỉnhtrong"; separate sequences are read apart. Both the
// content stream and the structure tree read the same PageMarks, so their MCIDs always agree.
#pragma once

#include <vector>

#include "layout/pages.h"

namespace tuyentap::pdf {

struct PageMarks {
  std::vector<int> image_mcid;  // per Page::images: its MCID, -1 for an artifact
  std::vector<int> run_mcid;    // per Page::runs: its MCID, -1 for an artifact (or no glyphs)
  std::vector<int> mcid_node;   // per MCID: the structure node it belongs to
};

// `nodes`: the book's LaidOutBook::structure; a node index outside it counts as furniture.
PageMarks page_marks(const Page& page, const std::vector<StructNode>& nodes);

// The standard structure type a role is written as ("P", "H1", "Sect", "Part", "LBody" …).
const char* structure_type(StructRole role);

}  // namespace tuyentap::pdf
