// A photo's caption in a table's cell: see cell_caption.h.
#include "article/cell_caption.h"

#include <algorithm>

#include "article/scene_caption.h"

namespace tuyentap {

bool cells_hold_captions(const std::vector<Paragraph>& body) {
  std::size_t text = 0, in_cells = 0;
  for (const Paragraph& p : body) {
    bool cell = p.text.ends_with(" |");
    if (!is_body_text(cell ? without_cell_bar(p.text) : p.text)) continue;
    ++text;
    in_cells += cell;
  }
  return 2 * in_cells < text;
}

bool is_cell_caption_opening(std::string_view title, const std::vector<Paragraph>& body) {
  // a bar alone is no caption: a cell of the layout's table that held nothing else
  return title.ends_with(" |") && !at_most_words(without_cell_bar(title), 1) &&
         cells_hold_captions(body);
}

void drop_layout_cell_bars(std::vector<Paragraph>& body, std::string& title) {
  auto closes_cell = [](const Paragraph& p) { return p.text.ends_with(" |"); };
  // most pages: the title closes no cell, and nothing is judged; a page that sets its opening
  // photo's caption in a cell over two sentences is no print view's table
  // (real-eval46/laocaiedu-1)
  if (!title.ends_with(" |") || std::none_of(body.begin(), body.end(), closes_cell) ||
      cells_hold_captions(body))
    return;
  for (Paragraph& p : body)
    if (closes_cell(p)) p.text = without_cell_bar(p.text);
  title = without_cell_bar(title);
}

}  // namespace tuyentap
