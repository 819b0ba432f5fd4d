// A template's style.css goes into the EPUB as it is, alone: what it links to (url(),
// @import) is not copied with it. A reference to anything but the fonts the writer embeds
// (fonts/<face file>) or inline data (data:) would point outside the book — a file of the
// machine it was made on (/etc/passwd), a web address, a picture left behind — so it is
// refused before anything is written.
#pragma once

#include <string>

namespace tuyentap {

// Throws Error naming `path` and the line of the first reference the book cannot hold.
void check_css_references(const std::string& css, const std::string& path);

}  // namespace tuyentap
