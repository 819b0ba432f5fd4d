// "TS. NGUYỄN THỊ TUYẾN - Ủy viên Trung ương Đảng, Chủ tịch Hội LHPN Việt Nam": the writer's
// line a leader's article prints under its title, the name (with a degree or a rank, or in
// capitals) then, after a dash, the writer's positions, which run longer than a byline's
// dozen words. The line is the byline: the author is the name, the positions say who the
// writer is, and neither is the lead.
#pragma once

#include <optional>
#include <string_view>

namespace tuyentap {

// The name before the dash of such a line: a degree-led name ("TS. Nguyễn Văn An", "PGS.TS
// NGUYỄN VĂN AN") or one in capitals ("NGUYỄN XUÂN THẮNG"), then " - ", " – " or " — " and a
// position (Ủy viên, Bí thư, Chủ tịch, Giám đốc …: byline.h opens_with_position); at most 40
// words and no final stop, and nothing done after the positions (a caption's "phát biểu", "trao",
// "chủ trì" …: scene_caption.h shows_photo_act) (a sentence about a leader has a verb and a stop).
// nullopt for any other line, and for a name in mixed case with no degree ("Đồng chí Nguyễn Văn An
// - Bí thư …", which a caption or a sentence opens with too).
std::optional<std::string_view> writer_before_positions(std::string_view line);

}  // namespace tuyentap
