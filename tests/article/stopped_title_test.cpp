// A title written with its full stop (article/stopped_title.h), on small made-up pages: over
// its date line, or retold by the lead past a photo's caption, or with a wrapped caption's
// second half further down, it is the title; a lead sentence stays the lead.
#include "article/stopped_title.h"

#include <catch2/catch.hpp>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Phường Tân Mai kết nạp được 12 đảng viên, đạt 40% kế hoạch năm.";
const std::string kLead =
    "Nhân dịp kỷ niệm ngày thành lập Đảng, Đảng ủy phường Tân Mai đã tổ chức lễ kết nạp 12 "
    "đảng viên mới cho các chi bộ trực thuộc, đạt 40% kế hoạch năm của phường.\n\n";
const std::string kBody =
    "Năm nay, Đảng bộ phường phấn đấu kết nạp từ 30 đảng viên trở lên, tập trung vào đoàn "
    "viên ưu tú và người lao động trong các doanh nghiệp trên địa bàn.\n\n";

}  // namespace

TEST_CASE("stopped title: a sentence right over the date line is the title") {
  Article a = read_text("Tin tức / Trong phường / Xây dựng Đảng\n" + kTitle +
                        "\nNgày đăng: 07/02/2024\n\n" + kLead + kBody);
  CHECK(a.title == kTitle);
  CHECK(a.lead + "\n\n" == kLead);
}

TEST_CASE("stopped title: retold by the lead past a photo's caption") {
  const std::string title = "Chi bộ Tân Mai dâng hương tưởng niệm tại nghĩa trang liệt sĩ.";
  const std::string lead =
      "Nhân kỷ niệm Ngày Thương binh liệt sĩ, ngày 24/7/2024, Chi bộ Tân Mai dâng hương tưởng "
      "niệm các anh hùng liệt sĩ tại nghĩa trang liệt sĩ của phường.\n\n";
  Article a = read_text(title + "\n\nĐoàn dâng hương\n\nĐoàn dâng hương\n\n" + lead + kBody);
  CHECK(a.title == title);
  CHECK(a.lead + "\n\n" == lead);
}

TEST_CASE("stopped title: a wrapped caption's second half is no caption of its own") {
  const std::string title = "Phường Tân Mai thành lập Đảng bộ cơ sở Trường Tiểu học.";
  const std::string lead =
      "Ngày 3/3, Đảng ủy phường Tân Mai tổ chức lễ công bố quyết định nâng cấp Chi bộ cơ sở "
      "Trường Tiểu học thành Đảng bộ cơ sở Trường Tiểu học.\n\n";
  Article a = read_text(title + "\n\n" + lead +
                        "Ảnh: Đồng chí Bí thư Đảng ủy phường trao quyết định thành lập\n"
                        "Đảng bộ cơ sở cho đồng chí Bí thư Chi bộ nhà trường.\n\n" +
                        kBody);
  CHECK(a.title == title);
  CHECK(a.lead + "\n\n" == lead);
  // a photo story: its first caption retold, another caption like it further down
  Article story =
      read_text(title + "\n\n" + lead + kBody + "Quang cảnh buổi lễ công bố.\n\n" + kBody);
  CHECK(story.title.empty());
}

TEST_CASE("stopped title: printed again under the lead, spaces aside, it is the title") {
  // real-eval47/tpdienbienphu-1: the title with its stop, the lead (which tells it in other
  // words), the title again with two spaces inside, then the text
  const std::string title =
      "Phường Thanh Trường gặp mặt cựu chiến binh tham gia giải phóng "
      "Miền Nam.";
  const std::string again =
      "Phường Thanh Trường gặp mặt cựu chiến binh  tham gia giải phóng "
      "Miền Nam.\n";
  const std::string lead =
      "Sáng 25/4, tại nhà văn hóa phường, Đảng ủy, HĐND, UBND, Ủy ban MTTQ phường đã tổ chức "
      "buổi gặp mặt các cựu binh nhân kỷ niệm 40 năm ngày thống nhất đất nước.\n";
  Article a = read_text(title + "\n\n" + lead + again + kBody);
  CHECK(a.title == title);
  CHECK(a.lead + "\n" == lead);
  for (const Block& b : a.blocks) CHECK(b.text.find("Thanh Trường gặp mặt") == std::string::npos);
  // never printed again nor retold, a sentence with its stop first is the lead of an untitled
  // page, as before
  Article b = read_text(title + "\n\n" + lead + kBody);
  CHECK(b.title.empty());
}
