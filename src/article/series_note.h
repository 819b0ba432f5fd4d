// A serial's note at an instalment's end: "(Còn nữa)", "(Còn tiếp)", "(Hết)", "(Kỳ sau: …)".
// Newspapers and Party journals print a long piece in parts and close each part with such a
// note; it is the article's own last line (a reader of the book wants to know more follows),
// never the writer's name nor page chrome.
#pragma once

#include <string_view>

namespace tuyentap {

// The whole paragraph is a serial's note: "Còn nữa", "Còn tiếp", "Hết", "Xem tiếp kỳ sau",
// "Đón đọc kỳ sau", or "Kỳ sau:" / "Kỳ tới:" and what it announces, in round brackets or set
// apart by dashes or stars ("- Còn nữa -", "*Hết*"), or bare but for the announcement's own
// words (a bare "Hết" is not one: too short a word to tell from a line of verse; "Hết.", with
// its stop, is: "The end.", no writer's name). Case and a
// final stop or ellipsis do not matter. Or a broadcast's note in round brackets, which says when
// and in which programme the text was aired ("(Chương trình Thời sự phát sóng lúc 19 giờ)",
// "(Phát sóng lúc 20h ngày 5/3)": "phát sóng" or "lên sóng" among its words): a radio or TV
// station's page closes its text so, and no writer's name says "aired".
bool is_series_note(std::string_view paragraph);

}  // namespace tuyentap
