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
// words (a bare "Hết" is not one: too short a word to tell from a line of verse). Case and a
// final stop or ellipsis do not matter.
bool is_series_note(std::string_view paragraph);

}  // namespace tuyentap
