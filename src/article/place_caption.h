// A photo's (or a map's) caption that only names a building or a location: "Trụ sở Đảng ủy,
// HĐND, UBND xã Bình An.", "Vị trí trụ sở UBND phường Tân Lập." The text says something of a
// place; a line that names it and says nothing is what a picture shows. Seen on a commune's
// page and a national paper's (tests/fixtures/real*/), between paragraphs and last.
#pragma once

#include <string_view>

namespace tuyentap {

// The line opens with "Trụ sở" (the seat of a body) or "Vị trí" (where something is), holds
// a capitalised name after that and nothing else (no lower-case word but a name's: "ủy",
// "phường", "và" …; a predicate makes it a sentence), has at most 15 words, one clause (no sentence
// stop inside, no ? ! : ; …), none of the body's reasoning words (scene_caption.h), and ends with
// one stop, or none when `last` (the body's last line: no part is left for a heading to head).
bool names_place_shown(std::string_view line, bool last);

}  // namespace tuyentap
