// Encoding detection and decoding (text/decode.h): any bytes decode to something, detected or
// forced. The first byte picks the forced encoding, if any. Then what the reader's rules call
// on every line, checked against its general path: the decoded text is NFC as promised (the
// decoder skips ICU when a scan says the bytes are plainly NFC), and lower case and the
// matching key (text/normalize.h), whose fast paths look Vietnamese letters up in tables, give
// what ICU gives, on the bytes and on the text. A broken promise aborts: a finding.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "text/decode.h"
#include "text/normalize.h"

namespace {

// U+4E00 '一': beyond every fast path's table, so a text that opens with it takes the general
// path whole; no case, fold or composition touches it or the text after it (it is neither
// cased nor case-ignorable, its key is itself, nothing composes with it).
constexpr std::string_view kBeyond = "\xE4\xB8\x80";

void same_as_general_path(std::string_view s) {
  const std::string general_in = std::string(kBeyond) + std::string(s);
  if (tuyentap::to_lower_vi(general_in) != std::string(kBeyond) + tuyentap::to_lower_vi(s))
    std::abort();
  // The key of '一' + s is '一', a space when s's key has white space before it, s's key.
  std::string key = tuyentap::fold_for_match(general_in);
  if (key.compare(0, kBeyond.size(), kBeyond) != 0) std::abort();
  key.erase(0, kBeyond.size());
  if (!key.empty() && key[0] == ' ') key.erase(0, 1);
  if (key != tuyentap::fold_for_match(s)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::optional<tuyentap::Encoding> forced;
  if (data[0] < 7) forced = static_cast<tuyentap::Encoding>(data[0]);
  std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  tuyentap::DecodedText d = tuyentap::decode_text(bytes, forced);
  if (tuyentap::to_nfc(d.text) != d.text) std::abort();
  same_as_general_path(bytes);
  same_as_general_path(d.text);
  return 0;
}
