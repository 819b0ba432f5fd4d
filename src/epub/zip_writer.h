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
// The entries to compress are cut into `workers` shares deflated in parallel (0: one share
// per worker thread, base/parallel.h, when there is enough to compress); the bytes are the
// same whatever their number. Throws Error when libzip fails.
std::string write_zip(const std::vector<ZipEntry>& entries, long long mtime_epoch,
                      unsigned workers = 0);

// Deflate level: 3 costs 40% less time than libzip's default (9) on the book's XHTML, for
// a book about 3% larger.
inline constexpr int kDeflateLevel = 3;

}  // namespace tuyentap
