// The date a header paragraph gives: a whole date line, or one beside a section, a title or
// the writer's name ("Xã hội - 22:44, 04/12/2020", "Title | 25/12/2012 10:03", "Phương Thúy
// 07/01/2019 09:40"). Shared by the header's layouts (text_header.h) and by the date line
// printed twice (date_echo.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "text/date.h"

namespace tuyentap {

struct Dated {
  DateTime when;
  std::string rest;  // empty for a whole date line (counters and labels beside it included)
  bool rest_first = false;
  std::string byline;  // a writer given among the particulars after the date, or before it
};

// The date of a paragraph that is a date line, or holds one beside a section or a title;
// nothing for a report's first sentence opening with its day ("Ngày 5/3/2025, Trường …").
// Joomla's particulars ("Lần cập nhật cuối lúc <date> Viết bởi <account> <created>") are a
// date line: the created date, last; the rest names no title and no writer (a site account).
// `under_a_line`: a line of the header stands above `p` (the title, as a rule). Only then is a
// company's registered name before the date ("Công ty cổ phần nước sạch Bắc Ninh 15/05/2018")
// the page's poster, its byline: on the page's first line such a name is a title's subject as
// often ("Công ty CP Cấp nước Huế tạm ngừng cấp nước 15/05/2018"), read as before. An office
// by its noun after the date, spaced or after a dash, perhaps closed by a stop ("05-03-2024 Văn
// phòng", "12-06-2006 - Phòng Kỹ thuật."), is the office that posted the page: its byline.
std::optional<Dated> dated(std::string_view p, bool under_a_line = false);

// "Trần Minh Khoa 14/09/2021 10:15", "Ngô Duy Bách3/09/2020 9:00 AM": a line of the body that
// is a person's name (theo_writer.h is_person_name) beside the date, spaced or glued. Its date;
// `text` is left the name alone (for the byline's step). nullopt, `text` untouched, otherwise.
// With `byline_shaped`, a byline's shape beside the date is taken as the name too ("Kim Tiến –
// Tấn Hữu 25/07/2022 - 15:37": two writers, byline.h looks_like_byline): the reader asks so of
// the text's last lines, where the byline stands; there a theme's poster after the date is taken
// too ("Ngày đăng: 13 Tháng Chín, 2023 người đăng Quí Nguyễn", "… bởi Minh Anh"): `text` is left
// the poster's name. With `closes_text` too (no sentence of the text after it), a writer's
// credit in brackets closing the paragraph gives its day after the last comma ("… TPHCM. (Y.T.,
// Sở Ngoại vụ TPHCM, ngày 18-7-2006)", end_byline_shapes.h is_writer_credit): `text` is left
// without the day, the credit for the byline's step. A place and its day in the documents' words
// ("Trác Văn, ngày 25 tháng 4 năm 2015.", official_document.h place_and_day) gives its date and
// leaves `text` empty: a commune's name is no writer's, though a family name may open it.
std::optional<DateTime> take_date_beside_name(std::string& text, bool byline_shaped = false,
                                              bool closes_text = false);

// A section written beside the date: a few words, no digits ("Lượt xem: 120" is not one).
bool is_section_like(std::string_view s);

// "• 06.06.2024 | 1,469 lượt xem | Danh Thế Anh", "Ngày đăng: 06/06/2024 | Danh Thế Anh": a
// date that a posting's label or the page's counters mark as the page's particulars (text/
// date_line.h bare_date_line refuses it), then a person's full name, whatever its family name
// (Danh, Thạch, Kim of the Khmer in the Mekong delta are in no list: three or four capitalised
// words of letters, the last a given name, byline_name.h; no paper's or body's noun, no
// province): the page's poster (real-eval77/vnkgu-1). A section ("Thời Sự", "Tin Trong Tỉnh"),
// a place ("Nghệ An") or a button ("Bản In") after the date is none.
bool names_poster_after_particulars(std::string_view line);

}  // namespace tuyentap
