// announces_photos looks for "ảnh" only in sentences that may hold it before folding them
// (article/photo_story.cpp): it still finds the word in capitals and with the hook above
// apart from its letter (decomposed text), as folding does. One closing the text heads no
// photo and is dropped (drop_closing_photo_announcement), on made-up pages.
#include <catch2/catch.hpp>

#include "article/photo_story.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

TEST_CASE("photo story: an announcement in capitals or decomposed is still one") {
  CHECK(announces_photos("MỘT SỐ HÌNH ẢNH TẠI HỘI NGHỊ:"));
  CHECK(announces_photos("Một số hình a\u0309nh tại hội nghị:"));  // NFD: a, then the hook
  CHECK(announces_photos("Dưới đây là một số A\u0309NH của phóng viên."));
  CHECK_FALSE(announces_photos("Một số hình vẽ tại hội nghị:"));
  CHECK_FALSE(announces_photos("Dưới đây là một số ý kiến của anh An."));
}

TEST_CASE("photo story: an announcement closing the text with no photo after it is dropped") {
  const std::string page =
      "Phường Tân An tổ chức thành công Đại hội Chi bộ khu phố\n\n"
      "Ngày 3/7, các chi bộ khu phố trên địa bàn phường đã đồng loạt tổ chức Đại hội, trực "
      "tiếp bầu Bí thư Chi bộ nhiệm kỳ 2025 - 2027.\n\n"
      "Đại hội đã thảo luận, thông qua nghị quyết và bầu Ban Chi ủy mới đủ số lượng, đúng quy "
      "trình, bảo đảm dân chủ.\n\n";
  // the photos the line announces were not saved with the text: it heads nothing
  for (std::string closing : {"Một số hình ảnh tiêu biểu\n", "Một số hình ảnh tại Đại hội\n \n",
                              "Một số hình ảnh tại Đại hội\n\nMinh Khoa\n"}) {
    Article a = read_ok(InputFile{"a.txt", page + closing});
    REQUIRE_FALSE(a.blocks.empty());
    CHECK(a.blocks.back().type == BlockType::Paragraph);
    CHECK(a.blocks.back().text.starts_with("Đại hội đã thảo luận"));
  }
  // a gallery's label, whatever it ends with, introduces nothing once its photos are gone
  for (std::string closing :
       {"Một số hình ảnh tại Đại hội:\n", "Một số hình ảnh:\n\nMinh Khoa\n",
        "Sau đây là một số hình ảnh của Đại hội.\n", "Dưới đây là một số hình ảnh của Lễ kết nạp\n",
        "Một số hình ảnh hoạt động của Chi bộ tại khu di tích lịch sử Đền "
        "Hùng thuộc xã Hy Cương của thành phố Việt Trì tỉnh Phú Thọ.\n"}) {
    Article c = read_ok(InputFile{"c.txt", page + closing});
    INFO(closing);
    CHECK(c.blocks.back().text.starts_with("Đại hội đã thảo luận"));
    CHECK(has_warning(c, "dropped a closing photo heading"));
  }
  // with its photos' captions after it, it stays and they are captions
  Article b = read_ok(InputFile{
      "b.txt", page + "Một số hình ảnh tại Đại hội:\n\nQuang cảnh Đại hội\n\nĐại biểu biểu "
                      "quyết thông qua nghị quyết\n"});
  std::size_t captions = 0;
  for (const Block& k : b.blocks) captions += k.type == BlockType::Caption;
  CHECK(captions == 2);
  CHECK(b.blocks.back().type == BlockType::Caption);
}

TEST_CASE("photo story: a closing paragraph that says more than an announcement stays") {
  // review 1, item 1: only the last sentence announced photos, yet the whole paragraph went
  const std::string page =
      "Chi bộ thôn 3 kết nạp đảng viên mới\n\n"
      "Sáng 5/5, Chi bộ thôn 3 xã Hòa Bình tổ chức lễ kết nạp đảng viên mới cho hai quần "
      "chúng ưu tú, với sự tham dự của đại diện Đảng ủy xã.\n\n"
      "Tại buổi lễ, đồng chí Bí thư Chi bộ đã công bố quyết định kết nạp và trao Huy hiệu cho "
      "các đảng viên mới.\n\n";
  for (std::string closing :
       {"Năm qua, chi bộ đã kết nạp thêm 5 đảng viên, vượt chỉ tiêu được giao. Xin giới thiệu "
        "một số hình ảnh của các đảng viên trẻ",
        "Một số hình ảnh cho thấy chi bộ đã đổi mới cách sinh hoạt, gần dân và sát dân hơn "
        "trước rất nhiều",
        "Chi bộ được thành lập năm 2020. Dưới đây là những hình ảnh về chi bộ"}) {
    Article a = read_ok(InputFile{"a.txt", page + closing + "\n"});
    REQUIRE_FALSE(a.blocks.empty());
    CHECK(a.blocks.back().text == closing);
  }
  // the heading that is dropped is told in the warnings
  Article d = read_ok(InputFile{"d.txt", page + "Một số hình ảnh tiêu biểu\n"});
  bool told = false;
  for (const std::string& w : d.warnings) told = told || w.ends_with("Một số hình ảnh tiêu biểu");
  CHECK(told);
}

TEST_CASE("photo story: a closing sentence about photos with a verb is the writer's, kept") {
  const std::string page =
      "Chi bộ thôn 5 trao tặng kỷ vật truyền thống\n\n"
      "Sáng 8/6, Chi bộ thôn 5 xã Hòa Bình tổ chức buổi gặp mặt các đảng viên lão thành, cựu "
      "chiến binh nhân dịp kỷ niệm ngày truyền thống của chi bộ.\n\n"
      "Tại buổi gặp mặt, các đảng viên lão thành đã kể lại những kỷ niệm về năm tháng chiến "
      "đấu và xây dựng quê hương.\n\n";
  for (std::string closing : {"Một số hình ảnh tư liệu được trao lại cho nhà truyền thống xã.",
                              "Một số hình ảnh quý đã được lưu giữ ở phòng truyền thống."}) {
    Article a = read_ok(InputFile{"a.txt", page + closing + "\n"});
    INFO(closing);
    REQUIRE_FALSE(a.blocks.empty());
    CHECK(a.blocks.back().text == closing);
    CHECK_FALSE(has_warning(a, "dropped a closing photo heading"));
  }
}

TEST_CASE("photo story: a long gallery label with its colon closing the text is dropped too") {
  // real-eval36/moitruongdothi-angiang-1: 33 words naming who the photos show, then ':', then
  // nothing (the comment form). The family: 6, 33 and 40 words with the colon, last or over
  // the byline; and what stays: no colon past 30 words, a comma, a verb's mark, 41 words, a
  // caption under it.
  const std::string page =
      "Con em công nhân môi trường hớn hở nhận quà Trung thu\n\n"
      "Ngày 7/9, Công đoàn cơ sở Xí nghiệp Môi trường đô thị huyện Châu Phú phối hợp cùng Liên "
      "đoàn Lao động huyện tổ chức trao quà cho con em của công nhân để vui Tết Trung thu.\n\n"
      "Theo đó, Chủ tịch Liên đoàn Lao động huyện cùng ban lãnh đạo Xí nghiệp đã trao quà cho "
      "29 con em công nhân, động viên các cháu chăm ngoan, học giỏi.\n\n";
  const std::string kLabel33 =
      "Một số hình ảnh con em công nhân thuộc Xí nghiệp Môi trường đô thị huyện Châu Phú hớn "
      "hở khi nhận quà Trung thu do Liên đoàn Lao động huyện hỗ trợ";
  const std::string kLabel40 = kLabel33 + " trong ngày hội vui của các cháu";
  for (const std::string& label :
       {std::string("Một số hình ảnh của buổi lễ"), kLabel33, kLabel40}) {
    for (const std::string after : {"", "\nMinh Khoa\n"}) {
      INFO(label << after);
      Article a = read_ok(InputFile{"a.txt", page + label + ":\n" + after});
      REQUIRE_FALSE(a.blocks.empty());
      CHECK(a.blocks.back().text.starts_with("Theo đó"));
      CHECK(has_warning(a, "dropped a closing photo heading"));
    }
  }
  auto last_of = [&](const std::string& closing) {
    Article a = read_ok(InputFile{"b.txt", page + closing + "\n"});
    return a.blocks.empty() ? std::string() : a.blocks.back().text;
  };
  // no colon, past a label's 30 words: the writer's sentence, kept
  CHECK(last_of(kLabel33) == kLabel33);
  // a comma, a verb's mark: the writer's
  CHECK(last_of("Một số hình ảnh con em công nhân, các cháu thiếu nhi hớn hở khi nhận quà Trung "
                "thu do Liên đoàn Lao động huyện hỗ trợ cho các cháu trong ngày hội:")
            .starts_with("Một số"));
  CHECK(last_of("Một số hình ảnh con em công nhân đã được Liên đoàn Lao động huyện Châu Phú "
                "trao quà Trung thu trong ngày hội vui tươi của các cháu thiếu nhi năm nay:")
            .starts_with("Một số"));
  // 41 words
  CHECK(last_of(kLabel40 + " ấy:").starts_with("Một số"));
}

TEST_CASE("photo story: the text's closing paragraph under a gallery's label is no caption") {
  // "./." closes an official text: the paragraph under the label is the article's last, and
  // the photos the label announced were not saved with the text
  const std::string page =
      "Đoàn xã Tân An giúp dân khắc phục hậu quả mưa lũ\n\n"
      "Những ngày qua, lực lượng đoàn viên, thanh niên xã Tân An tiếp tục giúp các hộ dân "
      "san gạt đất đá, di dời nhà cửa đến nơi ở mới an toàn hơn.\n\n"
      "Một số hình ảnh đoàn viên tham gia giúp người dân\n\n";
  const std::string closing =
      "Với sự chung tay của đoàn viên, thanh niên, các hộ dân đã sớm ổn định cuộc sống sau "
      "thiên tai./.";
  Article a = read_ok(InputFile{"a.txt", page + closing + "\n"});
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().text == closing);
  CHECK(a.blocks.back().type == BlockType::Paragraph);
  CHECK(captions_in(a) == 0);
  // without the mark, the line under the label is the announced photo's caption
  Article b = read_ok(InputFile{"b.txt", page + closing.substr(0, closing.size() - 2) + "\n"});
  CHECK(captions_in(b) == 1);
}

TEST_CASE("photo story: a colon announces what its own clause names") {
  CHECK(announces_photos("Tại buổi lễ, phóng viên đã ghi lại những hình ảnh sau:"));
  CHECK(announces_photos(
      "Một số hình ảnh phiên trù bị Đại hội lần thứ I, nhiệm kỳ 2025-2030 tại hội trường:"));
  // the photos named before a comma are one of the book's contents; its parts follow
  CHECK_FALSE(announces_photos(
      "Với 80 bài viết, cùng với hơn 100 hình ảnh, tư liệu, nội dung cuốn sách gồm 03 phần:"));
  const std::string page =
      "Ra mắt cuốn sách về Bác Hồ với văn hóa\n\n"
      "Nhân kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh, Bảo tàng thành phố giới thiệu cuốn sách "
      "tuyển chọn những lời dạy của Bác về văn hóa, văn nghệ và thể thao.\n\n"
      "Với 80 bài viết, cùng với hơn 100 hình ảnh, tư liệu, nội dung cuốn sách gồm 03 phần:\n\n"
      "Phần thứ nhất: Văn hóa\n\nPhần thứ hai: Văn học - Nghệ thuật\n\nPhần thứ ba: Thể thao\n";
  Article a = read_ok(InputFile{"a.txt", page});
  CHECK(captions_in(a) == 0);
}

TEST_CASE("photo story: a gallery's label in brackets closing the text is dropped") {
  const std::string page =
      "Hội nghị cán bộ, viên chức Bệnh viện năm 2025\n\n"
      "Sáng ngày 15/1/2025, Bệnh viện Đa khoa tỉnh tổ chức Hội nghị cán bộ, viên chức, người "
      "lao động năm 2025, tổng kết công tác năm 2024 và ký kết giao ước thi đua năm 2025.\n\n";
  Article a = read_ok(InputFile{
      "a.txt", page + "(Một số hình ảnh của Hội nghị cán bộ, công chức, viên chức năm 2025)\n"});
  CHECK(captions_in(a) == 0);
  CHECK(has_warning(a, "dropped a closing photo heading"));
  // a sentence of the text in brackets at the end says more: it stays
  Article b = read_ok(InputFile{
      "b.txt", page + "(Hội nghị đã biểu quyết thông qua các nghị quyết, ký kết giao ước.)\n"});
  CHECK_FALSE(has_warning(b, "dropped a closing photo heading"));
}

TEST_CASE("photo story: a caption printed twice under the announcement and a byline is kept") {
  // a gallery after the byline: the page printed one photo's alt text over its caption, the
  // same words twice in a row; the line is that photo's caption like the others, and the
  // byline's end keeps it with them
  const std::string page =
      "Trao nhà tình nghĩa tại xã An Phú\n\n"
      "Sáng 12/3, Hội Chữ thập đỏ huyện đã trao nhà tình nghĩa cho gia đình ông Nguyễn Văn Bảy, "
      "với sự chứng kiến của lãnh đạo xã và bà con lối xóm.\n\n"
      "Ngôi nhà được xây bằng nguồn vận động từ các nhà hảo tâm trong và ngoài huyện!\n\n"
      "Dưới đây là hình ảnh của buổi trao nhà.\n\n"
      "Minh Khoa\n\n"
      "Lãnh đạo xã phát biểu tại buổi lễ\n"
      "Gia đình ông Bảy nhận chìa khóa nhà mới\n";
  Article once = read_text(page);
  CHECK(captions_in(once) == 2);
  Article twice = read_text(page +
                            "Bà con lối xóm chúc mừng gia đình\n"
                            "Bà con lối xóm chúc mừng gia đình\n");
  CHECK(captions_in(twice) == 3);
  REQUIRE_FALSE(twice.blocks.empty());
  CHECK(twice.blocks.back().text == "Bà con lối xóm chúc mừng gia đình");
}

TEST_CASE("photo story: short lines after the lead closed by the photographer's credit") {
  // a photo story: the sapo, one caption under each photo (one sentence broken across two
  // photos), the credit for them all, then the site's boxes
  const std::string head =
      "Rộn ràng hội đua thuyền rồng\n\n"
      "Sáng 2/9, huyện Bình Giang tổ chức hội đua thuyền rồng truyền thống lần thứ 8 trên sông "
      "Sặt với sự tham gia của 20 đội đến từ các xã trong huyện.\n\n";
  const std::string story =
      "Các đội nam thi đấu ở cự ly 1.000 mét...\n\n"
      "còn các đội nữ ở cự ly 500 mét.\n\n"
      "Hàng nghìn người dân đứng kín hai bên bờ sông cổ vũ cho các đội đua.\n\n";
  Article a = read_text(head + story + "Ảnh: Minh Đức - TTXVN\n\nCùng chuyên mục\n");
  CHECK(captions_in(a) == 3);
  for (const Block& b : a.blocks) CHECK(b.type == BlockType::Caption);
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().credit == "Minh Đức - TTXVN");
  // no credit: the lines are the text's own
  Article b = read_text(head + story);
  CHECK(captions_in(b) == 0);
  // one line over the credit may be the text's last sentence, with its photo's credit
  Article c = read_text(head + "Hàng nghìn người dân đứng kín hai bên bờ sông cổ vũ.\n\n" +
                        "Ảnh: Minh Đức\n");
  CHECK(captions_in(c) <= 1);
  CHECK_FALSE(c.blocks.empty());
  // a paragraph as long as the lead among them: the text, no photo story
  Article d = read_text(head +
                        "Đây là hoạt động văn hóa, thể thao thường niên được người dân mong đợi, "
                        "góp phần gìn giữ và phát huy nét đẹp văn hóa truyền thống của quê hương "
                        "Bình Giang.\n\n" +
                        story + "Ảnh: Minh Đức\n");
  CHECK(captions_in(d) <= 1);
  // a list's items under the lead are the text's, whatever signs the photo after them
  Article e = read_text(head +
                        "- Giải Nhất: đội xã Bình Minh.\n\n- Giải Nhì: đội xã Tân Hồng."
                        "\n\nẢnh: Minh Đức\n");
  CHECK(captions_in(e) <= 1);
  REQUIRE_FALSE(e.blocks.empty());
  CHECK(e.blocks.front().type == BlockType::Paragraph);
}

TEST_CASE("photo story: a closing gallery label with only its photos' credit under it goes") {
  const std::string page =
      "Trường Tiểu học Hòa Bình tổ chức hội thi rung chuông vàng\n\n"
      "Sáng 12/4, Liên đội Trường Tiểu học Hòa Bình tổ chức hội thi rung chuông vàng cho 120 "
      "học sinh khối 4 và khối 5, chào mừng ngày thành lập Đoàn.\n\n"
      "Hội thi giúp các em ôn lại kiến thức đã học, rèn luyện sự tự tin và tinh thần đoàn kết, "
      "tạo sân chơi bổ ích cho học sinh sau những giờ học căng thẳng.\n\n";
  // the credit is the gallery's, whose photos the text lost: no caption, the label neither
  Article a = read_ok(InputFile{"a.txt", page + "Một số hình ảnh của hội thi.\n\nẢnh: Liên đội\n"});
  CHECK(captions_in(a) == 0);
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().text.starts_with("Hội thi giúp các em"));
  CHECK(has_warning(a, "dropped a closing photo heading"));
  // a caption with its credit under it stays one
  Article b = read_ok(InputFile{
      "b.txt", page + "Học sinh khối 5 tham gia hội thi rung chuông vàng\n\nẢnh: Liên đội\n"});
  CHECK(captions_in(b) == 1);
  CHECK_FALSE(has_warning(b, "dropped a closing photo heading"));
}
