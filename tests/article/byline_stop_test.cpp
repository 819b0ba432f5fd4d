// A byline's final stop (article/byline.h byline_without_final_stop), on small made-up pages.
#include <catch2/catch.hpp>

#include "article/byline.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kBody =
    "Tại hội nghị, các đại biểu đã được quán triệt những nội dung cơ bản của các chỉ thị, "
    "nghị quyết và yêu cầu triển khai sát với thực tiễn của từng địa phương.\n\n";

}  // namespace

TEST_CASE("byline stop: a byline's final stop comes off, an initial's stays") {
  Article a = read_ok(InputFile{
      "a.txt", "Huyện ủy Tân Phú quán triệt nghị quyết\n\n" + kBody + kBody + "Hồng Nhung.\n"});
  CHECK(a.author == "Hồng Nhung");
  CHECK(byline_without_final_stop("N.A.") == "N.A.");
  CHECK(byline_without_final_stop("Minh A.") == "Minh A.");
  CHECK(byline_without_final_stop("Minh Anh") == "Minh Anh");
}

TEST_CASE("byline stop: initials before the date under the title are the writer, not a section") {
  Article a = read_ok(InputFile{"a.txt",
                                "Huyện ủy Tân Phú quán triệt nghị quyết\n\n D.Q 06:24, "
                                "01/02/2023\n\n" +
                                    kBody + kBody});
  CHECK(a.author == "D.Q");
  CHECK(a.topic.empty());
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2023-02-01");
}

TEST_CASE("byline stop: a name alone between the title and a long sapo is the byline") {
  const std::string title = "Huyện ủy Tân Phú tôn vinh điển hình học tập và làm theo gương Bác";
  const std::string sapo =
      "(TP) - Với chủ đề “Đoàn kết - đổi mới - phát triển”, chương trình khẳng định quyết tâm "
      "của Đảng bộ huyện trong việc xây dựng đội ngũ cán bộ, đảng viên gương mẫu, tận tụy vì "
      "nhân dân";
  Article a = read_ok(InputFile{"a.txt", "Thời sự Xây dựng Đảng\n\n" + title +
                                             "\n\nThanh Thảo\n\n" + sapo + "\n\n" + kBody + kBody});
  CHECK(a.title == title);
  CHECK(a.author == "Thanh Thảo");
  CHECK(a.lead.find("chương trình khẳng định quyết tâm") != std::string::npos);
}

TEST_CASE("byline stop: initials in capitals keep their stop, a name in capitals loses it") {
  // a writer's or a desk's initials, no syllable Vietnamese spells: the stop is theirs
  for (std::string initials : {"QT.", "NVT.", "HNV.", "T.H.", "N.A."}) {
    INFO(initials);
    CHECK(byline_without_final_stop(initials) == initials);
  }
  // a name (in capitals too) or a name before initials: the stop ends the text
  CHECK(byline_without_final_stop("HÀ.") == "HÀ");
  CHECK(byline_without_final_stop("PV.") == "PV");  // a newsroom's role
  CHECK(byline_without_final_stop("CTV.") == "CTV");
  CHECK(byline_without_final_stop("VŨ HÀ.") == "VŨ HÀ");
  CHECK(byline_without_final_stop("Hồng Nhung.") == "Hồng Nhung");
  CHECK(byline_without_final_stop("Minh Anh - TTXVN.") == "Minh Anh - TTXVN");
  Article a = read_ok(
      InputFile{"a.txt", "Huyện ủy Tân Phú quán triệt nghị quyết\n\n" + kBody + kBody + "QT.\n"});
  CHECK(a.author == "QT.");
}

TEST_CASE("byline stop: an initial's stop inside the closing bracket ends no sentence") {
  auto author = [](const std::string& byline) {
    return read_ok(InputFile{"a.txt", "Huyện ủy Tân Phú quán triệt nghị quyết\n\n" + kBody + kBody +
                                          byline + "\n"})
        .author;
  };
  CHECK(looks_like_byline("(T.H.)"));
  CHECK(looks_like_byline("(Minh A.)"));
  CHECK(author("(T.H.)") == "T.H.");
  CHECK(author("(N.V.A.)") == "N.V.A.");
  // a word's stop in brackets closes a sentence: no byline
  CHECK_FALSE(looks_like_byline("(Xem tiếp trang sau.)"));
  CHECK_FALSE(looks_like_byline("(Hội nghị kết thúc.)"));
  CHECK(author("(Hội nghị kết thúc.)") == "");
}
