// A page's schema.org data printed as text (article/schema_lines.h), on a made-up page shaped as
// tests/fixtures/real-eval48/congangialai-1 (NukeViet's microdata under the title): before the
// rule the author's line became the title, the machine's second time the lead.
#include "article/schema_lines.h"

#include <catch2/catch.hpp>
#include <string>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

TEST_CASE("schema lines: a machine's time, and what is none") {
  CHECK(is_machine_timestamp("2025-10-31T08:05:29+07:00"));
  CHECK(is_machine_timestamp("2019-03-12T09:45"));
  CHECK(is_machine_timestamp("2019-03-12T09:45:00.120Z"));
  CHECK(is_machine_timestamp("2019-03-12T09:45:00+0700"));
  CHECK_FALSE(is_machine_timestamp("2019-03-12 09:45"));  // a date line's, parse_date_line's
  CHECK_FALSE(is_machine_timestamp("2019-03-12T09:45 tại Hà Nội"));
  CHECK_FALSE(is_machine_timestamp("12/03/2019T09:45"));
  CHECK(is_bare_address("https://tinhuy.example.gov.vn/tin-tuc/ket-nap-dang-vien.html"));
  CHECK_FALSE(is_bare_address("https://example.vn là trang của huyện"));
}

TEST_CASE("schema lines: the headline, its author and its time read as the header") {
  const std::string page =
      "Chi đoàn Công an xã Tân Lập ra quân ngày “Chủ nhật xanh”.\n"
      "Minh Quân - CAX Tân Lập\n"
      "2024-05-19T07:40:12+07:00\n"
      "2024-05-19T07:40:12+07:00\n"
      "https://congan.example.gov.vn:/vi/news/chi-doan-ra-quan-chu-nhat-xanh-1234.html\n"
      "https://congan.example.gov.vn:/uploads/news/2024_05/anh-ra-quan.jpg\n"
      "Công an tỉnh Ví Dụ\n"
      "https://congan.example.gov.vn:/uploads/no-image.png\n"
      "Sáng 19/5/2024, Chi đoàn Công an xã Tân Lập tổ chức ra quân hưởng ứng ngày “Chủ nhật "
      "xanh” tại các thôn, với sự tham gia của toàn thể đoàn viên, thanh niên.\n"
      "Các đoàn viên đã thu gom rác thải, phát quang bụi rậm, dọn dẹp khuôn viên nhà văn hóa "
      "và tuyên truyền người dân phân loại rác đúng quy định.\n"
      "Tác giả bài viết: Minh Quân - CAX Tân Lập\n";
  Article a = read_text(page);
  CHECK(a.title == "Chi đoàn Công an xã Tân Lập ra quân ngày “Chủ nhật xanh”.");
  REQUIRE(a.date);
  CHECK(a.date->year == 2024);
  CHECK(a.date->day == 19);
  CHECK(a.time == "07:40");
  CHECK(a.author == "Minh Quân");
  CHECK(a.lead.starts_with("Sáng 19/5/2024"));
  CHECK(captions_in(a) == 0);
  const std::string fields = all_fields(a);
  for (const char* machine : {"2024-05-19T", "https://", "Công an tỉnh Ví Dụ"})
    CHECK(fields.find(machine) == std::string::npos);
}
