// A JSON-LD breadcrumb that does not parse: CMS templates print the block by hand and drop a
// comma now and then ("@id": "https://…/tek-life.chn" "name": "Tek-life"), and the whole
// block is lost to a JSON parser, with the page's section in it. The names of its steps are
// read from the text itself instead: a breadcrumb is a flat list of items, each with its
// "name", that a plain scan finds without the parse.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tuyentap {

// The steps' names, in order, of the "itemListElement" list after a "BreadcrumbList" type in
// a JSON-LD block's text: each "name" key's string value inside the list's brackets (JSON
// escapes decoded, \uXXXX to UTF-8; a value that is not a valid JSON string is dropped), found by a
// scan that skips strings when it matches brackets; at most 16 of them. Empty when the text has no
// such list, or the list does not close.
std::vector<std::string> breadcrumb_names_in_broken_json(std::string_view text);

}  // namespace tuyentap
