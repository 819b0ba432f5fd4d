// Decoding and encoding of the table-driven legacy encodings, and the encoder's fallbacks.
#include "text/legacy.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <unordered_map>

#include "base/error.h"
#include "text/letters.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace tuyentap::legacy {
namespace {

const char32_t* table_of(Encoding e) {
  switch (e) {
    case Encoding::Cp1258:
      return kCp1258;
    case Encoding::Tcvn3:
      return kTcvn3;
    case Encoding::Viscii:
      return kViscii;
    default:
      return nullptr;
  }
}

// Each byte's UTF-8 form, precomputed: decoding is then a copy per byte.
// Each byte's UTF-8, at most three bytes (the tables stay in the BMP), written four at a time.
struct Utf8Table {
  std::array<std::array<char, 4>, 256> bytes{};
  std::array<unsigned char, 256> size{};
  explicit Utf8Table(const char32_t* t) {
    for (int b = 0; b < 256; ++b) {
      std::string one;
      utf8::append(one, t[b]);
      if (one.size() > 3) throw Error("legacy table beyond the BMP", {}, 0, {});
      std::copy(one.begin(), one.end(), bytes[b].begin());
      size[b] = static_cast<unsigned char>(one.size());
    }
  }
};

const Utf8Table& utf8_table(Encoding e) {
  static const Utf8Table cp1258(kCp1258), tcvn3(kTcvn3), viscii(kViscii);
  return e == Encoding::Cp1258 ? cp1258 : e == Encoding::Tcvn3 ? tcvn3 : viscii;
}

using Reverse = std::unordered_map<char32_t, unsigned char>;

const Reverse& reverse_of(Encoding e) {
  auto build = [](const char32_t* t) {
    Reverse r;
    for (int b = 255; b >= 0; --b) r[t[b]] = static_cast<unsigned char>(b);  // lowest wins
    return r;
  };
  static const Reverse cp1258 = build(kCp1258), tcvn3 = build(kTcvn3), viscii = build(kViscii);
  return e == Encoding::Cp1258 ? cp1258 : e == Encoding::Tcvn3 ? tcvn3 : viscii;
}

// Tables with combining tone marks can write a toned vowel they lack as base + mark:
// windows-1258 always does (it has only some precomposed letters), TCVN3 for the capitals.
bool encode_with_table(char32_t c, Encoding e, std::string& out) {
  const Reverse& r = reverse_of(e);
  if (auto it = r.find(c); it != r.end()) {
    out += static_cast<char>(it->second);
    return true;
  }
  auto v = vn::vowel_of(c);
  if (!v || v->tone == vn::NONE) return false;
  auto base = r.find(vn::compose(v->vowel, vn::NONE, v->upper));
  auto mark = r.find(vn::kToneMark[v->tone]);
  if (base == r.end() || mark == r.end()) return false;
  out += static_cast<char>(base->second);
  out += static_cast<char>(mark->second);
  return true;
}

// What a lossy encoder writes for a character the encoding lacks.
std::string_view ascii_fallback(char32_t c) {
  switch (c) {
    case U'\u201C':
    case U'\u201D':
    case U'\u201E':
    case U'\u00AB':
    case U'\u00BB':
      return "\"";
    case U'\u2018':
    case U'\u2019':
    case U'\u201A':
      return "'";
    case U'\u2013':
    case U'\u2014':
    case U'\u2212':
      return "-";
    case U'\u2026':
      return "...";
    case U'\u00A0':
      return " ";
    case U'\u2022':
      return "*";
    default:
      return "?";
  }
}

}  // namespace

char32_t windows_c1(unsigned char b) {
  return kCp1258[b];
}

std::string decode(std::string_view bytes, Encoding e) {
  std::string out;
  if (e == Encoding::Vni) {
    out = decode_vni(bytes);
  } else {
    const Utf8Table& t = utf8_table(e);
    out.resize(3 * bytes.size() + 1);  // one byte more: each is written four bytes wide
    char* o = out.data();
    for (unsigned char b : bytes) {
      if (b < 0x80 && (b >= 0x20 || e != Encoding::Viscii)) {
        *o++ = static_cast<char>(b);
      } else {
        std::memcpy(o, t.bytes[b].data(), 4);
        o += t.size[b];
      }
    }
    out.resize(static_cast<std::size_t>(o - out.data()));
  }
  return to_nfc(out);  // windows-1258, VNI and TCVN3's B0..B4 carry combining marks
}

std::string encode(std::string_view nfc, Encoding e, bool lossy, std::size_t* replaced) {
  std::size_t count = 0;
  std::string out;
  out.reserve(nfc.size());
  const char32_t* table = table_of(e);
  std::size_t i = 0;
  int line = 1;
  while (i < nfc.size()) {
    char32_t c = utf8::next(nfc, i);
    if (c == '\n') ++line;
    // VISCII's six letters in C0 mean those control codes cannot be written.
    bool ok = c < 0x80 && !(e == Encoding::Viscii && table[c] != c)
                  ? (out += static_cast<char>(c), true)
              : e == Encoding::Vni ? encode_vni_char(c, out)
                                   : encode_with_table(c, e, out);
    if (ok) continue;
    if (!lossy) {
      std::string ch;
      utf8::append(ch, c);
      char hex[16];
      std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(c));
      throw Error(std::string(encoding_name(e)) + " cannot hold \"" + ch + "\" (" + hex + ")", {},
                  line, "write the text in UTF-8, or leave that character out");
    }
    std::string_view fb = ascii_fallback(c);
    out += fb;
    ++count;
  }
  if (replaced) *replaced = count;
  return out;
}

}  // namespace tuyentap::legacy
