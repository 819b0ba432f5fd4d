// The author a byline names (article/byline.h author_in_byline), on made-up bylines and pages:
// labels, units, places and roles around the writer's name come off; a publication, a second
// writer and a photo credit stay.
#include <catch2/catch.hpp>

#include "article/bare_caption.h"
#include "article/byline.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Chi bộ thôn Đông kết nạp đảng viên mới\n\n";
const std::string kBody =
    "Tại buổi lễ, các đảng viên mới đã được nghe công bố quyết định kết nạp và hứa phấn đấu "
    "rèn luyện, giữ gìn phẩm chất, tư cách người đảng viên.\n\n";

std::string author_of_page(const std::string& byline) {
  return read_ok(InputFile{"a.txt", kTitle + kBody + kBody + byline + "\n"}).author;
}

}  // namespace

TEST_CASE("byline author: a label saying who wrote or took the photos comes off") {
  CHECK(author_in_byline("Thực hiện: Minh Thư") == "Minh Thư");
  CHECK(author_in_byline("Tác giả bài viết: Chi đoàn khu phố") == "Chi đoàn khu phố");
  // the author is the byline's name, whether or not the label credits the photos too
  CHECK(author_in_byline("Tin, ảnh: Minh Thư") == "Minh Thư");
  CHECK(author_in_byline("Bài và ảnh: Lê Hà") == "Lê Hà");
  CHECK(author_in_byline("Tin và ảnh: HỒNG NHUNG") == "HỒNG NHUNG");
  CHECK(author_of_page("Tin, ảnh: Hoàng Minh") == "Hoàng Minh");
  // a writer and a photographer named apart: the writer is the author, the photographer not
  CHECK(author_in_byline("Tin: Minh Anh - Ảnh: Thu Hà") == "Minh Anh");
  CHECK(author_in_byline("Bài: Lê Hà, ảnh: Minh Đức") == "Lê Hà");
  // no photo credit: the label comes off a person's name as off a unit's (it was kept before
  // session 18's byline18b, while "Tin: Đoàn cơ sở" lost it; no fixture expects a "Tin:"
  // author, and a reader sees the label as no part of the name)
  CHECK(author_in_byline("Tin: Minh Anh") == "Minh Anh");
  // a news credit naming a unit, no person (daknong-edu-1, real-eval33): the unit signs the
  // text, as an office alone on the last line does; "Tin:" is no part of its name
  CHECK(author_in_byline("Tin: Đoàn cơ sở") == "Đoàn cơ sở");
  CHECK(author_in_byline("Tin: Văn phòng Huyện ủy") == "Văn phòng Huyện ủy");
  CHECK(author_in_byline("Bài: Ban Tuyên giáo Huyện ủy") == "Ban Tuyên giáo Huyện ủy");
  CHECK(author_in_byline("Tin: Đoàn Minh Anh") == "Đoàn Minh Anh");  // Đoàn, a family name
  CHECK(author_of_page("Tin: Đoàn cơ sở") == "Đoàn cơ sở");
  CHECK(author_of_page("Thực hiện: Lê Hà ( Huyện Tân Phú)") == "Lê Hà");
  // NukeViet's label is a byline, whatever follows it
  CHECK(author_of_page("Tác giả bài viết: Chi đoàn khu phố") == "Chi đoàn khu phố");
  // the credit's English word, as blogs sign a text they took (real-eval45/thegioicombo-1)
  CHECK(author_in_byline("Cre: Trang Trang") == "Trang Trang");
  CHECK(author_in_byline("Credit: Lê Hà") == "Lê Hà");
  CHECK(author_of_page("Cre: Hoàng Minh") == "Hoàng Minh");
}

TEST_CASE("byline author: the writer's unit or place after the name comes off") {
  CHECK(author_in_byline("Trần Văn Hải - Đảng ủy xã Tân Phú") == "Trần Văn Hải");
  CHECK(author_in_byline("Thu Hà – HND huyện Đông Sơn") == "Thu Hà");
  CHECK(author_in_byline("Minh Quân - Đài TT huyện Tân Phú") == "Minh Quân");
  CHECK(author_in_byline("Lê Hà (Xã Đông Hòa)") == "Lê Hà");
  CHECK(author_in_byline("Thu Hà - Chi đoàn thôn 3") == "Thu Hà");
  CHECK(author_in_byline("Lan Chi, Trung tâm Văn hóa huyện Tân Phú") == "Lan Chi");
  CHECK(author_in_byline("Lan Chi, Vũ Hà") == "Lan Chi, Vũ Hà");
  CHECK(author_in_byline("Văn Nam - Trường THCS Tân Phú") == "Văn Nam");
  CHECK(author_in_byline("Hồng Nhung - Đoàn TN xã Đông Hòa") == "Hồng Nhung");
  // a hyphen glued to the name: a byline all the same
  CHECK(author_of_page("Văn Tú- Huyện đoàn") == "Văn Tú");
  // the unit on a line of its own, as before
  CHECK(author_of_page("Hoàng Minh\n(Văn phòng Huyện ủy Tân Phú)") == "Hoàng Minh");
}

TEST_CASE("byline author: a writer's office in brackets does not count in the byline's words") {
  // two writers, then their office's long name in brackets: 15 words in all, a byline of 5
  const std::string team =
      "Thu Hà - Văn Nam (Trung tâm Văn hóa, Thông tin và Thể thao huyện Tân Phú)";
  CHECK(looks_like_byline(team));
  CHECK(author_in_byline(team) == "Thu Hà - Văn Nam");
  CHECK(author_of_page(team) == "Thu Hà - Văn Nam");
  CHECK(author_of_page(team + ".") == "Thu Hà - Văn Nam");
  // what stands before the office must be a byline: a sentence's end is none
  CHECK_FALSE(
      looks_like_byline("Các đại biểu đã thảo luận sôi nổi (Trung tâm Văn hóa huyện Tân Phú)"));
  // a bracket that names no office (a role spelled out, a note) leaves the bound as it was
  CHECK_FALSE(looks_like_byline(
      "Thu Hà - Văn Nam (ảnh do các đại biểu dự hội thảo cung cấp cho chúng tôi sau buổi họp)"));
  CHECK(author_of_page("Thu Hà - Văn Nam (ảnh do các đại biểu dự hội thảo cung cấp cho chúng tôi "
                       "sau buổi họp)") == "");
}

TEST_CASE("byline author: an office's initials after a comma come off, names in capitals stay") {
  CHECK(author_in_byline("Minh Tâm-Thu Hà, TTVHTTDL") == "Minh Tâm-Thu Hà");
  CHECK(author_in_byline("Lan Chi, BQLDA") == "Lan Chi");
  CHECK(author_of_page("Hoàng Minh, TTVHTT") == "Hoàng Minh");
  // initials with dots, a second writer in capitals: no office
  CHECK(author_in_byline("THU HÀ, VŨ LAN") == "THU HÀ, VŨ LAN");
  CHECK(author_in_byline("Lan Chi, P.L.H") == "Lan Chi, P.L.H");
  // bare initials after a name in capitals are an office's as after a name in title case (kept
  // whole before byline18b; no learning page signs a second writer by bare initials)
  CHECK(author_in_byline("LÊ HÀ, TTVH") == "LÊ HÀ");
  CHECK(author_in_byline("TX - P.L.H.HÀ") == "TX - P.L.H.HÀ");
  CHECK(author_of_page("THÚY HẰNG") == "THÚY HẰNG");
}

TEST_CASE("byline author: a second writer or a position-free name stays") {
  // the publication is the source, not the author (byline_outlet_test.cpp)
  CHECK(author_in_byline("Hoàng Minh - Báo Tân Phú") == "Hoàng Minh");
  CHECK(author_in_byline("Lan Anh (TTXVN)") == "Lan Anh");
  CHECK(author_in_byline("Kim Thoa – Vũ Hà") == "Kim Thoa – Vũ Hà");
  CHECK(author_in_byline("Kim Thoa- Trường Giang") == "Kim Thoa- Trường Giang");
  CHECK(author_in_byline("Minh Anh - Đoàn Trang") == "Minh Anh - Đoàn Trang");
  CHECK(author_in_byline("NGỌC ANH - VŨ HÀ") == "NGỌC ANH - VŨ HÀ");
  CHECK(author_in_byline("THU HÀ (thực hiện)") == "THU HÀ (thực hiện)");
}

TEST_CASE("byline author: a newsroom role around the name comes off") {
  CHECK(author_in_byline("CTV Thu Trang - TH") == "Thu Trang");
  CHECK(author_in_byline("PV Minh Tuấn") == "Minh Tuấn");
  CHECK(author_in_byline("Minh Tuấn - CTV") == "Minh Tuấn");
  CHECK(author_in_byline("Nhóm PV Miền Trung") == "Nhóm PV Miền Trung");
  CHECK(author_of_page("CTV Thu Trang - TH") == "Thu Trang");
}

TEST_CASE("byline author: a re-poster's citation with the page's address is no author") {
  Article a = read_ok(InputFile{"a.txt", kTitle + kBody + kBody +
                                             "Minh Tuấn\nNguồn Đài ABC : "
                                             "https://example.vn/tin-bai-1.htm\n"});
  CHECK(a.author == "Minh Tuấn");
  for (const Block& b : a.blocks) CHECK(b.text.find("example.vn") == std::string::npos);
  // without an address, the paper under the name is the article's source, not the author
  CHECK(author_of_page("Minh Tuấn\n(Báo Tân Phú)") == "Minh Tuấn");
}

TEST_CASE("byline author: a reported-speech line is no portrait's caption") {
  CHECK(names_portrait("Ông Lê Văn Hải, Chủ tịch UBND xã Đông Hòa"));
  CHECK_FALSE(
      names_portrait("Ông Lê Văn Hải, Chủ tịch UBND xã Đông Hòa, cho biết thêm về kế hoạch"));
  CHECK_FALSE(names_portrait("Bà Thu Hà, Phó Chủ tịch Hội, đã nhắc lại các chỉ tiêu"));
}

TEST_CASE("byline author: a record's or a page's byline gets the same name as a text's") {
  Article a = read_ok(InputFile{"bai.json", R"({
    "title": "Chi bộ thôn Đông kết nạp đảng viên mới",
    "authors": ["Minh Tuấn - Đảng ủy xã Tân Phú"],
    "date_publish": "2024-03-07 08:30:00",
    "maintext": "Tối 6/3, Chi bộ thôn Đông tổ chức lễ kết nạp hai đảng viên mới.\nCác đảng viên mới hứa phấn đấu rèn luyện."
  })"});
  CHECK(a.author == "Minh Tuấn");
}

TEST_CASE("byline author: 'by X' under the title is the byline, never the topic or the title") {
  Article a = read_ok(
      InputFile{"a.txt",
                "Trang chủ Tin tức Giới thiệu Trường THCS Tân Phú đổi mới phương pháp dạy học\n\n"
                "Trường THCS Tân Phú đổi mới phương pháp dạy học\n\nby TanPhuNet\n\n"
                "Sau một năm thực hiện, nhà trường đã làm tốt các nội dung sau đây :\n\n" +
                    kBody + kBody});
  CHECK(a.title == "Trường THCS Tân Phú đổi mới phương pháp dạy học");
  CHECK(a.author == "TanPhuNet");  // as written, even a site's name
  CHECK(a.topic.empty());
  CHECK(a.lead.starts_with("Sau một năm thực hiện"));
  CHECK(author_in_byline("By Minh Anh") == "Minh Anh");
  CHECK(author_in_byline("by the way") == "by the way");
}

TEST_CASE("byline author: a paper's site after a slash and a space is the outlet, not the name") {
  // a portal reprinting a paper signs with the writer and the paper's site, in lower case
  CHECK(author_in_byline("Thương Mai/ baotanphu.vn") == "Thương Mai");
  CHECK(author_in_byline("Thương Mai/baotanphu.vn") == "Thương Mai");
  CHECK(looks_like_byline("Thương Mai/ baotanphu.vn"));
  CHECK(author_of_page("Thương Mai/ baotanphu.vn\n\nGửi cho bạn bè\n\nPhản hồi") == "Thương Mai");
  // a word in lower case with no dot is no outlet's mark
  CHECK(author_in_byline("Thương Mai/ tổng hợp") == "Thương Mai/ tổng hợp");
}

TEST_CASE("byline author: a health worker's or a poet's title with its colon comes off") {
  // real-eval48/phutan-1 signs "Ds: Trần Văn Chí ( TTYT Phú Tân)"; real-eval49/congdoandetmay-1
  // "Thơ: Nhã Nguyễn"
  CHECK(author_of_page("Ds: Lê Văn Hòa ( TTYT Tân Phú)") == "Lê Văn Hòa");
  CHECK(author_of_page("BS: Nguyễn Thị Lan") == "Nguyễn Thị Lan");
  CHECK(author_of_page("Thơ: Minh Hạnh") == "Minh Hạnh");
  CHECK(author_in_byline("ĐD: Phạm Thu Trang") == "Phạm Thu Trang");
}
