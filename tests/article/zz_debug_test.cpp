#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <string>
#include "article/caption_score.h"
#include "article/closing_caption.h"
#include "article/scene_caption.h"
#include "article/attendance.h"
using namespace tuyentap;
TEST_CASE("zz debug predicates", "[.debug]") {
  std::ifstream in("/tmp/caption24/lines.txt");
  std::string before, line;
  while (std::getline(in, before) && std::getline(in, line)) {
    std::printf("who=%d act=%d shaped=%d closing=%d scene=%d closes_scene=%d shape_close=%d | %.60s\n",
                shows_who_or_what(line), shows_photo_act(line), is_caption_shaped(line),
                reads_as_closing_caption(line, before), describes_photo_scene(line),
                closes_with_scene(line, before), closes_as_caption_by_shape(line, before),
                line.c_str());
  }
}
