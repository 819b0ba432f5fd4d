// Photos end to end: a saved page with its "_files/" folder, the same pages zipped, a photo
// missing, --image-dpi, and captions without a photo (issue 9 "Photos", issue 11's rule).
#include <stb/stb_image_write.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include "cli/book_checks.h"
#include "cli/run.h"
#include "noise_bytes.h"

using namespace tt_test;
namespace fs = std::filesystem;

namespace {

void write(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

void append(void* out, void* data, int size) {
  static_cast<std::string*>(out)->append(static_cast<const char*>(data),
                                         static_cast<std::size_t>(size));
}

// A w×h gradient; with alpha, a disc on a transparent ground (PNG only).
std::string image(int w, int h, bool png, bool alpha = false) {
  int c = alpha ? 4 : 3;
  std::vector<unsigned char> px(static_cast<std::size_t>(w) * h * c);
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      unsigned char* q = &px[(static_cast<std::size_t>(y) * w + x) * c];
      q[0] = static_cast<unsigned char>(x * 255 / w);
      q[1] = static_cast<unsigned char>(y * 255 / h);
      q[2] = 128;
      if (alpha) q[3] = (x - w / 2) * (x - w / 2) + (y - h / 2) * (y - h / 2) < h * h / 4 ? 255 : 0;
    }
  }
  std::string out;
  if (png)
    stbi_write_png_to_func(append, &out, w, h, c, px.data(), w * c);
  else
    stbi_write_jpg_to_func(append, &out, w, h, c, px.data(), 85);
  return out;
}

const char* kPage = R"(<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Chi bộ khu phố 2 kết nạp đảng viên - Báo Mẫu</title>
<meta property="og:site_name" content="Báo Mẫu"></head><body><div class="main"><div>
<h1>Chi bộ khu phố 2 kết nạp đảng viên</h1><p>Thứ Năm, 07/03/2019 | 08:30</p>
<p>Chiều 6/3, Chi bộ khu phố 2 tổ chức lễ kết nạp hai quần chúng ưu tú vào Đảng, với sự tham
dự của đông đảo đảng viên, quần chúng trong khu phố.</p>
<figure><img src="bai-viet_files/anh1.jpg"><figcaption>Quang cảnh buổi lễ kết nạp. Ảnh: T.L</figcaption></figure>
<p>Hai đảng viên mới đều là đoàn viên tích cực, có nhiều đóng góp cho phong trào thanh niên,
được chi bộ theo dõi, bồi dưỡng trong hai năm.</p>
<figure><img src="/uploads/bieu-trung.png"><figcaption>Biểu trưng của chi bộ</figcaption></figure>
<p>Buổi lễ diễn ra trang trọng, ấm cúng; các đảng viên mới hứa sẽ phấn đấu, rèn luyện suốt đời.</p>
<figure><img src="bai-viet_files/mat.jpg"><figcaption>Đảng viên mới phát biểu. Ảnh: H.A</figcaption></figure>
<p>Đồng chí Bí thư Chi bộ trao quyết định và tặng hoa chúc mừng các đảng viên mới.</p>
<p>Thu Ngân</p></div></div></body></html>)";

// archive/2019/bai-viet.html with bai-viet_files/anh1.jpg (2400×1600), the site's
// /uploads/bieu-trung.png (RGBA), a photo it names that is not there, and an unused JPEG.
std::string saved_page_archive(const std::string& dir) {
  fs::path root = fs::path(dir) / "archive";
  write(root / "2019/bai-viet.html", kPage);
  write(root / "2019/bai-viet_files/anh1.jpg", image(2400, 1600, false));
  write(root / "uploads/bieu-trung.png", image(400, 300, true, true));
  write(root / "2019/khong-dung.jpg", image(300, 200, false));
  return root.string();
}

RunResult build(const std::string& archive, const std::string& out, const std::string& extra = "") {
  return run("cd '" + out + "' && SOURCE_DATE_EPOCH=1577836800 " + tuyentap() + " build '" +
             archive + "' --year 2019 --output . " + extra);
}

struct PdfImage {
  std::string type;
  int width = 0, height = 0, ppi = 0;
};

// pdfimages -list, one row per image or soft mask.
std::vector<PdfImage> pdf_images(const std::string& pdf) {
  std::vector<PdfImage> out;
  std::string list = run("pdfimages -list '" + pdf + "'").out;
  std::regex row(
      R"(^\s*\d+\s+\d+\s+(\w+)\s+(\d+)\s+(\d+)\s+\w+\s+\d+\s+\d+\s+\w+\s+\w+\s+\d+\s+\d+\s+(\d+))");
  std::istringstream in(list);
  for (std::string line; std::getline(in, line);) {
    std::smatch m;
    if (std::regex_search(line, m, row))
      out.push_back({m[1], std::stoi(m[2]), std::stoi(m[3]), std::stoi(m[4])});
  }
  return out;
}

int count(const std::string& s, const std::string& what) {
  int n = 0;
  for (auto at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

// The books built in `out` pass epubcheck, qpdf and pdffonts, and the EPUB packages two
// photos, a JPEG then a PNG, both on the first article's page, which is returned.
std::string checked_two_photos(const std::string& out) {
  std::string epub = out + "/tuyen-tap-2019.epub";
  CHECK(epubcheck_problems({epub}).empty());
  CHECK(pdf_problems(out + "/tuyen-tap-2019.pdf").empty());
  std::string page = run("unzip -p '" + epub + "' OEBPS/a00001.xhtml").out;
  CHECK(count(page, "<img ") == 2);
  std::string files = run("unzip -l '" + epub + "'").out;
  CHECK(files.find("images/p0001.jpg") != std::string::npos);
  CHECK(files.find("images/p0002.png") != std::string::npos);
  return page;
}

}  // namespace

TEST_CASE("a saved page's photos arrive in both books, a missing one is warned") {
  std::string out = fresh_dir("photos-folder");
  std::string archive = saved_page_archive(out);
  RunResult r = build(archive, out);
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  std::string epub = out + "/tuyen-tap-2019.epub", pdf = out + "/tuyen-tap-2019.pdf";
  std::string page = checked_two_photos(out);
  CHECK(page.find("alt=\"Quang cảnh buổi lễ kết nạp. Ảnh: T.L\"") != std::string::npos);
  CHECK(page.find("<figcaption>") != std::string::npos);

  std::vector<PdfImage> images = pdf_images(pdf);
  REQUIRE(images.size() == 3);  // the JPEG, the PNG and the PNG's transparency
  CHECK(images[0].type == "image");
  CHECK(images[1].type == "image");
  CHECK(images[2].type == "smask");
  CHECK(run("pdfimages -list '" + pdf + "'").out.find("jpeg") != std::string::npos);
  CHECK(images[0].ppi <= 300);

  std::string report = slurp(out + "/report.json");
  INFO(report);
  CHECK(report.find("\"code\": \"photo-missing\"") != std::string::npos);
  // …and among the input's warning codes, beside its sentence
  CHECK(report.find("\"warning_codes\": [") != std::string::npos);
  CHECK(report.find("\"photo-missing\"", report.find("\"warning_codes\": [")) != std::string::npos);
  CHECK(report.find("\"photo\": \"bai-viet_files/mat.jpg\"") != std::string::npos);
  CHECK(report.find("\"embedded\": 2") != std::string::npos);
  CHECK(report.find("\"downscaled\": 1") != std::string::npos);  // the EPUB's 2400 px JPEG
  CHECK(report.find("\"missing\": 1") != std::string::npos);
  CHECK(report.find("\"photos\": 2") != std::string::npos);   // on the article
  CHECK(report.find("khong-dung.jpg") != std::string::npos);  // unused: reported as before
  CHECK(report.find("anh1.jpg") == std::string::npos);        // used: the article's photo
  // The missing photo's caption is a note in both books.
  CHECK(pdf_body_text(pdf).find("[Ảnh: Đảng viên mới phát biểu — H.A]") != std::string::npos);
  CHECK(page.find("[Ảnh: Đảng viên mới phát biểu — H.A]") != std::string::npos);
}

TEST_CASE("a zip of saved pages builds like the folder") {
  std::string out = fresh_dir("photos-zip");
  std::string archive = saved_page_archive(out);
  REQUIRE(run("cd '" + archive + "' && zip -qr ../archive.zip .").exit_code == 0);
  std::string folder_out = out + "/folder", zip_out = out + "/zip";
  fs::create_directories(folder_out);
  fs::create_directories(zip_out);
  REQUIRE(build(archive, folder_out).exit_code == 0);
  RunResult r = build(out + "/archive.zip", zip_out);
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  CHECK(epub_text(zip_out + "/tuyen-tap-2019.epub") ==
        epub_text(folder_out + "/tuyen-tap-2019.epub"));
  CHECK(run("pdfimages -list '" + zip_out + "/tuyen-tap-2019.pdf'").out ==
        run("pdfimages -list '" + folder_out + "/tuyen-tap-2019.pdf'").out);
  CHECK(slurp(zip_out + "/report.json").find("\"embedded\": 2") != std::string::npos);
}

TEST_CASE("a lower --image-dpi lowers the photos' resolution in the PDF") {
  std::string out = fresh_dir("photos-dpi");
  std::string archive = saved_page_archive(out);
  RunResult r = build(archive, out, "--format pdf --image-dpi 100");
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  std::vector<PdfImage> images = pdf_images(out + "/tuyen-tap-2019.pdf");
  REQUIRE(!images.empty());
  CHECK(images[0].ppi <= 100);
  CHECK(images[0].ppi >= 90);
  CHECK(images[0].width < 1000);
  CHECK(pdf_problems(out + "/tuyen-tap-2019.pdf").empty());
  CHECK(run(tuyentap() + " build '" + archive + "' --image-dpi 0 -o '" + out + "'").exit_code != 0);
}

TEST_CASE("a caption without a photo is a note by default, and left out with \"drop\"") {
  std::string out = fresh_dir("photos-caption-notes");
  write(fs::path(out) / "kho/bai.txt", slurp(source_path("tests/fixtures/articles/standard.txt")));
  std::string note = "[Ảnh: Đồng chí Bí thư Huyện ủy dự sinh hoạt chi bộ ấp Mỹ Lợi — T.L]";

  RunResult r = build(out + "/kho", out);
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  std::string pdf = out + "/tuyen-tap-2019.pdf", epub = out + "/tuyen-tap-2019.epub";
  CHECK(pdf_body_text(pdf).find(note) != std::string::npos);
  CHECK(epub_text(epub).find(note) != std::string::npos);
  CHECK(slurp(out + "/report.json").find("\"caption_notes\": 1") != std::string::npos);
  // A text archive has no photos: the summary speaks of its captions only.
  CHECK(r.out.find("Captions without a photo: 1 as notes, 0 left out") != std::string::npos);
  CHECK(r.out.find("Photos:") == std::string::npos);

  write(fs::path(out) / "book.toml", "[book]\ncaptions_without_photo = \"drop\"\n");
  std::string dropped = out + "/drop";
  fs::create_directories(dropped);
  r = build(out + "/kho", dropped, "--spec '" + out + "/book.toml'");
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  CHECK(pdf_body_text(dropped + "/tuyen-tap-2019.pdf").find("Mỹ Lợi") == std::string::npos);
  CHECK(epub_text(dropped + "/tuyen-tap-2019.epub").find("Mỹ Lợi") == std::string::npos);
  CHECK(slurp(dropped + "/report.json").find("\"captions_dropped\": 1") != std::string::npos);
  CHECK(epubcheck_problems({epub, dropped + "/tuyen-tap-2019.epub"}).empty());
}

namespace {

std::string word_paragraph(const std::string& text) {
  return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
}

std::string word_picture(const std::string& id) {
  return "<w:p><w:r><w:drawing><wp:inline><a:graphic><a:graphicData><pic:pic><pic:blipFill>"
         "<a:blip r:embed=\"" +
         id +
         "\"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>"
         "</w:r></w:p>";
}

// archive/so-ket.docx, zipped with `zip`: a JPEG and a PNG under their captions, an EMF
// drawing whose caption has nothing to stand under. `jpeg_padding` bytes of noise after the
// JPEG's end (decoders ignore them) make the document as large as a camera's photos would.
void word_archive(const std::string& dir, std::size_t jpeg_padding = 0) {
  fs::path parts = fs::path(dir) / "parts";
  std::string body =
      word_paragraph("Xây dựng Đảng") +
      word_paragraph("Xã Tân Thành sơ kết công tác xây dựng Đảng") +
      word_paragraph("Thứ Ba, 14/05/2019 | 15:00") +
      word_paragraph(
          "Sáng 14/5, Đảng ủy xã Tân Thành tổ chức hội nghị sơ kết công tác xây dựng "
          "Đảng sáu tháng đầu năm và triển khai nhiệm vụ những tháng cuối năm.") +
      word_picture("rId1") + word_paragraph("Quang cảnh hội nghị sơ kết. Ảnh: T.L") +
      word_paragraph(
          "Sáu tháng qua, các chi bộ đã duy trì nền nếp sinh hoạt, chú trọng sinh "
          "hoạt chuyên đề gắn với những việc cụ thể của thôn, ấp.") +
      word_picture("rId2") + word_paragraph("Sơ đồ tổ chức của Đảng bộ xã. Ảnh: H.A") +
      word_paragraph(
          "Hội nghị cũng đề ra nhiệm vụ những tháng cuối năm, chú trọng phát triển "
          "đảng viên trong đoàn viên thanh niên.") +
      word_picture("rId3") + word_paragraph("Đại biểu biểu quyết tại hội nghị. Ảnh: T.L") +
      word_paragraph("Các chi bộ cam kết hoàn thành chỉ tiêu phát triển đảng viên của năm.") +
      word_paragraph("Minh Thư");
  write(parts / "[Content_Types].xml", "<Types/>");
  write(parts / "word/document.xml",
        "<w:document xmlns:w=\"w\" xmlns:r=\"r\" xmlns:a=\"a\" xmlns:wp=\"wp\" xmlns:pic=\"pic\">"
        "<w:body>" +
            body + "</w:body></w:document>");
  write(parts / "word/_rels/document.xml.rels",
        "<Relationships><Relationship Id=\"rId1\" Target=\"media/image1.jpeg\"/>"
        "<Relationship Id=\"rId2\" Target=\"media/image2.emf\"/>"
        "<Relationship Id=\"rId3\" Target=\"media/image3.png\"/></Relationships>");
  write(parts / "word/media/image1.jpeg",
        image(800, 600, false) + tt_test::noise_bytes(jpeg_padding));
  write(parts / "word/media/image2.emf", std::string(200, '\x01'));
  write(parts / "word/media/image3.png", image(300, 200, true, true));
  fs::create_directories(fs::path(dir) / "archive");
  REQUIRE(run("cd '" + parts.string() + "' && zip -qr ../archive/so-ket.docx . && rm -rf '" +
              parts.string() + "'")
              .exit_code == 0);
}

}  // namespace

TEST_CASE("a Word document's pictures arrive in both books, an EMF drawing is reported") {
  std::string out = fresh_dir("photos-word");
  word_archive(out);
  RunResult r = build(out + "/archive", out);
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  std::string epub = out + "/tuyen-tap-2019.epub", pdf = out + "/tuyen-tap-2019.pdf";
  std::string page = checked_two_photos(out);
  CHECK(page.find("alt=\"Quang cảnh hội nghị sơ kết. Ảnh: T.L\"") != std::string::npos);
  CHECK(page.find("alt=\"Đại biểu biểu quyết tại hội nghị. Ảnh: T.L\"") != std::string::npos);

  std::vector<PdfImage> images = pdf_images(pdf);
  REQUIRE(images.size() == 3);  // the JPEG, the PNG and its transparency
  CHECK(run("pdfimages -list '" + pdf + "'").out.find("jpeg") != std::string::npos);

  // The EMF's caption is a note in both books; the report names the drawing with its code.
  const std::string note = "[Ảnh: Sơ đồ tổ chức của Đảng bộ xã — H.A]";
  CHECK(pdf_body_text(pdf).find(note) != std::string::npos);
  CHECK(page.find(note) != std::string::npos);
  std::string report = slurp(out + "/report.json");
  INFO(report);
  CHECK(report.find("\"code\": \"photo-unreadable\"") != std::string::npos);
  CHECK(report.find("\"photo\": \"word/media/image2.emf\"") != std::string::npos);
  CHECK(report.find("\"embedded\": 2") != std::string::npos);
  CHECK(report.find("\"missing\": 0") != std::string::npos);
  CHECK(report.find("\"unreadable\": 1") != std::string::npos);  // the EMF, counted
  CHECK(r.out.find("0 missing, 1 unreadable;") != std::string::npos);
  CHECK(slurp(out + "/report.txt").find("thiếu tệp ảnh: 0, ảnh không đọc được: 1\n") !=
        std::string::npos);
  CHECK(report.find("\"photos\": 2") != std::string::npos);  // on the article
  CHECK(slurp(out + "/report.txt").find("ảnh không đọc được: word/media/image2.emf (hình vẽ EMF") !=
        std::string::npos);
}

TEST_CASE("a .docx over 16 MB reaches the book with its picture, one with 16 MB of text not") {
  std::string out = fresh_dir("photos-word-large");
  word_archive(out, 17u << 20);  // its JPEG of 17 MB: within the 20 MB a photo may have
  const fs::path archive = fs::path(out) / "archive";
  REQUIRE(fs::file_size(archive / "so-ket.docx") > (16u << 20));
  // a document whose own text is over 16 MB (noise, refused before it is inflated)
  fs::path parts = fs::path(out) / "parts";
  write(parts / "[Content_Types].xml", "<Types/>");
  write(parts / "word/document.xml",
        "<w:document>" + tt_test::noise_bytes(17u << 20) + "</w:document>");
  REQUIRE(run("cd '" + parts.string() + "' && zip -qr ../archive/qua-dai.docx . && rm -rf '" +
              parts.string() + "'")
              .exit_code == 0);
  REQUIRE(fs::file_size(archive / "qua-dai.docx") > (16u << 20));

  RunResult r = build(archive.string(), out);
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  std::string report = slurp(out + "/report.json");
  INFO(report);
  CHECK(report.find("\"embedded\": 2") != std::string::npos);
  CHECK(report.find("\"included\": 1") != std::string::npos);
  CHECK(report.find("too much text: word/document.xml unpacks to more than 16 MB (an article "
                    "is never this long; split it)") != std::string::npos);
  CHECK(slurp(out + "/report.txt").find("quá nhiều chữ: word/document.xml giải nén ra hơn 16 MB") !=
        std::string::npos);
  // the photo in both books: the EPUB holds it as it came (17 MB), the PDF embeds it
  std::string epub = out + "/tuyen-tap-2019.epub";
  CHECK(run("unzip -l '" + epub + "' | grep -c 'images/.*\\.jpg'").out == "1\n");
  CHECK(run("unzip -l '" + epub + "'")
            .out.find(std::to_string(image(800, 600, false).size() + (17u << 20))) !=
        std::string::npos);
  std::vector<PdfImage> images = pdf_images(out + "/tuyen-tap-2019.pdf");
  CHECK(images.size() == 3);  // the JPEG, the PNG and its transparency
}
