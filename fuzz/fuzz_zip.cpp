// A .zip archive read in memory (archive/zip_reader.h) under the default limits.
#include <cstddef>
#include <cstdint>
#include <string>

#include "archive/collector.h"
#include "archive/zip_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  tuyentap::ArchiveLimits limits;
  tuyentap::ArchiveContents contents;
  tuyentap::archive_detail::Collector collector(limits, contents);
  // No disk path: the harness's zips are far below the bytes a collector keeps in memory.
  tuyentap::archive_detail::read_zip("in/a.zip", "in/a.zip", "",
                                     std::string(reinterpret_cast<const char*>(data), size),
                                     collector);
  return 0;
}
