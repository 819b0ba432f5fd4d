// Saved pages of one made-up site, "Cổng thông tin Mỹ Hòa", whose chrome stands inside the
// article's container where the page's scoring lets it through: the chrome-learning tests of
// the reader (tests/article) and of the command line (tests/cli) read them.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace tt_made_up_site {

// Blocks of the made-up site "Cổng thông tin Mỹ Hòa" that no marker knows and that stand
// inside the article's container, in pairs (a short line alone between two paragraphs would
// be a subheading, which is never learned).
inline const std::vector<std::string> kChrome = {
    "Tiếng nói của Đảng bộ, chính quyền và nhân dân Mỹ Hòa",
    "CHUYÊN TRANG XÂY DỰNG ĐẢNG",
    "Ban biên tập: Văn phòng Huyện ủy Mỹ Hòa",
    "Giấy phép số 12/GP-STTTT, người chịu trách nhiệm: Lê Văn Tâm",
};

inline const char* const kPlaces[] = {"xã Long Hòa", "xã Mỹ Lợi",  "phường 3",
                                      "phường 7",    "ấp Bình An", "thị trấn Tân Phước"};

inline std::string title_of(std::size_t i) {
  return "Đảng bộ " + std::string(kPlaces[i]) + " kết nạp " + std::to_string(i + 1) +
         " đảng viên mới";
}

// The saved page number i (0-based): one site, one topic, one writer, one recurring photo
// caption; its own title, date and text.
inline std::string page(std::size_t i) {
  std::string place = kPlaces[i];
  std::string n = std::to_string(i + 1);
  return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title_of(i) +
         " - Cổng thông tin Mỹ Hòa</title></head><body>"
         "<div class=\"breadcrumb\"><a href=\"/\">Trang chủ</a> › <a href=\"/xdd\">Xây dựng "
         "Đảng</a></div><div class=\"noidung\"><h1>" +
         title_of(i) + "</h1><p>Thứ Hai, 0" + n + "/04/2019 - 08:30</p><p>Sáng 0" + n +
         "/4, Đảng bộ " + place + " tổ chức lễ kết nạp " + n +
         " quần chúng ưu tú vào Đảng, nâng tổng số đảng viên lên hơn một trăm người.</p><p>" +
         kChrome[0] + "</p><h3>" + kChrome[1] + "</h3><p>Các đảng viên mới của " + place +
         " đều là đoàn viên tích cực, có nhiều đóng góp cho phong trào ở địa phương.</p>"
         "<figure><img src=\"anh.jpg\"><figcaption>Ảnh minh họa</figcaption></figure><p>Dịp "
         "này, Đảng ủy " +
         place +
         " cũng trao huy hiệu Đảng cho các đảng viên lão thành của các chi bộ trực thuộc.</p>"
         "<p style=\"text-align:right\"><strong>Thu Ngân</strong></p><p>" +
         kChrome[2] + "</p><p>" + kChrome[3] + "</p></div></body></html>";
}

}  // namespace tt_made_up_site
