// The site's clock over a page's head: "Thứ Năm, 03/12/2026" or "Ngày 03/12/2026 08:15 AM" printed
// in the masthead (the day the page was served or saved) over the title, while the article's
// own date line stands under the title, beside its byline. The header rules take the first date
// line they meet in the archive's places; these tell when that line is the clock.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "article/text_header.h"

namespace tuyentap {

// The header `h` found on `paras` (with the date lines `removed` left out: its echoes), or
// the header found again by `find_without` (given the paragraphs to leave out, in order) with
// the site's clock left out too, when the clock lost to the article's own date line (below).
// Two clocks at most (a page saved with its masthead's and its theme's). A clock left out
// stands above the body as none of its fields: the header's chrome.
//  - the clock: the first bare date line (a weekday, "Ngày", a time beside the date at most:
//    text/date_line.h bare_date_line) over the title and the date line, or the header's date
//    line itself (not the title's own line), with a date line of an earlier day below it:
//    among the header's short lines (at most three past the body's start; a whole date line
//    at most six past it: under a lead the clock made the title), or a whole date
//    line among the page's last four paragraphs (some sites print the article's date at its
//    end), or, for the page's first line (its weekday first, no time), a lead under it that
//    opens with a part of the day and a day more than a year before (below);
//  - it loses when the header found without it takes a date of an earlier day, on a line
//    under the clock, with the title (if any) under the clock too; or, with no date line in
//    that header, the body's first whole date line (which the reader then takes: text_reader.h
//    step 2) is of an earlier day, or the lead opens with a day more than a year before the
//    clock ("Chủ Nhật, 20 Tháng 4 2025" over a title and "Sáng ngày 1-2-2024, …": a page is
//    posted within days of what it reports; the reader then dates it by its lead, lead_date.h,
//    real-eval103/senvangonline-1). A lead's day less than a year before is no proof: the
//    line may be the article's own, posted late; nor is a day the lead recalls ("Ngày 3/2/2020,
//    Đảng bộ … được thành lập": no part of the day first), nor a line with no weekday or with
//    the minute (a post's stamp: some sites stamp their reports years late). Only when the header
//    found with it took the clock for its date line, or read the page's layout where the header
//    found without it reads the archive's (the clock stood first and pushed the article's date line
//    out of the first three paragraphs); and not when the one line between the clock and that date
//    line has a page title under the date line ("Thứ Sáu, 19/7/2024", "Ban Tuyên giáo Trung ương",
//    "Thứ Năm, 8/6/2023 14:46", "<title>": a masthead, text_header.h);
//  - "Tất cả chuyên mục", "Chủ nhật, 14/12/2025" (the clock), "<title>": a line over the clock
//    is the masthead's, never the kicker of a title under the clock (a breadcrumb names the
//    section wherever it stands).
// "Thursday, 02/05/2024 - 10:12|" over "Chào mừng bạn đến với cổng thông tin điện tử của
// Trường THCS Vĩnh Xá": a date line opening the page right over a line of the masthead is the
// masthead's clock (the day the page was served), never the article's date line,
// whatever stands under it: the masthead's lines (the site's greeting to its visitors, a
// slogan, the site's own name: slogan.h, header_lines.h names_the_site) stand over the
// article, and so does what stands over them. Not a view counter nor a page's widget, which
// pages print under the article's own date line too. Seen on the schools' portals, whose clock
// opens the page ("Sunday, 25/09/2022 - 21:57|" over "Chào mừng ngày Quốc tế phụ nữ 8-3",
// months after the event: real-eval54/c2vinhxa-hungyen-1, real-eval48/thmoche-1).
// The paragraphs so, in order, for the header to leave out as it leaves out a date line's
// echo.
std::vector<std::size_t> masthead_clocks(std::span<const std::string_view> paras);

// "Ngày 15/12/2019 04:59 AM", then a poll, a box of the magazine's issues, the site's learned
// lines, then the title: the header's date line parted from the title under it by a block of
// the page's chrome (two lines or more: `chrome_before[i]`, the chrome lines left out before
// paragraph i, and the paragraphs between that the header sets as no field) is the site's clock
// (the time the page was served or saved), not the article's date. A date line over the title
// with only its topic line between stays the article's.
bool is_clock_over_chrome(const HeaderLayout& h, const std::vector<std::size_t>& chrome_before);

HeaderLayout without_head_clocks(
    std::span<const std::string_view> paras, HeaderLayout h,
    const std::vector<std::size_t>& removed,
    const std::function<HeaderLayout(const std::vector<std::size_t>&)>& find_without);

}  // namespace tuyentap
