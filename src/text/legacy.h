// Internal to text/: the legacy 8-bit codecs (windows-1258, TCVN3, VNI-Windows, VISCII).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "text/decode.h"

namespace tuyentap::legacy {

// Byte → code point tables (legacy_tables.cpp).
extern const char32_t kCp1258[256];
extern const char32_t kTcvn3[256];
extern const char32_t kViscii[256];

// Bytes → NFC UTF-8. Every byte maps to something, so decoding never fails; whether the
// result is Vietnamese is for the detector to judge.
std::string decode(std::string_view bytes, Encoding e);

// NFC UTF-8 → bytes. A character the encoding cannot hold throws Error, or, when `lossy`,
// becomes its nearest ASCII form (“ → ", … → ...) or '?', counted in *replaced.
std::string encode(std::string_view nfc, Encoding e, bool lossy, std::size_t* replaced);

// VNI-Windows (legacy_vni.cpp): a base letter and a separate mark byte.
std::string decode_vni(std::string_view bytes);
// Appends c to out in VNI; false when VNI cannot hold c.
bool encode_vni_char(char32_t c, std::string& out);

// windows-1252/1258 punctuation that TCVN3 and VNI files keep at 80..9F.
char32_t windows_c1(unsigned char b);

}  // namespace tuyentap::legacy
