// A poll box run together on one line: its question, then its buttons ("Bạn theo đạo nào
// ?Chọn    Xem KQ", "Bạn biết đến trang qua đâu? Bình chọn | Xem kết quả"). A copy of the page
// keeps the question's text and the labels of its select box and buttons, with no line between
// them. Chrome wherever it stands (page_widgets.h): on a page whose own title is missing it
// stood where the title would and was read as one.
#pragma once

#include <cstddef>
#include <string_view>

namespace tuyentap {

// A question of two words or more, ended by its "?", then a few button labels (at most eight
// words, no sentence's punctuation) that are either glued to the "?" ("?Chọn": prose and titles
// put a space after a question mark) or parted from one another as button_labels reads them
// (labels of separate buttons). A title that asks ("Vì sao? Lời giải từ cơ sở") has one run of
// words after its "?", set off by one space.
bool is_poll_line(std::string_view line);

// The labels of a row of buttons run together on one line: pieces parted by a tab, a run of two
// spaces or more, or a bar ("Chọn | Xem KQ", "Tìm kiếm  Tìm kiếm nâng cao"). How many there
// are; 0 when one is longer than a button's label (four words). The plain-text reader's lines
// are cleaned first, their runs of white space folded to one space (text_lines.h): only the
// bars part them there.
std::size_t button_labels(std::string_view line);

}  // namespace tuyentap
