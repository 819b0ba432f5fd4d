// The recognisers one by one: captions, bylines.
#include <catch2/catch.hpp>

#include "article/byline.h"
#include "article/caption.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

TEST_CASE("caption lines and their credits") {
  CHECK(caption_of("Đoàn cán bộ làm việc tại phường 3. Ảnh: H.T") ==
        "Đoàn cán bộ làm việc tại phường 3. | H.T");
  CHECK(caption_of("Đoàn cán bộ làm việc tại phường 3 (Ảnh: TTXVN)") ==
        "Đoàn cán bộ làm việc tại phường 3 | TTXVN");
  CHECK(caption_of("Hội nghị tổng kết. ẢNH: MINH HẢI") == "Hội nghị tổng kết. | MINH HẢI");
  CHECK(caption_of("Hội nghị tổng kết - Ảnh: Văn Đức.") == "Hội nghị tổng kết | Văn Đức");
  CHECK(caption_of("Quang cảnh hội nghị (Ảnh minh họa)") ==
        "Quang cảnh hội nghị (Ảnh minh họa) | ");
  CHECK(caption_of("Ảnh: T.L") == " | T.L");
  CHECK(caption_of("Ảnh hưởng của nghị quyết đến đời sống là rất lớn.") == "none");
  CHECK(caption_of(
            "Cán bộ được khen thưởng. Ảnh: theo lời kể của nhiều người trong thôn thì việc này "
            "đã có từ lâu") == "none");
  CHECK(caption_of("Một đoạn văn bình thường không có chú thích.") == "none");
}

TEST_CASE("byline shapes") {
  for (const char* yes :
       {"Hoàng Uyên", "PV", "Nhóm PV", "Theo báo Bạc Liêu", "Hoàng Uyên (tổng hợp)",
        "TS. Nguyễn Văn An - Học viện Chính trị khu vực IV", "Minh Anh và Thu Hà",
        "Bài và ảnh: Thu Hà", "Nguồn: Báo Bình Thạnh", "H.T"}) {
    INFO(yes);
    CHECK(looks_like_byline(yes));
  }
  for (const char* no : {"Xin trân trọng cảm ơn đồng chí!", "Kết quả đạt được rất đáng ghi nhận.",
                         "Nhiệm vụ trong thời gian tới", "28/01/2019",
                         "Đây là một câu rất dài có nhiều hơn mười hai chữ nên không thể là dòng "
                         "tên tác giả"}) {
    INFO(no);
    CHECK_FALSE(looks_like_byline(no));
  }
}
