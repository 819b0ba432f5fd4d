#include "pdf/sample_book.h"

#include "pdf/pdf_test_support.h"

namespace tuyentap::test {

namespace {

const char* kNoto = "NotoSerif-Regular.ttf";
const char* kLiberation = "LiberationSerif-Regular.ttf";

// Lines go down the page from the top margin; each line is one run.
struct PageWriter {
  Page& page;
  std::string& text;
  float y = 72;
  void line(int font, float size, const std::string& s) {
    page.runs.push_back(shape_run(font == 0 ? kNoto : kLiberation, font, size, 85, y, s));
    if (!text.empty()) text += ' ';
    text += s;
    y += size * 1.5f;
  }
};

}  // namespace

SampleBook sample_book() {
  SampleBook s;
  LaidOutBook& b = s.book;
  b.fonts = {test_font(kNoto, "NotoSerif-Regular"),
             test_font(kLiberation, "LiberationSerif-Regular")};
  b.info.title = "Tuyển tập xây dựng Đảng năm 2019";
  b.info.author = "Ban Tuyên giáo Thành ủy";
  b.info.subject = "Các bài viết về công tác xây dựng Đảng";
  b.info.keywords = "xây dựng Đảng, chi bộ, Đại hội";
  b.info.date_epoch = 1548689220;  // 2019-01-28 15:27:00 UTC
  b.pages.resize(4);
  s.page_text.resize(4);

  PageWriter contents{b.pages[0], s.page_text[0]};
  contents.line(0, 18, "Mục lục");
  contents.line(1, 13, "Chương I. Đổi mới phương thức lãnh đạo");
  contents.line(1, 13, "Chương II. Củng cố tổ chức cơ sở Đảng");
  b.pages[0].rules.push_back({85, 100, 510, 100, 0.75f});
  // The two chapter lines link to their chapters.
  b.pages[0].links.push_back({85, 90, 300, 16, 1, 72});
  b.pages[0].links.push_back({85, 110, 300, 16, 3, 72});

  PageWriter p1{b.pages[1], s.page_text[1]};
  p1.line(0, 16, "Chương I. Đổi mới phương thức lãnh đạo");
  p1.line(1, 13, "Nghị quyết được triển khai sâu rộng, chặt chẽ đến từng chi bộ.");
  p1.line(1, 13, "Cấp ủy dẫn đầu kiểm điểm, tổng kết và gỡ khó cho cơ sở.");
  p1.line(0, 12, "Đội ngũ đảng viên thực hiện nghiêm nguyên tắc tập trung dân chủ.");

  PageWriter p2{b.pages[2], s.page_text[2]};
  p2.line(0, 14, "Bài 2. Học tập và làm theo tấm gương đạo đức");
  p2.line(1, 13, "Mỗi chi bộ chọn một việc khó, làm dứt điểm trong năm.");
  p2.line(0, 12, "Những kết quả ấy là sự nghiệp chung của toàn Đảng bộ.");

  PageWriter p3{b.pages[3], s.page_text[3]};
  p3.line(0, 16, "Chương II. Củng cố tổ chức cơ sở Đảng");
  p3.line(0, 13, "HUYỆN MỸ XUYÊN: ĐẢNG BỘ VỮNG MẠNH, ỔN ĐỊNH");
  p3.line(1, 13, "Ủy ban nhân dân (UBND) và Mặt trận Tổ quốc phối hợp chặt chẽ.");

  b.outline = {{"Chương I. Đổi mới phương thức lãnh đạo", 0, 1, 60},
               {"Bài 1. Nghị quyết đến từng chi bộ", 1, 1, 90},
               {"Bài 2. Học tập và làm theo tấm gương đạo đức", 1, 2, 60},
               {"Chương II. Củng cố tổ chức cơ sở Đảng", 0, 3, 60},
               {"Bài 3. Huyện Mỹ Xuyên", 1, 3, 90}};
  b.labels = {{0, PageLabelRange::Roman, 1}, {1, PageLabelRange::Arabic, 1}};
  return s;
}

}  // namespace tuyentap::test
