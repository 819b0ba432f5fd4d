// A short line the text runs on across: the paragraph under it points back past it ("Nhân
// dịp này, …", "Thông qua hoạt động này, …"), or the one above it leaves its
// sentence open (";"), so the line opens no part of the text, as a subheading does (the part under
// a subheading starts afresh); it stands where the page set a photo in the run of the text, and is
// that photo's caption ("Lễ mừng thọ" between "… chúc các cụ sống vui, sống khoẻ." and "Nhân dịp
// này, Đảng ủy … tặng quà …"). Pages that print captions with no credit word and no stop give them
// a subheading's shape; the text around them tells them apart.
#pragma once

#include <string_view>

namespace tuyentap {

// The paragraph opens by pointing back at what was told right before it: the occasion
// ("Nhân dịp này", "Dịp này"), or an opening phrase of at most 6 words closed by a comma whose
// last word is the demonstrative "này" ("Thông qua hoạt động này,", "Tại buổi lễ này,").
// Not "đó" (that) nor the other back references (back_reference.h): "Trước đó, …", "Tuy
// nhiên, …" may open a part under a subheading. Reads at most the paragraph's first 60 bytes.
bool points_back_past(std::string_view paragraph);

// The paragraph leaves its sentence open: it ends with ";" (a list of what was done goes on
// past the line under it: "… quán triệt một số nội dung cơ bản của quy chế bầu cử;").
bool leaves_sentence_open(std::string_view paragraph);

// `line`, which has a subheading's shape, is a photo's caption the text runs on across: the
// paragraph `before` leaves its sentence open (leaves_sentence_open) or the paragraph `after`
// points back (points_back_past); `after` is body text at least twice as long as the line;
// and the line has a caption's shape (caption_score.h is_caption_shaped: at least 3 words, no
// reasoning word, no ? ! : ;, not in capitals nor numbered, no time opening).
bool interrupts_text(std::string_view line, std::string_view before, std::string_view after);

}  // namespace tuyentap
