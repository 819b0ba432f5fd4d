#include "base/json.h"

#include <cstdint>
#include <cstdio>
#include <cstring>

#include "base/utf8_blocks.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace tuyentap {

namespace {

// Length of the well-formed UTF-8 sequence at s[i] (Unicode's table 3-7: no overlong forms,
// no surrogates, nothing past U+10FFFF), or 0 when the byte there starts none.
std::size_t sequence_at(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) -> unsigned {
    return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u;
  };
  auto follows = [&](std::size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) {
    return byte(k) >= lo && byte(k) <= hi;
  };
  const unsigned c = byte(0);
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return follows(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    const bool ok = follows(1, c == 0xE0 ? 0xA0 : 0x80, c == 0xED ? 0x9F : 0xBF) && follows(2);
    return ok ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    const bool ok =
        follows(1, c == 0xF0 ? 0x90 : 0x80, c == 0xF4 ? 0x8F : 0xBF) && follows(2) && follows(3);
    return ok ? 4 : 0;
  }
  return 0;
}

// s with each byte that starts no well-formed sequence replaced by U+FFFD; s itself (no
// copy) in the usual case that it is all well-formed.
std::string_view well_formed(std::string_view s, std::string& storage) {
  // Vietnamese letters are two bytes (C2..DF) or three (E1: U+1E00..U+1EFF) every few bytes:
  // those two and any lead E1..EC (whose continuations may be any of 80..BF) are checked
  // here, the rare others by sequence_at.
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t size = s.size();
  auto continues = [p](std::size_t k) { return (p[k] & 0xC0) == 0x80; };
  bool high = false;
  std::size_t i = utf8_blocks::walk(p, size, high, [&](std::size_t k) {
    const unsigned c = p[k];
    if (c >= 0xC2 && c <= 0xDF && k + 1 < size && continues(k + 1)) return k + 2;
    if (c >= 0xE1 && c <= 0xEC && k + 2 < size && continues(k + 1) && continues(k + 2))
      return k + 3;
    const std::size_t len = sequence_at(s, k);
    return len == 0 ? utf8_blocks::kStop : k + len;
  });
  if (i == s.size()) return s;
  storage.assign(s.substr(0, i));
  while (i < s.size()) {
    const std::size_t n = sequence_at(s, i);
    if (n == 0) {
      storage += "\xEF\xBF\xBD";  // U+FFFD
      ++i;
    } else {
      storage.append(s.substr(i, n));
      i += n;
    }
  }
  return storage;
}

// Appends s quoted and escaped; JsonWriter writes straight into its buffer with it.
void append_json_string(std::string& out, std::string_view text) {
  std::string storage;
  const std::string_view s = well_formed(text, storage);
  out += '"';
  // Runs of bytes that need no escape (nearly all of any text) are copied in bulk.
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t run = i;
#ifdef __SSE2__
    // Sixteen bytes at a time while none needs an escape (x86-64 always has SSE2).
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    while (i + 16 <= s.size()) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      const __m128i ctl = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);  // v <= 0x1F
      const __m128i special = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                           _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
      const int mask = _mm_movemask_epi8(_mm_or_si128(ctl, special));
      if (mask != 0) {
        i += static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
        break;
      }
      i += 16;
    }
#endif
    while (i < s.size()) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c < 0x20 || c == '"' || c == '\\') break;
      ++i;
    }
    out.append(s.substr(run, i - run));
    if (i == s.size()) break;
    unsigned char c = static_cast<unsigned char>(s[i++]);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default: {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out += buf;
      }
    }
  }
  out += '"';
}

}  // namespace

std::string json_string(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  append_json_string(out, s);
  return out;
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!stack_.empty()) {
    if (counts_.back()) out_ += ',';
    counts_.back() = 1;
    out_ += '\n';
    out_.append(2 * stack_.size(), ' ');
  }
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  out_ += '{';
  stack_ += 'o';
  counts_ += '\0';
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_value();
  out_ += '[';
  stack_ += 'a';
  counts_ += '\0';
  return *this;
}

static void close(std::string& out, std::string& stack, std::string& counts, char c) {
  bool had = counts.back();
  stack.pop_back();
  counts.pop_back();
  if (had) {
    out += '\n';
    out.append(2 * stack.size(), ' ');
  }
  out += c;
}

JsonWriter& JsonWriter::end_object() {
  close(out_, stack_, counts_, '}');
  if (stack_.empty()) out_ += '\n';
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  close(out_, stack_, counts_, ']');
  if (stack_.empty()) out_ += '\n';
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view k) {
  before_value();
  append_json_string(out_, k);
  out_ += ": ";
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view s) {
  before_value();
  append_json_string(out_, s);
  return *this;
}

JsonWriter& JsonWriter::value(long long n) {
  before_value();
  out_ += std::to_string(n);
  return *this;
}

JsonWriter& JsonWriter::value(bool b) {
  before_value();
  out_ += b ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  out_ += "null";
  return *this;
}

}  // namespace tuyentap
