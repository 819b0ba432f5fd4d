// Pictures inside Word documents (article/word_pictures.h): .docx and .odt made in memory
// holding a tiny PNG or JPEG header (read_picture reads only the size).

#include <string>

#include "article/caption_note.h"
#include "article/photos.h"
#include "fixtures.h"
#include "zip_in_memory.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kPng("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x02\0\0\0\x01\x08\x02\0\0\0", 29);
// SOI, then a SOF0 of 3×2 pixels, 3 components.
const std::string kJpeg(
    "\xff\xd8\xff\xc0\0\x11\x08\0\x02\0\x03\x03\x01\x22\0\x02\x11\x01\x03\x11\x01", 21);

std::string p(const std::string& text, const std::string& style = {}) {
  std::string props = style.empty() ? "" : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>";
  return "<w:p>" + props + "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

std::string drawing(const std::string& id) {
  return "<w:p><w:r><w:drawing><wp:inline><a:graphic><a:graphicData><pic:pic><pic:blipFill>"
         "<a:blip r:embed=\"" +
         id +
         "\"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>"
         "</w:r></w:p>";
}

const char* kLead =
    "Sáng 14/5, Đảng ủy xã Tân Thành tổ chức hội nghị sơ kết công tác xây dựng Đảng sáu tháng "
    "đầu năm và triển khai nhiệm vụ trọng tâm những tháng cuối năm.";
const char* kBody1 =
    "Sáu tháng qua, các chi bộ đã duy trì nền nếp sinh hoạt, chú trọng sinh hoạt chuyên đề gắn "
    "với những việc cụ thể của thôn, ấp và được nhân dân đồng tình ủng hộ.";
const char* kBody2 =
    "Hội nghị cũng đề ra nhiệm vụ những tháng cuối năm, trong đó chú trọng công tác phát triển "
    "đảng viên trong đoàn viên thanh niên và công tác kiểm tra, giám sát.";

// Title, date line, lead, then `middle`, two paragraphs and a byline.
std::string document(const std::string& middle) {
  return "<w:document xmlns:w=\"w\" xmlns:r=\"r\" xmlns:a=\"a\" xmlns:wp=\"wp\" xmlns:pic=\"pic\" "
         "xmlns:v=\"v\"><w:body>" +
         p("Xây dựng Đảng") + p("Xã Tân Thành sơ kết công tác xây dựng Đảng") +
         p("Thứ Ba, 14/05/2019 | 15:00") + p(kLead) + middle + p(kBody1) + p(kBody2) +
         p("Minh Thư") + "</w:body></w:document>";
}

std::string rels(const std::vector<std::pair<std::string, std::string>>& targets) {
  std::string x =
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  for (const auto& [id, target] : targets) {
    x += "<Relationship Id=\"" + id + "\" Type=\"image\" Target=\"" + target + "\"";
    if (target.starts_with("http")) x += " TargetMode=\"External\"";
    x += "/>";
  }
  return x + "</Relationships>";
}

std::string docx(const std::string& body,
                 const std::vector<std::pair<std::string, std::string>>& targets,
                 std::vector<std::pair<std::string, std::string>> media) {
  std::vector<std::pair<std::string, std::string>> parts{
      {"[Content_Types].xml", "<Types/>"},
      {"word/document.xml", document(body)},
      {"word/_rels/document.xml.rels", rels(targets)}};
  for (auto& m : media) parts.push_back(std::move(m));
  return tt_test::zip_in_memory(parts);
}

std::vector<const Block*> captions(const Article& a) {
  std::vector<const Block*> out;
  for (const Block& b : a.blocks)
    if (b.type == BlockType::Caption) out.push_back(&b);
  return out;
}

}  // namespace

TEST_CASE("word pictures: a .docx picture becomes the photo of the caption under it") {
  std::string bytes = docx(drawing("rId7") + p("Quang cảnh hội nghị sơ kết. Ảnh: T.L"),
                           {{"rId7", "media/image1.png"}}, {{"word/media/image1.png", kPng}});
  Article a = read_ok(InputFile{"kho/hoi-nghi.docx", bytes});
  CHECK(a.title == "Xã Tân Thành sơ kết công tác xây dựng Đảng");
  CHECK(a.lead == kLead);
  std::vector<const Block*> c = captions(a);
  REQUIRE(c.size() == 1);
  CHECK(c[0]->text == "Quang cảnh hội nghị sơ kết.");
  CHECK(c[0]->credit == "T.L");
  CHECK(c[0]->photo.ref == "word/media/image1.png");
  REQUIRE(c[0]->photo.picture);
  CHECK(c[0]->photo.picture->kind == Picture::Png);
  CHECK(c[0]->photo.picture->width == 2);
  CHECK(caption_role(a, *c[0], CaptionsWithoutPhoto::Note) == CaptionRole::Figure);
  CHECK(&a.blocks.front() == c[0]);  // where the picture stood: after the lead
  CHECK(a.warnings.end() == std::find_if(a.warnings.begin(), a.warnings.end(),
                                         [](auto& w) { return w.starts_with(kPhotoUnreadable); }));
}

TEST_CASE("word pictures: the older v:imagedata, a Caption style, a picture without caption") {
  std::string pict =
      "<w:p><w:r><w:pict><v:shape><v:imagedata r:id=\"rId9\" o:title=\"\"/>"
      "</v:shape></w:pict></w:r></w:p>";
  std::string styles =
      "<w:styles><w:style w:styleId=\"Chuthich\"><w:name w:val=\"caption\"/></w:style></w:styles>";
  // The caption style makes a line no text rule would take for a caption one.
  std::string body = pict +
                     p("Các đại biểu biểu quyết thông qua nghị quyết của hội nghị", "Chuthich") +
                     drawing("rId10");
  std::vector<std::pair<std::string, std::string>> parts{
      {"[Content_Types].xml", "<Types/>"},
      {"word/document.xml", document(body)},
      {"word/styles.xml", styles},
      {"word/_rels/document.xml.rels",
       rels({{"rId9", "/word/media/anh.jpeg"}, {"rId10", "media/image2.png"}})},
      {"word/media/anh.jpeg", kJpeg},
      {"word/media/image2.png", kPng}};
  Article a = read_ok(InputFile{"kho/bieu-quyet.docx", tt_test::zip_in_memory(parts)});
  std::vector<const Block*> c = captions(a);
  REQUIRE(c.size() == 2);
  CHECK(c[0]->text == "Các đại biểu biểu quyết thông qua nghị quyết của hội nghị");
  REQUIRE(c[0]->photo.picture);
  CHECK(c[0]->photo.picture->kind == Picture::Jpeg);
  CHECK(c[0]->photo.picture->width == 3);
  // the second picture has a long paragraph under it: a photo alone, before that paragraph
  CHECK(c[1]->text.empty());
  REQUIRE(c[1]->photo.picture);
  CHECK(c[1]->photo.ref == "word/media/image2.png");
  REQUIRE(a.blocks.size() >= 3);
  CHECK(&a.blocks[1] == c[1]);
  CHECK(a.blocks[2].text == kBody1);
}

TEST_CASE("word pictures: an EMF, a linked or missing picture is warned, its caption a note") {
  std::string body = drawing("rId3") + p("Sơ đồ tổ chức bộ máy của Đảng ủy xã. Ảnh: T.L") +
                     p("Chi bộ ấp 1 nhận cờ thi đua. Ảnh: H.A") + drawing("rId4") +
                     p("Ban Chấp hành mới ra mắt đại hội. Ảnh: T.L") + drawing("rId5") +
                     p("Toàn cảnh đại hội nhìn từ trên cao. Ảnh: T.L") + drawing("rId6") +
                     p("Đại biểu dự đại hội chụp ảnh lưu niệm. Ảnh: T.L");
  std::string bytes =
      docx(body,
           {{"rId3", "media/image1.emf"},
            {"rId4", "http://site.vn/anh.jpg"},
            {"rId5", "media/khong-co.png"},
            {"rId6", "media/hong.png"}},
           {{"word/media/image1.emf", std::string(60, '\x01')}, {"word/media/hong.png", "PNG?"}});
  Article a = read_ok(InputFile{"kho/dai-hoi.docx", bytes});
  CHECK(has_warning(a, "photo unreadable: word/media/image1.emf (an EMF or WMF drawing"));
  CHECK(
      has_warning(a, "photo unreadable: http://site.vn/anh.jpg (linked from outside the document"));
  CHECK(has_warning(a, "photo unreadable: word/media/khong-co.png (not in the document)"));
  CHECK(has_warning(a, "photo unreadable: word/media/hong.png (not a JPEG or PNG"));
  std::vector<const Block*> c = captions(a);
  REQUIRE(c.size() == 5);
  for (const Block* b : c) {
    CHECK(!b->photo.picture);
    CHECK(b->photo.ref.empty());  // not a photo to look for in the archive
    CHECK(caption_role(a, *b, CaptionsWithoutPhoto::Note) == CaptionRole::Note);
  }
  CHECK(article_plain_text(a).find("[Ảnh: Sơ đồ tổ chức bộ máy của Đảng ủy xã — T.L]") !=
        std::string::npos);
}

TEST_CASE("word pictures: a missing picture shown many times is warned once") {
  // A logo or stamp placed on every page of a report: the clerk needs one line, not one a
  // place (a document that showed one missing picture 70,000 times filled the report).
  std::string body = drawing("rId3") + p("Chi bộ ấp 1 nhận cờ thi đua. Ảnh: H.A") +
                     drawing("rId3") + p("Ban Chấp hành mới ra mắt đại hội. Ảnh: T.L") +
                     drawing("rId3");
  Article a = read_ok(InputFile{"kho/logo.docx", docx(body, {{"rId3", "media/logo.png"}}, {})});
  CHECK(std::count_if(a.warnings.begin(), a.warnings.end(), [](const std::string& w) {
          return w.starts_with("photo unreadable: word/media/logo.png");
        }) == 1);
}

TEST_CASE("word pictures: pictures in a row before a paragraph keep the document's order") {
  std::string body = drawing("rId1") + drawing("rId2") + drawing("rId3");
  std::string bytes =
      docx(body, {{"rId1", "media/a.png"}, {"rId2", "media/b.jpeg"}, {"rId3", "media/c.png"}},
           {{"word/media/a.png", kPng}, {"word/media/b.jpeg", kJpeg}, {"word/media/c.png", kPng}});
  Article a = read_ok(InputFile{"kho/ba-anh.docx", bytes});
  // the lead, then the three photos alone (the paragraph under them is long), then the body
  REQUIRE(a.blocks.size() >= 4);
  CHECK(a.blocks[0].photo.ref == "word/media/a.png");
  CHECK(a.blocks[1].photo.ref == "word/media/b.jpeg");
  CHECK(a.blocks[2].photo.ref == "word/media/c.png");
  CHECK(a.blocks[3].text == kBody1);
}

TEST_CASE("word pictures: over the photo limit, or past the document's unpacking budget") {
  // declared over 20 MB: refused before it is inflated
  std::string big = kPng + std::string((20u << 20) + 1, '\0');
  Article a = read_ok(
      InputFile{"kho/lon.docx", docx(drawing("rId1") + p("Ảnh lớn quá khổ của hội nghị. Ảnh: T.L"),
                                     {{"rId1", "media/lon.png"}}, {{"word/media/lon.png", big}})});
  CHECK(has_warning(a, "photo unreadable: word/media/lon.png (over the size limit of 20 MB"));
  // 5 MB of zeros in a zip of a few KB: past 200 times the document's size
  std::string bomb = kPng + std::string(5u << 20, '\0');
  Article b = read_ok(
      InputFile{"kho/bom.docx", docx(drawing("rId1") + p("Ảnh nén quá mức của hội nghị. Ảnh: T.L"),
                                     {{"rId1", "media/bom.png"}}, {{"word/media/bom.png", bomb}})});
  CHECK(has_warning(b, "photo unreadable: word/media/bom.png (the document unpacks to more than"));
  REQUIRE(captions(b).size() == 1);
  CHECK(!captions(b)[0]->photo.picture);
}

TEST_CASE("word pictures: an .odt frame's image, a JPEG or PNG preferred to its SVG") {
  auto para = [](const std::string& t) { return "<text:p>" + t + "</text:p>"; };
  std::string content =
      "<office:document-content xmlns:office=\"o\" xmlns:text=\"t\" xmlns:draw=\"d\" "
      "xmlns:xlink=\"x\"><office:body><office:text>" +
      para("Xây dựng Đảng") + para("Xã Tân Thành sơ kết công tác xây dựng Đảng") +
      para("Thứ Ba, 14/05/2019 | 15:00") + para(kLead) +
      "<text:p><draw:frame><draw:image xlink:href=\"Pictures/so-do.svg\"/>"
      "<draw:image xlink:href=\"Pictures/so-do.png\"/></draw:frame></text:p>" +
      para("Sơ đồ các chi bộ của xã. Ảnh: T.L") +
      "<text:p><draw:frame><draw:image xlink:href=\"./Pictures/anh.jpg\"/></draw:frame></text:p>" +
      para("Quang cảnh hội nghị sơ kết. Ảnh: H.A") + para(kBody1) + para(kBody2) +
      para("Minh Thư") + "</office:text></office:body></office:document-content>";
  std::string bytes =
      tt_test::zip_in_memory({{"mimetype", "application/vnd.oasis.opendocument.text"},
                              {"content.xml", content},
                              {"Pictures/so-do.svg", "<svg/>"},
                              {"Pictures/so-do.png", kPng},
                              {"Pictures/anh.jpg", kJpeg}});
  Article a = read_ok(InputFile{"kho/so-ket.odt", bytes});
  std::vector<const Block*> c = captions(a);
  REQUIRE(c.size() == 2);
  REQUIRE(c[0]->photo.picture);
  CHECK(c[0]->photo.ref == "Pictures/so-do.png");
  CHECK(c[0]->text == "Sơ đồ các chi bộ của xã.");
  REQUIRE(c[1]->photo.picture);
  CHECK(c[1]->photo.picture->kind == Picture::Jpeg);
  CHECK(c[1]->photo.ref == "Pictures/anh.jpg");
}

TEST_CASE("word pictures: attach_photos leaves a document's own pictures as they are") {
  std::string bytes = docx(drawing("rId7") + p("Quang cảnh hội nghị sơ kết. Ảnh: T.L"),
                           {{"rId7", "media/image1.png"}}, {{"word/media/image1.png", kPng}});
  ArchiveContents archive;
  archive.roots = {"kho"};
  std::vector<std::variant<Article, NotAnArticle>> articles{
      read_ok(InputFile{"kho/hoi-nghi.docx", bytes})};
  PhotoCounts counts = attach_photos(archive, articles);
  CHECK(counts.missing == 0);
  const Article& a = std::get<Article>(articles[0]);
  CHECK(!has_warning(a, "photo missing"));
  REQUIRE(captions(a).size() == 1);
  CHECK(captions(a)[0]->photo.picture);
}
