// A page that prints its title twice in a row (its heading over the article's own title), the
// title ending in a stop and retold by the lead (untitled_page.h is_title_retold_below): the
// line printed twice stays the title, with or without a blank line between the copies, a
// date line or none, the title in any case. The near miss: a photo's alt text over its caption
// at the top of an untitled page, the caption not retold by the lead, stays the caption.
#include <catch2/catch.hpp>
#include <string>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle =
    "Đoàn Thanh niên phường Tân Lợi tổ chức Lễ kết nạp đoàn viên nhân dịp kỷ niệm 134 năm ngày "
    "sinh nhật Bác (19/5/1890 - 19/5/2024).";
const std::string kLead =
    "Trong không khí hân hoan cả nước đón chào kỷ niệm 134 năm ngày sinh nhật Bác, ngày "
    "19/5/2024 Đoàn phường Tân Lợi tổ chức Lễ kết nạp đoàn viên nhân dịp kỷ niệm ngày sinh "
    "nhật Bác cho 53 thanh niên ưu tú.";
const std::string kSecond =
    "Buổi lễ diễn ra trong không khí trang trọng, nghiêm túc, đúng điều lệ Đoàn; các đoàn viên "
    "mới hứa sẽ phấn đấu học tập, rèn luyện và tích cực tham gia các phong trào của Đoàn.";

}  // namespace

TEST_CASE("title printed twice: the heading over the article's own title stays the title") {
  for (const std::string& title : {kTitle, std::string("ĐOÀN THANH NIÊN PHƯỜNG TÂN LỢI TỔ CHỨC "
                                                       "LỄ KẾT NẠP ĐOÀN VIÊN NHÂN DỊP KỶ NIỆM "
                                                       "134 NĂM NGÀY SINH NHẬT BÁC.")}) {
    for (const std::string& between : {std::string("\n"), std::string("\n\n")}) {
      for (const std::string& date : {std::string(), std::string("20/05/2024 08:15\n")}) {
        std::string text = title + between + title + "\n" + date + kLead + "\n" + kSecond + "\n";
        INFO(text);
        Article a = read_text(text);
        CHECK(a.title == title);
        CHECK(a.lead == kLead);
        CHECK(captions_in(a) == 0);
      }
    }
  }
}

TEST_CASE("title printed twice: a photo's alt text over its caption opening an untitled page") {
  const std::string caption = "Quang cảnh buổi lễ tại hội trường Ủy ban nhân dân phường.";
  for (const std::string& between : {std::string("\n"), std::string("\n\n")}) {
    std::string text = caption + between + caption + "\n" + kLead + "\n" + kSecond + "\n";
    INFO(text);
    Article a = read_text(text);
    CHECK(a.title.empty());
    CHECK(captions_in(a) == 1);
  }
}
