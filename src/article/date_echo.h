// A page that prints its date line twice: a bare date under (or over) the title, and the
// page's own date line with its time, views or writer ("05/12/2022", "Thứ Hai, 05/12/2022 |
// 17:41"); or the header's date again at the top of the text. Both are the header's date
// line, whatever their order and forms: the second is never the title's place, the lead, nor
// a line that hides the time. Only a date line of the same day is an echo: a lead opening with
// its day ("Ngày 5/12, Huyện ủy …") is a sentence (dated_paragraph.h), a line of another day
// another date.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "article/text_header.h"

namespace tuyentap {

// Among the first `limit` paragraphs, above the first of body text, the whole date lines that
// repeat another's day (whatever stands between: the title, a view counter): all but the one
// that tells the most (a time, then a writer or a section; the first when they tell as
// much). Never a line that holds a title beside its date. In order.
std::vector<std::size_t> echoed_date_lines(std::span<const std::string_view> paras,
                                           std::size_t limit);

// The header found with the `echoes` left out (indices into the paragraphs without them)
// moved back to the paragraphs' own indices; the echoes, above the body, are its chrome.
void restore_echoes(HeaderLayout& h, const std::vector<std::size_t>& echoes);

// The paragraphs at the body's start that give the header's date again (a date line of the
// same day, with a time, views, a writer or a section beside it) are the header's: the body
// starts after them, and the header takes the time or the writer it lacks from them.
void take_date_echo_under_header(std::span<const std::string_view> paras, HeaderLayout& h);

}  // namespace tuyentap
