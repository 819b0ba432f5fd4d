// A photo's caption that has no credit word, told from a paragraph or a subheading of the
// same length by what it says: it describes a scene (who does what, where) in one short
// clause, where the body's sentences reason and tell (là, đã, nhằm, vì …). Seen on many
// Vietnamese news and government pages, whose text prints the caption as a line alone
// between paragraphs ("Đồng chí X, Bí thư Huyện ủy trao Huy hiệu Đảng cho …", "Đại hội Hội
// Nông dân Việt Nam lần thứ VII.").
#pragma once

#include <string>
#include <string_view>

namespace tuyentap {

// A line describes a photo's scene when, in at most 30 words, one clause (no sentence
// inside, no ? ! : ; and at most a final "." or " |" of a table cell), with none of the body's
// reasoning words (là, đã, sẽ, nhằm, nhưng, vì, nếu, cho biết, theo …), it either
//  - shows an act done in front of a camera (trao, tặng, phát biểu, chụp ảnh lưu niệm, dự,
//    thăm, kết nạp, trưng bày …) by someone named or placed: a person's title (đồng chí, Đ/c,
//    Bí thư, Chủ tịch …) or a named place (xã Đồng Tân, tại …) — when the act opens the line
//    (a subheading's shape: "Phát biểu khai mạc …"), only a named place will do; a line with
//    a comma and a final "." is a sentence, unless each comma only sets off a position after
//    a name or a place ("Đồng chí X, Chánh Văn phòng … phát biểu.", "…, xã Quý Lộc."); or
//  - is a short phrase of at most 12 words with no comma ending in one ".", that opens with
//    an event or a scene (Đại hội, Hội nghị, Lễ, Quang cảnh, Toàn cảnh …) or shows such an act
//    (an event's term after a comma, ", nhiệm kỳ 2019 - 2024.", is left out of the phrase
//    only when `photo_stood`: the caller saw a photo's marker over the line or a caption just
//    before it; else "Đại hội … lần thứ XVI, nhiệm kỳ 2020 - 2025." is the text's sentence);
//  - or, with no stop or one, no comma, at most 12 words (30 when a view, Quang cảnh or Toàn
//    cảnh, opens it: "Quang cảnh Hội nghị đối thoại với đại biểu Nhân dân năm 2024 tại phường
//    Tràng Minh"), opens with what only a photo shows (Quang cảnh, Toàn cảnh, Các đại
//    biểu, Tiết mục …) and names the event (hội nghị, lễ, buổi …), a place or such an act: a
//    subheading opens so too ("Toàn cảnh bức tranh kinh tế của ấp năm qua").
bool describes_photo_scene(std::string_view line, bool photo_stood = false);

// What a scene's caption names, anywhere in the line: an act done before a camera, a person's
// title, an event (hội nghị, lễ, buổi, ngày hội …), a view (Quang cảnh …) or a named place.
bool names_scene_words(std::string_view line);
// What only a scene shows, anywhere in the line: an act done before a camera, an event (hội
// nghị, lễ, buổi, phiên …), or a view opening it (Quang cảnh, Toàn cảnh …); not a person's
// title alone, which a sentence about someone holds too ("Lãnh đạo xã luôn sâu sát …").
bool names_event_or_act(std::string_view line);
// The text opens with a person's title: "Đồng chí", "Bí thư", "Đại diện" …
bool opens_with_person_title(std::string_view text);
// Somewhere in the line, a person's title before a capitalised name: "cho ông Trần Tấn
// Hoàn", "đồng chí Lê Văn Nho". Who a photo shows is named so; a part's heading names a topic.
bool names_titled_person(std::string_view line);

// One of the body's reasoning and telling words above (là, đã, sẽ, nhằm, vì …), as
// fold_exact gives a word: a line that holds one tells, as a sentence of the text does. One
// word only: the list's phrase "cho biết" counts in describes_photo_scene, never here.
bool is_reasoning_word(std::string_view key);
// The line holds one of those words or phrases ("cho biết" included).
bool has_reasoning_words(std::string_view line);
// The same but the tense words "đã" and "đang", which a caption's clause may hold ("nguyên
// liệu đang chạy trên dây chuyền", "thành phẩm đã qua chế biến").
bool has_reasoning_words_but_tense(std::string_view line);
// The same but "đang" only: what is going on as the photo shows it ("… tặng quà cho bệnh nhân
// đang điều trị …"); "đã" tells a past act, as the text does.
bool has_reasoning_words_but_progressive(std::string_view line);

// "Hình ảnh đoàn viên công đoàn … tham gia …": the photos' own label before who they show (a
// word in lower case: people, not a gallery's event by its name, "Hình ảnh Đại hội …"), then
// what those people do ("tham gia", or an act or event above), at most 40 words with no stop,
// colon or quotation anywhere and no reasoning word (real-eval69/vqgpq-kiengiang-1's two photos
// under its lead). "Hình ảnh …" is as often figurative in a sentence whose stop a page lost:
// the reader takes such lines for captions two in a row only, and a run of them for no box of
// related links.
bool labels_photo_scene(std::string_view line);

// The line names an act done in front of a camera (trao, phát biểu, chủ trì …, as above),
// not made a thing ("bài phát biểu") nor a talk ("trao đổi"): a cue of caption_score.h.
bool shows_photo_act(std::string_view line);

// "xã Quý Lộc", "thị trấn Na Hang", "Huyện Tân Phú": a place noun (xã, phường, huyện, thôn …),
// then a name (its first word a capital).
bool opens_with_place(std::string_view text);

// The line without the " |" that closes a table's cell in a text browser's dump.
std::string without_cell_bar(std::string_view line);

}  // namespace tuyentap
