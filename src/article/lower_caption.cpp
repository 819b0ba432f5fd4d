// A caption typed without its capital: see lower_caption.h.
#include "article/lower_caption.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "article/text_lines.h"

namespace tuyentap {

namespace {

// The last character but closing quotes and brackets ends a sentence: '.', '!', '?' (not ',',
// ';', ':', which open a list or a clause the next line goes on with, nor an ellipsis, "…" or
// "...", after which a page may break a sentence that goes on in lower case: "… đền ơn đáp
// nghĩa…" over "tại các xã, thị trấn trên địa bàn huyện.", real-eval61/tuoitretienphuoc-1).
bool ends_its_sentence(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == ')' || s.back() == '"' || s.back() == '\''))
    s.remove_suffix(1);
  if (s.ends_with("”") || s.ends_with("’")) s.remove_suffix(std::string_view("”").size());
  if (s.ends_with("…") || s.ends_with("..")) return false;
  return !s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?');
}

}  // namespace

bool stands_alone_in_lower_case(std::string_view line, std::string_view before) {
  return !before.empty() && starts_with_lower(line) && ends_its_sentence(before);
}

std::string capitalised_alone(std::string_view line, std::string_view before) {
  if (!stands_alone_in_lower_case(line, before)) return std::string(line);
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(line.data(), i, static_cast<int32_t>(line.size()), c);
  // Vietnamese lower-case letters all have a one-letter capital (đ → Đ, ế → Ế)
  UChar32 upper = u_toupper(c);
  std::string out;
  char buf[U8_MAX_LENGTH];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, U8_MAX_LENGTH, upper, error);
  if (error) return std::string(line);
  out.append(buf, static_cast<std::size_t>(n));
  out.append(line.substr(static_cast<std::size_t>(i)));
  return out;
}

}  // namespace tuyentap
