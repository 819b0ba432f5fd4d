// A page that shows no title: its text opens with the article's own sentences (a print view,
// a copy that left the heading out, a photo story that opens with its first caption). What
// the header rules took for its title is then the article's first paragraph, and no line of
// the page is the title: the article is read untitled (the book sets "(Bài không có tiêu đề)",
// book/presentation.h) rather than titled with its sapo, which would also shift the lead and
// the byline.
#pragma once

#include <string_view>
#include <vector>

#include "article/text_lines.h"

namespace tuyentap {

// "… vừa ban hành Thông báo …", "… đã tổ chức thành công …": a word that sets the act in the
// past ("đã", "vừa" before a verb), as a report tells it; a headline leaves the tense out
// ("Chi bộ … tổ chức Đại hội …"). "vừa qua" (lately) is no tense of a verb.
bool tells_past_act(std::string_view paragraph);

// The paragraph the header took for the title is the article's text: body text
// (text_lines.h is_body_text), or a sentence of at least 6 words ending in one "." (a photo's
// caption or a sapo; a title ends in no stop, or in "…"), or a line of at least 20 words that
// sets its time first ("Ngày 20/4/2021 tại …": a sapo whose stop the page left out) or right
// after an opening clause ("Được sự cho phép của …, sáng nay, ngày 21 tháng 1 năm 2020 …"), or
// that tells its act in the past with its clauses set off by commas ("…, đúng trình tự, …
// đ/c … đã đọc và trao …"). A
// question or an exclamation, in quotes or not, may be a title and is never taken for text
// here; nor is a sentence that closes on a term of office ("…, nhiệm kỳ 2022 – 2025.": it names a
// congress last, as a title does; at most one comma, no colon, at most 30 words, its time or
// place not set first), nor, with the same limits, one that closes on the day it marks written
// whole ("… chào mừng ngày 30 tháng 4 năm 2018.", "… ngày 26/3/2024.": an occasion named last)
// or on an anniversary's span of years in brackets ("… ngày Quốc tế phụ nữ 8/3 (08/03/1910 –
// 08/03 2023).") unless it names who a photo shows and an act before the camera (a caption), or
// on its year after a dash ("Lễ ký kết giao ước thi đua khối ngân hàng I - Năm 2019.": the
// event and the year it belongs to; a caption names no year so). A
// photo's caption that is its credit alone ("Ảnh: Quang cảnh đại hội", caption.h: the label first)
// is text too: a page stored from its first photo down.
bool is_untitled_opening(std::string_view title_paragraph);

// "Ngày 28/7/2017, HĐND thành phố Đà Nẵng ban hành Nghị quyết sắp xếp tổ dân phố …" over
// "Ngày 28/7/2017, HĐND thành phố Đà Nẵng thông báo ban hành Nghị quyết số 108/NQ-HĐND …": a
// line with no stop that sets its time first, whose next paragraph opens with the same six
// words or more (the day, who acted) and then goes on in other words, is the title the lead
// retells (real-eval51/hoaminh-danang-1), no sapo that left its stop out: a sapo's paragraph
// under it tells what follows, not the same day and actor again; the same line again whole
// is the sapo printed twice. At most 30 words.
bool is_dated_title_retold(std::string_view title, std::string_view next);

// "Đoàn Thanh niên phường … tổ chức Lễ kết nạp đoàn viên nhân dịp kỷ niệm … (19/5/1890 -
// 19/5/2024).", then "Trong không khí …, ngày 19/5/2024 Đoàn phường … tổ chức lễ kết nạp …":
// a title that ends in a stop, told again by the paragraph under it. It is one clause (no
// comma: a sapo or a caption sets its time, place and clauses off with commas) of at most 40
// words, and the next paragraph repeats a run of at least 5 of its words. A caption opening
// a photo story ("… ra mắt Đại hội.") may be retold so too: the reader takes this for a title
// only when no later paragraph is such a clause as well (is_one_clause_sentence: the other
// captions, "Quang cảnh Đại hội."). A sentence that sets its time first ("Trong 3 ngày (từ
// 29 - 31/12) …", "Sáng 20/7 …": a word of time, then a number) is a sapo, never such a
// title; nor is one that names who attended ("Tham dự buổi lễ có đồng chí …", "Về dự …
// có …"), nor one that tells its act in the past ("… vừa ban hành …", "… đã tổ chức …": a
// report's tense, which a headline leaves out; also a guard of the term's and the day's
// sentences above). Linear in both lengths.
bool is_title_retold_below(std::string_view title_paragraph, std::string_view next_paragraph);

// A sentence of 4 to 40 words ending in one ".", without a comma: a title that ends in a
// stop, or a photo's caption.
bool is_one_clause_sentence(std::string_view s);

// The article's own text where a page's header would stand, above what the header took for
// the title of a page that shows none: a sentence of the body (is_body_text), or a lead of at
// least 12 words that announces a list ("…, trong đó gồm:", items under it), or a sapo of at
// least 20 words that sets its time first, its stop left out ("Sáng 9/11, tại sân bóng đá …,
// Sở … tổ chức Lễ khai mạc …", real-eval97/thcsmangden-1). Menus, banners and box titles are
// none of these.
bool opens_article_text(std::string_view paragraph);

// A photo's caption that names people and what they do before the camera: who the photo shows
// opens it (caption_score.h shows_who_or_what: "Đồng chí …", "Đại diện …", with nothing that
// rules a caption out), an act done before a camera (scene_caption.h shows_photo_act: trao,
// tặng, phát biểu …), and no final stop.
bool reads_as_people_caption(std::string_view paragraph);

// The paragraph the header took for the title is the page's first photo's caption (a print
// view that opens at the photo, "Đồng chí … - Bí thư Đảng uỷ xã và đồng chí … - Chủ tịch UBND
// xã tặng quà cho trẻ em …"): a people's caption (above) of more than 30 words, longer than a
// title runs (title_score.h kUsualTitleWords). The reader asks it only where the header has
// no date line and a later paragraph of the text is such a caption too (the page's other
// photos): a title may name people and an act, and a long one may stand alone.
bool is_caption_opening(std::string_view title_paragraph);

// "(Đồng chí … phát biểu khai mạc Hội thi)": a paragraph of at least 4 words wholly in round
// brackets, the first ")" its last character. No page of the learning sets brackets its
// title whole (an agency's tag in brackets opens one: "(TTV) Phát triển Đảng …"); a page that
// brackets its photos' captions does. The reader takes such a paragraph where the title
// stands for the page's first caption only where the header has no date line and a later
// paragraph is bracketed whole too (the page's other photos): the page shows no title.
bool is_bracketed_whole(std::string_view paragraph);

// "ĐVTN giúp làm đường bê tông tại nhà Bà …, thôn Pùng Chằm" where the title stands, then
// "ĐVTN giúp làm đường bê tông tại nhà ông …, thôn Nà Ngò" and the first line again between
// the text's paragraphs (real-eval48/tnmtbackan-1): a gallery's captions, one a photo, that
// open with the same words. The paragraph the header took for the title is the first of them
// when two or more short lines of the body (at most 30 words, no sentence of the body's shape)
// open with its first six words: no title is told again so, twice. The reader asks it only
// where the header has no date line.
bool is_gallery_opening(std::string_view title_paragraph, const std::vector<Paragraph>& body);

// "VACA" where the title stands and again, alone, as the text's last line (real-eval92/vaca-1,
// an amateur astronomers' club): a name of at most three words, each capitalised, initials in
// capitals or two words at least ("Hải Đăng"), and no stop, printed over the text and under it,
// a theme's "written by" line with its label gone ("Mẹ" or "Quê hương" over a poem and under
// it is its title). The page shows no
// headline; the line under the text is the byline (end_byline.h). Only where the body holds
// two paragraphs or more: a title over its one line is no such pair.
bool signs_both_ends(std::string_view title_paragraph, const std::vector<Paragraph>& body);

}  // namespace tuyentap
