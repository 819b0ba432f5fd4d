// overlap_zip OUT [ENTRIES] [BYTES]: writes the zip of overlapping entries the tests build
// (tests/overlapping_zip.h), for bench/run-memory. Defaults: the 128 entries that
// each unpack to 16,000,000 bytes.
#include <cstdlib>
#include <fstream>
#include <iostream>

#include "overlapping_zip.h"

int main(int argc, char** argv) {
  if (argc < 2 || argc > 4) {
    std::cerr << "usage: overlap_zip OUT [ENTRIES] [BYTES]\n";
    return 2;
  }
  int entries = argc > 2 ? std::atoi(argv[2]) : 128;
  std::size_t bytes = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 16'000'000;
  if (entries < 1 || entries > 1000 || bytes < 1) {
    std::cerr << "overlap_zip: 1 to 1000 entries of at least one byte\n";
    return 2;
  }
  std::string zip = tt_test::overlapping_zip(entries, bytes);
  std::ofstream(argv[1], std::ios::binary)
      .write(zip.data(), static_cast<std::streamsize>(zip.size()));
  return 0;
}
