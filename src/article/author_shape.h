// The last check on the author a byline gives (byline.h author_in_byline, which every reader's
// author goes through): whatever rule cut it out of its line, it must read as someone's
// signature — a name, initials, a team, an office, a pen name, a handle — and never as what no
// one signs with.
#pragma once

#include <string_view>

namespace tuyentap {

// `author` holds what no byline is made of: a "_" (a program's key, "PLG_CONTENT_…", or a
// file's name), a web address ("://", "www."), an e-mail's "@", a run of four digits or more
// (a year, a date, a phone number: a handle has a digit or two, "hoanganh86", a unit's code
// one, "Mn3/2"), or a whole sentence (text_lines.h is_prose: six words or more closed by a
// stop, or over 40 words; or any line closed by "?" or "!"), or the site's own account alone
// ("Admin", "Administrator", "Quản trị viên", "Webmaster": a theme's "Viết bởi Admin") or by
// the name of its administration ("Quản trị …": "Tác giả: Quản trị Điều hành Chung"). Empty is
// no author either.
bool signs_as_no_one(std::string_view author);

// The site's own account alone ("Admin", "Administrator", "Quản trị viên", "Webmaster", any
// case) or its administration by name ("Quản trị …", "QUẢN TRỊ …": "trị" in lower case or the
// whole in capitals, since "Quản Trị Dũng" is a writer whose family name is Quản): whoever ran
// the site, no writer.
bool names_site_account(std::string_view author);

}  // namespace tuyentap
