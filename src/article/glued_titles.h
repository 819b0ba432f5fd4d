// Link titles printed without their breaks: a page's "related articles" box, copied as text,
// can come out as one line of titles glued end to start ("… nhìn từ quận Tây HồKinh nghiệm
// phát triển đảng viên trẻ …Đông Đô vinh dự được kết nạp Đảng6 học sinh xuất sắc …"). No
// sentence of an article reads so: a word's lower-case letter runs straight into a capital or
// a digit where one title ends and the next starts. The plain-text reader blanks such a line
// with the other chrome of a line's shape (text_prepare.h step 2).
#pragma once

#include <string>
#include <string_view>

namespace tuyentap {

// The line is three or more titles glued together: at least two places where a word of two
// letters or more, lower-case after its first and with a vowel, runs into a capital with no
// space between (not a digit: "500m2"; not a one-letter prefix: "eLearning", "iPhone"), each piece
// between them (and before and after) at least 4 words and opening with a capital or a digit, and
// no sentence in the line (no final punctuation, no stop inside). "iPhone", "VnExpress" glue a
// word, not titles: their pieces are too short.
bool is_glued_link_titles(std::string_view line);

// The line with `separator` put at each place is_glued_link_titles reads as a join ("… huyện
// Thuận NamĐoàn kiểm tra …" → "… huyện Thuận Nam; Đoàn kiểm tra …"): a gallery's captions run
// together, printed apart in the book. The line as it is when it is no such line.
std::string unglued_titles(std::string_view line, std::string_view separator);

}  // namespace tuyentap
