// A photo's alt text that is the title and the photo's number, glued to the photo's caption
// with no space ("<title> ảnh 1Khi dịch bệnh … Ảnh: Văn Đức": tests/fixtures/real-eval36/
// dantocmiennui-1): the alt text is the photo's leftover, the rest its caption; and a caption
// printed again so, word for word, is the same photo's, counted once. The family: the photo
// word with a dash or none, in capitals or not, "hình ảnh"; the caption with its credit or
// none, first printed or again; under the lead, between paragraphs and last. Near-misses: the
// alt text alone, the title glued to a sentence with no photo word, a number and a stop
// ("ảnh 2.Cháy …", a related box's link), a short caption printed twice (two photos may share
// it).
#include <catch2/catch.hpp>

#include "article/title_repeat.h"
#include "fixtures.h"
#include "text/normalize.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Đồn Biên phòng Bắc Sơn thực hiện “mục tiêu kép” nơi biên cương";
const std::string kCaption =
    "Khi dịch bệnh COVID-19 bùng phát, Đồn Biên phòng Bắc Sơn đã tổ chức gần 2.000 lượt tuần "
    "tra, kiểm soát, bảo vệ biên giới. Ảnh: Văn Đức";
const std::string kCaption2 =
    "Từ đầu năm 2020 đến nay, Đồn Biên phòng Bắc Sơn đã bắt giữ, xử lý hơn 400 vụ với trên "
    "2.300 đối tượng xuất nhập cảnh trái phép. Ảnh: Văn Đức";
const std::string kLead =
    "Đồn Biên phòng Bắc Sơn có nhiệm vụ quản lý, bảo vệ 7 xã, phường biên giới của thành phố "
    "Móng Cái, địa bàn tiềm ẩn nhiều yếu tố phức tạp, nhất là các hoạt động buôn lậu, xuất nhập "
    "cảnh trái phép trên tuyến biên giới.";
const std::string kBody =
    "Thượng tá Đỗ Thái Bình Vương, Chính trị viên Đồn Biên phòng Bắc Sơn cho biết: Ban Chỉ huy "
    "đã thường xuyên phối hợp với chính quyền địa phương phổ biến, giáo dục pháp luật cho cán "
    "bộ, chiến sĩ và nhân dân trên địa bàn biên giới của thành phố.";

const char* const kPhotoWords[] = {" ảnh ", " - ảnh ", " - Ảnh ", " Ảnh ", " ẢNH ", " hình ảnh "};

bool mentions(const Article& a, const std::string& s) {
  return all_fields(a).find(s) != std::string::npos;
}

}  // namespace

TEST_CASE("glued alt text: the title and a photo's number glued to its caption") {
  const std::string folded = fold_for_match(kTitle);
  for (const char* word : kPhotoWords) {
    INFO(word);
    CHECK(repeats_title(kTitle + word + "1" + kCaption2, folded) == TitleRepeat::CaptionGlued);
    // the page: the caption printed over the sapo, then again after the alt text, then a
    // second photo's, last
    Article a =
        read_text(kTitle + "\n\n" + kCaption + "\n\n" + kLead + "\n\n" + kTitle + word + "1" +
                  kCaption + "\n\n" + kBody + "\n\n" + kTitle + word + "2" + kCaption2 + "\n");
    CHECK(captions_in(a) == 2);
    CHECK_FALSE(mentions(a, std::string(word) + "1"));
    CHECK_FALSE(mentions(a, std::string(word) + "2"));
    CHECK(a.lead == kLead);
    // the alt text glued to a caption printed nowhere else: its caption, between paragraphs
    // and with no credit
    const std::string bare = kCaption2.substr(0, kCaption2.find(" Ảnh:"));
    Article b = read_text(kTitle + "\n\n" + kLead + "\n\n" + kTitle + word + "3" + bare + "\n\n" +
                          kBody + "\n");
    CHECK(captions_in(b) == 1);
    CHECK_FALSE(mentions(b, std::string(word) + "3"));
  }
}

TEST_CASE("glued alt text: what is no alt text glued to a caption stays as it was") {
  const std::string folded = fold_for_match(kTitle);
  // the alt text alone: the photo's leftover, as before
  CHECK(repeats_title(kTitle + " ảnh 1", folded) == TitleRepeat::Numbered);
  // a number and a stop, then a title: a related box's link, as before
  CHECK(repeats_title(kTitle + " - Ảnh 2.Cháy rừng ở Lào Cai", folded) == TitleRepeat::Glued);
  // the title glued to a sentence with no photo word
  CHECK(repeats_title(kTitle + " 1Khi dịch bệnh bùng phát", folded) == TitleRepeat::No);
  // a number running on in lower case: a word, no caption's start
  CHECK(repeats_title(kTitle + " ảnh 1khi dịch bệnh bùng phát", folded) == TitleRepeat::No);
  // a short caption printed twice: two photos may share it, both are kept
  const std::string view = "Quang cảnh buổi tuần tra biên giới";
  Article a =
      read_text(kTitle + "\n\n" + kLead + "\n\n" + kTitle + " ảnh 1" + view + "\n\n" + kBody +
                "\n\n" + kTitle + " ảnh 2" + view + "\n\n" + kBody + " Tiếp theo.\n");
  CHECK(captions_in(a) == 2);
}
