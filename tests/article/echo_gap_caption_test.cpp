// A photo's caption that retells the paragraph above it with a word or two left out ("Bàn
// giao nhà đại đoàn kết cho ông Trần Tấn Hoàn" under a lead that tells of handing the house
// "cho gia đình ông Trần Tấn Hoàn": tests/fixtures/real-eval36/krongbong-1), and right under
// the lead with no stop when it names a person by their title (a sapo previews its headings in
// its words, but a heading names no "ông X"). The family: the echo whole and with a gap, with
// and without its stop and credit, under the lead, between paragraphs and last; and the lines
// that stay headings or paragraphs.
#include <catch2/catch.hpp>

#include "article/echo_caption.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Bàn giao nhà Đại Đoàn Kết cho hộ nghèo xã Khuê Ngọc Điền";
const std::string kLead =
    "Ngày 12 tháng 01 năm 2019, Ủy ban Mặt trận Tổ quốc Việt Nam xã Khuê Ngọc Điền đã tiến "
    "hành bàn giao nhà Đại Đoàn Kết cho gia đình ông Trần Tấn Hoàn ở thôn 11, xã Khuê Ngọc "
    "Điền.";
const std::string kBody =
    "Ngôi nhà xây cấp 4, có diện tích 80 m2 mái lợp tôn, tường xây, nền láng xi măng, trị giá "
    "117 triệu đồng; trong đó Ủy ban Mặt trận xã hỗ trợ 20 triệu đồng từ nguồn quỹ Vì người "
    "nghèo, gia đình và dòng họ đóng góp 65 triệu đồng, còn lại do các nhà hảo tâm giúp đỡ.";
const std::string kBody2 =
    "Việc hỗ trợ xây dựng nhà Đại đoàn kết cho hộ nghèo thể hiện sự quan tâm sâu sát của cấp "
    "ủy, chính quyền, Mặt trận xã, giúp cho các gia đình có chỗ ở ổn định, vươn lên trong cuộc "
    "sống.";

const char* const kEchoes[] = {
    // the gap: "gia đình" left out
    "Bàn giao nhà đại đoàn kết cho ông Trần Tấn Hoàn",
    "Bàn giao nhà đại đoàn kết cho ông Trần Tấn Hoàn.",
    // whole
    "Bàn giao nhà đại đoàn kết cho gia đình ông Trần Tấn Hoàn",
    // one word left out
    "Bàn giao nhà Đại Đoàn Kết cho gia đình ông Trần Tấn Hoàn ở thôn 11",
};
const char* const kCredits[] = {"", " (Ảnh: Mai Tăng)", " Ảnh: Mai Tăng", " - Ảnh: Mai Tăng"};

}  // namespace

TEST_CASE("echo with a gap: the paragraph above retold with a word or two left out") {
  CHECK(echoes_paragraph_before("Bàn giao nhà đại đoàn kết cho ông Trần Tấn Hoàn", kLead));
  CHECK(echoes_paragraph_before("Bàn giao nhà đại đoàn kết cho gia đình ông Trần Tấn Hoàn", kLead));
  // a gap of three words or more, or two gaps: no retelling
  CHECK_FALSE(echoes_paragraph_before("Bàn giao nhà đại đoàn kết ông Trần Tấn Hoàn", kLead));
  CHECK_FALSE(echoes_paragraph_before("Bàn giao nhà cho ông Trần Tấn Hoàn ở thôn 11", kLead));
  // the paragraph's opening, retold with a gap, is still its start: a heading's echo
  CHECK_FALSE(echoes_paragraph_before("Ngày 12 tháng 01, Ủy ban Mặt trận Tổ quốc Việt Nam", kLead));
}

TEST_CASE("echo with a gap: under the lead, between paragraphs and last, it is the caption") {
  for (const char* echo : kEchoes) {
    for (const char* credit : kCredits) {
      const std::string line = std::string(echo) + credit;
      INFO(line);
      // right under the lead (krongbong-1), the byline last
      Article under = read_text(kTitle + "\n" + kLead + "\n" + line + "\n" + kBody + "\n" + kBody2 +
                                "\nMai Tăng\n");
      CHECK(captions_in(under) == 1);
      CHECK(under.author == "Mai Tăng");
      // between paragraphs, under the paragraph that told it
      Article middle = read_text(kTitle + "\n\n" + kBody2 + "\n\n" + kLead + "\n\n" + line +
                                 "\n\n" + kBody + "\n");
      CHECK(captions_in(middle) == 1);
    }
  }
}

TEST_CASE("echo with a gap: what the sapo previews stays a heading, a sentence a paragraph") {
  // a heading in the sapo's words, no one named by title: a part of the text
  const std::string lead =
      "Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ năm 2023 và bàn giải pháp nâng cao chất "
      "lượng sinh hoạt chi bộ trong tình hình mới của Đảng bộ xã.";
  Article a = read_text(kTitle + "\n\n" + lead +
                        "\n\nNâng cao chất lượng sinh hoạt chi bộ trong "
                        "tình hình mới\n\n" +
                        kBody + "\n");
  CHECK(captions_in(a) == 0);
  // with a gap too
  Article b = read_text(kTitle + "\n\n" + lead +
                        "\n\nNâng cao chất lượng sinh hoạt chi bộ "
                        "trong tình hình\n\n" +
                        kBody + "\n");
  CHECK(captions_in(b) == 0);
  // a person named, but no retelling of the lead: a heading still
  Article c =
      read_text(kTitle + "\n\n" + kLead + "\n\nGia cảnh của ông Trần Tấn Hoàn\n\n" + kBody + "\n");
  CHECK(captions_in(c) == 0);
  // a one-line paragraph of its own, with its stop, that retells nothing
  Article d = read_text(kTitle + "\n\n" + kLead +
                        "\n\nNgôi nhà được khởi công từ tháng 10 năm "
                        "2018.\n\n" +
                        kBody + "\n");
  CHECK(captions_in(d) == 0);
}
