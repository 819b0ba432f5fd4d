// A photo's caption in a table's cell: a text browser closes a cell with " |", and many CMSs
// set a captioned photo as a table of one column, its caption in the cell under the image
// ("Toàn cảnh Phiên thứ Nhất Đại hội |", tests/fixtures/real-eval34/baoapbac-1). Where the
// page's sentences stand in no cell, a line closing one is a caption, wherever it stands: under
// the lead (text_blocks.cpp), or where the title would stand on a page stored from its first
// photo down.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "article/text_lines.h"

namespace tuyentap {

// The page's sentences mostly stand in no cell: fewer than half of the body text of `body`
// closes with " |" (then a cell holds a photo and its caption).
bool cells_hold_captions(const std::vector<Paragraph>& body);

// The header's title closes a cell ("Các cháu thiếu nhi tham gia múa lân … |") over a body
// whose cells hold captions (above): the caption of the photo the page opens with, the page
// untitled. No title of the learning sets closes a cell; seven captions do. The reader asks
// it where the header has no date line (text_reader.cpp caption_first).
bool is_cell_caption_opening(std::string_view title, const std::vector<Paragraph>& body);

// A print view set in a layout table (real-eval71/mofahcm-1, a ministry office's news of 2006):
// its title closes a cell ("<title> |") and so do its sentences, so that cells_hold_captions is
// false, and a bar closing a line there is the layout's, no sign of a photo's caption. Takes
// " |" off `title` and every paragraph of `body`, so that the title, the text's last sentence
// and what is glued after it (a credit in brackets) read as on any page; lines of a bar alone
// are left to the chrome rules. Nothing changes where the title or no paragraph closes a cell,
// or where cells hold captions.
void drop_layout_cell_bars(std::vector<Paragraph>& body, std::string& title);

}  // namespace tuyentap
