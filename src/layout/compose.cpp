#include "layout/compose.h"

#include <utility>

namespace tuyentap {

float put(Page& page, FlowBlock b, float x0, float y) {
  for (auto& line : b.lines) {
    float baseline = y + b.baseline;
    for (auto& r : line.runs) {
      r.x += x0;
      r.y = baseline;
      page.runs.push_back(std::move(r));
    }
    y += b.leading;
  }
  return y;
}

float height(const FlowBlock& b) {
  return static_cast<float>(b.lines.size()) * b.leading;
}

Page composed_page(Typesetter& t, std::vector<FlowBlock> top, std::vector<FlowBlock> foot,
                   float top_fraction, bool verso) {
  PageGeometry g = t.geometry();
  float x0 = verso && g.mirror ? g.outer : g.inner;
  Page p;
  float y = g.top + (g.height - g.top - g.bottom) * top_fraction;
  for (auto& b : top) y = put(p, std::move(b), x0, y + b.space_before);
  float fh = 0;
  for (const auto& b : foot) fh += height(b) + b.space_before;
  y = g.height - g.bottom - fh;
  for (auto& b : foot) y = put(p, std::move(b), x0, y + b.space_before);
  return p;
}

FlowBlock centred(Typesetter& t, const std::string& text, const FontChoice& f, float size,
                  float space_before) {
  FlowBlock b = t.block(text, {&f, size, Align::Center, 0, 0, 1.25f}, "");
  b.space_before = space_before;
  return b;
}

}  // namespace tuyentap
