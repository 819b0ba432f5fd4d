// The JSON front matter of a CMS export ("---json" … "---"): only its string fields.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace tuyentap {

struct FrontMatter {
  std::map<std::string, std::string> fields;  // top-level string fields, unescaped
  std::string_view body;                      // what follows the closing "---"
  bool found = false;
};

// Splits "---json\n{…}\n---\n<body>" (also "---\n{…}\n---"). Without front matter, found is
// false and body is the whole text. Malformed JSON yields the fields read before the fault.
FrontMatter split_front_matter(std::string_view text);

}  // namespace tuyentap
