// A widget's hint to the reader, printed over a photo or a player: "Bấm vào hình để xem kích
// thước thật", "Nhấn vào ảnh để phóng to", "Click vào đây để tải về". The page tells the reader
// what to click; no article's title nor a section's name is worded so.
#pragma once

#include <string_view>

namespace tuyentap {

// A line of at most 14 words that opens with a verb of clicking (bấm, nhấn, nhấp, nháy, kích,
// click) and where the click lands (vào, lên, chuột, nút, đây) or its purpose (để), and that
// says what the click does ("để" after it): a hint, no title ("Nhấn mạnh vai trò …" opens with
// no click). Only where a title or a section's name would stand (page_line.h): an article that
// teaches a task may write such a step in its text, which stays.
bool is_click_hint(std::string_view line);

// "Click vào ảnh để xem slide", "Nhấn vào hình để phóng to", "Bấm vào đây để xem album": such a
// hint that lands on the photo it stands over (ảnh, hình, slide, album right after "vào", then
// its purpose or nothing) or shows the photos ("để xem ảnh"), and ends in no stop: a
// slideshow's or a gallery's label wherever it stands, the page's widget, never the article's
// step, nor a photo's caption (real-eval102/hub-qtkd-1, between the lead and its copy). A
// guide's step names what it clicks ("Nhấn vào hình mũi tên để chuyển sang bước tiếp theo",
// "Nhấn vào ảnh đại diện để …") and stays.
bool is_gallery_click_hint(std::string_view line);

}  // namespace tuyentap
