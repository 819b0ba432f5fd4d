// The made-up page the review tests (review13_test.cpp, review13b_test.cpp) build their cases
// on: a title, a lead and two more paragraphs about one Party committee's year-end meeting,
// each paragraph long enough to read as the article's text and none a header's line.
#pragma once

#include <string>

#include "article/reader.h"
#include "fixtures.h"

namespace tt_review_page {

inline const std::string kTitle = "Đảng bộ xã An Bình tổng kết công tác xây dựng Đảng năm 2024";
inline const std::string kLead =
    "Sáng 14/3/2025, Đảng bộ xã An Bình tổ chức hội nghị tổng kết công tác xây dựng Đảng năm "
    "2024, triển khai nhiệm vụ năm 2025 với sự tham dự của đông đảo cán bộ, đảng viên.";
inline const std::string kSecond =
    "Tại hội nghị, các đảng viên đã thảo luận sôi nổi về những việc làm cụ thể để nâng cao "
    "chất lượng sinh hoạt chi bộ trong thời gian tới, gắn với nhiệm vụ của địa phương.";
inline const std::string kThird =
    "Phát biểu kết luận, đồng chí Bí thư Đảng ủy xã đề nghị các chi bộ tiếp tục đổi mới nội "
    "dung, phương thức sinh hoạt, tăng cường giáo dục chính trị tư tưởng cho đảng viên.";

// Read with tuyentap::testing::read_text (fixtures.h).

}  // namespace tt_review_page
