#include "base/hash.h"

#include <xxhash.h>

#include <cstdio>
#include <new>

namespace tuyentap {

std::uint64_t hash64(std::string_view data) {
  return XXH3_64bits(data.data(), data.size());
}

namespace {

std::string hex_of(XXH128_hash_t h) {
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                static_cast<unsigned long long>(h.low64));
  return buf;
}

std::string uuid_from_hex(std::string hex) {
  hex[12] = '4';                          // version 4 layout
  hex[16] = "89ab"[(hex[16] - '0') & 3];  // RFC 4122 variant
  return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" +
         hex.substr(16, 4) + "-" + hex.substr(20, 12);
}

}  // namespace

std::string hash128_hex(std::string_view data) {
  return hex_of(XXH3_128bits(data.data(), data.size()));
}

std::string uuid_from_content(std::string_view data) {
  return uuid_from_hex(hash128_hex(data));
}

struct ContentUuid::State {
  XXH3_state_t* xxh = XXH3_createState();
};

ContentUuid::ContentUuid() : state_(std::make_unique<State>()) {
  if (!state_->xxh) throw std::bad_alloc();
  XXH3_128bits_reset(state_->xxh);
}

ContentUuid::~ContentUuid() {
  XXH3_freeState(state_->xxh);
}

void ContentUuid::add(std::string_view piece) {
  XXH3_128bits_update(state_->xxh, piece.data(), piece.size());
}

std::string ContentUuid::uuid() const {
  return uuid_from_hex(hex_of(XXH3_128bits_digest(state_->xxh)));
}

std::string short_id(std::string_view data, int n) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(hash64(data)));
  return std::string(buf, buf + (n > 16 ? 16 : n));
}

}  // namespace tuyentap
