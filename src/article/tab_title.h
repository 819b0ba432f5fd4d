// The page's <title> line first: a browser's "Save as text" or a copy from the tab puts the
// page's title, often with the site's name after it ("<title> - Báo Đà Nẵng", "<title> |
// Tạp chí X"), above the page's own header, which prints the title again over the article.
// The lower copy is the article's title; the line at the top is the page's, and the header
// (kicker, date line, the clock over the page's chrome) is read below it as if it were not
// there.
#pragma once

#include <span>
#include <string_view>

namespace tuyentap {

// The first paragraph is printed again lower in the page's header, before its first
// paragraph of body text, as it stands or without the site's name after it
// (title_site_name.h); never the next paragraph alone, which is a title printed twice in a
// row (the reader keeps that once).
bool tab_title_first(std::span<const std::string_view> paras);

}  // namespace tuyentap
