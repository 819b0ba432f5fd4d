#include "base/json.h"

#include <cstdio>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace tuyentap {

namespace {

// Appends s quoted and escaped; JsonWriter writes straight into its buffer with it.
void append_json_string(std::string& out, std::string_view s) {
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
