// The article's date beside its byline closing the text, with no date line in the header
// (text_reader.h step 2): a byline's shape before the date among the text's last lines, two
// writers joined by a dash; a name so shaped higher in the body gives no date.
#include <catch2/catch.hpp>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Trao quà cho gia đình chính sách nhân kỷ niệm Ngày Thương binh liệt sĩ";
const std::string kLead =
    "Sáng 25/7, đoàn công tác của huyện đã đến thăm hỏi, tặng quà cho các gia đình chính sách, "
    "người có công với cách mạng trên địa bàn xã nhân dịp kỷ niệm Ngày Thương binh liệt sĩ.";
const std::string kSecond =
    "Tại các gia đình, đoàn đã ân cần hỏi thăm sức khỏe, đời sống và bày tỏ lòng biết ơn sâu sắc "
    "đối với những hy sinh, đóng góp của các thương binh, gia đình liệt sĩ cho đất nước.";

std::string iso(const Article& a) {
  return (a.date ? a.date->iso() : "none") + " " + a.time.value_or("-");
}

}  // namespace

TEST_CASE("tail date: two writers beside the date closing the text") {
  Article a = read_text(kTitle + "\n\n" + kLead + "\n\n" + kSecond +
                        "\n\nMinh Khoa – Thu Hà 25/07/2022 - 15:37\n\nChia sẻ bài viết\n");
  CHECK(iso(a) == "2022-07-25 15:37");
  CHECK(a.title == kTitle);
  CHECK(a.lead == kLead);
}
