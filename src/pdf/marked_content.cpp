#include "pdf/marked_content.h"

namespace tuyentap::pdf {

namespace {

bool is_node(int node, const std::vector<StructNode>& nodes) {
  return node >= 0 && static_cast<std::size_t>(node) < nodes.size();
}

}  // namespace

PageMarks page_marks(const Page& page, const std::vector<StructNode>& nodes) {
  PageMarks m;
  m.image_mcid.reserve(page.images.size());
  for (const Image& img : page.images) {
    if (!is_node(img.node, nodes)) {
      m.image_mcid.push_back(-1);
      continue;
    }
    m.image_mcid.push_back(static_cast<int>(m.mcid_node.size()));
    m.mcid_node.push_back(img.node);
  }
  m.run_mcid.reserve(page.runs.size());
  int previous = -1;   // the node of the last run drawn
  float baseline = 0;  // and its baseline
  for (const TextRun& run : page.runs) {
    if (run.glyphs.empty() || !is_node(run.node, nodes)) {
      m.run_mcid.push_back(-1);
      if (!run.glyphs.empty()) previous = -1;  // an artifact drawn between ends the sequence
      continue;
    }
    if (run.node != previous || run.y != baseline) m.mcid_node.push_back(run.node);
    previous = run.node;
    baseline = run.y;
    m.run_mcid.push_back(static_cast<int>(m.mcid_node.size()) - 1);
  }
  return m;
}

const char* structure_type(StructRole role) {
  switch (role) {
    case StructRole::Part:
      return "Part";
    case StructRole::Section:
      return "Sect";
    case StructRole::Heading1:
      return "H1";
    case StructRole::Heading2:
      return "H2";
    case StructRole::Heading3:
      return "H3";
    case StructRole::Paragraph:
      return "P";
    case StructRole::Caption:
      return "Caption";
    case StructRole::Figure:
      return "Figure";
    case StructRole::List:
      return "L";
    case StructRole::ListItem:
      return "LI";
    case StructRole::ListLabel:
      return "Lbl";
    case StructRole::ListBody:
      return "LBody";
    case StructRole::Link:
      return "Link";
  }
  return "Span";
}

}  // namespace tuyentap::pdf
