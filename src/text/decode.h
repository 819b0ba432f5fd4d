// text/: bytes of unknown encoding → NFC UTF-8 Vietnamese text.
//
// Archives never say their encoding. We decode with every candidate, score each result
// (well-formed Vietnamese syllables, tell-tale bytes of the legacy encodings) and keep the
// best; when no candidate is convincing the result says so, and the caller reports it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace tuyentap {

// UTF-32 is read only with its byte order mark (a rare export of some editors; never
// guessed without one).
enum class Encoding { Utf8, Utf16LE, Utf16BE, Cp1258, Tcvn3, Vni, Viscii, Utf32LE, Utf32BE };

// "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1258", "TCVN3", "VNI-Windows", "VISCII",
// "UTF-32LE", "UTF-32BE"
std::string_view encoding_name(Encoding e);
// Accepts the names above and common aliases (case-insensitive: "utf8", "cp1258", "abc",
// "vni", "tcvn"). nullopt when unknown.
std::optional<Encoding> parse_encoding(std::string_view name);

struct DecodedText {
  std::string text;  // NFC UTF-8, BOM removed, line ends still as in the file
  Encoding encoding = Encoding::Utf8;
  bool had_bom = false;
  bool confident = true;  // false: no candidate was convincing; caller reports it
  std::string note;       // why not confident, or what was repaired (e.g. invalid UTF-8 bytes)
};

// Detects and decodes: a byte order mark settles it; else UTF-16 without one as
// detect_bomless_utf16 (text/sniff.h) finds it; else valid UTF-8 is UTF-8; else the
// candidates are scored. `forced` skips detection: the bytes are decoded as that encoding
// whatever they look like (a byte order mark of that encoding is dropped). Every byte string
// decodes to something; whether it was text at all is binary_data_reason's to say.
DecodedText decode_text(std::string_view bytes, std::optional<Encoding> forced = std::nullopt);

// Encodes NFC UTF-8 into a legacy encoding (for tests, the corpus generator and the
// examples). Characters the encoding cannot hold throw Error.
std::string encode_text(std::string_view utf8, Encoding e);

// The same, but (when `lossy`) a character the encoding cannot hold becomes its nearest
// ASCII form (“ → ", … → ...) or '?', counted in *replaced, instead of throwing: for the
// corpus generator, which writes real-looking legacy files from Unicode articles.
// UTF-16 and UTF-32 output starts with a BOM.
std::string encode_text_lossy(std::string_view utf8, Encoding e, std::size_t* replaced = nullptr,
                              bool lossy = true);

}  // namespace tuyentap
