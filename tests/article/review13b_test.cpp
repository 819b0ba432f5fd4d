// Session 14's mend of review 13b's findings on the header, each on a small made-up page: no
// line of a byline vanishes (a desk's line over the name, an outlet beside it when the page
// already has a source); a name or a place broken off over the lead is no source; a sapo in
// capitals is the lead; an editorial board is no byline; a one-word byline in a minority's
// language is a byline, and a short exclamation no heading.
#include <catch2/catch.hpp>

#include "article/reader.h"
#include "fixtures.h"
#include "review_page.h"

using namespace tuyentap;
using namespace tuyentap::testing;
using namespace tt_review_page;

namespace {

const std::string kHead = kTitle + "\n\n15/03/2025\n\n";
const std::string kText = kLead + "\n\n" + kSecond + "\n\n" + kThird + "\n\n";

// The line stands in a field, a block, the source or a warning: it reached the clerk.
bool reaches_clerk(const Article& a, const std::string& line) {
  if (all_fields(a).find(line) != std::string::npos) return true;
  if (a.source.site.find(line) != std::string::npos) return true;
  for (const std::string& w : a.warnings)
    if (w.find(line) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("review 13b: a desk's line over the byline is the source, or told") {
  const std::string desk = "Ban Tuyên giáo Huyện ủy Đông Anh";
  Article a = read_text(kHead + kText + desk + "\n\nNguyễn Văn An\n");
  CHECK(a.author == "Nguyễn Văn An");
  CHECK(a.source.site == desk);
  // the page's agency already the source: the desk is told
  Article b = read_text(kHead + "(BĐ) - " + kText + desk + "\n\nNguyễn Văn An\n");
  CHECK(b.author == "Nguyễn Văn An");
  CHECK(b.source.site == "BĐ");
  CHECK(has_warning(b, "the writer's desk over the byline left out: " + desk));
}

TEST_CASE("review 13b: the byline's outlet beside the lead's agency is told") {
  Article a = read_text(kHead + "(BĐ) - " + kText + "Thu Hòa/VOV4\n");
  CHECK(a.author == "Thu Hòa");
  CHECK(a.source.site == "BĐ");
  CHECK(has_warning(a, "another source at the end left out: VOV4 (the article's source: BĐ)"));
  // a place's line before the lead: the same
  Article place = read_text("Hà Nội:\n\n" + kHead + kText + "Thu Hòa/VOV4\n");
  CHECK(reaches_clerk(place, "VOV4"));
  // one outlet, by its name and by its site's: nothing to tell
  Article same = read_text(kHead + "(VOV4.VN) - " + kText + "Thu Hòa/VOV4\n");
  CHECK(same.source.site == "VOV4.VN");
  CHECK_FALSE(has_warning(same, "another source at the end"));
}

TEST_CASE("review 13b: a name broken off over the lead is the author, no source") {
  Article a = read_text(kHead + "Nguyễn Văn An -\n\n" + kText);
  CHECK(a.source.site.empty());
  CHECK(a.author == "Nguyễn Văn An");
  CHECK(a.lead == kLead);
}

TEST_CASE("review 13b: a dateline's place broken off over the lead opens the lead") {
  for (std::string place : {"HÀ NỘI", "TP HỒ CHÍ MINH", "HUẾ"}) {
    Article a = read_text(kHead + place + " -\n\n" + kText);
    CHECK(a.source.site.empty());
    CHECK(a.lead == place + " - " + kLead);
    CHECK(a.author.empty());
  }
  // on the lead's own line too, a place in capitals is no agency
  Article inline_place = read_text(kHead + "HUẾ - " + kText);
  CHECK(inline_place.source.site.empty());
  // an agency's initials or brand alone over the lead stays the source
  for (std::string agency : {"QĐND Online", "HQ Online", "TTO"}) {
    Article b = read_text(kHead + agency + " -\n\n" + kText);
    CHECK(b.source.site == agency);
    CHECK(b.lead == kLead);
  }
}

TEST_CASE("review 13b: a sapo printed in capitals is the lead, a caps deck is not") {
  const std::string caps =
      "SÁNG 14/3/2025, ĐẢNG BỘ XÃ AN BÌNH TỔ CHỨC HỘI NGHỊ TỔNG KẾT CÔNG TÁC XÂY DỰNG ĐẢNG NĂM "
      "2024, TRIỂN KHAI NHIỆM VỤ NĂM 2025 VỚI SỰ THAM DỰ CỦA ĐÔNG ĐẢO CÁN BỘ, ĐẢNG VIÊN.";
  Article a = read_text(kHead + caps + "\n\n" + kSecond + "\n\n" + kThird + "\n");
  CHECK(a.lead == caps);
  // a deck or a slogan in capitals over the lead is still no lead
  for (std::string deck : {"ĐẠI HỘI CHI BỘ THÔN ĐÔNG NHIỆM KỲ 2025 - 2027 THÀNH CÔNG TỐT ĐẸP!",
                           "TỔNG KẾT CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2024."}) {
    Article d = read_text(kHead + deck + "\n\n" + kText);
    CHECK(d.lead == kLead);
  }
}

TEST_CASE("review 13b: an editorial board over the name is no byline") {
  for (std::string board : {"Ban Biên tập", "Ban biên tập Website Huyện ủy Đông Anh"}) {
    Article a = read_text(kHead + kText + board + "\n\nNguyễn Văn An\n");
    CHECK(a.author == "Nguyễn Văn An");
    CHECK(reaches_clerk(a, board));
  }
}

TEST_CASE("review 13b: a one-word byline in a minority's language is the author") {
  for (std::string name : {"Ksor", "Mah", "Mlô", "Siu", "Rơ Mah", "H'Hen"}) {
    Article a = read_text(kHead + kText + name + "\n");
    CHECK(a.author == name);
  }
  // a page's button under the text is still none
  Article top = read_text(kHead + kText + "Top\n");
  CHECK(top.author.empty());
}

TEST_CASE("review 13b: a short exclamation between paragraphs is no heading") {
  Article a = read_text(kHead + kLead + "\n\n" + kSecond + "\n\nChúc mừng!\n\n" + kThird + "\n");
  bool heading = false;
  for (const Block& b : a.blocks) heading = heading || (b.type == BlockType::Heading);
  CHECK_FALSE(heading);
  CHECK(reaches_clerk(a, "Chúc mừng!"));
}
