// A sentence of the text between two photos is a paragraph, not the first photo's caption
// (text_reader.cpp, between_photos); a page made for the test.
#include <catch2/catch.hpp>
#include <string>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

TEST_CASE("between photos: a stopped sentence of the text stays a paragraph") {
  const std::string sentence =
      "Năm 2019 chi bộ vận động nhân dân hiến hơn 2.000 mét vuông đất làm đường giao thông "
      "nông thôn.";
  Article a = read_ok(InputFile{
      "bai.txt",
      "Chi bộ ấp Mỹ Lợi chung sức xây dựng nông thôn mới\n\nThứ Ba, 12/03/2019 | 09:45\n\n"
      "Những năm qua, chi bộ ấp Mỹ Lợi luôn đi đầu trong phong trào xây dựng nông thôn mới, "
      "được nhân dân đồng tình, hưởng ứng.\n\n[img]\n\n" +
          sentence +
          "\n\n[img]\n\nĐồng chí Bí thư chi bộ trao quà cho hộ nghèo\n\nNhờ sự đồng lòng của "
          "nhân dân, đến nay các tuyến đường trong ấp đều được bê tông hóa, có đèn chiếu sáng "
          "và hàng cây xanh hai bên đường.\n\nMinh Châu\n"});
  bool found = false;
  for (const Block& b : a.blocks)
    if (b.text == sentence) {
      found = true;
      CHECK(b.type == BlockType::Paragraph);
    }
  CHECK(found);
}
