// A photo's caption as the article's last line: the text ends under a photo. A page text
// keeps the caption where the photo stood, and when the photo closes the article (or the
// stored text was cut under it) nothing follows the caption, so the caption score
// (caption_score.h), which measures a caption against the body text after it, never sees
// it. Seen on many sites' page texts (tests/fixtures/real*/: a Party cell's ceremony ending
// on "Đồng chí … đọc lời tuyên thệ", a congress on "Đại hội Chi bộ … lần thứ II, nhiệm kỳ …",
// a ceremony on "Chi bộ tặng hoa chúc mừng …").
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "article/text_lines.h"

namespace tuyentap {

// `line` is the body's last paragraph (after the byline and the chrome were taken off) and
// `before` the paragraph above it. It is a caption when the text's last sentence stands in
// `before` (body text ending with its stop) and `line`, at most half as long, has no stop
// and shows who or what the photo shows (caption_score.h shows_who_or_what) or an act done
// before a camera (scene_caption.h shows_photo_act) with nothing ruling it out; up to two
// thirds as long when it has both (a caption naming who hands what to whom, each with their
// posts, is long: "Đồng chí X, Ủy viên …, Phó Chủ tịch … trao Huy hiệu … cho đồng chí Y",
// tests/fixtures/real-eval36/dhktyduocdn-1), as between paragraphs the two with no stop make
// a caption whatever its length (caption_score.h); or, with no stop, showing who receives what
// is handed over in words the sentence above tells (retells_scene_above, which holds for a
// longer line too: "Ông Vũ Khắc Liên, Chủ tịch Hội … nhận bằng khen của …", real-eval90/
// vietnhat-1, between half and two thirds as long). An event's
// name with no stop ("Hội nghị Ban Thường vụ …") may head a part in the body, but not as
// the last line: there is nothing left for it to head. A line ending with a stop is a
// sentence the text ends with, unless closes_with_scene reads it as the text's last line. A slogan
// (slogan.h) or a line of praise
// ("… sống mãi …", "… muôn năm", "vĩ đại") closes the text, and is no caption.
bool reads_as_closing_caption(std::string_view line, std::string_view before);

// The same place, with no stop, longer than two thirds of the sentence above: a caption when it
// shows who (caption_score.h shows_who_or_what: "Giám đốc Nguyễn Văn Trung …") doing an act
// before a camera (scene_caption.h shows_photo_act, or receiving what is handed over: "nhận
// cờ", "nhận bằng khen", "nhận quà" …, here only, as the text says so too), in at most 40 words,
// six words in a row or more of them standing in that sentence (echo_caption.h shares_word_run),
// and no praise, slogan nor "cũng": "Giám đốc Nguyễn Văn Trung và Phó Giám đốc Công ty Nguyễn Thế
// Nhân nhận Cờ thi đua Thành phố đơn vị dẫn đầu phong trào thi đua năm 2022" under "Đây là năm thứ
// 3 liên tiếp Công ty vinh dự nhận được Cờ thi đua Thành phố đơn vị dẫn đầu phong trào thi đua."
// (real-eval79/congichquan1-1).
bool retells_scene_above(std::string_view line, std::string_view before);

// The same place, the line ending with its one stop: a scene's sentence, who the photo shows
// opening it and an act done before a camera ("Các đồng chí đảng viên thực hiện nghi thức chào
// cờ, hát Quốc ca."), or the event's name opening a phrase with no comma ("Đại hội chi bộ
// khoa … – Bệnh viện TWQĐ 108.": "Hội nghị khép lại với tinh thần đoàn kết, quyết tâm …" is
// a closing sentence), at most half as long as the text's last sentence above it. The text's own
// last sentence opening so is a long one, or tells with a reasoning word ("Đại hội đã bầu …",
// caption_score.h's "never" list). Cut pages end so where the photo stood
// (tests/fixtures/real-eval32/benhvien108-1, real-eval34/ptc4-npt-1). Asked of the text's
// last line alone: no learning page ends on two such lines.
bool closes_with_scene(std::string_view line, std::string_view before);

// "Trân trọng thông báo./.", "Trân trọng cảm ơn!": the formula a notice or a letter closes with
// ("Trân trọng …", respectfully, or the official text's end mark "./."), the text's own last
// line, never a photo's caption (real-eval74/thawaco-1, in a table's cell).
bool closes_as_letter(std::string_view line);

// The same place right under the lead, the text's only paragraph (a page cut under its first
// photo: nothing but the lead stands over the line, so it heads no part and ends no text of
// its own): who the photo shows opening it (caption_score.h shows_who_or_what), a person named
// with their title in it (scene_caption.h names_titled_person) and an act done before a
// camera, with no stop or one, whatever its length to the score's 50 words ("Đại tá
// X, Ủy viên …, Chủ nhiệm Chính trị … dự và phát biểu khai mạc lớp bồi dưỡng." under a lead of
// 30 words). Never who attended (attendance.h), a slogan or praise. Seen on the learning
// sets' pages as run-perturb cuts them after a caption (bench/README.md "What unseen sites
// break": five first-sight misses were a caption as the store's cut text's last line).
bool closes_cut_lead(std::string_view line, std::string_view lead);

// The text's last line told by its shape alone, where no word of it shows a photo ("Bầu bí thư
// và phó bí thư Chi bộ" under the lead of a page cut after its photo): the same place and
// shape as reads_as_closing_caption, a clause of at least 5 words with no stop under the
// text's last sentence and at most half as long, nothing of the caption score's "never" list
// (caption_score.h is_caption_shaped: a reasoning word, a sentence inside, a time opening it
// …), no page chrome (article_tail.h is_tail_chrome), slogan nor praise, and nothing pointing
// back at the text. The reader asks it only where a subheading cannot stand: the line is no
// subheading left last by a cut (text_reader.cpp asks after article_tail.h's dangling heading
// is set), so it stands under the lead, or above the byline, or under a one-paragraph text.
// Pooled from the first measurements of unseen sites (bench/README.md: real-eval18's
// ttytdakrong-1, real-eval21's bachthong-1; real-eval5's btg-dongthap-1): such a last line
// was each time a photo's caption the wording rules did not know; 4 words or fewer is a
// label ("Thông tin nội bộ"), a caption names more. Typed in lower case under the text's last
// stop, it reads as with its capital (lower_caption.h), unless words parted by commas (keywords
// planted in the page) or an office or a unit signing in lower case.
inline constexpr std::size_t kMinShapedClosingWords = 5;
bool closes_as_caption_by_shape(std::string_view line, std::string_view before);

// Photos standing together close the article, each with its caption in a row ("Các tập thể
// được khen thưởng tại Hội nghị" / "Các cá nhân được khen thưởng tại Hội nghị"): the
// paragraphs from `at` to the end are captions when, with the captions read just above `at`
// (`caption_above`: the run's first lines, read by other rules), at most three lines under the
// text's last sentence each read as a closing caption against it, none pointing back at the
// text (back_reference.h). A subheading never closes a text: nothing is left under it to head.
bool closes_with_captions(const std::vector<Paragraph>& body, std::size_t at, bool caption_above);

// A gallery closing the article goes on to its end: under two captions or more read in a row
// (`captions_above`: "Dâng hương tại đền thờ Ngô Quyền", "Dâng hương tại am Mỵ Châu"), the
// paragraphs from `at` to the end, at most six, are its captions when each is a caption's shape
// with no stop (caption_score.h is_caption_shaped: "Biểu diễn múa rối nước", "Chương trình văn
// nghệ kỷ niệm"), no page chrome and nothing pointing back at the text: a subheading never
// closes a text, nothing is left under it to head.
bool closes_gallery(const std::vector<Paragraph>& body, std::size_t at, std::size_t captions_above);

// Photos closing the article with captions no wording rule knows ("Hướng dẫn người dân xúc rửa
// lu" / "Đậy kín vật chứa nước" / "Các hòn non bộ của trường học đều được thả cá bảy màu" under
// the text's last sentence, real-eval85/hcdc-1): the paragraphs from `at` to the end are
// captions when they are three to six lines with no stop (nor a colon) under a paragraph of body
// text ending with its stop, each of at least 4 words and at most half as long as that
// paragraph, with no digit ("Triển lãm diễn ra từ ngày 27/04/2019 đến hết ngày 02/05/2019", the
// text's last line with its stop left out, real-eval44/thuvientphcm-1), caption shaped
// (caption_score.h is_caption_shaped), not in capitals, no page chrome, no slogan nor praise,
// no attendance, no office or unit signing or named first with no act (a signature's lines:
// "Ban Chỉ đạo …" / "Trung tâm Y tế huyện …" / "Khoa Kiểm soát bệnh tật …"), nothing pointing
// back at the text; and the paragraph above announces no list ("… các biện pháp sau đây.", "…
// như sau.": its items stand under it). A subheading heads text under it; a row of three with
// none under the last heads nothing.
bool closes_with_photo_row(const std::vector<Paragraph>& body, std::size_t at);

// Two photos closing the article, the second caption a scene's sentence with its stop: the
// paragraphs at `at` and `at + 1` are the body's last two, under the text's last sentence; the
// first reads as a closing caption (reads_as_closing_caption, or closes_as_caption_by_shape:
// "Trường ĐHTN đạt giải Ba Hội diễn văn nghệ"), the second ends with its one stop, is caption
// shaped and at most 50 words (caption_score.h is_caption_shaped: no reasoning word, no time
// opening it), names an act done before a camera and a person by their title ("Đội thi văn nghệ
// chụp hình lưu niệm với TS. X - … và đồng chí Y - …."), at most half as long as the text's last
// sentence, and lists no attendance, praises nothing, points back at nothing. Alone the second line
// would be a sentence the text may end with; under a caption, among the photos, it is the next
// one's (tests/fixtures/real-eval43/ttn-1). `first_read`: the first line is a caption already, read
// by another rule (it retells the title …), and is not asked again.
bool closes_with_caption_pair(const std::vector<Paragraph>& body, std::size_t at,
                              bool first_read = false);

}  // namespace tuyentap
