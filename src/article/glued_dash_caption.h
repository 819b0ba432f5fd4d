// A dash glued between a person's name and their post ("Đ/c Nguyễn Hồng Sơn-Bí thư Đảng ủy",
// "Đặng Thị Thúy Hồng–Bí thư chi bộ", "Lê Xuân Hòa-Giám đốc Công an tỉnh" in
// real-eval13/baoquangngai-1's caption): sites type the dash of a caption with spaces, with
// none, or with one, as they type a byline's. The caption rules split a name from its post at
// a spaced dash; a glued one is the same separator when a word ends before it and a capital
// opens the word after it (a compound in lower case, "kinh tế-xã hội", and a number's range,
// "2020-2025", are left alone; a place's two names, "Bà Rịa-Vũng Tàu", are spaced too, and
// name no post, so no rule takes them for one).
#pragma once

#include <string>
#include <string_view>

namespace tuyentap {

// `line` with each dash ('-', '–', '—') that has a letter before it and a capital after it
// (a space on one side at most) set off by one space on each side; `line` as it is when it
// has none.
std::string with_glued_dashes_spaced(std::string_view line);

// Whether `line` holds such a dash: the cheap test (a byte search) before any copy.
bool has_glued_dash(std::string_view line);

}  // namespace tuyentap
