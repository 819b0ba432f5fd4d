#include "text/vietnamese_letters.h"

#include <algorithm>

#include "text/letters.h"

namespace tuyentap {

const std::u32string& vietnamese_letters() {
  static const std::u32string letters = [] {
    std::u32string s;
    for (char32_t c = U'A'; c <= U'Z'; ++c) s += {c, c + (U'a' - U'A')};
    s += {vn::kDLower, vn::kDUpper};
    for (bool upper : {false, true}) {
      for (int v = 0; v < vn::kVowels; ++v) {
        for (int t = 0; t < vn::kTones; ++t) {
          char32_t c = vn::compose(static_cast<vn::Vowel>(v), static_cast<vn::Tone>(t), upper);
          if (c > U'z') s += c;  // the plain vowels are among the ASCII letters already
        }
      }
    }
    std::sort(s.begin(), s.end());
    return s;
  }();
  return letters;
}

}  // namespace tuyentap
