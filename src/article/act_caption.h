// A photo's caption with a subheading's shape — a short line alone between paragraphs, no
// photo mark, no credit, no stop (or one final ".", which the same caption has on other sites)
// — told from a subheading or a paragraph by what it names and by the text
// around it: an act done before a camera (scene_caption.h shows_photo_act: trao, tặng, phát
// biểu …), which the text tells again in its own sentence ("Ban tổ chức tặng giấy khen cho 06
// giáo viên đạt giải nhì" over "Nhân dịp này, Ban tổ chức tặng giấy khen cho 06 giáo viên đạt
// giải nhì, 20 giáo viên …"), or standing under another photo's such caption. A subheading
// names its part's topic, and the paragraphs under it go on in other words; a caption says
// again, in a few words, what the text tells of the scene. Seen on district portals
// (tests/fixtures/real-eval44/ninhphuoc-1, iahdrai-1).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "article/text_lines.h"

namespace tuyentap {

// The fewest words in a row the text must tell again: no chance repeat of a short line's.
inline constexpr std::size_t kToldActRun = 4;

// A subheading's most words (text_lines.h kMaxHeadingWords): the caption this rule reads is
// as short.
inline constexpr std::size_t kMaxActCaptionWords = kMaxHeadingWords;

// Whether body[i], a line of at most kMaxActCaptionWords words with no stop or one final "."
// (sites differ in whether a caption takes one), is such a caption: it has a caption's shape
// (caption_score.h is_caption_shaped: a capital, no ? ! : ;, no sentence inside, no reasoning
// word, not in capitals nor numbered, no time opening), names an act (shows_photo_act) and no
// attendance (attendance.h: "Đến tham dự buổi lễ có …" is the text's); the body text after
// it, past the other photos' captions standing under it (up to caption_run.h kMaxCaptionRun
// lines in all: lines with no stop and no body text, or lines such as this one), is longer
// than it; and either `caption_above` (the caption read just above it, "" when none) is such
// a line too (photos standing together, "Trao giải Nhất cho …" / "Trao giải phụ cho …"), or
// the paragraph above is body text at least twice as long as the line and two thirds of the
// line's words in a row, kToldActRun at least, stand in a paragraph of the body (at least
// twice as long as the line: another caption in the run says the same words and is no text).
bool names_told_act(const std::vector<Paragraph>& body, std::size_t i,
                    std::string_view caption_above);

}  // namespace tuyentap
