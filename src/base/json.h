// Minimal JSON output for reports and `scan --json`: deterministic, always valid UTF-8,
// control characters escaped. Writing JSON is all we need; nothing here parses it.
#pragma once

#include <string>
#include <string_view>
#include <utility>

namespace tuyentap {

// "text" with quotes, escaped per RFC 8259 (", \, control characters). Well-formed UTF-8 is
// kept as it is; each byte that is not part of a well-formed sequence (a file name in a
// legacy encoding, say) becomes U+FFFD, so the document is always valid UTF-8 (RFC 8259
// §8.1). Callers flag such a name ("name_not_utf8": true) where it matters which file.
std::string json_string(std::string_view s);

// Builds a JSON document with two-space indentation. Keys and values are added in call
// order, so output order is whatever the caller's order is (stable).
class JsonWriter {
 public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view k);
  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(long long n);
  JsonWriter& value(int n) { return value(static_cast<long long>(n)); }
  JsonWriter& value(bool b);
  JsonWriter& null();
  const std::string& str() const { return out_; }
  // The text written since the last take(), handed over and forgotten: a long document is
  // printed a piece at a time, the same bytes as str() would give at the end.
  std::string take() { return std::exchange(out_, {}); }

 private:
  void before_value();
  std::string out_;
  // one entry per open container: number of items written so far
  std::string stack_;   // 'o' or 'a'
  std::string counts_;  // parallel to stack_: 0 = empty, 1 = has items
  bool after_key_ = false;
};

}  // namespace tuyentap
