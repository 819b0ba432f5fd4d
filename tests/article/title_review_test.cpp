// The title's choice by title-likeness (article/title_score.h) on made-up pages of the shapes
// a review found it lost text or made wrong fields on: paragraphs in capitals under the title,
// real titles that open like a site's name or a slogan or hold an address, one-word titles, a
// tie under the date line, a photo's file name under the title, a capitals sapo that sets its
// time first. Every input line must end up in a field or in the text.
#include <catch2/catch.hpp>
#include <string>

#include "article/reader.h"
#include "article/title_score.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

Article read_page(const std::string& text) {
  return read_ok(InputFile{"bai.txt", text});
}

const std::string kHeading = "Hội Cựu chiến binh xã Tân Lập tổng kết công tác hội năm 2024";
const std::string kOpening =
    "Chiều 20/12, Hội Cựu chiến binh xã Tân Lập tổ chức hội nghị tổng kết công tác hội và "
    "phong trào cựu chiến binh năm 2024, triển khai phương hướng nhiệm vụ năm 2025.";
const std::string kMore =
    "Năm qua, các chi hội đã vận động hội viên giúp nhau phát triển kinh tế, tham gia giữ gìn "
    "an ninh trật tự và xây dựng tổ chức hội vững mạnh ở khắp các thôn.\n\n";

bool text_holds(const Article& a, const std::string& s) {
  return all_fields(a).find(s) != std::string::npos;
}

}  // namespace

TEST_CASE("title review: paragraphs in capitals under the title stay in the text") {
  const std::string c1 =
      "HỘI NGHỊ ĐÃ ĐÁNH GIÁ KẾT QUẢ HOẠT ĐỘNG CỦA CÁC CHI HỘI TRONG NĂM VÀ BIỂU DƯƠNG NHỮNG "
      "HỘI VIÊN TIÊU BIỂU.";
  const std::string c2 = "CÁC ĐẠI BIỂU ĐÃ GÓP NHIỀU Ý KIẾN VỀ CÁCH LÀM MỚI TRONG NĂM TỚI.";
  Article a = read_page(kHeading + "\n\n" + c1 + "\n\n" + c2 + "\n\n" + kMore + "TRUNG KIÊN\n");
  CHECK(a.title == kHeading);
  CHECK(text_holds(a, c1));
  CHECK(text_holds(a, c2));
}

TEST_CASE("title review: capitals paragraphs before a date line at the end are the article") {
  const std::string c1 =
      "HỘI NGHỊ ĐÃ ĐÁNH GIÁ KẾT QUẢ HOẠT ĐỘNG CỦA CÁC CHI HỘI TRONG NĂM VÀ BIỂU DƯƠNG NHỮNG "
      "HỘI VIÊN TIÊU BIỂU.";
  const std::string c2 = "CÁC ĐẠI BIỂU ĐÃ GÓP NHIỀU Ý KIẾN VỀ CÁCH LÀM MỚI TRONG NĂM TỚI.";
  Article a = read_page(kHeading + "\n\n" + c1 + "\n\n" + c2 + "\n\n20/12/2024\n");
  CHECK(a.title == kHeading);
  CHECK(text_holds(a, c1));
  CHECK(text_holds(a, c2));
}

TEST_CASE("title review: a capitals sapo under the title over the date line is no title") {
  const std::string sapo =
      "CHIỀU 20/12, HỘI CỰU CHIẾN BINH XÃ TÂN LẬP ĐÃ TỔ CHỨC HỘI NGHỊ TỔNG KẾT CÔNG TÁC HỘI "
      "NĂM 2024 VÀ TRIỂN KHAI NHIỆM VỤ NĂM 2025.";
  Article a = read_page("Trang chủ\n\nTin tức\n\n" + kHeading + "\n\n" + sapo +
                        "\n\nThứ Sáu, 20/12/2024 15:30\n\n" + kOpening + "\n\n" + kMore);
  CHECK(a.title == kHeading);
  CHECK(text_holds(a, sapo));
}

TEST_CASE("title review: a title that opens like a site's name or a slogan stays the title") {
  const std::string chrome = "Đăng nhập\n\nTiếng Việt | English\n\nTrang chủ\n\n";
  const std::string date = "Thứ Sáu, 20/12/2024\n\n";
  const std::string text = kOpening + "\n\n" + kMore;
  for (std::string title : {std::string("Báo Tân Lập ra mắt chuyên trang về xây dựng Đảng"),
                            std::string("Ra mắt trang tin www.tanlap.gov.vn giao diện mới"),
                            std::string("Chào mừng 95 năm Ngày thành lập Đảng, xã Tân Lập trồng "
                                        "cây xanh")}) {
    CAPTURE(title);
    CHECK(read_page(chrome + "Thời sự\n\n" + date + title + "\n\n" + text).title == title);
    CHECK(read_page(chrome + title + "\n\n" + date + text).title == title);
    if (title.starts_with("Chào")) continue;  // a slogan first is the page's chrome
    CHECK(read_page(title + "\n\n20/12/2024\n\n" + text).title == title);
  }
  CHECK_FALSE(plainly_not_title("Góp ý qua hộp thư gopy@tanlap.gov.vn của Đảng ủy xã"));
  CHECK(plainly_not_title("TRANG TIN XÃ TÂN LẬPhttps://tanlap.gov.vn/logo.png"));
  CHECK(plainly_not_title("Email: vanphong@tanlap.gov.vn"));
  CHECK(plainly_not_title("Báo Tân Lập https://tanlap.gov.vn/anh/logo.png"));
}

TEST_CASE("title review: a one-word title is a title, not a file's name") {
  CHECK_FALSE(plainly_not_title("Mẹ"));
  CHECK_FALSE(plainly_not_title("Quê"));
  CHECK(looks_like_file_name("anhhoinghi"));
  CHECK(looks_like_file_name("hoi-nghi_1.jpg"));
  CHECK_FALSE(looks_like_file_name("Quê"));
  Article first = read_page("Quê\n\n20/12/2024\n\n" + kOpening + "\n\n" + kMore);
  CHECK(first.title == "Quê");
  // the date line, the one-word title, the poem's first line
  Article poem = read_page(
      "Thứ Sáu, 20/12/2024\n\nQuê\n\nQuê tôi có dòng sông xanh mát\n\n"
      "Có cánh đồng lúa chín vàng ươm\n\nCó tiếng sáo diều bay trong gió\n");
  CHECK(poem.title == "Quê");
  CHECK(text_holds(poem, "Quê tôi có dòng sông xanh mát"));
}

TEST_CASE("title review: under the date, a tie goes to the earlier line") {
  for (std::string second :
       {std::string("Bài và ảnh: Trung Kiên"), std::string("Lê Trung Kiên"),
        std::string("Toàn cảnh hội nghị tổng kết"), std::string("Xã Tân Lập, huyện Phú Lâm")}) {
    CAPTURE(second);
    Article a = read_page("Cổng thông tin xã Tân Lập\n\nThứ Sáu, 20/12/2024\n\nTin tức\n\n" +
                          kHeading + "\n\n" + second + "\n\n" + kOpening + "\n\n" + kMore);
    CHECK(a.title == kHeading);
  }
}

TEST_CASE("title review: a one-word line under the scored title is kept unless a file's name") {
  Article a = read_page("Cổng thông tin xã Tân Lập\n\nThứ Sáu, 20/12/2024\n\nTin tức\n\n" +
                        kHeading + "\n\nQuê\n\nĐồng lúa chín vàng khắp các cánh đồng.\n\n" +
                        kOpening + "\n\n" + kMore);
  CHECK(a.title == kHeading);
  CHECK(text_holds(a, "Quê"));
}

TEST_CASE("title review: a capitals sentence that sets its time first opens an untitled page") {
  const std::string sapo =
      "NGÀY 20 THÁNG 12 NĂM 2024, HỘI CỰU CHIẾN BINH XÃ TÂN LẬP ĐÃ TỔ CHỨC HỘI NGHỊ TỔNG KẾT "
      "CÔNG TÁC HỘI NĂM 2024.";
  Article a = read_page(sapo + "\n\n" + kMore);
  CHECK(a.title.empty());
  CHECK(text_holds(a, sapo));
}
