// tests/cli/run.h, which the end-to-end tests stand on: a command's output and exit code, and
// its own peak memory, which the memory tests bound.
#include "cli/run.h"

#include <catch2/catch.hpp>
#include <cstring>
#include <memory>

using namespace tt_test;

TEST_CASE("run gives a command's output, stderr with stdout, and its exit code") {
  RunResult r = run("echo out; echo err >&2; exit 3");
  CHECK(r.out == "out\nerr\n");
  CHECK(r.exit_code == 3);
}

TEST_CASE("run gives each command its own peak memory, not the largest so far") {
  // dd reads 64 MB into one buffer: a peak of 64 MB and more
  RunResult big = run("dd if=/dev/zero of=/dev/null bs=64M count=1");
  INFO(big.out);
  REQUIRE(big.exit_code == 0);
  CHECK(big.peak_rss_kb > 64 * 1024);
  // then a shell that runs next to nothing: before, it read dd's peak
  RunResult small = run("true");
  REQUIRE(small.exit_code == 0);
  CHECK(small.peak_rss_kb > 0);
  CHECK(small.peak_rss_kb < 16 * 1024);
}

TEST_CASE("run gives a command's peak memory without the test process's own") {
  // This process holds 96 MB, as a test built with AddressSanitizer holds 70 MB before it
  // runs anything (CI, 2026-12-01: `true` read 68952 kB, the test process's peak).
  constexpr std::size_t size = 96u << 20;
  auto held = std::make_unique<char[]>(size);
  std::memset(held.get(), 1, size);
  RunResult small = run("true");
  REQUIRE(small.exit_code == 0);
  CHECK(small.peak_rss_kb > 0);
  CHECK(small.peak_rss_kb < 16 * 1024);
  CHECK(held[size - 1] == 1);
}

TEST_CASE("run gives the exit code of a command killed by a signal as -1") {
  CHECK(run("kill -9 $$").exit_code == -1);
  CHECK(run("exit 0").exit_code == 0);
}
