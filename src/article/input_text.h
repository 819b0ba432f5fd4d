// An input file's bytes → its text, or why it has none: the one place that decides whether a
// file is text, for every reader. The archive stage below only accounts for files; this is
// where the encoding a user forces (`--encoding`) is known, and it is honoured:
//  1. A binary format archive/binary_format.h recognises is never text, whatever encoding is
//     forced: "not text (PNG image)", the same reason the archive stage gives for it.
//  2. A forced encoding is obeyed: the bytes are decoded as that encoding, never refused on
//     sniffing grounds (NUL bytes, control codes).
//  3. Otherwise bytes that are text in no encoding text/ reads are refused with
//     binary_data_reason's reason (text/sniff.h), and the rest is decode_text's to detect,
//     UTF-16 with or without a byte order mark included.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "text/decode.h"

namespace tuyentap {

struct InputText {
  DecodedText decoded;   // the text, when not_text is empty
  std::string not_text;  // why the bytes are no text: "not text (PNG image)" …
};

InputText decode_input(std::string_view bytes, std::optional<Encoding> forced = std::nullopt);

}  // namespace tuyentap
