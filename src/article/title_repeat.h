// The title printed again in the body, for the text reader's step 3 (text_reader.h
// clean_body_start): "Title - ảnh 1", "Title hinh anh 2", "Title - 1" or the title itself (a
// photo's alt text, a video's title), and a related box's link that cut the title and glued
// the next link's on.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tuyentap {

// How a paragraph repeats the title: not at all, alone, with a photo placeholder's number or
// photo word, as a placeholder with the next line glued on ("Title - Ảnh 2.Cháy rừng …", a
// related article's box), or as a photo's alt text (the title, the photo word and its number)
// glued to the photo's caption with no space ("Title ảnh 1Khi dịch bệnh … Ảnh: Văn Đức",
// tests/fixtures/real-eval36/dantocmiennui-1: the number runs into a capital).
// The title with a full stop put after it is Stopped ("THẦY HIỆU TRƯỞNG … NĂM 2018." under the
// same words with none, real-eval88/dongdo-1): the title again, as a sentence would close.
enum class TitleRepeat { No, Alone, Numbered, Glued, CaptionGlued, Mistyped, Stopped };

// The title typed again with one letter mistyped, as a whole paragraph, is Mistyped ("Công ty
// Công Chu …" under "Công ty Sông Chu …"; a title of 6 words at least): alone, as the page
// printed it, though not the title's own words, so that the reader tells the line it drops.
// `folded_title` is the title after fold_for_match.
TitleRepeat repeats_title(std::string_view p, const std::string& folded_title);

// The title printed again in capitals over the article with a word or two changed, added or
// dropped ("LỄ TỐT NGHIỆP TRONG MÙA DỊCH CỦA CÁC CÁC BẠN …" over "LỄ TỐT NGHIỆP RA TRƯỜNG TRONG
// MÙA DỊCH CỦA CÁC BẠN ….", real-eval91/mn-sarai-1: the page's heading and the article's own):
// `p` in capitals (the title in any case), at most 4 words longer than the title, at least 4 in
// 5 of the words of each standing in the other in order (folded; the longest run common to
// both), and no number changed (each giving a number the other lacks: a heading of another
// year's event is its own; a year added is the title's again). Only a title of 6 to 80 words,
// so that no heading is taken for it by chance; the lead of a page in capitals has its own
// words. The reader asks it only over the article's text (a sentence of it under the line, not
// in capitals).
bool retells_title_in_capitals(std::string_view p, std::string_view title);

// Where the article's text starts in a paragraph that opens with the title in capitals and
// then the lead with no line between ("DIỄN TẬP PHƯƠNG ÁN … NHA TRANG 2025 Công tác phòng
// cháy …", real-eval89/urenconhatrang-1: the CMS set the title again at the head of its
// text): the title as printed (in capitals, 6 words at least), a space, then a word with a
// capital and a small letter and no label's colon ("Ảnh: …" is a photo's credit), and the rest
// a sentence of its own (a stop in it). nullopt when the paragraph does not open so.
std::optional<std::size_t> text_after_title_in_capitals(std::string_view p, std::string_view title);

// Where the caption starts in a paragraph repeats_title reads as CaptionGlued: the capital
// right after the photo word's number ("… ảnh 1Khi …" → "Khi …"); nullopt when none.
std::optional<std::size_t> caption_after_alt_text(std::string_view p);

// A related-links box that cut the title inside its last word and glued the next link's
// title on: "… lần thứ VI" as "… lần thứ VHà Nội: Chiều nay …". Only a title of at least 6
// words, so that a paragraph can hardly start that way by chance.
bool cut_title_glued(std::string_view p, std::string_view title);

}  // namespace tuyentap
