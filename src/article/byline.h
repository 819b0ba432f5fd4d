// The author's byline: the short line after the last paragraph.
#pragma once

#include <string_view>

namespace tuyentap {

// A byline: at most 12 words, no sentence punctuation at the end (one final "." allowed), and
// either a source ("Theo báo Bạc Liêu", "Nguồn: …"), a credit prefix ("Bài và ảnh: Thu Hà"),
// a newsroom role ("PV", "Nhóm PV", "CTV") or a person's name — 1 to 6 words each starting
// with a capital ("Hoàng Uyên", "TS. Nguyễn Văn An", "Minh Anh và Thu Hà") — optionally
// followed by a role after " - ", "," or in brackets ("Hoàng Uyên (tổng hợp)"); a military
// rank may come first ("Đại tá, PGS, TS Nguyễn Hữu Lập") and a footnote's star last.
bool looks_like_byline(std::string_view line);

// A byline that opens by crediting the text ("Tin: Minh Anh - Ảnh: Thu Hà", "Bài và ảnh: Thu
// Hà", "Thực hiện: …"): the writer's, though a photo's credit may follow in it.
bool opens_with_writer_credit(std::string_view line);

// "(Thanh Huyền)" → "Thanh Huyền", "(Kim Tiến – Tấn Hữu)" → "Kim Tiến – Tấn Hữu": a byline
// that is a name in brackets (a second writer or a unit perhaps after it), as some sites close
// an article, or a credit's label and what it credits ("(Tin và ảnh: Chủ tịch Công đoàn Công
// ty)" → "Tin và ảnh: Chủ tịch Công đoàn Công ty"), without them; any other byline as it is.
std::string_view byline_without_brackets(std::string_view byline);

// "Đỗ Thuần – Bí thư Chi bộ Các cơ quan Đảng" → "Đỗ Thuần": a byline whose name is followed,
// after a dash, a comma or in brackets, by the writer's position (Bí thư, Chủ tịch, Giám đốc, Ủy
// viên …), without it: the position says who the writer is, the author is the name. A source or a
// second writer after the dash ("Hoàng Uyên - Báo Bạc Liêu", "Kim Tiến – Tấn Hữu") stays.
std::string_view byline_without_position(std::string_view byline);
// The author a byline names, without what says how the text was made or where its writer
// works: a label that says "written by" ("Thực hiện: Minh Thư", "Tác giả bài viết: …",
// "Tác giả: …"), or "text and photos by" in any spelling ("Tin, ảnh: Tâm Anh", "Tin,ảnh; …",
// "Bài và ảnh …": text_photo_label.h), the writer's unit
// or place after a dash, a comma, a glued hyphen or in brackets ("Lê Minh Hà - Đảng ủy Khối …",
// "Thu Hà – HND xã Đông Hòa", "Văn Tú- Huyện đoàn", "Lê Hà ( Huyện Tân Phú)"; writer_unit.h's list
// of units, told from a second writer's name by a word in lower case or an acronym), what no
// name is, glued or not, after a dash, a comma or in brackets (byline_unit.h: a district's code,
// "Quang Khải-Q6", "Huy Quốc – H.Củ Chi"; an office's initials, "Doãn Thị Ý-TPT", "Hoàng Hiệp –
// VKSND tỉnh Yên Bái"; a position in words, "Nguyễn Thị Hòa – PCT Huyện hội"), a newsroom role
// after a dash
// ("- TH", tổng hợp; "- CTV") or before the name ("CTV Thu Trang", "CTV- Thu Trang", "CTV Kim
// Tiến – Tấn Hữu"; a unit after the name then comes off too). A publication
// ("Hoàng Uyên - Báo Bạc Liêu", "Tâm Hằng (TTXVN)"), a second writer ("Kim Tiến – Tấn Hữu", "Minh
// Anh - Vũ Hà") and a role spelled out in brackets ("NGUYÊN ĐOAN (thực hiện)") stay as written;
// of a writer and a photographer named apart ("Tin: Minh Anh - Ảnh: Thu Hà", "Tác giả: Minh
// Anh – Ảnh: Thu Hà") the writer is the
// author; an outlet's mark after a slash ("Thu Hòa/VOV4") and a credit label whose colon was
// lost ("Tin, ảnh Mn3/2") come off. "Theo" before a
// person's name
// ("Theo Phạm Trường") comes off, before a paper's ("Theo Thanh Niên") it stays (theo_writer.h).
// "by X" on its own line gives X as written (by_line.h). A source credit ("Nguồn: Trung tâm Tin
// tức …", "Nguồn tin: VP Đảng ủy") names where the text comes from, no writer: no author.
std::string_view author_in_byline(std::string_view byline);

// "Tin: Minh Anh – Ảnh: Thu Hà" → "Thu Hà": the photographer author_in_byline leaves out
// (told in a warning, never lost); empty when the byline credits no photographer apart.
std::string_view photographer_in_byline(std::string_view byline);

// "Nguồn: Báo Quảng Ninh" → "Báo Quảng Ninh", "Nguồn tin: VP Đảng ủy Công ty" → "VP Đảng ủy
// Công ty": the paper or office a source credit names (the credit author_in_byline gives no
// author for), without what a page's line glues after it (" .Ngày đăng: …", " | …") or a final
// stop; "Thu Hòa/VOV4" → "VOV4", the outlet after a writer's name. Empty for any other byline,
// and for a credit that names no paper nor office ("Nguồn: Internet", "Nguồn: Sưu tầm", "Nguồn:
// | …"). The article's source when nothing better is known.
std::string_view source_in_credit(std::string_view byline);

// "Nguồn: Internet", "Nguồn: Sưu tầm", "Nguồn: Tổng hợp": a source credit that names no paper
// nor office (source_in_credit gives none), so that the reader tells the line in a warning.
bool credits_no_source(std::string_view byline);

// "PV", "CTV", "Nhóm PV", "Tổng hợp": a newsroom's role alone, which signs a text and names
// no section.
bool is_newsroom_role(std::string_view line);

// The text opens with such a position: "Bí thư …", "Chánh Văn phòng …", "Phó Chủ tịch …".
bool opens_with_position(std::string_view text);

// "Nguyễn Hữu Lập*" → "Nguyễn Hữu Lập": a byline without the star of the footnote that
// presents the writer.
std::string_view without_footnote_mark(std::string_view byline);

// Only a name or a bracketed / "Theo …" source: the two halves of a byline written on two
// lines ("Hoàng Uyên" + "(Báo Bạc Liêu)").
bool looks_like_name(std::string_view line);
// A bracketed line is a source, unless it is a note on whose words the text is: "(Lời xác nhận
// của Mục sư Hội trưởng Nguyễn Hữu Mạc)" (real-eval94/tinlanhmienbac-1), "(Trích điếu văn …)":
// "Lời" (words) or "Trích" (from) and a word in lower case first; not "(Trích từ báo …)",
// "(Trích nguồn …)", "(Trích theo …)", "(Trích báo …)", which name the paper (the review's).
bool looks_like_source(std::string_view line);

// "ThS", "TS.", "PGS,", "GS.TS", "PGS.TS.", "Ts.", "Ths", "BS", "BSCKII" (a physician's): one or
// more academic degrees joined
// by "." and the word's final "." or ",", in capitals or in title case.
bool is_degree_word(std::string_view w);

// A writer's name in capitals after an academic degree, as journals print it on its own line
// under the title: "ThS LÊ VĂN CƯỜNG", "TS. NGUYỄN AN", "PGS, TS TRẦN HÀ", "GS.TS ĐỖ MINH",
// "NCS PHẠM THU" (2 to 6 words of name).
bool looks_like_degree_byline(std::string_view line);
// The same with the name written in any case: "TS. Bùi Ngọc Thanh" (a byline whose first
// word is a degree), a military rank perhaps before it ("Đại tá, PGS, TS Nguyễn Hữu Lập").
bool looks_like_degree_led_byline(std::string_view line);

// A byline in capitals, as many papers print it beside the date under the title: "VĂN HÀO -
// TRẦN HỮU", "NGUYÊN ĐOAN (thực hiện)": a byline whose words before any bracket are all
// capitals, at least two of them, or one that is initials ("D.Q 06:24, 01/02/2023").
bool looks_like_capitals_byline(std::string_view line);

// A writer's institution or position under a byline: a short line of words (at most 12),
// starting with a capital, neither a sentence nor a date line ("Học viện Chính trị, Bộ Quốc
// phòng", "Nguyên Chủ nhiệm Văn phòng Quốc hội").
bool looks_like_institution_line(std::string_view line);

// "Hồng Nhung." → "Hồng Nhung": a byline's final stop ends the page's last sentence, not the
// name. An initial keeps its stop ("N.A.", "Minh A."), which is part of it, and so do initials
// in capitals alone on the line ("QT.", "HNV.": no syllable, unlike "HÀ."). The official
// text's closing mark "./." comes off whole ("Phòng Dạy nghề./.").
std::string_view byline_without_final_stop(std::string_view byline);

}  // namespace tuyentap
