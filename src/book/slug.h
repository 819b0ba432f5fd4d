// The book's file name stem.
#pragma once

#include <string>
#include <string_view>

namespace tuyentap {

// ASCII file-name stem from a title: "Tuyển tập 2019" → "tuyen-tap-2019" (đ → d); a title
// with no letter or digit gives "tuyen-tap".
std::string book_slug(std::string_view title);

}  // namespace tuyentap
