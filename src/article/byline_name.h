// A writer's name as a byline writes it, the one test byline.h's rules share: the name alone,
// before any role, unit or second part the byline rules cut off.
#pragma once

#include <string_view>

namespace tuyentap {

// "Hoàng Uyên", "TS. Nguyễn Văn An", "Minh Anh và Thu Hà", "H.T": 1 to 6 words, each opening
// with a capital; a middle name in lower case between a family name and a given name ("Mai
// viết Tăng", theo_writer.h is_middle_name).
bool is_writer_name(std::string_view s);

// A name in capitals ("MINH TÂM", "TS. NGUYỄN VĂN AN", "NGỌC ANH VÀ VŨ HÀ"), not a heading
// in capitals ("ĐẶT VẤN ĐỀ", "I. MỞ ĐẦU", "TÀI LIỆU THAM KHẢO"), which has a byline's shape:
// each writer's name at most four syllables, none of them a word no name is made of.
bool is_capitals_name(std::string_view name);

// "D.Q", "N.A.", "T.H.L": a writer's initials, capitals each followed by a dot (the last dot
// may be left out). A section's name has no dot inside a word.
bool is_initials(std::string_view word);

}  // namespace tuyentap
