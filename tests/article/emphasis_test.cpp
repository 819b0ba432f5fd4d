// Inline emphasis (article/emphasis.h) from the HTML readers, and the files of a saved page's
// folder (content_kind.h's in_saved_page_folder).
#include "article/emphasis.h"

#include <string>

#include "article/caption_note.h"
#include "article/content_kind.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

std::string emphasised(const Block& b, std::size_t k) {
  REQUIRE(k < b.emphasis.size());
  return b.text.substr(b.emphasis[k].begin, b.emphasis[k].end - b.emphasis[k].begin);
}

}  // namespace

TEST_CASE("emphasis: styled pieces are found again in the block's final text") {
  std::vector<StyledPiece> pieces;
  append_piece(pieces, "Ông  ", false, false);
  append_piece(pieces, "Nguyễn Văn ", true, false);
  append_piece(pieces, "A", true, false);
  append_piece(pieces, " nói: ", false, false);
  append_piece(pieces, "làm ngay", false, true);
  append_piece(pieces, ". Ảnh: X", false, false);
  REQUIRE(pieces.size() == 5);  // the two bold pieces are one
  std::string text = "Ông Nguyễn Văn A nói: làm ngay.";
  auto e = locate_emphasis(text, pieces);
  REQUIRE(e.size() == 2);
  CHECK(text.substr(e[0].begin, e[0].end - e[0].begin) == "Nguyễn Văn A");
  CHECK(e[0].bold);
  CHECK(text.substr(e[1].begin, e[1].end - e[1].begin) == "làm ngay");
  CHECK(e[1].italic);
  // plain pieces: no emphasis at all
  CHECK(locate_emphasis(text, {{"Ông Nguyễn Văn A nói", false, false}}).empty());
}

TEST_CASE("emphasis: <strong>, <b>, <em>, <i> and a span's style inside a paragraph") {
  Article cms = read_ok(fixture("cms-export.md"));
  REQUIRE(cms.blocks.size() == 5);
  // the editor's bold ends inside a word: the range ends there too
  REQUIRE(cms.blocks[3].emphasis.size() == 1);
  CHECK(emphasised(cms.blocks[3], 0) == "Mỗi hồ sơ đều được thẩm định kỹ, đ");
  CHECK(cms.blocks[3].emphasis[0].bold);
  CHECK(cms.blocks[0].emphasis.empty());

  std::string html =
      "<html><body><h1>Chi bộ ấp 3 sinh hoạt chuyên đề</h1><p>Thứ Hai, 04/03/2019</p>"
      "<div><p>Chi bộ ấp 3 vừa tổ chức sinh hoạt chuyên đề về đạo đức cách mạng.</p>"
      "<p>Đồng chí Bí thư nhắc: <b>mỗi đảng viên</b>   <strong>một việc</strong> và "
      "<i>làm <em>đến nơi</em></i>, <span style=\"font-style: italic; font-weight: bold\">"
      "báo cáo</span> hằng tháng.</p></div><p style=\"text-align:right\"><b>Văn "
      "Tâm</b></p></body></html>";
  Article a = read_ok(InputFile{"trang.html", html});
  REQUIRE(a.blocks.size() == 1);
  const Block& b = a.blocks[0];
  CHECK(b.text ==
        "Đồng chí Bí thư nhắc: mỗi đảng viên một việc và làm đến nơi, báo cáo hằng tháng.");
  REQUIRE(b.emphasis.size() == 3);
  CHECK(emphasised(b, 0) == "mỗi đảng viên một việc");  // two bold runs, a space between
  CHECK((b.emphasis[0].bold && !b.emphasis[0].italic));
  CHECK(emphasised(b, 1) == "làm đến nơi");
  CHECK((b.emphasis[1].italic && !b.emphasis[1].bold));
  CHECK(emphasised(b, 2) == "báo cáo");
  CHECK((b.emphasis[2].italic && b.emphasis[2].bold));
}

TEST_CASE("a page in a saved page's _files folder is a page resource, not a tiny article") {
  CHECK(in_saved_page_folder("luu/bai-viet_files/ads.htm"));
  CHECK(in_saved_page_folder("arch.zip!2019/Bai_Files/khung/quang-cao.html"));
  CHECK_FALSE(in_saved_page_folder("luu/bai-viet.html"));
  CHECK_FALSE(in_saved_page_folder("_files/ads.htm"));  // a folder named only "_files"
  CHECK_FALSE(in_saved_page_folder("bai_files.zip!ads.htm"));
  std::string frame =
      "<html><head><title>Quảng cáo</title></head><body><h1>Giảm giá lớn</h1>"
      "<p>Thứ Hai, 04/03/2019</p><p>Mua ngay hôm nay để nhận quà tặng hấp dẫn cho cả nhà "
      "trong tháng này.</p></body></html>";
  auto r = read_article(InputFile{"luu/bai-viet_files/ads.htm", frame});
  REQUIRE(std::holds_alternative<NotAnArticle>(r));
  CHECK(std::get<NotAnArticle>(r).kind == NotArticleKind::PageResource);
  CHECK(std::get<NotAnArticle>(r).reason ==
        "a file of a saved page's folder (an ad frame, a script), not an article");
  // the same page anywhere else is read
  CHECK(std::holds_alternative<Article>(read_article(InputFile{"luu/ads.htm", frame})));
}

namespace {

std::string lead_emphasised(const Article& a, std::size_t k) {
  REQUIRE(k < a.lead_emphasis.size());
  const Emphasis& e = a.lead_emphasis[k];
  return a.lead.substr(e.begin, e.end - e.begin);
}

}  // namespace

TEST_CASE("emphasis: a heading's bold and a caption's italic are their faces, not emphasis") {
  std::vector<Emphasis> e = {{0, 4, true, false}, {5, 9, true, true}, {10, 12, false, true}};
  std::vector<Emphasis> heading = beyond_face(e, true, false);
  REQUIRE(heading.size() == 2);
  CHECK(heading[0] == Emphasis{5, 9, false, true});
  CHECK(heading[1] == Emphasis{10, 12, false, true});
  std::vector<Emphasis> caption = beyond_face(e, false, true);
  REQUIRE(caption.size() == 2);
  CHECK(caption[0] == Emphasis{0, 4, true, false});
  CHECK(caption[1] == Emphasis{5, 9, true, false});
  // a lead's agency prefix cut off: the ranges move with the text, those inside it go
  std::vector<Emphasis> lead = {{0, 4, true, false}, {6, 12, false, true}};
  cut_front(lead, 5);
  REQUIRE(lead.size() == 1);
  CHECK(lead[0] == Emphasis{1, 7, false, true});
}

TEST_CASE("emphasis: a saved page's lead, subheading and caption keep their bold and italic") {
  std::string html =
      "<html><body><h1>Chi bộ ấp 3 sinh hoạt chuyên đề</h1><p>Thứ Hai, 04/03/2019</p><div>"
      "<p>(BĐ) - Chi bộ ấp 3 vừa tổ chức <strong>sinh hoạt chuyên đề</strong> về <em>đạo đức "
      "cách mạng</em> với sự tham dự của đông đảo đảng viên.</p>"
      "<h2>Việc làm <em>cụ thể</em> của mỗi người</h2>"
      "<p>Đồng chí Bí thư nhắc mỗi đảng viên nhận một việc cụ thể và báo cáo kết quả hằng tháng "
      "trước chi bộ.</p>"
      "<figure><img src=\"a.jpg\"><figcaption>Đồng chí <b>Nguyễn Văn A</b> phát biểu. Ảnh: "
      "<b>T.L</b></figcaption></figure>"
      "<p>Buổi sinh hoạt kết thúc với nhiều ý kiến đóng góp thiết thực của các đảng viên.</p>"
      "</div><p style=\"text-align:right\"><b>Văn Tâm</b></p></body></html>";
  Article a = read_ok(InputFile{"trang.html", html});
  CHECK(a.lead.starts_with("Chi bộ ấp 3 vừa tổ chức"));  // the agency prefix is off
  REQUIRE(a.lead_emphasis.size() == 2);
  CHECK(lead_emphasised(a, 0) == "sinh hoạt chuyên đề");
  CHECK(a.lead_emphasis[0].bold);
  CHECK(lead_emphasised(a, 1) == "đạo đức cách mạng");
  CHECK(a.lead_emphasis[1].italic);
  const Block* heading = nullptr;
  const Block* caption = nullptr;
  for (const Block& b : a.blocks) {
    if (b.type == BlockType::Heading) heading = &b;
    if (b.type == BlockType::Caption) caption = &b;
  }
  REQUIRE(heading);
  REQUIRE(heading->emphasis.size() == 1);
  CHECK(emphasised(*heading, 0) == "cụ thể");
  CHECK((heading->emphasis[0].italic && !heading->emphasis[0].bold));
  REQUIRE(caption);
  CHECK(caption->credit == "T.L");
  REQUIRE(caption->emphasis.size() == 1);  // the credit's bold is the credit's own
  CHECK(emphasised(*caption, 0) == "Nguyễn Văn A");
  CHECK(caption->emphasis[0].bold);
}

TEST_CASE("a caption's emphasis moves onto its note, its stop's emphasis dropped with it") {
  Block b{BlockType::Caption, "Đồng chí Lâm Thới phát biểu.", "T.L"};
  const std::size_t at = b.text.find("Lâm Thới"), stop = b.text.size();
  b.emphasis = {{at, at + std::string("Lâm Thới").size(), true, false},
                {stop - 1, stop, false, true}};  // the stop alone
  const std::string note = caption_note(b);
  CHECK(note == "[Ảnh: Đồng chí Lâm Thới phát biểu — T.L]");
  std::vector<Emphasis> e = caption_note_emphasis(b);
  REQUIRE(e.size() == 1);
  CHECK(note.substr(e[0].begin, e[0].end - e[0].begin) == "Lâm Thới");
  CHECK(e[0].bold);
}
