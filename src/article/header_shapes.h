// Shapes of one or two header lines that the header rules (text_header.h) test: a part of a
// series, a copy opening inside the article, a place dating a print view, and which of two
// lines over the body is plainly the better title.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

namespace tuyentap {

// "Bài 2: …", "Kỳ III - …", "Phần cuối: …": one part of a series, whose name stands above it.
bool opens_series_part(std::string_view s);

// "Hải Phòng, ngày 27 tháng 02 năm 2020" with `place` its part before the date: a place of at
// most four words, no digit, then ", ngày" and the date: where a document or a print view
// dates itself from, never a title.
bool dates_from_place(std::string_view line, std::string_view place);

// "Trả lời:" (an answer's label), "1. Tư tưởng Hồ Chí Minh về …" (a part's heading, led by its
// number): a label or a part of the article, which no title is (title_score.h plainly no
// title), first in a file: the copy opens inside the article, its title left out.
bool opens_inside_article(std::string_view first);

// "<title>" over "<a question asked, a sapo, a label>" at k and k + 1: the upper of two lines
// is the title, not a kicker over it, when it is plainly the better title (title_score.h) by
// two points or more; one feature alone (capitals, a longer line) does not make a kicker a
// title. `twice` marks the paragraphs printed twice (text_header.h find_header).
bool upper_is_better_title(std::span<const std::string_view> paras, const std::vector<bool>& twice,
                           std::size_t k);

// "<line>" printed twice over "<page title>", the body text third (paras[0..2]): the doubled
// line is a photo's alt text and caption, the header's chrome, and the title is the line under
// it (a page seen once); but it is the Title, printed twice over a subtitle or a photo's
// caption, when the lead (paras[2]) retells more of it than of the line under it (runs of four
// words); else, of a kicker's shape (text_header.h) and not worded as a photo's caption (who or
// what it shows, a view, a scene: "Toàn cảnh hội nghị"), it is the section's name (Kicker), as
// a breadcrumb's last step and the section's heading both print it: the topic.
enum class DoubledLine { Title, Caption, Kicker };
DoubledLine doubled_line(std::span<const std::string_view> paras);

// "<sapo, its stop left out>" over "<the same sapo, its stop>, <more>": the page printed the
// lead twice, the first time where a title would stand (paras[0], paras[1]).
bool sapo_printed_again(std::span<const std::string_view> paras);

// "Tin nổi bật, Người Việt tại Séc, CỘNG ĐỒNG": the sections a post is filed under, as a blog's
// template lists them under its title: two or more items parted by ", ", each of at most four
// words opening with a capital, no digit, no final stop. A title's commas part clauses of more
// words, or go on in lower case.
bool is_section_list(std::string_view s);

// "- Kỷ niệm 94 năm Ngày thành lập Đảng": a title the copy set after a dash, which a menu's
// item ("- Trang chủ", a few words) is not.
bool dashed_title(std::string_view first);

// "“Mùa xuân là Tết trồng cây – Làm cho đất nước càng ngày càng Xuân”" under a title: a saying
// quoted whole on its line, eight words or more, as a page sets a motto or a verse over its
// text. It opens the text (the lead), no title under a kicker: the line over it is the title
// (real-eval48/tuoitrenuithanh-1). A short quoted line ("“Lê Quốc Vinh”") may be a title.
bool is_quoted_saying(std::string_view s);

// "Thành phần tham gia Hội thảo:" over "1. Ông Trần Ngọc Cường Giám đốc …", "2. Ông …", "3. …":
// a line of three words or more that ends with its colon over a list numbered from 1, at least
// three items in a row of more than five words each (paras[i + 1 …]; a menu's numbered items,
// "1. Tin tức", are a few words): the text announcing its list, where the body starts. A page's
// header numbers none of its lines, and a list's items read as no sentences (they have no stop), so
// the body would otherwise start under them, their lines lost with the header
// (real-eval70/vqgxuanson-1, a workshop's participants).
bool opens_numbered_list(std::span<const std::string_view> paras, std::size_t i);

// "<title>", "<title>", "Đảng Việt nAM", date line at d: a page that prints its title twice
// (a heading and the article's own), then its section just above the date. The line printed
// twice is the title and the short line under it the section, though a kicker usually stands
// above the title. `twice` marks the paragraphs printed twice that the reader kept once.
bool section_under_doubled_title(std::span<const std::string_view> paras,
                                 const std::vector<bool>& twice, std::size_t d);

// Two lines of a title's shape (no final stop, not body text) at k and k + 1 right before
// the body text: the upper is the section or series they belong to and the lower the title,
// as pages print them (a sapo is a sentence).
bool kicker_then_title(std::span<const std::string_view> paras, std::size_t k);

// "Sốt xuất huyết" / "Cập nhật: 17:02 - 23/06/2020 | Lần xem: 1276" / "Huyện Cần Giờ: Giám sát
// hoạt động phòng chống Sốt xuất huyết tại các Trạm Y tế" / body text: a section's name of at
// most four words right over the date line at d, and under it a title's line at least twice as
// long that names the section in its own words, then the body (real-eval85/hcdc-1). A short
// title over its date line has no longer title under it naming it; a photo's caption there
// shows people, at an act or not (untitled_page.h reads_as_people_caption, caption_score.h
// shows_who_or_what, reads_as_caption_over_lead: "Cán bộ, đoàn viên tham gia hiến máu …") or the
// hall's view or a scene ("Toàn cảnh ngày hội …", view_caption.h, scene_caption.h), and the short
// line stays the title.
bool section_over_date_named_in_title(std::span<const std::string_view> paras, std::size_t d);

// "Cải tạo nâng cấo 1 số công trình …" over "Công ty Thủy lợi Vĩnh Bảo cải tạo nâng cấo 1 số công
// trình …": the line at k + 1 is the title at k again, its subject named before it (two to
// eight words, the title's first letter now in lower case), as a sapo retells the headline
// (real-eval84/thuyloivinhbao-1). The title has at least 6 words and no final stop.
bool retold_with_subject(std::span<const std::string_view> paras, std::size_t k);

// "Sinh hoạt chuyên môn cụm 4 năm học 2021-2022 thành công tốt đẹp" over "Sinh hoạt chuyên môn
// cụm 4 năm học 2021-2022 được tổ chức tại trường PTDTBT THCS Lý Tự Trọng thành công tốt đẹp"
// (real-eval105/lytutrong-bactramy-1): the line at k + 1 is the title at k told again with two
// to twelve words inserted after its fourth word or later and before its last two at least, as
// a sapo that lost its stop retells the headline with where it happened. A line that only goes
// on after the upper's last word ("Phát triển kinh tế tập thể" over "Phát triển kinh tế tập thể
// gắn với …", a series over its part: the review's) is a section or a series over its title. The
// title is at k, the sapo under it, no section over a title (a section's label is never so retold).
// The same bounds on the title as above.
bool retold_with_more(std::span<const std::string_view> paras, std::size_t k);

// A quotation cut short as a title ("\"Xây dựng nông thôn mới, văn minh, nghĩa tình...\"") has
// a sentence's end, yet with a date line right under it it is the title, not body text: a
// body's paragraph is not followed by the date line.
bool title_over_date_line(std::span<const std::string_view> paras, std::size_t i);

// ".:Trường Đại học Tiền Giang:.", ".:: Cổng thông tin điện tử huyện X ::.": the site's or its
// body's name (header_lines.h names_the_site, office_byline.h names_organisation,
// names_unit_in_full) set between dots and colons, as old sites print it in their <title> and
// masthead (real-eval77/tgu-1): the page's, no topic and no title. A stop among the colons on
// each side; ":: Tin tức - Sự kiện ::" and ".: Tin tức :." (sections) and a title so marked
// are none.
bool is_decorated_site_name(std::string_view s);

}  // namespace tuyentap
