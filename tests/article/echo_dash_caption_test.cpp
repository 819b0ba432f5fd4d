// A caption retelling the paragraph above (article/echo_caption.h) with the paragraph's dash or
// quotation marks written another way: "các bộ Đoàn - Hội" told as "Đoàn – Hội", "Đoàn–Hội",
// "Đoàn — Hội" (real-site31/vinhuni-doan-5's caption, as other sites type it); a dash or a mark
// is no word, whichever the site types. And the retellings that change a word stay apart.
#include <catch2/catch.hpp>

#include "article/echo_caption.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kParagraph =
    "Tại buổi phát động, đồng chí Nguyễn Thái Dũng - Bí thư Đoàn trường đã khẳng định tuổi trẻ "
    "Trường Đại học Vinh quyết tâm 100% các bộ Đoàn - Hội, đoàn viên thanh niên tham gia hưởng "
    "ứng tích cực cuộc thi “Tìm hiểu lịch sử Đảng”.";

}  // namespace

TEST_CASE("echo dash caption: the paragraph's dash retold in any form") {
  for (const char* dash : {" - ", "-", " – ", "–", " — ", "—", " −", "- "}) {
    const std::string line =
        std::string("Tuổi trẻ Trường Đại học Vinh quyết tâm 100% các bộ Đoàn") + dash +
        "Hội, đoàn viên thanh niên tham gia hưởng ứng";
    INFO(line);
    CHECK(echoes_paragraph_before(line, kParagraph));
  }
  // the paragraph's dash is the en dash, the caption's the hyphen
  std::string en = kParagraph;
  en.replace(en.find("Đoàn - Hội"), std::string("Đoàn - Hội").size(), "Đoàn – Hội");
  CHECK(echoes_paragraph_before(
      "Tuổi trẻ Trường Đại học Vinh quyết tâm 100% các bộ Đoàn-Hội, đoàn viên thanh niên", en));
  // quotation marks typed straight or curly
  CHECK(echoes_paragraph_before(
      "Đoàn viên thanh niên tham gia hưởng ứng tích cực cuộc thi \"Tìm hiểu lịch sử Đảng\"",
      kParagraph));
}

TEST_CASE("echo dash caption: a changed word is no retelling") {
  CHECK_FALSE(echoes_paragraph_before(
      "Tuổi trẻ Trường Đại học Vinh quyết tâm 100% các bộ Đoàn – Đội, đoàn viên thanh niên",
      kParagraph));
  CHECK_FALSE(echoes_paragraph_before(
      "Tuổi trẻ Trường Đại học Huế quyết tâm 100% các bộ Đoàn–Hội, đoàn viên thanh niên",
      kParagraph));
}
