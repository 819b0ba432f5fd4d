#include <algorithm>

#include "pdf/navigation.h"

using namespace PoDoFo;

namespace tuyentap::pdf {

PdfDictionary build_page_labels(const std::vector<PageLabelRange>& labels, int page_count) {
  std::vector<PageLabelRange> ranges;
  for (const PageLabelRange& r : labels)
    if (r.first_page >= 0 && r.first_page < page_count) ranges.push_back(r);
  std::stable_sort(
      ranges.begin(), ranges.end(),
      [](const PageLabelRange& a, const PageLabelRange& b) { return a.first_page < b.first_page; });
  // One range per first page: the first given wins, as a number tree allows one key.
  ranges.erase(std::unique(ranges.begin(), ranges.end(),
                           [](const PageLabelRange& a, const PageLabelRange& b) {
                             return a.first_page == b.first_page;
                           }),
               ranges.end());
  if (ranges.empty() || ranges.front().first_page != 0)
    ranges.insert(ranges.begin(), PageLabelRange{0, PageLabelRange::Arabic, 1});

  PdfArray nums;
  for (const PageLabelRange& r : ranges) {
    nums.push_back(PdfVariant(static_cast<pdf_int64>(r.first_page)));
    PdfDictionary label;
    if (r.style == PageLabelRange::Roman) label.AddKey("S", PdfName("r"));
    if (r.style == PageLabelRange::Arabic) label.AddKey("S", PdfName("D"));
    if (r.start != 1 && r.style != PageLabelRange::None)
      label.AddKey("St", PdfVariant(static_cast<pdf_int64>(std::max(1, r.start))));
    nums.push_back(label);
  }
  PdfDictionary tree;
  tree.AddKey("Nums", nums);
  return tree;
}

}  // namespace tuyentap::pdf
