#include "layout/book_pages.h"

#include <algorithm>
#include <utility>

#include "layout/compose.h"
#include "text/date.h"

namespace tuyentap {
namespace {

// A block of `text` centred in `width`, set in white when `white`.
FlowBlock cover_line(Typesetter& t, const std::string& text, const FontChoice& f, float size,
                     float width, bool white) {
  return t.block(text, {&f, size, Align::Center, 0, white ? 1.0f : 0.0f, 1.2f}, "", width);
}

// A horizontal rule `length` long, centred on the page at y.
Rule centred_rule(float page_width, float length, float y, float width) {
  return {(page_width - length) / 2, y, (page_width + length) / 2, y, width};
}

}  // namespace

Page typographic_cover(Typesetter& t, const Presentation& m) {
  const PrintStyle& s = t.style;
  PageGeometry g = t.geometry();
  Page p;
  // The text keeps off the edges by the wider of the two side margins on both sides.
  float side = std::max(g.inner, g.outer);
  float width = g.width - 2 * side, x0 = side;
  float small = s.title_size * 0.85f;

  float y = g.top;
  if (!m.publisher.empty()) {
    y = put(p, cover_line(t, m.publisher, t.regular, small, width, false), x0, y);
    p.rules.push_back(centred_rule(g.width, g.width * 0.18f, y + small * 0.6f, 0.8f));
  }

  // The band: title and subtitle centred in it; taller when a long title needs it.
  FlowBlock title = cover_line(t, m.title, t.bold, s.cover_title_size, width, true);
  FlowBlock sub;
  if (!m.subtitle.empty()) sub = cover_line(t, m.subtitle, t.italic, s.title_size, width, true);
  float gap = m.subtitle.empty() ? 0 : s.title_size;
  float text_h = height(title) + gap + height(sub);
  float band_top = g.height * 0.30f;
  float band_h = std::max(g.height * 0.34f, text_h + 2 * s.cover_title_size);
  p.rules.push_back({0, band_top + band_h / 2, g.width, band_top + band_h / 2, band_h});
  y = band_top + (band_h - text_h) / 2;
  y = put(p, std::move(title), x0, y) + gap;
  put(p, std::move(sub), x0, y);

  if (!m.period.empty()) {
    put(p, cover_line(t, m.period, t.regular, s.title_size, width, false), x0,
        band_top + band_h + s.title_size * 1.5f);
  }

  // The foot, from the bottom margin up.
  FlowBlock place;
  if (!m.place_year.empty()) place = cover_line(t, m.place_year, t.regular, small, width, false);
  float foot = g.height - g.bottom - height(place);
  put(p, std::move(place), x0, foot);
  float rule_y = foot - small * 0.6f;
  p.rules.push_back(centred_rule(g.width, g.width * 0.18f, rule_y, 0.8f));
  if (!m.circulation.empty()) {
    FlowBlock c = cover_line(t, m.circulation, t.bold, small, width, false);
    put(p, std::move(c), x0, rule_y - small * 0.6f - small * 1.2f);
  }
  return p;
}

Page imprint_page(Typesetter& t, const Presentation& m, long long date_epoch) {
  const PrintStyle& s = t.style;
  float size = s.source_size;
  std::vector<FlowBlock> foot;
  for (std::size_t i = 0; i < m.imprint.size(); ++i) {
    const FontChoice& f = i == 0 ? t.bold : t.regular;
    foot.push_back(centred(t, m.imprint[i], f, size, i == 1 ? size * 0.5f : 0));
  }
  std::string made = label::kTypesetWith + vi_short_date(utc_from_epoch(date_epoch).date);
  foot.push_back(centred(t, made, t.italic, size, size));
  return composed_page(t, {}, std::move(foot), 0, true);
}

}  // namespace tuyentap
