#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include "test_paths.h"

namespace test_paths {

std::string source_dir() {
  return TUYENTAP_SOURCE_DIR;
}
std::string program_path() {
  return TUYENTAP_BINARY;
}

}  // namespace test_paths
