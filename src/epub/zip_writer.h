// A deterministic zip container for the EPUB: entries in the order added, the first one
// stored (the OCF `mimetype` rule), fixed timestamps and attributes, so that the same book
// gives the same bytes on any machine and in any time zone.
#pragma once

#include <string>
#include <vector>

namespace tuyentap {

struct ZipEntry {
  std::string name;  // path inside the zip, "/" separated
  std::string data;
  bool compress = true;  // false: stored (mimetype, images that are compressed already)
};

// Writes the entries in order with `mtime_epoch` (UTC seconds) as every entry's time.
// Throws Error when libzip fails.
std::string write_zip(const std::vector<ZipEntry>& entries, long long mtime_epoch);

}  // namespace tuyentap
