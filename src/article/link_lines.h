// A link to another article standing among the text's lines, told by its shape alone: a title
// in square brackets, after a pointer ("»", ">>", "►"), or after a bullet alone between
// paragraphs. text_prepare.cpp drops such lines before the header and the body are read (a
// bulleted line with the page's particulars and its poster is none: dated_paragraph.h
// names_poster_after_particulars).
#pragma once

#include <cstddef>
#include <string_view>

namespace tuyentap {

// The most words of a related article's title.
inline constexpr std::size_t kMaxLinkTitleWords = 30;

// "[Quyết tâm xây dựng Chính phủ 2021-2026 đổi mới, liêm chính, hiệu quả]": a related
// article's title in square brackets, as papers set their links between or after paragraphs
// (an image's marker in brackets is a word or two; an editor's note is a sentence).
bool is_bracketed_link(std::string_view line);

// "» Title", ">> Title", "► Title": a link to another article (not a breadcrumb, not prose).
bool is_link_line(std::string_view line);

// "• …": a bulleted line.
bool is_bulleted(std::string_view line);

}  // namespace tuyentap
