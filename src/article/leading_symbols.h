// Pictographs and symbols that open a line ("👏 Tham dự Đại hội …", "📚Trong không khí …", "👉
// Minh Khoa", "✅ Thứ Ba, 12/03/2019"): a page written as a social network's post sets an emoji
// before its paragraphs, its date or its signature, as a bullet. The emoji says nothing of the
// line's shape: the rules that judge a line by its shape (a date line, a byline, a sapo where
// a title would stand) judge the line without it. The text keeps it where it is a paragraph's.
#pragma once

#include <string_view>

namespace tuyentap {

// The line without the pictographs and symbols that open it, and the spaces after them: emoji
// (U+1F000 … U+1FAFF), dingbats and miscellaneous symbols (U+2600 … U+27BF, U+2B00 … U+2BFF),
// arrows (U+2190 … U+21FF), technical symbols and geometric shapes (U+2300 … U+23FF, U+25A0 …
// U+25FF), with their variation selectors, joiners and keycaps. A bullet ("•", "-", "+", "*")
// is none of these: the header reads bullets by their own rules. The line as it is when it
// opens otherwise, or holds nothing else.
std::string_view without_leading_symbols(std::string_view line);

}  // namespace tuyentap
