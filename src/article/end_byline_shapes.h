// The byline at a page's end in the shapes some sites give it and the end-byline search
// (text_end.h) did not read: a writer's name in brackets or a writer's label glued after the last
// sentence, a name
// with the writer's unit glued after it with no mark between, a newsroom's role before a
// handle in lower case; and the link or widget label a page prints after the article, which
// ends it rather than signing it or being its last paragraph.
#pragma once

#include <cstddef>
#include <string_view>

namespace tuyentap {

// "… nhiệm kỳ 2020 – 2025. (Hà Nguyên)": where the writer's name in brackets that a site glues
// to the end of the last paragraph begins (the offset of its '('), or npos. The bracket follows
// a sentence's stop (". ", "! ", "? ", "… ", "./. "), not a closing quote (a quotation's
// source: "… tự do”. (Hồ Chí Minh)"), and holds a person's name in title case, one to six
// words, or two joined by a dash: no source ("(Theo TTXVN)"), no acronym, no word in lower case
// ("(Còn nữa)", "(Ảnh minh họa)"), no digit ("(Kỳ 2)"). A bracket inside a sentence stands
// before its stop ("… tỉnh (Hà Giang).") and is no byline. It may hold a writer's credit instead
// (is_writer_credit: "(Y.T., Sở Ngoại vụ TPHCM)", real-eval71/mofahcm-1).
std::size_t glued_name_in_brackets(std::string_view paragraph);

// "Y.T., Sở Ngoại vụ TPHCM", "Minh Anh, Văn phòng Huyện ủy": a writer's credit as an old portal
// brackets it after the text, the writer's initials (byline_name.h is_initials) or name (no
// province's, no source's), a comma, then an office or a unit by its name
// (office_byline.h, writer_unit.h; at most eight words, no comma).
bool is_writer_credit(std::string_view credit);

// "… trên địa bàn tỉnh.Tin: Trương Thị Yên": where a writer's label that a site glues to the last
// sentence's stop begins (the offset of its first letter), or npos. The label is one that
// credits the text, closed by its colon (byline.h opens_with_writer_credit: "Tin:", "Bài:",
// "Thực hiện:", "T/h:", "Tin, ảnh:" …), right after a stop (".", "!", "?", "…", "./."), with a
// space or none; the text before it closes a sentence (a quotation's closing mark may stand
// before the stop: "… đất nước”.Tin: Ngọc Anh", the label telling a byline from a quotation's
// source) and the line from the label on is a byline whose label comes off to leave a writer
// (byline.h author_in_byline): "… năm 2022. Tin: Minh Anh" too. A label inside a sentence
// ("… gồm: …") follows no stop. A source's credit under the paragraph ("Nguồn: …") is looked
// past (text_end.cpp).
std::size_t glued_labelled_byline(std::string_view paragraph);

// "… vào Quý III năm 2008. PV.": where a newsroom's role that signs the text in place of a name
// (PV, CTV, BTV: its reporter, contributor or editor), glued after the last sentence's stop with
// a space, begins, or npos (real-eval68/vncvanhoa-1). So do two writers' initials joined by a
// dash ("… Trường Đại học Y Dược Huế . AP-LQ", real-eval85/huemed-1: groups of one to three
// capitals). The text before it is prose closing a sentence; the role's own full stop is the
// byline's.
std::size_t glued_newsroom_role(std::string_view paragraph);

// "Hồng Mai Trung tâm TT/GDSK" → "Hồng Mai": a writer's name (two to four words in title case)
// and the writer's unit after it with no dash, comma nor bracket between (writer_unit.h: "Trung
// tâm …", "Phòng …", "Đài TT …", "Huyện đoàn"), at most 12 words; the unit's own words in
// lower case tell it from a third word of the name ("Mai Trung" is a name, "Trung tâm" a unit).
// Empty for any other line.
std::string_view name_before_glued_unit(std::string_view line);

// "Cát Đằng đưa tin" → "Cát Đằng": a writer's name (byline.h looks_like_byline) or an office
// ("Ban Truyền thông", office_byline.h signs_as_office) and the verb
// "đưa tin" (reports), as parishes' and communities' pages sign their news; a final stop aside.
// Empty for any other line ("Báo chí đưa tin về sự kiện này." names no writer: no byline's
// shape before the verb).
std::string_view name_before_reporting_verb(std::string_view line);
// The verb, with the space before it: byline.h author_in_byline takes it off a labelled name too.
inline constexpr std::string_view kReportingVerb = " đưa tin";

// "btv chiminh", "CTV hoanganh86", "Btv Chiminh": a newsroom's role (PV, CTV, BTV) in any case
// before one handle, a word of ASCII letters in lower case and digits as a site's account is
// written, its first letter perhaps a capital (a copy in title case). A role before a
// Vietnamese word in lower case ("pv tổng hợp") is the role alone.
bool is_role_and_handle(std::string_view line);

// "X.Trinh", "N.V.An": a byline whose initials are glued to the name, no space after their
// dot, which a page's footer rule reads as a web address ("x.trinh"): a byline when the line,
// at most 4 words, is one with a space after that dot ("X. Trinh": byline.h
// looks_like_byline). An abbreviation of two letters or more ("TP.HCM") is no initial.
bool signs_with_glued_initial(std::string_view line);

// "nhung.truong": the poster's account as a site prints it under the text, a given name and a
// family name in ASCII lower case joined by one dot (two to twelve letters each), which the
// footer rule reads as a web address; the second part no top-level domain ("tamtri.vn",
// "abc.com"). The account signs the text as it is written.
bool signs_with_account_handle(std::string_view line);

// "===== Nguyễn Thị Phong=====", "-- Thu Hà --" → the name: a line framed by runs of one mark
// (at least two of `=`, `-`, `*`, `~`, `_`, `#` or `+` on each side), as a site's editor sets the
// signature apart under the text; the text inside, trimmed. Any other line as it is.
std::string_view without_frame(std::string_view line);

// "-Nguyễn Hoa-", "- Minh Anh -", "– Thu Hà –" → the name between: one hyphen, en dash or em
// dash at each end, the same at both, as a site sets the signature apart under the text (a
// frame of one mark, which without_frame leaves: a list item opens with a dash but does not
// close with one). Only a person's name of two words or more (byline.h looks_like_name), no
// place nor paper: "- Hết -", "- Quảng Ngãi -", "- Theo Báo Quảng Ngãi -" sign nothing. Empty
// when the line is not so set; the caller judges the name as a byline too.
std::string_view between_dashes(std::string_view line);

// "[Trở về]", "[In bài]", "QR Code", "image advertisement": a link the page's text copy keeps in
// its square brackets (at most four words, no colon: "[Ảnh: X]" is a credit), or a label in no
// Vietnamese (vi_syllable.h is_foreign_phrase, one word at least of it in no capitals and no
// initials: an acronym, "Tin HCMUS", or initials in title case, "Tx - P.L.H.Hà", may sign; and
// not a plain name, two to four words each a capital then lower case, none a word of a page's
// controls in English: "John Smith", "Tin Hcmus" may sign, "Back To Top", "Read More" are
// controls): the page's own widget after the article, never its byline nor its text.
bool is_link_or_widget_label(std::string_view line);

}  // namespace tuyentap
