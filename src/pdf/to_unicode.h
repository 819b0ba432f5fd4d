// The ToUnicode CMap of a Type0 font: glyph id (2-byte code, Identity-H) → UTF-16BE text,
// so that copying and pdftotext give back the Vietnamese text exactly.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace tuyentap::pdf {

// `mapping` holds (glyph id, UTF-8 text) pairs in ascending glyph id order, texts non-empty.
// Consecutive ids mapping to consecutive single characters become bfrange entries, the rest
// bfchar; characters beyond the BMP become surrogate pairs.
std::string to_unicode_cmap(const std::vector<std::pair<std::uint32_t, std::string>>& mapping);

// UTF-8 → UTF-16 code units (invalid bytes become U+FFFD).
std::u16string utf8_to_utf16(const std::string& s);

}  // namespace tuyentap::pdf
