// A slogan: the banner line that government and Party sites print above every article in a
// year or a campaign ("Chủ đề công tác năm 2020: …", "Nhiệt liệt chào mừng Đại hội Đảng bộ
// tỉnh lần thứ XX", "Đảng Cộng sản Việt Nam quang vinh muôn năm!"). It stands where a kicker
// or a title would, and is neither: the page's chrome.
#pragma once

#include <string_view>

namespace tuyentap {

// A line that opens as a slogan does (folded: "chào mừng", "nhiệt liệt chào mừng", "chủ đề
// năm", "chủ đề công tác năm", "chủ đề hành động năm"), or ends in "!" with a slogan's words
// in it ("muôn năm", "chào mừng"). At most 80 words (a banner, not a paragraph); not a report's
// first sentence that opens with the occasion it greets (25 words or more, a clause after a
// comma that tells its day, "ngày" and a figure, a full stop: "Chào mừng kỷ niệm …, trong 2
// ngày 27 và 28/2, Hội LHPN huyện … tổ chức giải …").
bool is_slogan(std::string_view line);

// "… vĩ đại sống mãi trong sự nghiệp của chúng ta", "… quang vinh muôn năm": a slogan's words
// of praise anywhere in the line, with or without "!" (a closing slogan; a photo's caption
// tells what it shows and never praises: closing_caption.h). Narrower than is_slogan's
// shapes on the words alone, which a title or a sentence may use ("vĩ đại").
bool praises(std::string_view line);

// A banner's cry over the header: a line of at least 3 words that ends in "!" (perhaps before
// closing quotes) with no sentence before it ("CÔNG NHÂN, … ĐẨY MẠNH HỌC TẬP VÀ LÀM THEO TƯ
// TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH!"), whatever its words. No title of the learning sets
// ends so (0 of 630 hand-read titles): a title names an event, a banner calls on its readers.
// The header skips it as it skips a slogan (text_header.cpp), when a line that is no body
// text follows it: the title.
bool cries_as_banner(std::string_view line);

// "CHÀO MỪNG CÁC BẠN ĐẾN VỚI TRANG TTĐT …", "Chào mừng quý vị đến với Cổng thông tin điện tử
// …": the site greeting its visitors (folded: "chào mừng" + "bạn", "các bạn", "quý vị",
// "quý khách" or "quý bạn đọc" + "đến với"). A page line (page_line.h): never a title, even
// on a page that shows none, where a slogan's opening alone would not rule a title out
// ("Chào mừng kỷ niệm 95 năm …" is one).
bool is_welcome_banner(std::string_view line);

}  // namespace tuyentap
