#include "archive/sniff.h"

#include <catch2/catch.hpp>

using namespace tuyentap::archive_detail;

TEST_CASE("hidden and system names are recognised anywhere in a path, not ordinary ones") {
  CHECK(hidden_or_system_reason("2019/bai-1.txt").empty());
  CHECK(hidden_or_system_reason("a/.hidden/b.txt").find("hidden folder") != std::string::npos);
  CHECK(hidden_or_system_reason("desktop.ini").find("Windows") != std::string::npos);
  CHECK(hidden_or_system_reason("a/._bai.txt").find("macOS") != std::string::npos);
  CHECK(hidden_or_system_reason("a/bai.txt").empty());
}

TEST_CASE("sizes are written the way a clerk reads them") {
  CHECK(human_size(16u << 20) == "16 MB");
  CHECK(human_size(1536) == "1.5 KB");
  CHECK(human_size(2ull << 30) == "2 GB");
  CHECK(human_size(12) == "12 bytes");
}
