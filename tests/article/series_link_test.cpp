// A link to another part of the article's own series (article/series_link.h): the part a line
// names, and such links under the lead of another part left out and counted, on made-up pages
// shaped as tests/fixtures/real-eval15/baophapluat-1 and real-eval4/congthuong-1.
#include "article/series_link.h"

#include <catch2/catch.hpp>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kLead =
    "Phát triển đảng viên ở vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số là một trong "
    "những nhiệm vụ quan trọng của công tác xây dựng Đảng ở cơ sở.\n\n";
const std::string kBody =
    "Những năm qua, các cấp ủy đã chủ động tạo nguồn, bồi dưỡng quần chúng ưu tú, kết nạp "
    "được nhiều đảng viên là người dân tộc thiểu số.\n";

}  // namespace

TEST_CASE("series link: the part a line names") {
  CHECK(series_part("Bài 2: Tổ chức Đảng mạnh, doanh nghiệp phát triển vững") == 2);
  CHECK(series_part("> Xây dựng, phát triển Đảng ở vùng đồng bào - Bài 1: Nỗi lo …") == 1);
  CHECK(series_part("BÀI 12: HÀNH TRÌNH") == 12);
  CHECK(series_part("Bài viết: Nguyễn Văn A") == 0);
  CHECK(series_part("Bài 1 của loạt bài đã đăng") == 0);  // no colon after the number
  CHECK(series_part("Về bài 1: ý kiến bạn đọc") == 0);    // not where a part's name starts
}

TEST_CASE("series link: a link to another part, under part 2's lead, is left out and counted") {
  const std::string title =
      "Xây dựng, phát triển Đảng ở vùng đồng bào dân tộc thiểu số - Bài 2: Hành trình gỡ khó";
  const std::string link =
      "> Xây dựng, phát triển Đảng ở vùng đồng bào dân tộc thiểu số - Bài 1: Nỗi lo về thiếu "
      "nguồn phát triển Đảng\n\n";
  Article a = read_ok(InputFile{"a.txt", title + "\n\n" + kLead + link + kBody});
  CHECK(a.title == title);
  REQUIRE(a.blocks.size() == 1);
  CHECK(a.blocks[0].text.starts_with("Những năm qua"));
  CHECK(has_warning(a, "1 related links after the lead left out"));
  // the series' name as the topic, the part under it as the title
  Article b = read_ok(
      InputFile{"b.txt", "Xây dựng tổ chức Đảng trong doanh nghiệp\nBài 2: Tổ chức Đảng mạnh\n\n" +
                             kLead + "Bài 1: Thuận lợi và thách thức đan xen\n\n" + kBody});
  CHECK(all_fields(b).find("Thuận lợi") == std::string::npos);
  // an article that is no part of a series keeps such a line
  Article c = read_ok(InputFile{"c.txt", "Phát triển Đảng ở vùng đồng bào\n\n" + kLead +
                                             "Bài 1: Thuận lợi và thách thức\n\n" + kBody});
  CHECK(all_fields(c).find("Thuận lợi") != std::string::npos);
}
