// A line that points to a link the saved text lost: "Bạn đọc xem video minh họa tại đây :",
// "Xem toàn văn tại đây", "Tin ảnh (Xin xem thêm tại đây)". On the page "tại đây" (here) was
// the link; in the page's text it points at nothing, and no writer's sentence is worded so.
#pragma once

#include <string_view>

namespace tuyentap {

// A line of at most 14 words (and its colon, stop or spaces) that ends on "tại đây" or "ở
// đây", says what the reader may see there (a verb of seeing, reading, hearing or fetching:
// xem, đọc, nghe, tải, download), and opens as an invitation does: that verb, or the reader
// or a polite word before it ("Bạn đọc", "Quý vị", "Xin", "Mời", "Vui lòng", "Chi tiết"). In
// round brackets closing the line, after a label of at most four words ("Tin ảnh (…)"), it
// reads as without them. A sentence that tells where people came to look ("Hàng nghìn người
// đã đến xem tại đây.") opens with no such word and is none.
bool is_link_pointer(std::string_view line);

}  // namespace tuyentap
