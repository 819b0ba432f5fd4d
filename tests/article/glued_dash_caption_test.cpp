// A caption naming a person and their post with the dash glued between them ("Đ/c Nguyễn Hồng
// Sơn-Bí thư Đảng ủy, Giám đốc Viện …", as real-eval13/baoquangngai-1 writes one): read as the
// spaced dash is (article/bare_caption.h names_portrait, glued_dash_caption.h), in every dash
// and opening; and the glued dashes that join no name to a post: a compound, a place's two
// names, two writers, a sentence that reports.
#include "article/glued_dash_caption.h"

#include <catch2/catch.hpp>

#include "article/bare_caption.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

TEST_CASE("glued dash caption: a name and a post with each dash, glued or spaced") {
  for (const char* dash : {"-", "–", "—", " - ", " – ", " — ", "- ", " -"}) {
    for (const char* name : {"Đ/c Nguyễn Hồng Sơn", "Đồng chí Nguyễn Hồng Sơn", "Nguyễn Hồng Sơn",
                             "Ông Nguyễn Hồng Sơn", "Bà Đặng Thị Thúy Hồng"}) {
      for (const char* post :
           {"Bí thư Đảng ủy, Giám đốc Viện Khoa học Nông nghiệp Việt Nam",
            "Phó Chủ tịch UBND huyện", "Giám đốc Sở Nội vụ tỉnh Bà Rịa-Vũng Tàu."}) {
        std::string line = std::string(name) + dash + post;
        INFO(line);
        CHECK(names_portrait(line));
      }
    }
  }
}

TEST_CASE("glued dash caption: the spaced copy only where a name meets a capital") {
  CHECK(with_glued_dashes_spaced("Nguyễn Hồng Sơn-Bí thư Đảng ủy") ==
        "Nguyễn Hồng Sơn - Bí thư Đảng ủy");
  CHECK(with_glued_dashes_spaced("Nguyễn Hồng Sơn–Bí thư") == "Nguyễn Hồng Sơn – Bí thư");
  CHECK(with_glued_dashes_spaced("Nguyễn Hồng Sơn- Bí thư") == "Nguyễn Hồng Sơn - Bí thư");
  // a compound in lower case, a number's range, a dash already spaced: as they are
  for (const char* same :
       {"kinh tế-xã hội", "nhiệm kỳ 2020-2025", "Nguyễn Văn A - Bí thư", "Covid-19"})
    CHECK(with_glued_dashes_spaced(same) == same);
}

TEST_CASE("glued dash caption: glued dashes that make no portrait") {
  // two writers, a place's two names, a compound with capitals, a sentence that reports
  for (const char* line :
       {"Kim Tiến-Tấn Hữu", "Bà Rịa-Vũng Tàu", "Kinh tế-Xã hội",
        "Ông Nguyễn Hồng Sơn-Bí thư Đảng ủy cho biết thêm về kế hoạch của đơn vị",
        "Tại hội nghị, đồng chí Nguyễn Hồng Sơn-Bí thư Đảng ủy đã phát biểu chỉ đạo."})
    CHECK_FALSE(names_portrait(line));
}

TEST_CASE("glued dash caption: on a page, a caption broken over a blank line") {
  // real-eval25/vaas-1's shape: the name and post on one line, what the person does on the
  // next, in lower case; with each dash
  const std::string title = "Đại hội Đảng bộ Cơ quan Viện Khoa học Nông nghiệp Việt Nam";
  const std::string lead =
      "Ngày 26/5/2020, Đại hội Đảng bộ Cơ quan Viện Khoa học Nông nghiệp Việt Nam nhiệm kỳ "
      "2020-2025 đã được tổ chức trọng thể tại trụ sở Viện, với sự tham dự của 120 đảng viên.";
  const std::string body =
      "Đại hội đã thảo luận, đánh giá kết quả thực hiện nghị quyết nhiệm kỳ qua và thống nhất "
      "phương hướng, nhiệm vụ, giải pháp cho nhiệm kỳ tới với nhiều chỉ tiêu quan trọng.";
  for (const char* dash : {"-", "–", "—", " - ", "- "}) {
    const std::string caption = std::string("Đ/c Nguyễn Hồng Sơn") + dash +
                                "Bí thư Đảng ủy, Giám đốc Viện Khoa học Nông nghiệp Việt Nam"
                                "\n\nphát biểu chỉ đạo Đại hội";
    INFO(caption);
    Article a = read_ok(InputFile{"trang.txt", title + "\n\n" + lead + "\n\n" + caption + "\n\n" +
                                                   body + "\n\n" + body + "\n"});
    CHECK(captions_in(a) == 1);
  }
}
