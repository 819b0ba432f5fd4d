// The time stamps of a list after the article: "14:37 25/11/2024", "13:25 25/11/2024", "13:24
// 25/11/2024" closing the page, each alone on its line. A box of related or latest items prints
// each item's stamp beside its title; a text copy that loses the titles (links in the page's
// script, pictures) keeps only the stamps, one under another. The article prints its own date
// once: two date lines or more in a row, with nothing after them, are the list's, and date
// nothing.
#pragma once

#include <cstddef>
#include <vector>

#include "article/text_lines.h"

namespace tuyentap {

// Where the run of date lines (text/date_line.h parse_date_line) that closes `body` begins, when
// it holds at least two; body.size() when the text ends otherwise (one date line last is the
// article's own, as some sites print it).
std::size_t closing_stamps_begin(const std::vector<Paragraph>& body);

// A calendar plugin's event box closing the page: its label alone ("Thông tin sự kiện", "Chi
// tiết sự kiện", "Event details"), the event's days under it ("10/01/2017 - 10/01/2017", a date
// line or a range of two), and under them at most two lines, each a city's or a province's name
// ("Hà Nội"), nothing after them (real-eval72/afv-1). The page's own date line stood over it
// and dated the text (text_reader.cpp takes the body's first date line, so that the box's days
// are taken, and gone from under the label, only where no date line stands above them); the
// event's days are no date of the page, its city no byline: the box is chrome. A venue, a
// byline or a source under the days is more than a box: none then. Where the box begins;
// body.size() when the text ends otherwise.
std::size_t event_box_begin(const std::vector<Paragraph>& body);

}  // namespace tuyentap
