// A place tag: the name of the province or town a story comes from, printed alone between
// the title and the lead ("Đồng Tháp"), as news agencies tag their wires. It has a byline's
// shape (a few capitalised words) but it is no writer: the story names that place again.
#pragma once

#include <string_view>

namespace tuyentap {

// A line of one to three capitalised words, no role or source in it, that the title or the
// lead names again as whole words. A writer's name is hardly ever in the title or the
// lead of the story they wrote; the place the story comes from nearly always is.
bool is_place_tag(std::string_view line, std::string_view title, std::string_view lead);

}  // namespace tuyentap
