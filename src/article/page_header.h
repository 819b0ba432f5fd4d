// The header of a page's text as a browser saves it (text_header.h's second layout): menus,
// breadcrumbs and box titles first, then the title, its kicker and the date line around the
// last date line before the body text, or, with none, the title-like line right over the body.
// text_header.cpp chooses between the archive's layout and these; each returns the layout it
// finds, its `page_layout` set.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "article/dated_paragraph.h"
#include "article/text_header.h"

namespace tuyentap {

// A page's header around its date line at d (`date` is what dated() read there): the title
// above the date line (or under it, or on its line), the kicker over the title or a section on
// the date line, the body under them. `twice` marks the paragraphs printed twice, kept once.
HeaderLayout page_with_date(std::span<const std::string_view> paras, const std::vector<bool>& twice,
                            std::size_t d, const Dated& date);

// A page whose breadcrumb ends in its title, the title printed again as a paragraph of its
// own before the body text at b: that paragraph is the title and the step before it the
// topic, whatever stands between (a date line, a view counter). The archive's layout does not
// apply even with a date line among the first three paragraphs. Nothing for any other page.
std::optional<HeaderLayout> page_with_titled_crumb(std::span<const std::string_view> paras,
                                                   std::size_t b);

// "Trang chủ / Hot News / <title>" over the title printed again in the next few paragraphs
// (header_topic.h crumb_to_title), a date line perhaps between: the breadcrumb, and the title
// under it, are the header's, not the body's first sentence, though the title's stop ends them.
bool crumb_over_its_title(std::span<const std::string_view> paras, std::size_t i);

// A page's header without a date line before its body text at b (b >= 3): the title the
// title-like line nearest over the body (a page's title of three words or more before a
// shorter one), its kicker over it.
HeaderLayout page_without_date(std::span<const std::string_view> paras, std::size_t b);

}  // namespace tuyentap
