// How much a line of a page's header looks like the article's title. The header rules
// (text_header.h) place the title by the page's layout (before or after the date line, before
// the body text); each new site brings a shape those rules did not foresee, and a line that
// plainly is no title then stands where they look. The score rates a candidate by what any
// title shows on any site, so that such a line loses to one that plainly is a title.
//
// Features (each a reason, not a fit to one page):
//  - plainly no title (score kNotTitle): no letter; a picture's file name or a code, one word
//    ("htnndlllcc", "anh-1.jpg"; not "Mẹ"); a web address or an e-mail standing for the line
//    (glued to a word, after a label, or with at most two other words; one among a title's
//    words is the title's); a label ending with a colon ("Hội nông dân:"); a page's own line
//    (page_line.h: a menu, a phone line, counters, a widget's line, a part of the page) or a
//    breadcrumb; a date line; a part's heading of the body, led by its number ("I. TÌNH HÌNH
//    THẾ GIỚI", "2) …"); a letter's addressees ("Kính gửi: Sở Văn hóa, …", official_document.h
//    addresses_readers: the title stands over them, real-eval96/cinet-1);
//  - the site's name or a slogan (-6: "Báo Hà Tĩnh", "Chào mừng …"): a title may open so
//    ("Báo Hà Tĩnh trao giải …"), so rated down, not out: a page whose only title opens so keeps
//    it;
//  - a writer's line (-4: a byline in capitals "HOÀI NGUYỆT", after a degree, "by …", a
//    credit "Bài và ảnh: …", a plain name "Nguyễn Minh Tâm"), which
//    a short title in capitals may look like ("KẾT NẠP ĐẢNG VIÊN MỚI"): rated down, not out;
//  - its length: 3 to 30 words is a title's (+2), up to 60 a long one's (+1), one or two
//    words a box's name or a place tag (-1), more than 60 none (kNotTitle);
//  - all in capitals, of three words or more (+1): a page's heading;
//  - a final stop, comma or semicolon (-3), unless in capitals or right over the date line: a
//    title states no sentence; body text's shape (-3) likewise, but for a question of a
//    title's length (at most 30 words, no stop inside): a title may ask;
//  - printed twice by the page (+2);
//  - a report's first sentence, opening with its day and a comma ("Ngày 5/3/2025, Trường …
//    đã tổ chức …", "Sáng 15-01, tại …"; -3): a title names its event, the lead tells when;
//  - a reader's question, asked by name ("Cấp ủy chi bộ hỏi: … ?", "Hỏi: …?"; -3): what a
//    page of questions and answers prints under its title, the article's lead.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>

namespace tuyentap {

inline constexpr int kNotTitle = -100;

// A title's most words: a line of more is body text, plainly no title (kNotTitle). The header
// rules (text_header.h is_title_like) and the reader (text_reader.cpp: a header's title of more
// reads as an untitled page's text, untitled_page.h) hold the same bound, so that the three never
// disagree on what may be a title.
inline constexpr std::size_t kMaxTitleWords = 60;
// A title's usual most words: up to here a line runs as titles do (the score's +2; a question
// this long may still be a title); past it a title is a long one, a line is as likely a photo's
// caption (untitled_page.h is_caption_opening) or body text, and no line of a box of other
// articles' titles (header_chrome.h).
inline constexpr std::size_t kUsualTitleWords = 30;

struct TitleCandidate {
  std::string_view line;
  bool over_date = false;      // a date line stands right under it
  bool printed_twice = false;  // the page printed it twice
};

// A line no title ever is (the first group of features above).
bool plainly_not_title(std::string_view line);
// One word that is a picture's file name or a code ("htnndlllcc", "anh-1.jpg", "img_20.png"):
// no space, not in capitals, and a digit, a dot, '_' or '/' in it, or only lower-case ASCII
// letters and dashes (a word of Vietnamese, "Mẹ", "Xuân", is none).
bool looks_like_file_name(std::string_view line);
// The site's name or a slogan (header_lines.h, slogan.h): rated down as a title, not out.
bool names_page_chrome(std::string_view line);
// A page's title beside its date line: title-like, of at least three words (a box title or a
// menu item, "MULTIMEDIA", "Video", stands there too), not body text, nothing plainly no title
// and not the site's name nor a slogan.
bool is_page_title(std::string_view line);
// The best title among the few lines under the date line at d, before the body text: the
// best-scored of those of three words or more (the site's name or a slogan only when no other
// stands there); paras.size() when none.
std::size_t best_title_under_date(std::span<const std::string_view> paras, std::size_t d);

// A writer's line: a byline in capitals, one led by a degree, or "by <name>" (byline.h,
// by_line.h).
bool is_writer_line(std::string_view line);

// "Ngày 5/3/2025, …", "Sáng 15-01, …", "“Ngày 23/5/2021, …": opens (after a quotation mark)
// with a day, perhaps after a part of the day or "Ngày", then a comma.
bool opens_with_dated_clause(std::string_view line);
// "<asker> hỏi: …?": a label ending in "hỏi:" (at most six words before it) and a final "?".
bool is_asked_question(std::string_view line);

// The line's title-likeness: kNotTitle when plainly no title, else the sum of the features.
int title_score(const TitleCandidate& candidate);

}  // namespace tuyentap
