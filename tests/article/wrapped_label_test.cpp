// A photo's label opening a line ("Hình ảnh: …", "Ảnh: …") over what the photo shows starts a
// caption of its own in a hard-wrapped text, however the width cut above it (column_wrap.cpp):
// bench/run-perturb's "hard wrap at 72" ran real-eval40/kiemlam-bp-1's first caption onto the
// gallery's label above it. A credit alone under a caption still goes on it.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "article/column_wrap.h"
#include "article/text_lines.h"
#include "fixtures.h"
#include "greedy_wrap.h"

using namespace tuyentap;
using namespace tuyentap::testing;
using Lines = std::vector<std::string>;
using test::unwrapped;

namespace {

const std::string kLead =
    "Sáng 10/3/2024, Chi đoàn Văn phòng Huyện ủy phối hợp với Công đoàn cơ quan tổ chức buổi ra "
    "quân dọn vệ sinh khuôn viên trụ sở và trồng cây xanh hưởng ứng Tháng Thanh niên năm 2024.";
// 72 code points: the next line's first word never fits on it
const std::string kLabel =
    "Một số hình ảnh hoạt động của buổi ra quân “Ngày Chủ nhật xanh” tháng 3:";
const std::string kCaption =
    "Hình ảnh: Đoàn viên phối hợp với Công đoàn cơ quan dọn vệ sinh cảnh quan khuôn viên trụ sở";
// over 60 words: no photo's caption (photo_story.h)
const std::string kBody =
    "Đây là hoạt động thiết thực nhằm phát huy vai trò xung kích, tình nguyện của đoàn viên "
    "thanh niên trong xây dựng môi trường công sở sáng - xanh - sạch - đẹp, đồng thời gắn kết "
    "tinh thần đoàn kết trong tập thể cơ quan. Ngoài ra, đây là hoạt động thường niên mang ý "
    "nghĩa tinh thần sâu sắc, góp phần nâng cao ý thức bảo vệ môi trường của cán bộ, công chức.";

}  // namespace

TEST_CASE("wrapped label: a labelled caption under a full line stays a caption of its own") {
  const Lines wrapped = test::greedy_wrap({kLead, kLabel, kCaption, kBody}, 72, false);
  REQUIRE(code_point_count(kLabel) == 72);
  REQUIRE(wrapped_before(kLabel, kCaption, 72));  // the width alone would join them
  CHECK(unwrapped(wrapped) == Lines{kLead, kLabel, kCaption, kBody});
  std::string text;
  for (const std::string& l : wrapped) text += l + "\n";
  Article a = read_text(text);
  CHECK(captions_in(a) == 1);
}

TEST_CASE("wrapped label: a credit the width put under its caption stays on it") {
  const std::string caption =
      "Đoàn viên Chi đoàn Văn phòng Huyện ủy dọn vệ sinh cảnh quan khuôn viên trụ sở cơ quan";
  // a caption's last line full, the credit under it: one caption with its credit
  const Lines wrapped = test::greedy_wrap({kLead, kBody, caption + " Ảnh: Minh Hà"}, 72, false);
  const Lines read = unwrapped(wrapped);
  REQUIRE(read.size() == 3);
  CHECK(read[2] == caption + " Ảnh: Minh Hà");
}
