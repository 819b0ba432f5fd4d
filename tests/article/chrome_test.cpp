#include "article/chrome.h"

#include <catch2/catch.hpp>
#include <filesystem>

#include "article/reader.h"
#include "base/error.h"
#include "base/paths.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

TEST_CASE("the default chrome markers come from templates/chrome-markers.txt") {
  ChromeMarkers m = default_chrome_markers();
  auto has = [](const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  };
  CHECK(has(m.ends_article, "Viết bình luận mới"));
  CHECK(has(m.ends_article, "THÔNG TIN CẦN BIẾT"));
  CHECK(has(m.drop_line, "Chia sẻ"));
  CHECK_FALSE(has(m.ends_article, "Chia sẻ"));
}

TEST_CASE("chrome markers match case- and accent-blind, whole line or prefix") {
  ChromeMarkers m = parse_chrome_markers(
      "# comment\n[ends-article]\nBình luận\n\n[drop-line]\nChia sẻ\nBản quyền thuộc về *\n", "x");
  ChromeMatcher match(m);
  CHECK(match.ends_article("binh luan"));
  CHECK(match.ends_article("binh luan (3)"));
  CHECK(match.ends_article("binh luan:"));
  CHECK_FALSE(match.ends_article("binh luan ve cong tac can bo"));
  CHECK_FALSE(match.ends_article("binh luanx"));
  CHECK(match.drop_line("chia se"));
  CHECK_FALSE(match.drop_line("chia se kinh nghiem"));
  CHECK(match.drop_line("ban quyen thuoc ve bao bac lieu"));
  CHECK_FALSE(match.ends_article("chia se"));
}

TEST_CASE("a broken marker file is an error naming the line") {
  try {
    parse_chrome_markers("[ends-article]\nBình luận\n[sidebar]\n", "markers.txt");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.file() == "markers.txt");
    CHECK(e.line() == 3);
  }
  CHECK_THROWS_AS(parse_chrome_markers("Bình luận\n", "m.txt"), Error);
}

TEST_CASE("a user's own markers remove their site's chrome") {
  std::string text =
      "Xây dựng Đảng\n\nTiêu đề bài viết\n\n01/03/2019\n\nĐoạn mở đầu.\n\nĐoạn thân bài.\n\n"
      "Lan Anh\n\nĐọc thêm tin khác\nMột tin khác của trang\n";
  InputFile f{"a.txt", text};
  Article plain = read_ok(f);
  CHECK(plain.author.empty());  // the site's "Đọc thêm" lines hide the byline

  ChromeMarkers mine = default_chrome_markers();
  mine.ends_article.push_back("Đọc thêm tin khác");
  ReadOptions opts;
  opts.chrome = &mine;
  Article a = read_ok(f, opts);
  CHECK(a.author == "Lan Anh");
  CHECK(a.blocks.size() == 1);
}

TEST_CASE("a video site's button under the clip is no byline") {
  Article a = read_ok(
      InputFile{"clip.txt",
                "Chi bộ thôn Đông kết nạp đảng viên mới\n\nChiều 2/2, tại nhà văn hóa thôn "
                "Đông, Chi bộ thôn đã tổ chức lễ kết nạp đảng viên mới cho hai quần chúng ưu "
                "tú là đoàn viên thanh niên của thôn.\n\nTRỌN BỘ\n"});
  CHECK(a.author.empty());
  CHECK(all_fields(a).find("TRỌN BỘ") == std::string::npos);
}

TEST_CASE("a template's photo label, a readers' box and the link back to the source are chrome") {
  const std::string lead =
      "Chiều 2/2, tại nhà văn hóa thôn Đông, Chi bộ thôn đã tổ chức lễ kết nạp đảng viên mới "
      "cho hai quần chúng ưu tú là đoàn viên thanh niên của thôn.\n\n";
  const std::string body =
      "Buổi lễ diễn ra trang nghiêm, đúng trình tự, thủ tục theo quy định của Điều lệ Đảng, "
      "để lại nhiều ấn tượng cho các đảng viên mới.\n\n";
  // Bootstrap's default alt text where the picture stood, the cover photo's label over the
  // title (real-eval17/chauphu-1, real-eval42/hnmvn-1)
  Article a = read_ok(InputFile{"a.txt", "Ảnh bìa\n\nChi bộ thôn Đông kết nạp đảng viên mới\n\n" +
                                             lead + "Responsive image\n\n" + body});
  CHECK(a.title == "Chi bộ thôn Đông kết nạp đảng viên mới");
  CHECK(all_fields(a).find("Responsive image") == std::string::npos);
  CHECK(all_fields(a).find("Ảnh bìa") == std::string::npos);
  CHECK(a.blocks.size() == 1);
  // the readers' box and the link to the page the text was taken from, under the byline
  // (real-eval42/vbsp-1, real-eval29/hungdao-1)
  Article b =
      read_ok(InputFile{"b.txt", "Chi bộ thôn Đông kết nạp đảng viên mới\n\n" + lead + body +
                                     "Tác giả: Lan Anh\n\nLiên kết bài viết "
                                     "gốc\n\nÝ KIẾN ĐỘC GIẢ\n\nCác tin bài khác\n"});
  CHECK(b.author == "Lan Anh");
  CHECK(all_fields(b).find("gốc") == std::string::npos);
  CHECK(all_fields(b).find("ĐỘC GIẢ") == std::string::npos);
}

TEST_CASE("a CMS's poster line and a gallery's own name are chrome") {
  const std::string lead =
      "Sáng 21/8, tại chùa Hoa Nghiêm, Ban Trị sự tỉnh đã tổ chức lễ Tự tứ, mãn hạ cho chư "
      "Tăng Ni an cư kiết hạ tại ba địa điểm trên địa bàn tỉnh.\n\n";
  const std::string body =
      "Buổi lễ diễn ra trang nghiêm, đúng nghi thức truyền thống, với sự tham dự của đông "
      "đảo Phật tử các giới trong và ngoài tỉnh.\n\n";
  // real-eval47/phathocdoisong-1: the poster line, its date left empty, was the title
  Article a = read_ok(InputFile{"a.txt", "Post: : Admin\n\n" + lead + body});
  CHECK(a.title.empty());
  CHECK(all_fields(a).find("Admin") == std::string::npos);
  // real-eval47/hamluong-1: the gallery named by itself closing the text, its photos gone
  Article c = read_ok(
      InputFile{"c.txt", "Lễ mãn hạ tại chùa Hoa Nghiêm\n\n" + lead + body + "Album ảnh:\n"});
  CHECK(all_fields(c).find("Album") == std::string::npos);
}
