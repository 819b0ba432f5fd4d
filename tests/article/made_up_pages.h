// Made-up pages several article tests build on, so that each is written once.
#pragma once

#include <string>

namespace tuyentap::testing {

// A club's meeting whose byline the test writes after its body (the byline tests: the page
// then closes on it); a ward's Party meeting, its title, lead and second paragraph (the
// date-line and title tests put their lines around them).
inline const std::string kClosedPageTitle = "Hội Cựu TNXP huyện tổ chức họp mặt truyền thống\n\n";
inline const std::string kClosedPageBody =
    "Sáng ngày 27/3/2024, Hội Cựu TNXP huyện phối hợp với Huyện đoàn tổ chức buổi họp mặt, "
    "giao lưu nhằm ôn lại truyền thống của lực lượng thanh niên xung phong.\n\n"
    "Buổi họp mặt diễn ra trong không khí thắm tình đồng đội và truyền lửa cho tuổi trẻ "
    "huyện nhà tiếp nối truyền thống các thế hệ cha anh.\n\n";
inline const std::string kWardMeetingTitle =
    "Đảng bộ phường tổ chức hội nghị sơ kết công tác xây dựng Đảng";
inline const std::string kWardMeetingLead =
    "Sáng 5/12, tại hội trường UBND phường, Đảng ủy phường đã tổ chức hội nghị sơ kết công tác "
    "xây dựng Đảng sáu tháng đầu năm và triển khai nhiệm vụ trong thời gian tới.";
inline const std::string kWardMeetingSecond =
    "Hội nghị đã đánh giá các kết quả đạt được trong việc thực hiện nghị quyết của Đảng bộ và đề "
    "ra những giải pháp trọng tâm cho sáu tháng cuối năm với nhiều chỉ tiêu cụ thể.";

}  // namespace tuyentap::testing
