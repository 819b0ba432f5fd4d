// Range dashes: the spaced hyphen an archive types between two numbers or dates
// ("2020 - 2022", "(19/5/1890 - 19/5/2019)") is a range, which print sets as an en dash.
//
// The book's text, both writers and the round-trip tests agree on the result
// (article_plain_text applies it too): the PDF's extracted text and the EPUB give back
// "2020 – 2022" (U+2013, spaces kept), never the source's hyphen. A hyphen-minus cannot be
// mapped back from the en dash glyph (a font's glyph has one ToUnicode text, and a true
// en dash elsewhere shares it), and an en dash ends a line safely where a line-final "-" is
// read as a hyphenation and dropped by text extraction.
#pragma once

#include <string>
#include <string_view>

namespace tuyentap {

// " - " with a digit or ")" before it and a digit or "(" after it becomes " – ". Any other
// hyphen (compounds "kinh tế-xã hội", "chính trị - xã hội", a list's "- ") is left alone.
std::string range_dashes(std::string_view text);

// Where byte `offset` of `text` lands in range_dashes(text) (each dash it sets is 2 bytes
// longer than the hyphen): for byte ranges into a block's text, such as its emphasis.
std::size_t range_dashed_offset(std::string_view text, std::size_t offset);

}  // namespace tuyentap
