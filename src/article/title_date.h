// A date printed at the end of the title's line, where the header has no date line of its own:
// "<title> (25/12/2017)", "<title> 01/08/2025 (01/08/2025)", "<title> Ngày cập nhật
// 02/02/2023". The header rules (text_header.h) place the title; this cuts such a date off it.
#pragma once

#include <span>
#include <string_view>

#include "article/text_header.h"

namespace tuyentap {

// "<title> (25/12/2017)": a page that prints the date in brackets at the end of the title's
// line and nowhere else. The bracketed part must be a whole date line and the title before it
// keeps a title's shape; a date in brackets inside the title ("Kỷ niệm (30/4/1975) …") is
// none, as the bracket must close the line. A CMS may print the date twice, bare then in
// brackets ("<title> 01/08/2025 (01/08/2025)"): the bare one goes with it. So does a date
// line with its label ("<title> Ngày cập nhật 02/02/2023", labelled_date_at_end).
// Sets h.when, h.date (the title's paragraph) and h.title_text (the title without the date)
// when h has no date and no title text yet.
void date_closing_title(std::span<const std::string_view> paras, HeaderLayout& h);

}  // namespace tuyentap
