// A gallery whose captions open in the same words (article/photo_story.h
// mark_parallel_captions), on made-up pages shaped as real-eval46/batgt-camau-1: five photos of
// youth union members at work, each line saying who, where and what, each with its stop. The
// text's own sentences opening alike stay paragraphs.
#include <catch2/catch.hpp>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kHead =
    "Ra quân dọn vệ sinh môi trường\n\n"
    "Sáng 12/5, Huyện đoàn Trần Văn Thời tổ chức ra quân dọn dẹp vệ sinh môi trường, tạo "
    "đường thông hè thoáng cho người đi bộ trên các tuyến lộ giao thông nông thôn.\n\n";

}  // namespace

TEST_CASE("parallel captions: a gallery's lines opening alike are its captions") {
  const std::string gallery =
      "Đoàn viên thanh niên thị trấn Sông Đốc thu gom rác trên vỉa hè trong nội ô thị trấn.\n\n"
      "Đoàn viên thanh niên xã Phong Lạc trồng cây dọc tuyến sông để chống sạt lở đất.\n\n"
      "Đoàn viên thanh niên xã Khánh Bình Tây thu gom rác trên các tuyến lộ.\n\n"
      "Đoàn viên thanh niên xã Trần Hợi làm cỏ 2 bên đường.\n\n";
  Article a = read_ok(InputFile{"a.txt", kHead + gallery + "Kiều Oanh\n"});
  CHECK(captions_in(a) == 4);
  CHECK(a.author == "Kiều Oanh");  // the byline under the gallery stays the byline
  // the line with a purpose ("để …") is the others' neighbour, a caption as they are
  bool purpose_caption = false;
  for (const Block& b : a.blocks)
    purpose_caption = purpose_caption || (b.type == BlockType::Caption &&
                                          b.text.find("để chống") != std::string::npos);
  CHECK(purpose_caption);
  // two lines alike are no gallery: the text may say two things so
  Article two = read_ok(InputFile{
      "b.txt", kHead +
                   "Đoàn viên thanh niên xã Phong Lạc trồng cây dọc tuyến sông.\n\n"
                   "Đoàn viên thanh niên xã Trần Hợi làm cỏ 2 bên đường.\n\n"
                   "Hoạt động góp phần xây dựng nông thôn mới, được nhân dân đồng tình ủng hộ và "
                   "đánh giá cao trong thời gian qua.\n"});
  CHECK(captions_in(two) == 0);
}

TEST_CASE("parallel captions: the text's sentences opening alike stay paragraphs") {
  // a conference's paragraphs each opening "Hội nghị": they tell (đã, cũng), no photo's scene
  Article a = read_ok(
      InputFile{"a.txt", kHead + "Hội nghị đã lắng nghe ý kiến chỉ đạo của lãnh đạo huyện.\n\n"
                                 "Hội nghị cũng nhất trí bầu các đại diện tham gia đối thoại.\n\n"
                                 "Hội nghị kết thúc thành công tốt đẹp.\n"});
  for (const Block& b : a.blocks)
    if (b.text.starts_with("Hội nghị đã") || b.text.starts_with("Hội nghị cũng"))
      CHECK(b.type == BlockType::Paragraph);
  // a line printed again and again is no gallery of other photos
  Article b = read_ok(InputFile{
      "b.txt", kHead +
                   "Đoàn viên thanh niên xã Trần Hợi làm cỏ 2 bên đường.\n\n"
                   "Đoàn viên thanh niên xã Trần Hợi làm cỏ 2 bên đường.\n\n"
                   "Đoàn viên thanh niên xã Trần Hợi làm cỏ 2 bên đường.\n\n"
                   "Hoạt động góp phần xây dựng nông thôn mới, được nhân dân đồng tình ủng hộ và "
                   "đánh giá cao trong thời gian qua.\n"});
  CHECK(captions_in(b) < 3);
  // items of a list, each with its question, are no captions
  Article c = read_ok(InputFile{
      "c.txt", kHead + "Đoàn viên cần làm gì để giữ gìn môi trường?\n\n"
                       "Đoàn viên cần làm gì để vận động nhân dân?\n\n"
                       "Đoàn viên cần làm gì để trồng thêm cây xanh?\n\n"
                       "Các câu hỏi được Huyện đoàn giải đáp tại buổi ra quân, được đoàn viên đồng "
                       "tình hưởng ứng.\n"});
  CHECK(captions_in(c) == 0);
}

TEST_CASE("parallel captions: people named alone one under another are their portraits'") {
  // real-eval47/thphuong10-1's shape: a school's contest, then its teachers' names alone
  const std::string head =
      "Hội thi giáo viên dạy giỏi cấp trường\n\n"
      "Trường tiểu học Phường 10 tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2021 – "
      "2022 vào lúc 14h ngày 18 tháng 4 năm 2022.\n\n";
  const std::string after =
      "Qua một buổi tổ chức Hội thi nghiêm túc, 10 giáo viên tham gia đã hoàn thành xuất sắc "
      "phần thi báo cáo biện pháp nâng cao chất lượng dạy học.\n";
  Article a = read_ok(InputFile{"a.txt", head +
                                             "Cô Lê Huyền  Trang\n\nCô Nguyễn Thị Ái Phương\n\n"
                                             "Thầy Tăng Minh Hùng\n\nThầy Kim Minh Quan\n\n" +
                                             after});
  CHECK(captions_in(a) == 4);
  // two names are no gallery; a list of people with their posts is the text's
  Article b =
      read_ok(InputFile{"b.txt", head + "Cô Lê Huyền Trang\n\nThầy Kim Minh Quan\n\n" + after});
  for (const Block& k : b.blocks)
    if (k.text == "Cô Lê Huyền Trang") CHECK(k.type != BlockType::Caption);
  Article c = read_ok(InputFile{
      "c.txt", head +
                   "Bà Lê Huyền Trang, Hiệu trưởng\n\nÔng Kim Minh Quan, Phó Hiệu trưởng\n\n"
                   "Bà Nguyễn Thị Ái Phương, Tổ trưởng\n\n" +
                   after});
  CHECK(captions_in(c) == 0);
}

TEST_CASE("parallel captions: the same first word is enough when the lines read as captions") {
  // real-eval47/phathocdoisong-1's shape: a pagoda's ceremony, the clergy in each photo
  Article a = read_ok(InputFile{
      "a.txt", kHead +
                   "Chư tôn đức chứng minh hạ trường.\n\nChư Tăng hành giả an cư\n\n"
                   "Chư tăng quang lâm Chánh điện làm lễ Tự tứ, tạ pháp mãn hạ.\n\n"
                   "Hoạt động góp phần xây dựng đời sống tu học, được Phật tử đồng tình ủng hộ và "
                   "đánh giá cao trong thời gian qua.\n"});
  CHECK(captions_in(a) == 3);
}
