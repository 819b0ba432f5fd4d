#include "base/hash.h"

#include <xxhash.h>

#include <cstdio>

namespace tuyentap {

std::uint64_t hash64(std::string_view data) {
  return XXH3_64bits(data.data(), data.size());
}

std::string hash128_hex(std::string_view data) {
  XXH128_hash_t h = XXH3_128bits(data.data(), data.size());
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                static_cast<unsigned long long>(h.low64));
  return buf;
}

std::string uuid_from_content(std::string_view data) {
  std::string hex = hash128_hex(data);
  hex[12] = '4';                          // version 4 layout
  hex[16] = "89ab"[(hex[16] - '0') & 3];  // RFC 4122 variant
  return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" +
         hex.substr(16, 4) + "-" + hex.substr(20, 12);
}

std::string short_id(std::string_view data, int n) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(hash64(data)));
  return std::string(buf, buf + (n > 16 ? 16 : n));
}

}  // namespace tuyentap
