// What the raw bytes of an input are, before any decoding: text, UTF-16 text, or not text.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "text/decode.h"

namespace tuyentap {

// "not text (PNG image)", "not text (binary data)" …, or nullopt for bytes that may be text.
std::optional<std::string> not_text_reason(std::string_view bytes);

// UTF-16 without a byte order mark, recognised by the zero bytes of its ASCII characters.
std::optional<Encoding> guess_bomless_utf16(std::string_view bytes);

}  // namespace tuyentap
