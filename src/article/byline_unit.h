// What follows a writer's name in a byline and is no name: the writer's district as its code
// ("Quang Khải-Q6", "Huy Quốc – H.Củ Chi", "Lan – P.5"), the office's or the position's
// initials ("Doãn Thị Ý-TPT", Tổng phụ trách Đội; "Nguyễn Thị Hòa – PCT Huyện hội", Phó Chủ
// tịch; "Thu Hà, HND xã Đông Hòa"), a department by its initials ("Mai Dung- Khoa KSNK", "Thanh
// Bắc (P. PT&UDTTĐT)"), or a position in words ("Minh Anh - phóng viên"). Sites
// glue it to the name with a hyphen, a dash or a comma, with or without spaces, or put it in
// brackets; the author is the name. Told from a second writer ("Kim Tiến – Tấn Hữu", "Đức
// Nguyên-Hiệp Thương", "Minh Anh - VŨ HÀ") by a shape no name has: a digit, a place's
// abbreviation, capitals that spell no Vietnamese syllable, a word in lower case.
#pragma once

#include <string_view>

#include "article/article.h"

namespace tuyentap {

// The writer's name before such a unit, or the byline as it is. Every place the byline may
// be cut is tried, left to right: the first whose left side is a name and whose right side is
// such a unit gives the name. In brackets only a code or initials are a unit: a role spelled out
// ("NGUYÊN ĐOAN (thực hiện)", "Lê Hà (tổng hợp)") is the writer's own word and stays. A level of
// the administration alone after the last dash ("Ban TTTT – Huyện": huyện, tỉnh, xã, phường,
// quận, thị xã, thị trấn, thành phố, trung ương) is what a board serves, and comes off whatever
// stands before it.
std::string_view writer_before_unit(std::string_view byline);

// `rest` (what follows a byline's name `name`) opens with a shape no person's name has: a
// word with a digit ("Q6", "P.5"), a place's abbreviation before a place's name ("Q.Bình
// Thạnh", "H. Củ Chi", "TX.Giá Rai"), capitals with no dot that are no syllable, after a name
// in any case ("TPT", "CĐ", "PCT Huyện hội", "UBND xã X"), or is a department whole, its noun or
// its letter before such capitals and nothing after them ("Khoa KSNK", "P. PT&UDTTĐT", "Phòng
// KHTH", "Tổ QTM", "Ban TT"), or, unless `in_brackets`, a word in lower case first, or second after
// a word not in capitals ("phóng viên", "Huyện hội"; "và" joins names and is none). A paper in
// sentence case
// ("Thanh niên Thủ đô": theo_writer.h has_name_noun) is none of these: the outlet rules take it.
bool opens_with_no_name(std::string_view rest, std::string_view name, bool in_brackets);

// "Huy Quốc – Củ Chi", "Huy Quốc (Củ Chi)" → "Huy Quốc" on a page that says "huyện Củ Chi":
// after the dash, the comma or in the closing brackets,
// a place's name in capitalised words (one to four), which `page` names as a place, after
// a place noun or its abbreviation ("huyện", "quận", "xã", "tỉnh", "thành phố", "TP", "H." …,
// any case). Nothing in its shape tells "Củ Chi" from a second writer's "Tấn Hữu"; the page
// does: the story names where it happened, and a writer's name is hardly ever in it, and never
// after "huyện". The author as it is when the page names no such place.
std::string_view writer_before_named_place(std::string_view author, std::string_view page);

// The same on the article's author, against its title, lead and blocks.
void drop_place_the_page_names(Article& a);

}  // namespace tuyentap
