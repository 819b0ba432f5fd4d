// Content hashes for stable ids: article ids, the EPUB's urn:uuid, the PDF's /ID.
// xxHash (XXH3) is fast and stable across machines and versions of the library.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace tuyentap {

std::uint64_t hash64(std::string_view data);

// 128-bit hash as 32 lowercase hex digits.
std::string hash128_hex(std::string_view data);

// A version-4-shaped UUID (8-4-4-4-12) derived from the content, for urn:uuid identifiers
// that stay the same when the same book is rebuilt.
std::string uuid_from_content(std::string_view data);

// n lowercase hex digits (n <= 16) of hash64.
std::string short_id(std::string_view data, int n = 12);

}  // namespace tuyentap
