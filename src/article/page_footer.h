// The page's footer after an article's last sentence, in a page's text: lines that stand
// there on every site and belong to the page, not to the article. The plain-text reader
// drops them from the body's end (text_reader.h, step 4), never from inside the body.
#pragma once

#include <string_view>

#include "article/chrome.h"

namespace tuyentap {

// One of:
//  - a [footer] marker's line ("Liên hệ", "Địa chỉ: …"), a pictograph set as its bullet
//    aside ("♦ Hotline: …", leading_symbols.h);
//  - the site's page on a social network after its label, a few words and no sentence
//    ("Facebook: Vườn Quốc gia Ba Vì", "Zalo: 0912 345 678");
//  - a web address alone: the site's name as a source line ("ductho.gov.vn",
//    "https://example.vn/bai-viet"): the source, not a writer nor a paragraph;
//  - a bar of the page's links glued on one line, at most eight words without a stop, that
//    holds two or more [drop-line]/[footer] markers ("Trang chủ Liên hệ Sơ đồ site", "In
//    trang Quay lại Lên trên");
//  - the page's address under a label ("Link nội dung: https://…", "URL: …"), a source credit
//    ("Nguồn: https://…") aside;
//  - the site's copyright notice, "©" anywhere in a line of at most 20 words with no sentence
//    inside ("2018 © Trường Tiểu học Phước Lý");
//  - a street address closing a layout table's cell: a house number, a street's capitalised
//    name, then two or more capitalised parts after commas, and the cell's bar ("Bảo tàng Phụ
//    nữ Việt Nam 37 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội |"); the text's own addresses stand in
//    no cell;
//  - the page's box of the article's topic: "Chủ đề" and a name in capitals ("Chủ đề BẢO VỆ
//    NỀN TẢNG TƯ TƯỞNG CỦA ĐẢNG").
bool is_page_footer_line(std::string_view line, const ChromeMatcher& chrome);

// "Lô 4H, đường Tôn Đức Thắng, phường Lê Hồng Phong, thành phố Quảng Ngãi, tỉnh Quảng Ngãi.",
// "Xã Bình Thuận, huyện Bình Sơn, tỉnh Quảng Ngãi.": a postal address alone, its full stop or
// none: three to eight parts after commas, each opening with a place's kind (lô, số, đường,
// phố, ngõ, thôn, ấp, khu phố, phường, xã, thị trấn, quận, huyện, thị xã, thành phố, tỉnh …)
// or the first with a house number, at most 24 words. The text_end rule reads it as the page's
// footer only under an office's name in capitals ("VĂN PHÒNG TRỤ SỞ CHÍNH", "CẢNG PTSC DUNG
// QUẤT": real-eval79/ptscquangngai-1): a text's own address stands under a sentence.
bool is_postal_address(std::string_view line);

// A web address alone on the line: a host of two or more dot-separated labels, the last of
// letters only ("baochinhphu.vn", "www.tinhuy.gov.vn"), or "http(s)://" and anything
// without a space.
bool is_web_address(std::string_view line);

}  // namespace tuyentap
