// A font read from disk as load/ reads it, for tests that open a FontSet directly.
#pragma once

#include <fstream>
#include <iterator>
#include <string>

#include "base/named_bytes.h"

namespace tuyentap::test {

inline NamedBytes font_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return named_bytes(path, std::string(std::istreambuf_iterator<char>(in), {}));
}

}  // namespace tuyentap::test
