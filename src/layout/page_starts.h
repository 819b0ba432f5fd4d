// Where each printed page starts (book/page_map.h), read back from the laid-out pages: the
// runs a Typesetter sets carry their place and their line's offset in the block's text, so
// whatever the pager does with lines (splits, carries, vertical justification) the first
// tagged run on a page is where the page starts. Internal to layout/ (layout_book uses it).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "book/page_map.h"
#include "layout/pages.h"
#include "layout/paragraph.h"

namespace tuyentap {

// Tags every run of `lines` (set from `printed`) with `place` and with the byte offset in
// `printed` where its line starts: the line's text is found in `printed`, skipping the
// spaces a break dropped.
void tag_lines(const std::string& printed, std::int32_t place, std::vector<SetLine>& lines);

// The label a viewer shows for 0-based `page` under the PDF's /PageLabels made from `labels`
// (pdf/page_labels.cpp: ranges sorted, the first of a page kept, arabic from 1 when no range
// starts at page 0).
std::string page_label(const std::vector<PageLabelRange>& labels, int page);

// A page's label and start (its first tagged run's place), for each page in order as it is
// made; then fill_page_starts on the list: a page with no tagged run takes the start of the
// next page that has one (the cover picture: the cover; a page after the last text: the
// last start).
PrintedPage page_start(const Page& page, const std::string& label,
                       const std::vector<PagePlace>& places);
void fill_page_starts(std::vector<PrintedPage>& pages);

}  // namespace tuyentap
