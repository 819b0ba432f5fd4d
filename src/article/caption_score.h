// A photo's caption told by its shape and its place, not by one phrase: a small score of cues
// that hold for captions across many sites' page texts (tests/fixtures/real*/), where no
// single cue is enough. A reader sees a caption as a short block that says who does what at
// the event, standing where a photo stood, between paragraphs longer than it, often without
// the stop its neighbours end with, and in another register than the body's (a scene, no
// reasoning, no quotation). Asked after the wording rules (scene_caption.h, bare_caption.h,
// view_caption.h), for a line they leave as a paragraph.
#pragma once

#include <string_view>

namespace tuyentap {

// The cues, each worth points (caption_score.cpp gives them):
//  - who or what the photo shows opens the line: a person's rank or title (Đồng chí, Đ/c,
//    Đại tá, Thượng tá, Bà, Chị …), a group at the event (Đại biểu, Đại diện, Cá nhân, Các
//    chiến sĩ …), a name after academic degrees ("GS.TS.BS Lê Trung Hải", "Gs Ts Bs Lê …":
//    byline.h is_degree_word), or the event and its view (Quang cảnh, Đại hội, Buổi lễ, Văn
//    nghệ …);
//  - an act done before a camera (scene_caption.h: trao, phát biểu, chủ trì …);
//  - no final stop, where the paragraph after it has one;
//  - at most half as many words as the paragraph after it, and as the one before it.
// An act or the missing stop is required besides the opening: a short line opening with a
// person or a group is as often the body's. An event's name opening the line ("Đại hội …")
// takes a stop or an act, as it may head a part; "Bà con …", "Anh chị em …" show no one.
// Never a caption, whatever the cues: over 50 words or under 3; not opening with a capital,
// or in capitals; a question, an exclamation, a colon, a semicolon, an ellipsis; a sentence
// ending inside it; a final comma; one of the body's reasoning words (là, đã, nhằm, vì …,
// scene_caption.h) outside quotation marks; a line opening with the time (Ngày 3/7, Sáng
// …, Năm 2019) or the directive it carries out (Thực hiện công văn …), as the body's
// sentences do.
// `before` and `after` are the paragraphs around the line (empty when none); a caption needs
// body text after it. The letter `Ð` (U+00D0), which some papers print for `Đ`, reads as `Đ`.
int caption_score(std::string_view line, std::string_view before, std::string_view after);

// The line's own shape, with no neighbour asked: nothing rules it out (the "never a caption"
// list above) and no time opens it.
bool is_caption_shaped(std::string_view line);
// The directive it carries out opens it, as the body's sentences open ("Thực hiện công văn số
// …", "Thực hiện Kế hoạch …", "Căn cứ …"): no caption's; is_caption_shaped rules it out too.
bool opens_with_directive(std::string_view line);
// "Lễ phát động … diễn ra lúc 08g00 ngày 12/5/2019 tại Sân 4A …" (real-eval93/nvhtn-1): the
// hour the event is held at or starts ("diễn ra", "tổ chức", "bắt đầu", "khai mạc" before "(vào) lúc" and
// a number) tells when, as a text's closing sentence or a notice does. No caption's: a photo's
// names the hour of what it shows ("… chào cờ … lúc 7h sáng"), not when an event is held.
bool tells_its_hour(std::string_view line);
// The time opens it, as the body's sentences and a lead open ("Ngày 3/7, …", "Sáng 12-4 …",
// "Năm 2019, …", "Từ ngày 7/5 đến 8/5 …").
bool opens_with_time(std::string_view line);
// And who or what the photo shows opens it.
bool shows_who_or_what(std::string_view line);
// An event's name opens the line ("Đại hội Chi bộ …", "Hội nghị …", "Buổi lễ …": word_lists.h
// kEvents), which a caption shows as the hall's view.
bool opens_with_event(std::string_view line);

// The score a caption needs: who or what the photo shows and two more cues, one of them an
// act or the missing stop.
inline constexpr int kCaptionScore = 4;
inline bool reads_as_caption(std::string_view line, std::string_view before,
                             std::string_view after) {
  return caption_score(line, before, after) >= kCaptionScore;
}

// Before the lead, with no paragraph above: every cue the line can have there (who or what
// the photo shows, an act, no stop where the paragraph after has one, at most half its words),
// as a lead is a sentence and no sapo names a person at an act in a clause half its length.
inline bool reads_as_caption_over_lead(std::string_view line, std::string_view after) {
  constexpr int kAllCuesWithoutBefore = kCaptionScore + 1;
  return caption_score(line, {}, after) >= kAllCuesWithoutBefore;
}

}  // namespace tuyentap
