// Vietnam's provinces and centrally-run cities by name ("Hà Nội", "Quảng Ninh", "Cần Thơ"):
// the places a dateline over the lead names ("Hà Nội -", "Quảng Ninh –"). Written in title
// case they have a writer's shape (a few capitalised syllables, as "Thu Hà" or "Nguyễn Văn An"),
// and only their names tell them from one. A closed list: the 63 units before the 2025 merger
// (the 34 after it are among them), a few cities' names that differ ("Sài Gòn", "Đà Lạt", "Buôn
// Ma Thuột" …; none of one syllable, "Vinh" and "Huế" being given names too) and "TP Hồ Chí
// Minh"'s ways of writing.
#pragma once

#include <string_view>

namespace tuyentap {

// The words are one of those names (any case, any Unicode form; "TP", "TP." or "Thành phố"
// may open them): "Hà Nội", "TP. Hồ Chí Minh", "Thừa Thiên Huế". Not a name that holds one
// ("Hà Nội Mới", a paper; "Nguyễn Thái Bình", a person).
bool is_province_name(std::string_view words);

}  // namespace tuyentap
