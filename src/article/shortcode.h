// WordPress shortcodes left unrendered in a page's text: "[caption id="attachment_22925"
// align="aligncenter" width="661"]Mỗi căn nhà …[/caption]", "[gallery ids="12,13"]",
// "[embed]…[/embed]". A site whose theme or whose export skipped the shortcode filter prints
// the tags as written; they are markup, never words of the article, and glued to the caption or
// paragraph they wrapped they made it read as chrome or as a line of code.
#pragma once

#include <string>
#include <string_view>

namespace tuyentap {

// Whether `line` holds a shortcode's tag: an opening tag with at least one attribute written
// `name="value"` (or `name='value'`), "[caption id="1" align="x"]", or the closing tag of
// one of WordPress's enclosing shortcodes, "[/caption]", "[/embed]" ("[/img]" closes forum
// markup). Brackets that hold words ("[Ảnh]", "[1]", "[img]",
// "[video]" where a clip stood: the reader's photo markers) are no shortcode.
bool has_shortcode(std::string_view line);

// `line` without its shortcodes' tags (the text they wrapped stays where it was); `line` as it
// is when it holds none.
std::string without_shortcodes(std::string_view line);

}  // namespace tuyentap
