// Pages composed by hand rather than flowed by the Pager: the cover, the title page, the
// imprint. Internal to layout/.
#pragma once

#include <string>
#include <vector>

#include "layout/typeset.h"

namespace tuyentap {

// Puts a block's lines on a page, the first line box's top at y; returns the y below.
float put(Page& page, FlowBlock b, float x0, float y);

// The height of a block's lines (without its space before).
float height(const FlowBlock& b);

// A page of centred blocks: `top` blocks from `top_fraction` of the text area's height
// down, `foot` blocks ending at the bottom margin. `verso`: a left-hand page, whose text
// area starts at the outer margin when the style mirrors its margins.
Page composed_page(Typesetter& t, std::vector<FlowBlock> top, std::vector<FlowBlock> foot,
                   float top_fraction, bool verso = false);

// One text centred on the measure, lines 1.25 times its size apart.
FlowBlock centred(Typesetter& t, const std::string& text, const FontChoice& f, float size,
                  float space_before = 0);

}  // namespace tuyentap
