// A caption's stop says nothing: sites differ in whether they close a photo's caption with a
// full stop ("Toàn cảnh Hội nghị" on one, "Toàn cảnh Hội nghị." on the next), so where a line
// stands as a photo's caption stands, the stop must not make it the text's sentence. What
// tells the two apart there is the line's place: a caption is a clause of a few words
// between (or under) paragraphs that each run to several sentences, where a paragraph the
// text writes in one short sentence is rare. Seen on the learning sets' pages and on the
// unseen sites' (bench/README.md "What unseen sites break": six first-sight misses were
// captions with a stop read as paragraphs).
#pragma once

#include <string_view>

namespace tuyentap {

// At most this share of the paragraph above (and of the one below, when one stands there):
// a third, where a caption with no stop need only be half as long (caption_score.h).
inline constexpr std::size_t kShortStopShare = 3;

// `line` ends with one full stop (no "..", no other mark) and is at most a third as long as
// `before` and, unless `after` is empty (the text's last line), as `after`; both body text
// (text_lines.h is_body_text); and it says what only a scene shows (scene_caption.h
// names_event_or_act: an act before a camera, the event, the hall's view), not opening with
// the event's name as a sentence's subject ("Hội nghị … bầu bổ sung 2 ủy viên."). A short
// sentence about someone ("Lãnh đạo xã luôn sâu sát với cơ sở.", "Chi bộ có 25 đảng viên
// sinh hoạt tại thôn.") names no scene, and its stop counts. The caller still asks the line's
// shape and who it shows: this says only that its stop is no evidence of a sentence of the text.
bool stop_says_nothing(std::string_view line, std::string_view before, std::string_view after);

}  // namespace tuyentap
