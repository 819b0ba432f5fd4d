// A photo's caption where an untitled page's title would stand, told by how it names the person
// it shows: "Ông Tạ Hồng Quảng – Phó chủ tịch UBND huyện chúc mừng …", "Đ/c Huỳnh Thị Thùy
// Dung-UVBTV, Trưởng ban Dân vận Tỉnh ủy và đ/c … tặng quà cho …". A caption addresses the
// person, names them, then sets their position off after the name; a headline names the office
// first and the person after it ("Bí thư Tỉnh ủy Nguyễn Văn A thăm …", "Đồng chí Trưởng ban
// Tuyên giáo Tỉnh ủy dự …"), or leaves the form of address out. No title of the learning sets'
// 545 titled text pages has the caption's order; four untitled pages open with it.
#pragma once

#include <string_view>

namespace tuyentap {

// The line opens with a form of address ("Đồng chí", "Đ/c", "Ông", "Bà": address_words.h),
// then a person's name (two to five capitalised words, the first a family name:
// family_names.h), then the name's end set off by a comma or a dash, spaced or glued
// ("Dung-UVBTV"), and a position after it (byline.h opens_with_position: "Phó chủ tịch …",
// "Trưởng ban …"), or an abbreviated one in capitals and then a position after a comma
// ("UVBTV, Trưởng ban …").
bool names_person_then_position(std::string_view line);

// The header's title is such a line, and reads as a people's caption (untitled_page.h
// reads_as_people_caption: an act before the camera, no final stop, but for the one "." a
// caption may close with), of at most 40 words: the caption of the photo the page opens with.
// The reader asks it where the header has no date line (text_reader.cpp caption_first), the
// paragraph under it being body text. A stopped title retold by the lead (stopped_title.h)
// yields to it: the lead retells the caption's person and position as often.
bool is_addressed_caption(std::string_view title);

}  // namespace tuyentap
