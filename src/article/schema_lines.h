// A page's schema.org data printed as text: NukeViet (the CMS of many provincial and district
// portals) writes an article's microdata as hidden spans under its title, and a copy of the
// page's text keeps them, one a line: the headline, the author, the publication's and the last
// change's times as a machine writes them, the page's address, the photo's address, the
// publisher's name and its logo's address (real-eval48/congangialai-1):
//   Chi đoàn Công an xã Kông Chro hưởng ứng ngày “Chủ nhật xanh”.
//   Hoàng Vĩ - CAX Kông Chro
//   2025-10-31T08:05:29+07:00
//   2025-10-31T08:05:29+07:00
//   https://congan.gialai.gov.vn:/vi/news/…
//   https://congan.gialai.gov.vn:/uploads/news/2025_10/z7156….jpg
//   Công an tỉnh Gia Lai
//   https://congan.gialai.gov.vn:/uploads/no-image.png
// The first time is the article's date line (header_lines.h date_line_of reads it); where the
// page prints its own date line right under the data, on the machine's day or one day off
// ("Thứ ba - 09/03/2021 04:55", real-eval73/nhahat-binhdinh-1, the machine's time in another
// zone), that day and time take the first time's place (text_prepare.cpp). What follows it is
// the machine's, chrome; the headline and the author above it are the header's.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tuyentap {

// The whole line is a time as machines write it: "2025-10-31T08:05:29+07:00", ISO 8601's date,
// a "T", hours and minutes, perhaps seconds and their fraction, perhaps a zone ("Z", "+07:00",
// "+0700"). No writer prints a date so.
bool is_machine_timestamp(std::string_view line);

// The whole line is a web address alone ("https://…", no space).
bool is_bare_address(std::string_view line);

// Where the schema data under a machine's time at lines[at] ends: the lines after it (blank
// ones skipped) that are another machine time, a bare address, or a short name standing
// between two addresses (the publisher's, over its logo's). `at` + 1 when none follow.
std::size_t schema_data_end(const std::vector<std::string>& lines, std::size_t at);

}  // namespace tuyentap
