// Bytes of unknown encoding → NFC UTF-8. Valid UTF-8 (nearly every modern file) is settled
// at once; otherwise every candidate decoding is scored by how Vietnamese it reads.
#include "text/decode.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <optional>
#include <vector>

#include "base/ascii.h"
#include "base/error.h"
#include "text/legacy.h"
#include "text/normalize.h"
#include "text/sniff.h"
#include "text/syllable.h"
#include "text/utf8.h"

namespace tuyentap {
namespace {

std::string utf16_to_utf8(std::string_view bytes, bool big_endian, std::size_t* bad) {
  std::size_t count = 0;
  std::string out;
  out.reserve(bytes.size());
  auto unit = [&](std::size_t i) -> char32_t {
    auto b0 = static_cast<unsigned char>(bytes[i]), b1 = static_cast<unsigned char>(bytes[i + 1]);
    return big_endian ? (b0 << 8 | b1) : (b1 << 8 | b0);
  };
  std::size_t i = 0;
  for (; i + 1 < bytes.size(); i += 2) {
    char32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
      char32_t lo = unit(i + 2);
      if (lo >= 0xDC00 && lo <= 0xDFFF) {
        utf8::append(out, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
        i += 2;
        continue;
      }
    }
    if (u >= 0xD800 && u <= 0xDFFF) {
      u = U'\uFFFD';
      ++count;
    }
    utf8::append(out, u);
  }
  if (i < bytes.size()) {  // an odd byte at the end
    out += "\xEF\xBF\xBD";
    ++count;
  }
  if (bad) *bad = count;
  return out;
}

std::string utf32_to_utf8(std::string_view bytes, bool big_endian, std::size_t* bad) {
  std::size_t count = 0;
  std::string out;
  out.reserve(bytes.size() / 2);
  std::size_t i = 0;
  for (; i + 3 < bytes.size(); i += 4) {
    char32_t u = 0;
    for (int k = 0; k < 4; ++k) {
      auto b =
          static_cast<unsigned char>(bytes[i + static_cast<std::size_t>(big_endian ? k : 3 - k)]);
      u = u << 8 | b;
    }
    if (u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF)) {
      u = U'\uFFFD';
      ++count;
    }
    utf8::append(out, u);
  }
  if (i < bytes.size()) {  // a partial code unit at the end
    out += "\xEF\xBF\xBD";
    ++count;
  }
  if (bad) *bad = count;
  return out;
}

// The byte order mark `bytes` start with, if any; UTF-32LE's starts with UTF-16LE's.
std::optional<Encoding> bom_of(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) return Encoding::Utf8;
  if (bytes.starts_with(std::string_view("\xFF\xFE\0\0", 4))) return Encoding::Utf32LE;
  if (bytes.starts_with(std::string_view("\0\0\xFE\xFF", 4))) return Encoding::Utf32BE;
  if (bytes.starts_with("\xFF\xFE")) return Encoding::Utf16LE;
  if (bytes.starts_with("\xFE\xFF")) return Encoding::Utf16BE;
  return std::nullopt;
}

std::size_t bom_size(Encoding e) {
  switch (e) {
    case Encoding::Utf8:
      return 3;
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
      return 2;
    case Encoding::Utf32LE:
    case Encoding::Utf32BE:
      return 4;
    default:
      return 0;
  }
}

std::string plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// `bytes` decoded as `e`, NFC; `bad` is set to the number of invalid sequences replaced by
// U+FFFD.
std::string decoded_text(std::string_view bytes, Encoding e, std::size_t& bad) {
  bad = 0;
  switch (e) {
    case Encoding::Utf8:
      if (utf8::is_plainly_nfc(bytes)) return std::string(bytes);  // most files: one scan
      return utf8::is_valid(bytes) ? to_nfc(bytes) : to_nfc(utf8::sanitize(bytes, &bad));
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
      return to_nfc(utf16_to_utf8(bytes, e == Encoding::Utf16BE, &bad));
    case Encoding::Utf32LE:
    case Encoding::Utf32BE:
      return to_nfc(utf32_to_utf8(bytes, e == Encoding::Utf32BE, &bad));
    default:
      return legacy::decode(bytes, e);
  }
}

DecodedText with_note(std::string text, Encoding e, std::size_t bad) {
  DecodedText d;
  d.encoding = e;
  d.text = std::move(text);
  if (bad) {
    d.confident = false;
    d.note = plural(bad, "invalid ", "invalid ") + std::string(encoding_name(e)) +
             (bad == 1 ? " sequence" : " sequences") + " replaced by U+FFFD";
  }
  return d;
}

DecodedText decode_as(std::string_view bytes, Encoding e) {
  std::size_t bad = 0;
  std::string text = decoded_text(bytes, e, bad);
  return with_note(std::move(text), e, bad);
}

struct Candidate {
  Encoding encoding;
  std::string text;
  std::size_t bad;  // invalid sequences replaced
  vn::TextScore score;
};

std::string percent(double q) {
  return std::to_string(static_cast<int>(q * 100 + 0.5)) + "%";
}

// The part of a file the detector scores: its first few kilobytes, cut after a line end or
// a space so that no legacy byte pair (VNI's letter + mark) is split. Enough words to tell
// the encodings apart, at a fraction of the cost of scoring whole files five times.
constexpr std::size_t kSampleBytes = 4096;

std::string_view sample_of(std::string_view bytes) {
  if (bytes.size() <= kSampleBytes + kSampleBytes / 2) return bytes;
  std::size_t cut = bytes.find_first_of("\n ", kSampleBytes);
  return cut == std::string_view::npos ? bytes : bytes.substr(0, cut + 1);
}

std::vector<Candidate> score_candidates(std::string_view bytes,
                                        const std::vector<Encoding>& encodings) {
  std::vector<Candidate> candidates;
  for (Encoding e : encodings) {
    std::size_t bad = 0;
    std::string text = decoded_text(bytes, e, bad);
    vn::TextScore score = vn::score_text(text);
    candidates.push_back({e, std::move(text), bad, score});
  }
  // Best quality first; on a tie the earlier candidate in `encodings` (a stable sort).
  std::stable_sort(
      candidates.begin(), candidates.end(),
      [](const Candidate& a, const Candidate& b) { return a.score.quality() > b.score.quality(); });
  return candidates;
}

// Why the best candidate is not convincing; empty when it is.
std::string doubt(const std::vector<Candidate>& candidates) {
  const Candidate& best = candidates.front();
  const double q = best.score.quality();
  std::string name(encoding_name(best.encoding));
  if (best.score.words + best.score.bad < 3)
    return "encoding uncertain: too little Vietnamese text to tell, guessed " + name;
  if (q < 0.6)
    return "encoding uncertain: best guess " + name + ", but only " + percent(q) +
           " of its words read as Vietnamese";
  if (candidates.size() > 1 && candidates[1].score.quality() > q - 0.15)
    return "encoding uncertain: " + name + " or " +
           std::string(encoding_name(candidates[1].encoding)) + " (" + percent(q) + " and " +
           percent(candidates[1].score.quality()) + " of words read as Vietnamese)";
  return {};
}

// Scores every candidate and keeps the most Vietnamese-looking one.
DecodedText detect(std::string_view bytes, const std::vector<Encoding>& encodings) {
  std::string_view sample = sample_of(bytes);
  std::vector<Candidate> candidates = score_candidates(sample, encodings);
  std::string why = doubt(candidates);
  if (!why.empty() && sample.size() < bytes.size()) {  // the sample did not settle it
    candidates = score_candidates(bytes, encodings);
    sample = bytes;
    why = doubt(candidates);
  }
  Candidate& best = candidates.front();
  if (sample.size() < bytes.size()) {
    // Only the bytes after the sample are left to decode. Joining is exact: every candidate
    // decodes byte by byte (a UTF-8 sequence cannot span an ASCII byte, the legacy tables map
    // one byte each), and the sample ends with a space or a line end, a starter that composes
    // with nothing and stops every run of marks, so NFC of the whole is the two NFCs joined.
    std::size_t bad = 0;
    best.text += decoded_text(bytes.substr(sample.size()), best.encoding, bad);
    best.bad += bad;
  }
  DecodedText out = with_note(std::move(best.text), best.encoding, best.bad);
  if (!why.empty()) out.note += (out.note.empty() ? "" : "; ") + why;
  out.confident = out.note.empty();
  return out;
}

bool has_viscii_controls(std::string_view bytes) {
  for (unsigned char b : bytes)
    if (b == 0x02 || b == 0x05 || b == 0x06 || b == 0x14 || b == 0x19 || b == 0x1E) return true;
  return false;
}

std::string lower_alnum(std::string_view s) {
  std::string out;
  for (char c : s) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      out += lower_ascii(c);
  }
  return out;
}

}  // namespace

std::string_view encoding_name(Encoding e) {
  switch (e) {
    case Encoding::Utf8:
      return "UTF-8";
    case Encoding::Utf16LE:
      return "UTF-16LE";
    case Encoding::Utf16BE:
      return "UTF-16BE";
    case Encoding::Cp1258:
      return "windows-1258";
    case Encoding::Tcvn3:
      return "TCVN3";
    case Encoding::Vni:
      return "VNI-Windows";
    case Encoding::Viscii:
      return "VISCII";
    case Encoding::Utf32LE:
      return "UTF-32LE";
    case Encoding::Utf32BE:
      return "UTF-32BE";
  }
  return "UTF-8";
}

std::optional<Encoding> parse_encoding(std::string_view name) {
  struct Alias {
    std::string_view key;
    Encoding e;
  };
  // Keys are lower case with punctuation and spaces removed ("VNI-Windows" → "vniwindows").
  static constexpr Alias kAliases[] = {
      {"utf8", Encoding::Utf8},          {"unicode", Encoding::Utf8},
      {"utf16", Encoding::Utf16LE},      {"utf16le", Encoding::Utf16LE},
      {"ucs2", Encoding::Utf16LE},       {"utf16be", Encoding::Utf16BE},
      {"windows1258", Encoding::Cp1258}, {"cp1258", Encoding::Cp1258},
      {"win1258", Encoding::Cp1258},     {"1258", Encoding::Cp1258},
      {"tcvn3", Encoding::Tcvn3},        {"tcvn", Encoding::Tcvn3},
      {"abc", Encoding::Tcvn3},          {"tcvn5712", Encoding::Tcvn3},
      {"tcvn57121", Encoding::Tcvn3},    {"vn3", Encoding::Tcvn3},
      {"vntime", Encoding::Tcvn3},       {"vni", Encoding::Vni},
      {"vniwindows", Encoding::Vni},     {"vniwin", Encoding::Vni},
      {"vnitimes", Encoding::Vni},       {"viscii", Encoding::Viscii},
      {"utf32", Encoding::Utf32LE},      {"utf32le", Encoding::Utf32LE},
      {"utf32be", Encoding::Utf32BE},
  };
  std::string key = lower_alnum(name);
  for (const Alias& a : kAliases)
    if (a.key == key) return a.e;
  return std::nullopt;
}

DecodedText decode_text(std::string_view bytes, std::optional<Encoding> forced) {
  // A byte order mark settles the question (unless the caller says otherwise).
  const std::optional<Encoding> bom = bom_of(bytes);

  auto finish = [&](DecodedText d) {
    d.had_bom = bom.has_value() && d.encoding == *bom;
    return d;
  };
  auto without_bom = [&](Encoding e) {
    if (bom && *bom == e) return bytes.substr(bom_size(e));
    return bytes;
  };

  if (forced) return finish(decode_as(without_bom(*forced), *forced));
  if (bom) return finish(decode_as(without_bom(*bom), *bom));
  if (auto utf16 = detect_bomless_utf16(bytes)) return finish(decode_as(bytes, *utf16));

  // One scan settles validity, ASCII-ness and NFC for the common case.
  utf8::Scan scan = utf8::scan(bytes);
  if (scan.valid == bytes.size()) {
    // Valid UTF-8 with letters beyond ASCII is UTF-8: legacy text is almost never valid
    // UTF-8 by accident. Pure ASCII is the same in every candidate, except VISCII, which
    // puts six letters on control codes.
    if (!scan.ascii || !has_viscii_controls(bytes)) {
      // What decode_as(bytes, Utf8) does, without scanning the bytes again.
      DecodedText d;
      d.encoding = Encoding::Utf8;
      d.text = scan.plainly_nfc ? std::string(bytes) : to_nfc(bytes);
      return finish(std::move(d));
    }
    return finish(detect(bytes, {Encoding::Utf8, Encoding::Viscii}));
  }
  return finish(detect(
      bytes, {Encoding::Utf8, Encoding::Cp1258, Encoding::Tcvn3, Encoding::Vni, Encoding::Viscii}));
}

std::string encode_text(std::string_view utf8_text, Encoding e) {
  return encode_text_lossy(utf8_text, e, nullptr, false);
}

std::string encode_text_lossy(std::string_view utf8_text, Encoding e, std::size_t* replaced,
                              bool lossy) {
  std::string nfc = to_nfc(utf8_text);
  if (replaced) *replaced = 0;
  switch (e) {
    case Encoding::Utf8:
      return nfc;
    case Encoding::Utf16LE:
    case Encoding::Utf16BE: {
      // With a BOM, so that the file says what it is.
      bool be = e == Encoding::Utf16BE;
      std::string out = be ? "\xFE\xFF" : "\xFF\xFE";
      auto put = [&](char32_t u) {
        char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
        out += be ? hi : lo;
        out += be ? lo : hi;
      };
      std::size_t i = 0;
      while (i < nfc.size()) {
        char32_t c = utf8::next(nfc, i);
        if (c >= 0x10000) {
          put(0xD800 + ((c - 0x10000) >> 10));
          put(0xDC00 + ((c - 0x10000) & 0x3FF));
        } else {
          put(c);
        }
      }
      return out;
    }
    case Encoding::Utf32LE:
    case Encoding::Utf32BE: {
      bool be = e == Encoding::Utf32BE;
      std::string out = be ? std::string("\0\0\xFE\xFF", 4) : std::string("\xFF\xFE\0\0", 4);
      std::size_t i = 0;
      while (i < nfc.size()) {
        char32_t c = utf8::next(nfc, i);
        for (int k = 0; k < 4; ++k) out += static_cast<char>(c >> (8 * (be ? 3 - k : k)) & 0xFF);
      }
      return out;
    }
    default:
      return legacy::encode(nfc, e, lossy, replaced);
  }
}

}  // namespace tuyentap
