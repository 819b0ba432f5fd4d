// VNI-Windows (the VNI-Times fonts). Unlike TCVN3 and VISCII it does not precompose: a
// vowel is its ASCII base letter followed by one mark byte that carries the vowel's
// modifier and tone together ("Vieät" = V i e + [circumflex, dot below] + t). ơ ư đ and the
// toned i (and ỵ) have bytes of their own. Mark bytes after a capital are the same marks
// 0x20 lower (the Latin-1 capital of the same letter): "VIEÄT".
#include <array>
#include <vector>

#include "text/legacy.h"
#include "text/letters.h"
#include "text/utf8.h"

namespace tuyentap::legacy {
namespace {

using namespace vn;

// Mark bytes (lower-case form; the capital form is 0x20 less).
constexpr unsigned char kToneByte[kTones] = {0, 0xF8, 0xFB, 0xF5, 0xF9, 0xEF};
constexpr unsigned char kCircByte[kTones] = {0xE2, 0xE0, 0xE5, 0xE3, 0xE1, 0xE4};
constexpr unsigned char kBreveByte[kTones] = {0xEA, 0xE8, 0xFA, 0xFC, 0xE9, 0xEB};
// The i with a tone is one byte (ì í are Latin-1, the others borrow Latin-1 letters).
constexpr unsigned char kIByte[kTones] = {'i', 0xEC, 0xE6, 0xF3, 0xED, 0xF2};
constexpr unsigned char kYDot = 0xEE, kOHorn = 0xF4, kUHorn = 0xF6, kDStroke = 0xF1;

struct Entry {
  char32_t cp[2] = {0, 0};
};

std::array<Entry, 256> build_table() {
  std::array<Entry, 256> t{};
  for (int b = 0; b < 256; ++b) t[b].cp[0] = static_cast<char32_t>(b);
  for (int b = 0x80; b < 0xA0; ++b) t[b].cp[0] = windows_c1(static_cast<unsigned char>(b));
  for (int upper = 0; upper < 2; ++upper) {
    int shift = upper ? 0x20 : 0;
    for (int tone = 0; tone < kTones; ++tone) {
      if (tone != NONE) t[kToneByte[tone] - shift] = {{kToneMark[tone], 0}};
      t[kCircByte[tone] - shift] = {{kCircumflex, tone ? kToneMark[tone] : 0}};
      t[kBreveByte[tone] - shift] = {{kBreve, tone ? kToneMark[tone] : 0}};
      if (tone != NONE) t[kIByte[tone] - shift] = {{compose(I, static_cast<Tone>(tone), upper), 0}};
    }
    t[kYDot - shift] = {{compose(Y, DOT, upper), 0}};
    t[kOHorn - shift] = {{compose(O_HORN, NONE, upper), 0}};
    t[kUHorn - shift] = {{compose(U_HORN, NONE, upper), 0}};
    t[kDStroke - shift] = {{upper ? kDUpper : kDLower, 0}};
  }
  return t;
}

const std::array<Entry, 256>& table() {
  static const std::array<Entry, 256> t = build_table();
  return t;
}

// Code point → VNI byte for the characters that are one byte (ASCII, the punctuation at
// 80..9F, the Latin-1 bytes VNI leaves alone).
const std::array<int, 0x2200>& single_bytes() {
  static const std::array<int, 0x2200> reverse = [] {
    std::array<int, 0x2200> r;
    r.fill(-1);
    for (int b = 255; b >= 0; --b) {
      const Entry& e = table()[b];
      if (e.cp[1] == 0 && e.cp[0] < r.size() && !vowel_of(e.cp[0]) && e.cp[0] != kDLower &&
          e.cp[0] != kDUpper && (e.cp[0] < 0x0300 || e.cp[0] > 0x036F))
        r[e.cp[0]] = b;
    }
    return r;
  }();
  return reverse;
}

}  // namespace

std::string decode_vni(std::string_view bytes) {
  const auto& t = table();
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 4);
  for (unsigned char b : bytes) {
    if (b < 0x80) {
      out += static_cast<char>(b);
      continue;
    }
    utf8::append(out, t[b].cp[0]);
    if (t[b].cp[1]) utf8::append(out, t[b].cp[1]);
  }
  return out;  // the caller composes (NFC)
}

bool encode_vni_char(char32_t c, std::string& out) {
  if (auto v = vowel_of(c)) {
    const unsigned char shift = v->upper ? 0x20 : 0;
    auto put = [&](unsigned char b) { out += static_cast<char>(b - shift); };
    auto put_base = [&](char ascii) {
      out += static_cast<char>(v->upper ? ascii - 'a' + 'A' : ascii);
    };
    switch (v->vowel) {
      case I:
        if (v->tone == NONE)
          put_base('i');
        else
          put(kIByte[v->tone]);
        return true;
      case Y:
        if (v->tone == DOT) return put(kYDot), true;
        break;
      case A_CIRC:
      case E_CIRC:
      case O_CIRC:
        put_base(base_ascii(v->vowel));
        put(kCircByte[v->tone]);
        return true;
      case A_BREVE:
        put_base('a');
        put(kBreveByte[v->tone]);
        return true;
      case O_HORN:
      case U_HORN:
        put(v->vowel == O_HORN ? kOHorn : kUHorn);
        if (v->tone != NONE) put(kToneByte[v->tone]);
        return true;
      default:
        break;
    }
    put_base(base_ascii(v->vowel));
    if (v->tone != NONE) put(kToneByte[v->tone]);
    return true;
  }
  if (c == kDLower || c == kDUpper) {
    out += static_cast<char>(c == kDUpper ? kDStroke - 0x20 : kDStroke);
    return true;
  }
  const auto& single = single_bytes();
  if (c < single.size() && single[c] >= 0) {
    out += static_cast<char>(single[c]);
    return true;
  }
  return false;
}

}  // namespace tuyentap::legacy
