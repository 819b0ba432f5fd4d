// Before decoding: what raw bytes are. Text in the encodings decode_text reads never holds a
// NUL byte, except UTF-16, where every ASCII letter and space has one; and it holds hardly
// any control codes. These two facts tell text from binary data that no magic number names
// (the formats that have one are archive/binary_format.h's).
//
// One policy for UTF-16 without a byte order mark, used by decode_text to pick it and by
// binary_data_reason to let it pass: it is text, detected and decoded like any other.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "text/decode.h"

namespace tuyentap {

// UTF-16 saved without a byte order mark, and its byte order; nullopt for anything else.
// Judged on the first 4 KB. Vietnamese text has a zero high byte in most code units (three
// in four: spaces, digits, base letters, the vowels of Latin-1; only ă đ ĩ ũ ơ ư and the
// U+1Exx letters have not), so one column of bytes is largely zero (half at least) and the
// other nearly never; and the code units must read as text (lone surrogates, non-characters
// and control codes at most one in twenty), which a table of small binary numbers does not.
std::optional<Encoding> detect_bomless_utf16(std::string_view bytes);

// Why `bytes` are text in no encoding decode_text reads, or nullopt when they may be text:
// "not text (binary data: contains NUL bytes)" unless they are UTF-16 (with a byte order
// mark, or as detect_bomless_utf16 finds it) or UTF-32 with a byte order mark, "not text (binary
// data: control codes)" when more than one byte in twenty is a control code (VISCII puts six
// letters on control codes, so a few are fine). For detection only: a forced encoding is obeyed
// without asking this.
std::optional<std::string> binary_data_reason(std::string_view bytes);

}  // namespace tuyentap
