// A local government's name in capitals, alone on its line: "XÃ ĐÔNG SƠN", "UBND PHƯỜNG 5",
// "ĐẢNG BỘ HUYỆN TÂN PHÚ". A commune's or a district's portal prints it over every page as its
// masthead, above the article's header: it names the site, not a section of it.
#pragma once

#include <string_view>

namespace tuyentap {

// Every letter a capital; perhaps a body's name first (UBND, ỦY BAN NHÂN DÂN, HĐND, HỘI ĐỒNG
// NHÂN DÂN, ĐẢNG BỘ, ĐẢNG ỦY), then a unit (XÃ, PHƯỜNG, THỊ TRẤN, THỊ XÃ, HUYỆN, QUẬN, THÀNH
// PHỐ, TỈNH), then its name of one to three words, and nothing else (no punctuation); or two
// such names joined by a dash, the unit and the one above it ("QUẬN 5 - THÀNH PHỐ HỒ CHÍ
// MINH"). Not a
// section that opens with the same letters ("XÃ HỘI", society) nor a Party or Youth Union
// committee named by its level ("TỈNH ỦY", "HUYỆN ĐOÀN"), which a site may list as a section.
// In sentence case ("Xã Đông Sơn") the name may be a district site's folder of a commune's
// news, and stays a section.
bool is_local_unit_name_in_capitals(std::string_view line);

}  // namespace tuyentap
