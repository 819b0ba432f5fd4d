// What a caption quotes is a name: a movement's, a contest's, a prize's (cuộc vận động "Toàn dân
// đoàn kết xây dựng đời sống văn hóa ở khu dân cư", thi đua "vì an ninh Tổ quốc", Tủ sách “Thanh
// niên học và làm theo lời Bác”), one thing the photo shows. Its words are not the line's own:
// the caption rules that weigh a line's words (scene_caption.h, caption_score.h) read the
// quotation as one word.
#pragma once

#include <string>
#include <string_view>

namespace tuyentap {

// The line with each quotation closed inside it ("…" or “…”, at least one character inside)
// set as one word, “Tên”: no reasoning word, no act, no comma nor stop of its own, one word
// toward a caption's bound. A quotation left open is left as it is.
std::string quotes_as_names(std::string_view line);

// Whether `line` holds a quotation mark ('"' or "“") at all: when not, quotes_as_names gives it
// back as it is, and a caller may read it without the copy.
bool quotes_anything(std::string_view line);

}  // namespace tuyentap
