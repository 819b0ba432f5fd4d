// A serial's note at an instalment's end ("(Còn nữa)", "(Còn tiếp)", "(Kỳ sau: …)"): the
// article's own last line, never the author, and no bar to the byline under it; with the
// near misses a note's words take in a sentence, a name in brackets, a source under the name.
#include "article/series_note.h"

#include <catch2/catch.hpp>
#include <string>

#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kPage =
    "Nâng cao chất lượng sinh hoạt chi bộ ở cơ sở\n\n"
    "Ngày 12/01/2024, Đảng ủy xã tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2023, "
    "triển khai nhiệm vụ năm 2024.\n\n"
    "Tại hội nghị, các đại biểu đã thảo luận và thống nhất nhiều giải pháp nâng cao chất lượng "
    "sinh hoạt chi bộ trong năm tới.\n\n";
const std::string kLast =
    "Hội nghị cũng khen thưởng các chi bộ hoàn thành xuất sắc nhiệm vụ trong năm qua.";

Article read_end(const std::string& end) {
  return read_ok(InputFile{"ky-1.txt", kPage + kLast + "\n\n" + end});
}

}  // namespace

TEST_CASE("series note: the forms an instalment's end takes") {
  for (std::string note :
       {"(Còn nữa)", "(còn nữa)", "(Còn tiếp)", "(Còn nữa).", "(Còn nữa...)", "(Hết)",
        "(Còn nữa …)", "(Còn tiếp... )", "(Còn nữa….)", "- Còn nữa -", "*Còn tiếp*", "Còn nữa",
        "(Xem tiếp kỳ sau)", "(Kỳ sau: Những giải pháp đột phá)",
        "Kỳ tới: Đảng viên trẻ ở vùng cao"}) {
    INFO(note);
    CHECK(is_series_note(note));
  }
  // a sentence that opens with the words, a bare "Hết", a name or a source in brackets
  for (std::string line : {"Còn nữa những khó khăn mà chi bộ phải vượt qua.", "Hết", "(Minh Anh)",
                           "(Báo Bạc Liêu)", "Kỳ sau:", "(Kỳ họp thứ 5)"}) {
    INFO(line);
    CHECK_FALSE(is_series_note(line));
  }
}

TEST_CASE("series note: stays the text's last line and is no author") {
  Article alone = read_end("(Còn nữa)\n");
  CHECK(alone.author.empty());
  REQUIRE(!alone.blocks.empty());
  CHECK(alone.blocks.back().text == "(Còn nữa)");

  // the byline under the note signs
  Article over = read_end("(Còn tiếp)\n\nMinh Anh\n");
  CHECK(over.author == "Minh Anh");
  REQUIRE(!over.blocks.empty());
  CHECK(over.blocks.back().text == "(Còn tiếp)");

  // the note under the byline is no part of the name (as "(Báo Bạc Liêu)" is its source)
  Article under = read_end("Minh Anh\n\n(Còn nữa)\n");
  CHECK(under.author == "Minh Anh");
  REQUIRE(!under.blocks.empty());
  CHECK(under.blocks.back().text == "(Còn nữa)");
}

TEST_CASE("series note: the near misses keep their readings") {
  // a writer's name in brackets signs, a source in brackets under the name stays beside it
  CHECK(read_end("(Minh Anh)\n").author == "Minh Anh");
  Article source = read_end("Hoàng Uyên\n\n(Báo Bạc Liêu)\n");
  CHECK(source.author == "Hoàng Uyên");
  CHECK(source.source.site == "Báo Bạc Liêu");
  REQUIRE(!source.blocks.empty());
  CHECK(source.blocks.back().text == kLast);
}

TEST_CASE("series note: a broadcast's note in brackets and a closing Hết. are the text's") {
  for (std::string note : {"(Chương trình Thời sự phát sóng lúc 19 giờ)",
                           "(Chương trình được phát sóng trên sóng phát thanh tỉnh)",
                           "(Phát sóng lúc 20h ngày 5/3)", "(Bài lên sóng ngày 12/3)."}) {
    INFO(note);
    CHECK(is_series_note(note));
    CHECK(read_end(note + "\n").author.empty());
  }
  // "Hết." with its stop closes the text ("The end."), bare "Hết" may be verse (above)
  CHECK(is_series_note("Hết."));
  CHECK(read_end("Hết.\n").author.empty());
  // the writer over the note signs
  CHECK(read_end("Minh Anh\n\n(Chương trình Thời sự phát sóng lúc 19 giờ)\n").author == "Minh Anh");
  // unbracketed it is a sentence; a programme named with no word of airing, a word that only
  // holds the letters, are no note
  CHECK_FALSE(is_series_note("Chương trình phát sóng lúc 19 giờ hằng ngày."));
  CHECK_FALSE(is_series_note("(Chương trình Dân vận khéo)"));
  CHECK_FALSE(is_series_note("(Phát Sông Hồng)"));
}
