// The outlet beside a writer's name. A byline often carries, after the person, the paper, the
// channel or the agency the person writes for ("Tâm Hằng (TTXVN)", "Phùng Anh (VTV Online)",
// "PV/VOV.VN", "Hoàng Uyên - Báo Bạc Liêu"), or a newsroom's mark ("(T/h)", tổng hợp). The
// author is the person (session 13's convention); the outlet is where the text comes from, the
// article's source when the page names none. Told by its shape, not by a list of outlets: an
// acronym, a site's name, or a kind of outlet (Báo, Tạp chí, Đài, Truyền hình …) opening it.
#pragma once

#include <string_view>

namespace tuyentap {

// The byline without the outlet or the newsroom's mark after the writer: in brackets closing
// the line ("Tâm Hằng (TTXVN)", "Phùng Anh (VTV Online)", "Ban Truyền thông Hội X (T/h)"),
// after a dash or a comma ("Hoàng Uyên - Báo Bạc Liêu", "Minh Anh – Theo báo Tân Phú"), or
// after a slash ("PV/VOV.VN", a role as much as a name). What is before must be a byline's
// names; a role spelled out ("HỒNG HÀ (Thực hiện)", "Lê Hà (tổng hợp)"), a second writer
// ("Kim Tiến – Tấn Hữu") and a place stay. The byline as it is when none is there.
std::string_view writer_without_outlet(std::string_view byline);

// The outlet writer_without_outlet takes off ("TTXVN", "VTV Online", "Báo Bạc Liêu",
// "VOV.VN", "báo Tân Phú" of "Theo báo Tân Phú"); empty when there is none, or when what came
// off is a newsroom's mark ("T/h", "PV"), which names no outlet.
std::string_view outlet_in_byline(std::string_view byline);

// "(Báo Sóc Trăng)" → "Báo Sóc Trăng", "(kiemsat.vn)" → "kiemsat.vn": a line that is an outlet
// alone in brackets, a kind of outlet first or a site's name, as a page closes a text it took
// from a paper (as it writes "(Theo …)"): where the text came from, no writer; the article's
// source. Unbracketed, the paper signs the item ("Báo Sơn La" alone, real-eval3/baosonla-1).
// Empty for any other line: a name ("(Thanh Huyền)"), an office ("(Phòng Trưng bày)"), an
// acronym (initials in capitals may be a writer's: "(HNV)").
std::string_view outlet_alone_in_brackets(std::string_view byline);

// "Phùng Anh (VTV Online) 17/07/2026 18:49 GMT+7" → "Phùng Anh (VTV Online)": a byline with the
// date it was posted on the same line (as a page's author box prints the two side by side),
// without the date; text/date_line.h split_date_line decides where the date starts; the byline a
// name, or one typed with a syllable in lower case ("Minh hiếu 30/06/2018", byline_name.h). Any
// other line as it is.
std::string_view byline_without_date(std::string_view line);

// "Theo binhdinh online" → "binhdinh online", "Theo VOV.VN" → "VOV.VN": a byline that credits
// the text with "Theo" ("after") and names an outlet by a shape no name has: a site's name, a
// last word "online", an acronym first ("TTXVN", "VTV1"), or a first word in lower case (a
// site's handle; a name opens with a capital). The page says where the news came from, not who
// wrote it: no author, the outlet the source. Empty for a person ("Theo Phạm Trường",
// theo_writer.h), for a paper named in title-case syllables alone ("Theo Thanh Niên", which a
// name may spell), for any line that does not open with "Theo", and for "Theo báo Bạc Liêu":
// the archive's own byline with a role (domain.md), kept whole as the author as the books
// always printed it.
std::string_view outlet_after_theo(std::string_view byline);

}  // namespace tuyentap
