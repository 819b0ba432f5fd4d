// ASCII case for names that are ASCII by rule: file extensions, HTML's tag and attribute
// values, charsets, host names. Text in Vietnamese is folded by text/normalize.h instead.
#pragma once

#include <string>
#include <string_view>

namespace tuyentap {

// ASCII letters in lower case, other bytes (UTF-8 included) as they are.
inline std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace tuyentap
