// Photo stories in a page's text: the photos' captions told by what the article says of its
// photos, where no caption rule (caption.h, scene_caption.h) can tell them by their shape.
//  - A paragraph announces the photos that follow ("Một số hình ảnh phiên trù bị …:",
//    "Dưới đây là những hình ảnh phóng viên ghi nhận được …"): the short paragraphs after it
//    are their captions (the photographer's byline among them stays a byline).
//  - The title says the article is a photo story ("Chùm ảnh: …", "Phóng sự ảnh: …", "…
//    (11 hình)"): a short line with no stop between its paragraphs is a caption, not a
//    subheading (a photo story has none).
// Seen on government and Party news pages (tests/fixtures/real-eval5/).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "article/article.h"
#include "article/text_lines.h"

namespace tuyentap {

// The paragraph's last sentence (at most 40 words) speaks of photos ("ảnh", with its mark:
// "anh" is a man) and either the paragraph ends with ':' and the sentence says "hình ảnh",
// or the sentence opens as an announcement does ("Một số hình ảnh", "Dưới đây là", "Sau đây
// là", "Mời bạn đọc", "Xin giới thiệu", a gallery's name "Album ảnh", "Thư viện ảnh"; not
// "Hình ảnh …", which is as often figurative), or it is a label "Những hình ảnh …" of at most
// 15 words, bulleted or not, with no stop and no verb's marker ("được", "đã" …): "Những hình
// ảnh ấy đã in sâu …" is a sentence.
bool announces_photos(std::string_view paragraph);

// "Một số hình ảnh …", "Những hình ảnh …" (some photos of …) opening the line, any case: a
// gallery's label.
bool opens_gallery_label(std::string_view line);

// "Một số hình ảnh …" only ("Những hình ảnh đẹp về …" opens link titles as often): a gallery's
// label whose captions may be glued on after it ("… huyện Thuận NamĐoàn kiểm tra nguồn nước …",
// real-eval85/thuyloi-ninhthuan-1), no box of link titles glued together when it closes the
// text (text_prepare.cpp, text_blocks.cpp).
bool labels_some_photos(std::string_view line);

// "Hình ảnh buổi tuyên truyền tại Trường THPT Phan Đình Phùng": the photo of a session, "Hình
// ảnh buổi" first (any case), at most 20 words, no stop, colon or quotation: a photo's caption,
// naming the one photo it stands under ("buổi", a session, is no figure of speech; "buổi sáng",
// "buổi sớm mai" …, a time of day, is a feature's heading); a gallery's label says "Một số hình
// ảnh" (announces_photos). So is the photo of an act at a place: "Hình ảnh ôn truyền thống tại
// trường THCS Phước Hòa, phường Phước Hòa" (real-eval93/tuoitre-brvt-1), words in lower case
// after "Hình ảnh", then "tại" before a place's noun (a school's, a commune's, a yard's …) and
// its name, the line closing on the name ("… tại trường làng vẫn in đậm …" names none).
bool names_session_photo(std::string_view paragraph);

// "Chùm ảnh: …", "Ảnh: …", "Phóng sự ảnh …", "[Ảnh] …", "(Ảnh) …", "Photo: …", or a title
// ending in a count of photos: "… (11 hình)", "(8 ảnh)", "(10 hình ảnh)".
bool is_photo_story_title(std::string_view title);

// Marks the body's captions (PhotoHint::Story) by the two rules above: at most 60 words
// each, never a byline nor a line with a credit ("Ảnh: Lê Anh", which the caption above
// takes as its credit). A paragraph of body text after the photos ends them, and so does the
// text's signature under an announcement: "-Nguyễn Hoa-" set apart by dashes, or a writer's
// name over the body it writes for closing the file ("Thu Yến" / "Bảo tàng – Thư viện tỉnh Bà
// Rịa – Vũng Tàu": no verb's mark, no stop, at most three words in lower case in a row).
// body[0] is the lead.
void mark_photo_story(std::vector<Paragraph>& body, std::string_view title);

// A gallery whose captions open in the same words, one under another after the lead: three
// or more lines in a row opening with the same word, each a caption the rules may give (no
// byline, no credit), one sentence of at most 30 words with no question, colon or ellipsis,
// no two the same, and at least three of them shaped as captions by their words alone (no
// reasoning word, no time opening them: caption_score.h is_caption_shaped). "Đoàn viên thanh
// niên thị trấn Trần Văn Thời thu gom rác …." / "Đoàn viên thanh niên xã Phong Lạc trồng cây
// … để chống sạt lở đất." / "Đoàn viên thanh niên xã Khánh Bình Tây thu gom rác …."
// (real-eval46/batgt-camau-1); "Chư tôn đức chứng minh hạ trường." / "Chư Tăng hành giả an
// cư" / "Chư tăng quang lâm Chánh điện …" (real-eval47/phathocdoisong-1): the text's sentences
// do not stand so, each short and alike with
// nothing between them. So are three or more lines in a row each naming a person alone by a
// form of address ("Cô Lê Huyền Trang" / "Cô Nguyễn Thị Ái Phương" / "Thầy Kim Minh Quan":
// address_words.h's forms, the kin forms, a teacher's "Cô" and "Thầy"; two to five capitalised
// words after it and nothing else): portraits in a row (real-eval47/thphuong10-1); a list of
// people gives their posts. Marks them PhotoHint::Story; body[0] is the lead, never one.
inline constexpr std::size_t kMinParallelCaptions = 3;
void mark_parallel_captions(std::vector<Paragraph>& body);

// A gallery closing the text with no word announcing it: under the text's last sentence (a
// paragraph of body text ending with its stop), four lines or more in a row with no stop, each
// at most a caption's 50 words, none a label (a colon in it), a list's item, a line in
// capitals, page chrome, an office or a unit signing, nor a writer's name (a family name
// opening a byline's shape: the byline closes the run), and one of them at least a caption's
// shape (caption_score.h is_caption_shaped). A subheading heads text under it: four in a row
// with no sentence under any of them are the captions of photos the page text lost ("Cổng
// trại" / "Trại sinh tập trung chuẩn bị cho lễ khai mạc" / "Niệm Phật" / "Chào cờ" …,
// real-eval55/giadinhphattu-1; a kindergarten's outing told in four lines under its photos,
// real-eval54/muaxuan-1). Never where a byline stands: the line right under the last sentence
// may sign (a byline's shape, two names around a dash, an office), and the run's last line with
// a name's shape (a pen name, no family name opening it) is left to sign. Marks them
// PhotoHint::Story, before the byline is looked for: "Niệm Phật" among them is a photo's, no
// writer's name.
// Two or three such lines close a gallery too when they close the file and tell again what the
// text told: none tells with a reasoning word, half of each line's words or more are the text's,
// and one line has three words in a row that stand in a row in the text ("Lễ đài Phật Đản 2556
// tại chùa Từ Đàm (đang trang hoàng)" / "Lễ Phật Dản 2556 tại chùa Từ Đàm" / "Thuyền hoa cúng
// dường Phật Đản tại sông Hương" under a text on the pagoda's feast, real-eval65/chuatudam-1):
// related posts' titles share less of the text, and a text's own last lines that lost their
// stops tell, as sentences do.
inline constexpr std::size_t kMinClosingGallery = 4;
inline constexpr std::size_t kMinShortClosingGallery = 2;
void mark_closing_gallery(std::vector<Paragraph>& body);

// A gallery's label: a paragraph that announces photos (announces_photos) and says nothing
// more, whatever it ends with: one sentence of at most 30 words (40 when it ends with its
// colon, which says its photos come under it) with no comma and no verb's mark ("được", "đã"
// …: "Một số hình ảnh tư liệu được trao tặng bảo tàng tỉnh." tells what the photos are, the
// writer's sentence); in round brackets it reads as without them, a comma inside listing what
// it names. "Một số hình ảnh tặng quà tại các xã", "Một số hình ảnh tại buổi lễ:". Over its
// photos' captions it heads them (text_blocks.h), no caption of its own.
bool is_gallery_label(std::string_view paragraph);

// Drops the body's last paragraph when it is a gallery's label (it announces photos, as above)
// and nothing follows it once the byline is taken: "Một số hình ảnh tiêu biểu", "Một số hình
// ảnh tại buổi lễ:", "Sau đây là một số hình ảnh của Đại hội." over photos the text does not
// carry (their captions gone, or only chrome where they stood) introduces nothing, a dangling
// line in the book. With its photos' captions after it, it is not last and stays. Only a
// label-shaped paragraph, whatever it ends with: one sentence of at most 30 words (40 when it
// ends with its colon, which says its photos come under it) with no comma, no verb's mark; a
// paragraph with more (a sentence before the announcement, a clause) is body text and stays. Never
// the lead (body[0]). So is the label with only its photos' credit alone under it ("Một số
// hình ảnh của ngày hội." / "Ảnh: Đoàn đội"): the credit is the gallery's, whose photos are
// gone, no caption's; both go (a credit attached to the label would make it a caption).
// Returns the dropped text (both lines, when the credit goes too), for the article's warnings.
std::optional<std::string> drop_closing_photo_announcement(std::vector<Paragraph>& body);

// Drops a gallery's label that opens as galleries do and announces its photos with a colon
// ("Một số hình ảnh từ hội thi:", "Những hình ảnh …:") where the text goes on right under it, a
// paragraph of two sentences or more with no photo's hint and no photo's caption or number: the
// page text lost the photos, and the label introduces nothing (real-eval77/pctu-1). Never the
// lead (body[0]) nor the last paragraph (the closing rule's); a label with no colon may head a
// part, and "Hình ảnh Bác Hồ trong thơ ca:" does. Returns the dropped labels, for the warnings.
std::vector<std::string> drop_photoless_gallery_labels(std::vector<Paragraph>& body);

// The gallery's label with its photos' captions after it, the text's last paragraph once the
// blocks are read ("Dưới đây là hình ảnh của buổi khánh thành." over three captions and
// nothing else): it heads the gallery, no paragraph of the text (which ends above it), so it
// becomes a heading; a label as is_gallery_label says only, never the lead.
void head_closing_gallery(Article& a);

}  // namespace tuyentap
