// The letters Vietnamese is written with, for checking that a font can set it: the ASCII
// letters, đ Đ, and the twelve vowels in their six tones, lower and upper case (precomposed,
// NFC, as the text reaches the writers).
#pragma once

#include <string>

namespace tuyentap {

// Every letter once, in code point order.
const std::u32string& vietnamese_letters();

}  // namespace tuyentap
