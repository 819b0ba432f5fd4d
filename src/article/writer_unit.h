// The writer's unit under a byline: "Hoàng Huy" over "(Cơ quan UBKT Tỉnh uỷ Hưng Yên)". Party
// and state portals print, under a contributor's name, the office the contributor works in;
// that office is no source of the article (a paper: "(Báo Bạc Liêu)", which the byline keeps
// beside the name) and no part of the writer's name, so the author stays the name alone and
// the unit's line leaves the body with the byline.
#pragma once

#include <string_view>

namespace tuyentap {

// A line in brackets, at most 12 words, whose first words name an office, a committee or an
// institution ("Cơ quan …", "Văn phòng …", "Ban Tuyên giáo …", "UBKT …", "Huyện ủy …",
// "Trường …", "Học viện …") rather than a publication ("Báo …", "Tạp chí …", "Đài …").
bool names_writer_unit(std::string_view line);

// The text opens with such a unit's name, in or out of brackets ("Đảng ủy Khối …", "HND xã
// Đông Hòa", "Huyện đoàn", "Đài TT Tân Phú", "Trung tâm …"): the one list of units, for the
// unit a byline names after a dash (byline.h author_in_byline) too.
bool opens_with_writer_unit(std::string_view text);

// The text after such a unit's word or words ("Trung tâm Thông tin …" → "Thông tin …"); empty
// when it opens with none, or with nothing after it.
std::string_view after_writer_unit(std::string_view text);

// "Hội Nông dân tỉnh", "Ban Tuyên giáo huyện": such a unit named by the level it serves, in
// lower case, its place unnamed (at most 6 words, no punctuation), as the unit's own site names
// itself over every page, the section the page's article is filed under; no headline.
bool names_unit_of_its_place(std::string_view line);

// "TT-TT", "GD-ĐT", "VH-TT": the hyphen at `hyphen` has no space beside it and stands inside an
// office's initials, a department's name halved: capitals on both sides, the left side no
// syllable and after a word of the office's name, the right side at most three letters ("Ban
// TT-TT Phật giáo Thái Nguyên", real-eval92/pgthainguyen-1, is one board: no cut there).
// Initials opening the byline are a writer's ("KH-TTVH"), a unit's initials of four letters or
// more after the hyphen a unit's ("Vụ KHTC-TTVH"): the hyphen may part them. A name in
// capitals glued to its unit ("THU HÀ-PV", "T.HÀ-PV": after its initials' dot) ends in a
// syllable: the hyphen may part them.
bool hyphen_inside_initials(std::string_view s, std::size_t hyphen);

}  // namespace tuyentap
