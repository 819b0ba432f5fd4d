// Content hashes for stable ids: article ids, the EPUB's urn:uuid, the PDF's /ID.
// xxHash (XXH3) is fast and stable across machines and versions of the library.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace tuyentap {

std::uint64_t hash64(std::string_view data);

// 128-bit hash as 32 lowercase hex digits.
std::string hash128_hex(std::string_view data);

// A version-4-shaped UUID (8-4-4-4-12) derived from the content, for urn:uuid identifiers
// that stay the same when the same book is rebuilt.
std::string uuid_from_content(std::string_view data);

// uuid_from_content of text given in pieces: the same UUID for the same bytes however they
// are cut, so that a whole book's text need not be put into one string first.
class ContentUuid {
 public:
  ContentUuid();
  ~ContentUuid();
  ContentUuid(const ContentUuid&) = delete;
  ContentUuid& operator=(const ContentUuid&) = delete;
  void add(std::string_view piece);
  void add(char c) { add(std::string_view(&c, 1)); }
  std::string uuid() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// n lowercase hex digits (n <= 16) of hash64.
std::string short_id(std::string_view data, int n = 12);

}  // namespace tuyentap
